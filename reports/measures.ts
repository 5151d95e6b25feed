/**
 * The measures of one run: per route latency (cold and warm apart), errors
 * by layer, achieved against target rate, DynamoDB units per request, INIT
 * durations and the cold-start share, and 1-second time series — plus, for
 * a run of the local stage, which of these transfer to AWS.
 */
import { FUNCTION_NAMES, type FunctionName, ROUTES } from '#contracts';
import type { Distribution } from './ingest/histogram.ts';
import type { RouteSamples, SampleIngest } from './ingest/samples.ts';
import type { RouteMeasures, RunReport, Series, Transfer } from './report-schema.ts';
import type { RunInput } from './run-input.ts';

const FUNCTION_BY_ROUTE = new Map<string, FunctionName>(
  FUNCTION_NAMES.map((fn) => [ROUTES[fn].routeKey, fn]),
);

export function functionOf(route: string): FunctionName | null {
  return FUNCTION_BY_ROUTE.get(route) ?? null;
}

/** Routes of the run: route-tagged ones when there are any (the rest is setup/teardown), else k6's `name` groups. */
export function routesOf(samples: SampleIngest): {
  routes: [string, RouteSamples][];
  untagged: number;
} {
  const all = [...samples.routes.entries()];
  const tagged = all.filter(([key]) => !key.startsWith('~'));
  if (tagged.length === 0) {
    return { routes: all.map(([key, r]) => [key.slice(1), r]), untagged: 0 };
  }
  const untagged = all
    .filter(([key]) => key.startsWith('~'))
    .reduce((n, [, r]) => n + r.requests, 0);
  const order = (key: string) => {
    const fn = functionOf(key);
    return fn === null ? FUNCTION_NAMES.length : FUNCTION_NAMES.indexOf(fn);
  };
  tagged.sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]));
  return { routes: tagged, untagged };
}

const summary = (d: Distribution) => d.summary();

function lambdaReports(input: RunInput, fn: FunctionName | null): RouteMeasures['lambdaReports'] {
  const reports = fn === null ? null : input.stageMetrics?.reports[fn];
  if (!reports || reports.invocations === 0) return null;
  const inits = reports.initDurationsMs;
  return {
    invocations: reports.invocations,
    coldStarts: reports.coldStarts,
    meanDurationMs: reports.durationMs?.mean ?? null,
    p95DurationMs: reports.durationMs?.p95 ?? null,
    meanBilledMs: reports.billedDurationMs / reports.invocations,
    meanInitMs: inits.length > 0 ? inits.reduce((a, b) => a + b, 0) / inits.length : null,
    memorySizeMb: reports.memorySizeMb,
    maxMemoryUsedMb: reports.maxMemoryUsedMb,
  };
}

/** The table's share: the total less the index's (rounded off below a billionth of a unit). */
function tableShare(total: number | null, index: number | null): number | null {
  if (total === null || index === null) return null;
  return Math.max(0, Math.round((total - index) * 1e9) / 1e9);
}

/** Mean units per request: totals, and the table's and the index's when the run reported the index's share. */
export function dynamodbMeasures(r: RouteSamples): RouteMeasures['dynamodb'] {
  const read = r.readUnits.mean();
  const write = r.writeUnits.mean();
  const indexRead = read === null ? null : r.indexReadUnits.mean();
  const indexWrite = write === null ? null : r.indexWriteUnits.mean();
  return {
    readUnitsPerRequest: read,
    writeUnitsPerRequest: write,
    tableReadUnitsPerRequest: tableShare(read, indexRead),
    tableWriteUnitsPerRequest: tableShare(write, indexWrite),
    indexReadUnitsPerRequest: indexRead,
    indexWriteUnitsPerRequest: indexWrite,
    retries: r.dynamodbRetries,
  };
}

/** What the run does not say about its DynamoDB units: routes without the index's share, or with it from some responses only. */
function unitsMissing(input: RunInput, routes: [string, RouteSamples][]): string[] {
  const out: string[] = [];
  const measured = routes.filter(([, r]) => r.readUnits.count > 0 || r.writeUnits.count > 0);
  const unsplit = measured
    .filter(([, r]) => r.indexReadUnits.count === 0 || r.indexWriteUnits.count === 0)
    .map(([route]) => route);
  if (unsplit.length > 0) {
    const why =
      input.sampleSchemaVersion < 2
        ? `sample schema version ${input.sampleSchemaVersion} carries DynamoDB units as totals only`
        : 'the backend’s x-loopgauge-ddb header carried no index share (idx_rcu, idx_wcu)';
    out.push(
      `${why} (${unsplit.join(', ')}): the table’s and the index’s units per request are not known apart, so the capacity model counts each total against both the table’s and the index’s units (conservative totals)`,
    );
  }
  for (const [route, r] of measured) {
    const partial = r.indexReadUnits.count > 0 && r.indexReadUnits.count < r.readUnits.count;
    if (partial)
      out.push(
        `${route}: ${r.indexReadUnits.count} of ${r.readUnits.count} responses reported the index’s share of their DynamoDB units; the split is their mean`,
      );
  }
  return out;
}

