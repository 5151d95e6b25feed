/**
 * The capacity model applied to a run itself: at the rates the run offered
 * each route, which limit of the run's stage does the model say refuses
 * first, and at what rate — set against the layer that first refused
 * requests in the run and the rate that got past it while it did. This is
 * how the model is checked against reality (a throttle run against the
 * local stage or a deployed one).
 */
import { FUNCTION_NAMES, type FunctionName } from '#contracts';
import type { StageConfig } from '#stages';
import type { Figures } from './figures.ts';
import type { SampleIngest } from './ingest/samples.ts';
import type { ModelCheck, RouteMeasures, RunReport } from './report-schema.ts';
import { bucketUnits, PROVISIONED_BUCKETS } from './table-units.ts';

/** Layers in the order a request meets them; the rest come after the function starts. */
const PATH_ORDER = ['network', 'gateway_throttle', 'authorizer', 'lambda_throttle'];

function rank(layer: string): number {
  const i = PATH_ORDER.indexOf(layer);
  return i === -1 ? PATH_ORDER.length : i;
}

/** A layer counts as refusing in a second when it refused at least this many of the route's requests… */
const MIN_REFUSED = 2;
/** …and at least this share of them. */
const MIN_SHARE = 0.01;

/** Seconds averaged when finding the highest rate a route was offered. */
const OFFERED_WINDOW = 5;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The highest rate the run offered a route, averaged over 5 seconds (attempts, refused ones included). */
export function offeredRate(rates: number[]): number {
  let best = 0;
  let sum = 0;
  for (let i = 0; i < rates.length; i += 1) {
    sum += rates[i] ?? 0;
    if (i >= OFFERED_WINDOW) sum -= rates[i - OFFERED_WINDOW] ?? 0;
    const width = Math.min(i + 1, OFFERED_WINDOW);
    if (i + 1 >= Math.min(OFFERED_WINDOW, rates.length)) best = Math.max(best, sum / width);
  }
  return best;
}

/**
 * Time one request keeps an environment busy once the function runs warm,
 * ms: what a sustained rate depends on (cold starts stop once the
 * environments exist). The warm responses' mean duration when the run has
 * them, else the REPORT lines' or the handler's mean with the cold-start
 * share of INIT.
 */
function runBusyMs(route: RouteMeasures): number | null {
  if (route.latency.warm) return route.latency.warm.mean;
  const duration = route.lambdaReports?.meanDurationMs ?? route.handlerDuration?.mean;
  if (duration === undefined || duration === null) return null;
  return duration + (route.coldStartShare ?? 0) * (route.initDuration?.mean ?? 0);
}

interface Candidate {
  limit: string;
  layer: string;
  route: string | null;
  admittedPerSecond: number;
  utilisation: number;
}

export function predictForRun(
  run: RunReport,
  stage: StageConfig,
  figures: Figures,
): Candidate | null {
  const candidates: Candidate[] = [];
  let totalOffered = 0;
  const offeredByFn = new Map<FunctionName, number>();
  for (const route of run.routes) {
    const fn = route.function;
    const rates = run.series.routes[route.route]?.rate ?? [];
    const offered = offeredRate(rates);
    totalOffered += offered;
    if (fn === null || offered === 0) continue;
    offeredByFn.set(fn, offered);
    const throttle = stage.api.routeThrottles[fn].rateLimit;
    candidates.push({
      limit: `api.route.${fn}`,
      layer: 'gateway_throttle',
      route: route.route,
      admittedPerSecond: throttle,
      utilisation: offered / throttle,
    });
    const reserved = stage.functions.settings[fn].reservedConcurrency;
    const busy = runBusyMs(route);
    if (reserved !== null && busy !== null && busy > 0) {
      const admitted = reserved / (busy / 1_000);
      candidates.push({
        limit: `lambda.reserved.${fn}`,
        layer: 'lambda_throttle',
        route: route.route,
        admittedPerSecond: admitted,
        utilisation: offered / admitted,
      });
    }
  }
  const pool =
    figures.quota('lambda.accountConcurrency') -
    FUNCTION_NAMES.reduce(
      (n, fn) => n + (stage.functions.settings[fn].reservedConcurrency ?? 0),
      0,
    );
  const unreservedDemand = run.routes.reduce((n, route) => {
    const fn = route.function;
    if (fn === null || stage.functions.settings[fn].reservedConcurrency !== null) return n;
    const busy = runBusyMs(route);
    return n + ((offeredByFn.get(fn) ?? 0) * (busy ?? 0)) / 1_000;
  }, 0);
  if (unreservedDemand > 0 && pool > 0) {
    candidates.push({
      limit: 'lambda.account',
      layer: 'lambda_throttle',
      route: null,
      admittedPerSecond: Number.NaN,
      utilisation: unreservedDemand / pool,
    });
  }
  candidates.push(...tableCandidates(run, stage, offeredByFn));
  const account = figures.quota('apiGateway.accountRateLimit');
  candidates.push({
    limit: 'api.account',
    layer: 'gateway_throttle',
    route: null,
    admittedPerSecond: account,
    utilisation: totalOffered / account,
  });
  candidates.sort((a, b) => b.utilisation - a.utilisation);
  return candidates[0] ?? null;
}

