/** Run measures built by hand, for the model's and the verdict's unit tests. */
import { FUNCTION_NAMES, ROUTES } from '#contracts';
import { getStage, type StageConfig, type TableBilling } from '#stages';
import { notAudited } from '../../ingest/audit.ts';
import { emptySeries } from '../../measures.ts';
import type { DistributionJson, RouteMeasures, RunReport } from '../../report-schema.ts';

export interface RouteSpec {
  route: string;
  requests: number;
  handlerMs?: number;
  aiMs?: number;
  initMs?: number;
  coldShare?: number;
  readUnits?: number;
  writeUnits?: number;
  /** The index's share of `readUnits`/`writeUnits` (unset: the run does not split them). */
  indexReadUnits?: number;
  indexWriteUnits?: number;
  p95?: number;
  p99?: number;
  failed?: number;
}

export function dist(mean: number, p95 = mean, p99 = p95): DistributionJson {
  return { count: 100, mean, min: mean / 2, p50: mean, p90: mean, p95, p99, max: p99 };
}

/** The table's share: the total less the index's, when both are given. */
function share(total: number | undefined, index: number | undefined): number | null {
  return total === undefined || index === undefined ? null : total - index;
}

export function route(spec: RouteSpec): RouteMeasures {
  const fn = FUNCTION_NAMES.find((f) => ROUTES[f].routeKey === spec.route) ?? null;
  const failed = spec.failed ?? 0;
  return {
    route: spec.route,
    function: fn,
    requests: spec.requests,
    ratePerSecond: spec.requests / 60,
    failed,
    failureRate: spec.requests > 0 ? failed / spec.requests : null,
    statuses: { '200': spec.requests - failed },
    latency: {
      all: spec.p95 === undefined ? null : dist(spec.p95 / 2, spec.p95, spec.p99 ?? spec.p95),
      cold: null,
      warm: null,
    },
    initDuration: spec.initMs === undefined ? null : dist(spec.initMs),
    handlerDuration: spec.handlerMs === undefined ? null : dist(spec.handlerMs),
    aiDuration: spec.aiMs === undefined ? null : dist(spec.aiMs),
    dynamodbDuration: null,
    coldStartShare: spec.coldShare ?? null,
    dynamodb: {
      readUnitsPerRequest: spec.readUnits ?? null,
      writeUnitsPerRequest: spec.writeUnits ?? null,
      tableReadUnitsPerRequest: share(spec.readUnits, spec.indexReadUnits),
      tableWriteUnitsPerRequest: share(spec.writeUnits, spec.indexWriteUnits),
      indexReadUnitsPerRequest: spec.indexReadUnits ?? null,
      indexWriteUnitsPerRequest: spec.indexWriteUnits ?? null,
      retries: 0,
    },
    failuresByLayer: {},
    lambdaReports: null,
  };
}

export function run(options: {
  routes: RouteSpec[];
  kind?: 'local' | 'deployed';
  scenario?: string;
  id?: string;
  sampleSchemaVersion?: number;
}): RunReport {
  const routes = options.routes.map(route);
  const requests = routes.reduce((n, r) => n + r.requests, 0);
  return {
    id: options.id ?? `run-${options.scenario ?? 'smoke'}`,
    folder: '/runs/x',
    sampleSchemaVersion: options.sampleSchemaVersion ?? 2,
    scenario: options.scenario ?? 'smoke',
    profile: 'quick',
    target: { kind: options.kind ?? 'local', stage: 'local' },
    engine: 'builtin',
    processes: 1,
    window: null,
    durationSeconds: 60,
    requests,
    failed: routes.reduce((n, r) => n + r.failed, 0),
    iterations: {
      completed: requests,
      dropped: 0,
      achievedPerSecond: requests / 60,
      targetPerSecond: requests / 60,
    },
    routes,
    untaggedRequests: 0,
    layers: [],
    series: emptySeries(),
    transfer: [],
    modelCheck: null,
    runner: { exitCode: 0, criteriaPassed: null, failedThresholds: [], gatingThresholds: [] },
    audit: notAudited(),
    missing: [],
  };
}

/** The `small-table` stage with a provisioned table of these units (10 in each bucket unless given). */
export function smallTable(
  units: Partial<Omit<Extract<TableBilling, { mode: 'provisioned' }>, 'mode'>> = {},
): StageConfig {
  const stage = getStage('small-table');
  const billing: TableBilling = {
    mode: 'provisioned',
    readUnits: 10,
    writeUnits: 10,
    indexReadUnits: 10,
    indexWriteUnits: 10,
    ...units,
  };
  return { ...stage, table: { ...stage.table, billing } };
}
