/**
 * `k6/timers`: the same timers as the globals.
 * https://grafana.com/docs/k6/latest/javascript-api/k6-timers/
 */
import type { VUHost } from '../vu-host.ts';

export function createTimersModule(vu: VUHost): Record<string, unknown> {
  const api = {
    setTimeout: (fn: unknown, ms: unknown, ...args: unknown[]) => vu.setTimer(fn, ms, args, false),
    clearTimeout: (id: unknown) => vu.clearTimer(id),
    setInterval: (fn: unknown, ms: unknown, ...args: unknown[]) => vu.setTimer(fn, ms, args, true),
    clearInterval: (id: unknown) => vu.clearTimer(id),
  };
  return { ...api, default: { ...api } };
}
