/**
 * SLOs as k6 thresholds, so a scenario's `options.thresholds` come from the
 * stage rather than from copied numbers.
 */
import { FUNCTION_NAMES, ROUTES } from '../contracts/index.ts';
import type { Slo } from './types.ts';

export interface ThresholdOptions {
  /** The tag that carries the route key on each request (default `route`). */
  routeTag?: string;
}

/**
 * `{ 'http_req_duration{route:GET /chats}': ['p(95)<300', 'p(99)<1000'], …,
 * http_req_failed: ['rate<0.01'] }` for the stage's SLOs.
 */
export function k6Thresholds(slo: Slo, options: ThresholdOptions = {}): Record<string, string[]> {
  const tag = options.routeTag ?? 'route';
  const thresholds: Record<string, string[]> = {
    http_req_failed: [`rate<${slo.maxErrorRate}`],
  };
  for (const fn of FUNCTION_NAMES) {
    const { p95Ms, p99Ms } = slo.routes[fn];
    thresholds[`http_req_duration{${tag}:${ROUTES[fn].routeKey}}`] = [
      `p(95)<${p95Ms}`,
      `p(99)<${p99Ms}`,
    ];
  }
  return thresholds;
}