function routeMeasures(
  input: RunInput,
  route: string,
  r: RouteSamples,
  durationSeconds: number,
): RouteMeasures {
  return {
    route,
    function: functionOf(route),
    requests: r.requests,
    ratePerSecond: durationSeconds > 0 ? r.requests / durationSeconds : 0,
    failed: r.failed,
    failureRate: r.requests > 0 ? r.failed / r.requests : null,
    statuses: Object.fromEntries([...r.statuses].sort()),
    latency: { all: summary(r.duration), cold: summary(r.cold), warm: summary(r.warm) },
    initDuration: summary(r.init),
    handlerDuration: summary(r.handler),
    aiDuration: summary(r.ai),
    dynamodbDuration: summary(r.dynamodb),
    coldStartShare: r.coldStartSamples > 0 ? r.coldStarts / r.coldStartSamples : null,
    dynamodb: dynamodbMeasures(r),
    failuresByLayer: Object.fromEntries([...r.failures].sort()),
    lambdaReports: lambdaReports(input, functionOf(route)),
  };
}

function concurrentExecutions(input: RunInput): Series['concurrentExecutions'] {
  const out: Series['concurrentExecutions'] = {};
  const lambda = input.stageMetrics?.lambda;
  if (!lambda) return out;
  for (const fn of FUNCTION_NAMES) {
    const points = lambda[fn]?.ConcurrentExecutions.Maximum.points ?? [];
    if (points.length > 0) out[fn] = points.map((p) => ({ t: Date.parse(p.t) / 1_000, v: p.v }));
  }
  return out;
}

/** A series with no buckets. */
export function emptySeries(): Series {
  return {
    start: new Date(0).toISOString(),
    t: [],
    routes: {},
    failuresByLayer: {},
    droppedIterations: [],
    vus: [],
    concurrentExecutions: {},
  };
}

function series(samples: SampleIngest, routes: string[], routeKeys: Map<string, string>): Series {
  const seconds = [...samples.seconds.keys()];
  const empty = emptySeries();
  if (seconds.length === 0) return empty;
  const first = Math.min(...seconds);
  const last = Math.max(...seconds);
  const t = Array.from({ length: last - first + 1 }, (_, i) => i);
  const layers = new Set<string>();
  for (const second of samples.seconds.values()) {
    for (const r of second.routes.values())
      for (const layer of r.failures.keys()) layers.add(layer);
  }
  const out: Series = { ...empty, start: new Date(first * 1_000).toISOString(), t };
  for (const route of routes) {
    const key = routeKeys.get(route) ?? route;
    const at = (i: number) => samples.seconds.get(first + i)?.routes.get(key);
    out.routes[route] = {
      rate: t.map((i) => at(i)?.requests ?? 0),
      failed: t.map((i) => at(i)?.failed ?? 0),
      p50: t.map((i) => at(i)?.duration.percentile(50) ?? null),
      p95: t.map((i) => at(i)?.duration.percentile(95) ?? null),
      p99: t.map((i) => at(i)?.duration.percentile(99) ?? null),
      inFlight: t.map((i) => round((at(i)?.durationSumMs ?? 0) / 1_000)),
      busy: t.map((i) => round((at(i)?.busySumMs ?? 0) / 1_000)),
    };
  }
  for (const layer of [...layers].sort()) {
    out.failuresByLayer[layer] = t.map((i) => {
      let n = 0;
      for (const r of samples.seconds.get(first + i)?.routes.values() ?? [])
        n += r.failures.get(layer) ?? 0;
      return n;
    });
  }
  out.droppedIterations = t.map((i) => samples.seconds.get(first + i)?.droppedIterations ?? 0);
  out.vus = t.map((i) => samples.seconds.get(first + i)?.vus ?? 0);
  return out;
}

function round(value: number): number {
  return Math.round(value * 1_000) / 1_000;
}

