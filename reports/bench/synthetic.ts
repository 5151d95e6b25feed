/**
 * A synthetic run of the chat API in k6's JSON-lines format, with the
 * loopgauge sample schema's tags and metrics: for the benchmark (a
 * million-sample stream) and for tests that need a run with known figures
 * (rates, throttles, cold starts, DynamoDB units). Deterministic: a seeded
 * generator, no clock.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { SAMPLE_METRICS } from '#load';

export interface SyntheticRoute {
  route: string;
  /** Requests offered per second, for each second of the run. */
  offered: (second: number) => number;
  /** Sustained requests/s the gateway admits (a token bucket with `burst`); `Infinity` for none. */
  gatewayRate: number;
  burst: number;
  /** Environments (reserved concurrency); `Infinity` for none. */
  concurrency: number;
  /** Handler time of a warm request, ms. */
  handlerMs: number;
  aiMs: number;
  initMs: number;
  /** Share of admitted requests that cold-start. */
  coldShare: number;
  readUnits: number;
  writeUnits: number;
  /** The index's share of the units (sample schema 2); unset: not reported, as in version 1. */
  indexReadUnits?: number;
  indexWriteUnits?: number;
}

export interface SyntheticRun {
  startMs: number;
  seconds: number;
  routes: SyntheticRoute[];
  seed?: number;
  /** Stop after this many samples. */
  maxPoints?: number;
}

/** mulberry32: a small seeded generator, enough for jitter. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function time(ms: number): string {
  const whole = Math.floor(ms);
  const micros = Math.round((ms - whole) * 1_000);
  const iso = new Date(whole).toISOString().slice(0, 23);
  return `${iso}${String(micros).padStart(3, '0')}Z`;
}

function declaration(name: string, type: string, contains: string): string {
  return JSON.stringify({
    type: 'Metric',
    data: { name, type, contains, thresholds: [], submetrics: null },
    metric: name,
  });
}

const TYPES: Record<string, [string, string]> = {
  http_reqs: ['counter', 'default'],
  http_req_duration: ['trend', 'time'],
  http_req_failed: ['rate', 'default'],
  iterations: ['counter', 'default'],
  dropped_iterations: ['counter', 'default'],
  vus: ['gauge', 'default'],
  ...Object.fromEntries(Object.values(SAMPLE_METRICS).map((m) => [m.name, [m.type, m.contains]])),
};

/** What a synthetic run writes, by the numbers (for tests to compare with). */
export interface SyntheticTotals {
  points: number;
  requests: Record<string, number>;
  refused: Record<string, Record<string, number>>;
}

/**
 * Writes the run to `file` (or only counts, when `file` is null) and
 * returns its totals. Per second and route: the gateway's bucket admits
 * what it can, then the function admits `concurrency / busy time` per
 * second, the rest is refused at that layer.
 */