/**
 * A provisioned table's buckets — the table's and the index's read and
 * write units — against what the offered rates take from each (measured
 * units per request, split as in the capacity model: table-units.ts). The
 * route consuming most of a bucket is the one named; what it is admitted is
 * what the others leave.
 */
function tableCandidates(
  run: RunReport,
  stage: StageConfig,
  offeredByFn: Map<FunctionName, number>,
): Candidate[] {
  const billing = stage.table.billing;
  const throttles = run.target.kind === 'deployed' || stage.table.emulation.throttling;
  if (billing.mode !== 'provisioned' || !throttles) return [];
  const out: Candidate[] = [];
  for (const bucket of PROVISIONED_BUCKETS) {
    const units = billing[bucket.billingKey];
    const demands = run.routes.flatMap((r) => {
      if (r.function === null) return [];
      const perRequest = bucketUnits(r, bucket.part, bucket.kind).value;
      const offered = offeredByFn.get(r.function) ?? 0;
      return perRequest === null || perRequest <= 0 || offered === 0
        ? []
        : [{ route: r, perRequest, demand: offered * perRequest }];
    });
    if (demands.length === 0 || units <= 0) continue;
    const total = demands.reduce((n, d) => n + d.demand, 0);
    const top = demands.reduce((a, b) => (b.demand > a.demand ? b : a));
    out.push({
      limit: bucket.id,
      layer: 'store_throttle',
      route: top.route.route,
      admittedPerSecond: Math.max(0, units - (total - top.demand)) / top.perRequest,
      utilisation: total / units,
    });
  }
  return out;
}

/** The first layer that refused a sustained share of a route's requests, and what got past it meanwhile. */
export function firstRefusal(samples: SampleIngest): ModelCheck['observed'] {
  const seconds = [...samples.seconds.keys()].sort((a, b) => a - b);
  const start = seconds[0];
  if (start === undefined) return null;
  const last = seconds.at(-1);
  let first: { route: string; layer: string; at: number; refused: number } | null = null;
  const refusing = new Map<string, number[]>();
  for (const at of seconds) {
    const second = samples.seconds.get(at);
    for (const [route, r] of second?.routes ?? []) {
      if (route.startsWith('~')) continue;
      for (const [layer, n] of r.failures) {
        if (n < MIN_REFUSED || n < MIN_SHARE * r.requests) continue;
        const key = `${route}\n${layer}`;
        const list = refusing.get(key) ?? [];
        list.push(at);
        refusing.set(key, list);
        if (first === null || at < first.at || (at === first.at && n > first.refused))
          first = { route, layer, at, refused: n };
      }
    }
  }
  if (first === null) return null;
  const { route, layer } = first;
  const throttled = refusing.get(`${route}\n${layer}`) ?? [];
  const layerRank = rank(layer);
  const admitted = throttled
    // The first second spends the burst bucket, the last one is cut short by the run's end.
    .filter((at, i) => i > 0 && at !== last)
    .map((at) => {
      const r = samples.seconds.get(at)?.routes.get(route);
      if (!r) return 0;
      let refused = 0;
      for (const [l, n] of r.failures) if (rank(l) < layerRank || l === layer) refused += n;
      return r.requests - refused;
    });
  return {
    layer,
    route,
    firstAt: first.at - start,
    throttledSeconds: throttled.length,
    admittedPerSecond: median(admitted) ?? Number.NaN,
  };
}

export function checkRun(
  run: RunReport,
  samples: SampleIngest,
  stage: StageConfig,
  figures: Figures,
): ModelCheck | null {
  const predicted = predictForRun(run, stage, figures);
  if (predicted === null) return null;
  const observed = firstRefusal(samples);
  const comparable =
    observed !== null &&
    Number.isFinite(observed.admittedPerSecond) &&
    Number.isFinite(predicted.admittedPerSecond) &&
    observed.admittedPerSecond > 0;
  return {
    predicted: {
      ...predicted,
      admittedPerSecond: Number.isFinite(predicted.admittedPerSecond)
        ? predicted.admittedPerSecond
        : 0,
    },
    observed: observed && {
      ...observed,
      admittedPerSecond: Number.isFinite(observed.admittedPerSecond)
        ? observed.admittedPerSecond
        : 0,
    },
    layerMatches:
      observed === null
        ? null
        : observed.layer === predicted.layer &&
          (predicted.route === null || predicted.route === observed.route),
    deviation:
      comparable && observed
        ? Math.abs(predicted.admittedPerSecond - observed.admittedPerSecond) /
          observed.admittedPerSecond
        : null,
  };
}