/** What of a run transfers to AWS. */
export function transferOf(input: RunInput): Transfer[] {
  const mock = input.stage?.provider.kind === 'mock';
  const local = input.target.kind === 'local';
  const emulator = 'the emulator’s own: worker threads on this machine';
  return [
    {
      figure: 'request mix and rates offered',
      transfers: true,
      why: 'set by the scenario, not by the stage',
    },
    {
      figure: 'DynamoDB units per request',
      transfers: true,
      why: 'the backend’s own ReturnConsumedCapacity figures, computed by DynamoDB’s rules (UTF-8 bytes, 1 KB writes, 4 KB reads)',
    },
    {
      figure: 'AI tokens and payload sizes',
      transfers: true,
      why: 'the same prompts and the same message bodies go to AWS',
    },
    {
      figure: 'which layer refuses what (error behaviour)',
      transfers: true,
      why: local
        ? 'the emulator answers with API Gateway’s and Lambda’s own statuses and bodies at the stage’s configured limits'
        : 'measured on AWS',
    },
    {
      figure: 'latencies (request, handler, DynamoDB)',
      transfers: !local,
      why: local ? emulator : 'measured on AWS',
    },
    {
      figure: 'INIT durations and cold-start share',
      transfers: !local,
      why: local ? `${emulator} (INIT includes thread start)` : 'measured on AWS',
    },
    {
      figure: 'throughput reached',
      transfers: !local,
      why: local
        ? 'bounded by this machine’s cores, which the load generator shares'
        : 'measured on AWS',
    },
    {
      figure: 'AI call latency',
      transfers: !mock,
      why: mock
        ? `the mock provider’s “${input.stage?.provider.kind === 'mock' ? input.stage.provider.profile : ''}” profile`
        : 'the real provider',
    },
    {
      figure: 'DynamoDB throttling',
      transfers: !local || (input.stage?.table.emulation.throttling ?? false),
      why: !local
        ? 'measured on AWS'
        : input.stage?.table.emulation.throttling
          ? 'the emulator’s capacity layer throttles by AWS’s published table, partition and on-demand rules'
          : 'not emulated in this run (the stage’s table emulation does not throttle): the model uses AWS’s published limits',
    },
  ];
}

export function measureRun(input: RunInput): RunReport {
  const { samples } = input;
  const observed =
    samples.lastMs > samples.firstMs ? (samples.lastMs - samples.firstMs) / 1_000 : 0;
  const durationSeconds = input.summary ? input.summary.durationMs / 1_000 : observed;
  const { routes, untagged } = routesOf(samples);
  const routeKeys = new Map<string, string>();
  for (const [route] of routes)
    routeKeys.set(route, samples.routes.has(route) ? route : `~${route}`);
  const measures = routes.map(([route, r]) => routeMeasures(input, route, r, durationSeconds));
  const requests = measures.reduce((n, r) => n + r.requests, 0);
  const layerCounts = new Map<string, number>();
  for (const r of measures)
    for (const [layer, n] of Object.entries(r.failuresByLayer))
      layerCounts.set(layer, (layerCounts.get(layer) ?? 0) + n);
  const dropped =
    input.summary?.droppedIterations ?? sumSeconds(samples, (s) => s.droppedIterations);
  const completed =
    input.summary?.iterations ??
    (samples.points > 0 ? sumSeconds(samples, (s) => s.iterations) : null);
  const missing = [...input.missing];
  if (routes.length > 0 && routes.every(([key]) => !samples.routes.has(key)))
    missing.push('no route tags: requests are grouped by k6’s name tag');
  if (measures.every((r) => r.coldStartShare === null))
    missing.push(
      'no telemetry samples (cold starts, INIT, DynamoDB units): cold/warm split, INIT and units per request are not known',
    );
  missing.push(...unitsMissing(input, routes));
  if (requests > 0 && layerCounts.size === 0 && measures.some((r) => r.failed > 0))
    missing.push('failed requests carry no layer tag: errors by layer are not known');
  if (input.summary && samples.points > 0 && input.summary.httpReqs !== requests + untagged) {
    missing.push(
      `the samples hold ${requests + untagged} requests, the summary counts ${input.summary.httpReqs}: the sample stream is incomplete`,
    );
  }
  return {
    id: input.id,
    folder: input.folder,
    sampleSchemaVersion: input.sampleSchemaVersion,
    scenario: input.scenario,
    profile: input.profile,
    target: input.target,
    engine: input.engine,
    processes: input.processes,
    window: input.window,
    durationSeconds,
    requests,
    failed: measures.reduce((n, r) => n + r.failed, 0),
    iterations: {
      completed,
      dropped,
      achievedPerSecond:
        completed !== null && durationSeconds > 0 ? completed / durationSeconds : null,
      targetPerSecond:
        completed !== null && durationSeconds > 0 ? (completed + dropped) / durationSeconds : null,
    },
    routes: measures,
    untaggedRequests: untagged,
    layers: [...layerCounts]
      .sort((a, b) => b[1] - a[1])
      .map(([layer, count]) => ({ layer, count, share: requests > 0 ? count / requests : 0 })),
    series: {
      ...series(
        samples,
        routes.map(([route]) => route),
        routeKeys,
      ),
      concurrentExecutions: concurrentExecutions(input),
    },
    transfer: transferOf(input),
    modelCheck: null,
    runner: input.runner,
    audit: input.audit,
    missing,
  };
}

function sumSeconds(
  samples: SampleIngest,
  pick: (s: import('./ingest/samples.ts').Second) => number,
): number {
  let n = 0;
  for (const second of samples.seconds.values()) n += pick(second);
  return n;
}