export async function writeSyntheticRun(
  run: SyntheticRun,
  file: string | null,
): Promise<SyntheticTotals> {
  const rand = random(run.seed ?? 42);
  const out = file === null ? null : createWriteStream(file);
  const totals: SyntheticTotals = { points: 0, requests: {}, refused: {} };
  let buffer: string[] = [];
  const declared = new Set<string>();
  const flush = async () => {
    if (out && buffer.length > 0 && !out.write(`${buffer.join('\n')}\n`)) await once(out, 'drain');
    buffer = [];
  };
  const limit = run.maxPoints ?? Number.POSITIVE_INFINITY;
  const point = (metric: string, ms: number, value: number, tags: string) => {
    if (totals.points >= limit) return;
    if (!declared.has(metric)) {
      declared.add(metric);
      const [type, contains] = TYPES[metric] ?? ['counter', 'default'];
      if (out) buffer.push(declaration(metric, type, contains));
    }
    totals.points += 1;
    if (out)
      buffer.push(
        `{"metric":"${metric}","type":"Point","data":{"time":"${time(ms)}","value":${value},"tags":${tags}}}`,
      );
  };
  const tokens = run.routes.map((r) => r.burst);
  const refilledAt = run.routes.map(() => run.startMs);
  for (let s = 0; s < run.seconds; s += 1) {
    for (const [i, r] of run.routes.entries()) {
      const offered = Math.round(r.offered(s));
      const busyMs = r.handlerMs + r.aiMs + r.coldShare * r.initMs;
      let lambdaLeft = Number.isFinite(r.concurrency)
        ? Math.floor(r.concurrency / (busyMs / 1_000))
        : Number.POSITIVE_INFINITY;
      totals.requests[r.route] = (totals.requests[r.route] ?? 0) + offered;
      const refused = totals.refused[r.route] ?? {};
      totals.refused[r.route] = refused;
      for (let n = 0; n < offered; n += 1) {
        const ms = run.startMs + s * 1_000 + ((n + rand()) / Math.max(offered, 1)) * 1_000;
        let layer: string | null = null;
        let status = 200;
        tokens[i] = Math.min(
          r.burst,
          (tokens[i] ?? 0) + ((ms - (refilledAt[i] ?? ms)) / 1_000) * r.gatewayRate,
        );
        refilledAt[i] = ms;
        if ((tokens[i] ?? 0) >= 1) tokens[i] = (tokens[i] ?? 0) - 1;
        else {
          layer = 'gateway_throttle';
          status = 429;
        }
        if (layer === null) {
          if (lambdaLeft > 0) lambdaLeft -= 1;
          else {
            layer = 'lambda_throttle';
            status = 500;
          }
        }
        const base = `{"expected_response":"${status === 200}","method":"GET","name":"${r.route}","proto":"HTTP/1.1","route":"${r.route}","scenario":"default","status":"${status}"}`;
        const cold = layer === null && rand() < r.coldShare;
        const handler = r.handlerMs * (0.8 + 0.4 * rand()) + (layer === null ? r.aiMs : 0);
        const duration = layer === null ? handler + (cold ? r.initMs : 0) + 1 : 0.5 + rand();
        point('http_reqs', ms, 1, base);
        point('http_req_duration', ms, Number(duration.toFixed(6)), base);
        point('http_req_failed', ms, layer === null ? 0 : 1, base);
        point('iterations', ms, 1, `{"scenario":"default"}`);
        const routeTags = `{"route":"${r.route}","scenario":"default"}`;
        if (layer !== null) {
          refused[layer] = (refused[layer] ?? 0) + 1;
          point(
            SAMPLE_METRICS.failedRequests.name,
            ms,
            1,
            `{"layer":"${layer}","route":"${r.route}","scenario":"default","status":"${status}"}`,
          );
          continue;
        }
        point(SAMPLE_METRICS.coldStarts.name, ms, cold ? 1 : 0, routeTags);
        point(
          cold ? SAMPLE_METRICS.coldDuration.name : SAMPLE_METRICS.warmDuration.name,
          ms,
          Number(duration.toFixed(6)),
          routeTags,
        );
        if (cold) point(SAMPLE_METRICS.initDuration.name, ms, r.initMs, routeTags);
        point(SAMPLE_METRICS.handlerDuration.name, ms, Number(handler.toFixed(3)), routeTags);
        if (r.aiMs > 0) point(SAMPLE_METRICS.aiDuration.name, ms, r.aiMs, routeTags);
        point(SAMPLE_METRICS.dynamodbReadUnits.name, ms, r.readUnits, routeTags);
        point(SAMPLE_METRICS.dynamodbWriteUnits.name, ms, r.writeUnits, routeTags);
        if (r.indexReadUnits !== undefined)
          point(SAMPLE_METRICS.dynamodbIndexReadUnits.name, ms, r.indexReadUnits, routeTags);
        if (r.indexWriteUnits !== undefined)
          point(SAMPLE_METRICS.dynamodbIndexWriteUnits.name, ms, r.indexWriteUnits, routeTags);
      }
      if (buffer.length > 10_000) await flush();
    }
    point('vus', run.startMs + s * 1_000 + 999, 10, '{}');
  }
  await flush();
  if (out) {
    out.end();
    await once(out, 'finish');
  }
  return totals;
}
