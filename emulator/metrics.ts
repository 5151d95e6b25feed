/**
 * What the local stage counts, for the reports of a local run: requests by
 * route and status, refusals by the layer that made them, cold starts and
 * their init durations, DynamoDB units (from the telemetry header, and per
 * table from the embedded DynamoDB, as CloudWatch would count them), and the
 * number of execution environments over time.
 */
import { type FunctionName, parseDynamoDbUsage } from '#contracts';
import type { TableMetrics } from './dynamodb/index.ts';

/** Which hop produced a response. */
export type Layer =
  | 'gateway-throttle'
  | 'gateway-not-found'
  | 'gateway-payload-limit'
  | 'gateway-request-limit'
  | 'gateway-bad-request'
  | 'authorizer'
  | 'lambda-throttle'
  | 'function-error'
  | 'integration-timeout'
  | 'function';

export interface ConcurrencySample {
  /** Milliseconds since the stage started. */
  t: number;
  environments: Record<string, { total: number; busy: number }>;
}

export interface EmulatorMetricsSnapshot {
  startedAt: string;
  requests: Record<string, Record<string, number>>;
  layers: Record<Layer, number>;
  coldStarts: Record<string, { count: number; initDurationsMs: number[] }>;
  dynamodb: Record<string, RouteDynamoDbUsage>;
  /** Per table: consumed units, throttles, failed conditions (empty with an external DynamoDB). */
  tables: Record<string, TableMetrics>;
  concurrency: ConcurrencySample[];
}

/** DynamoDB use of a route's responses; `rcu`/`wcu` are totals, `idxRcu`/`idxWcu` the index part. */
export interface RouteDynamoDbUsage {
  requests: number;
  rcu: number;
  wcu: number;
  idxRcu: number;
  idxWcu: number;
  retries: number;
}

/** Where per-table figures come from: the embedded DynamoDB. */
export interface TableMetricsSource {
  metrics(): Record<string, TableMetrics>;
  resetMetrics(): void;
}

const MAX_SAMPLES = 3_600;
const MAX_INIT_DURATIONS = 10_000;

export class EmulatorMetrics {
  readonly #startedAt = new Date();
  readonly #started = performance.now();
  #requests = new Map<string, Map<number, number>>();
  #layers = emptyLayers();
  #coldStarts = new Map<string, { count: number; initDurationsMs: number[] }>();
  #dynamodb = new Map<string, RouteDynamoDbUsage>();
  #concurrency: ConcurrencySample[] = [];
  readonly #tables: TableMetricsSource | undefined;

  constructor(tables?: TableMetricsSource) {
    this.#tables = tables;
  }

  recordResponse(
    route: string,
    status: number,
    layer: Layer,
    headers?: Record<string, string>,
  ): void {
    const byStatus = this.#requests.get(route) ?? new Map<number, number>();
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    this.#requests.set(route, byStatus);
    this.#layers[layer] += 1;
    const usage = parseDynamoDbUsage(headers?.['x-loopgauge-ddb']);
    if (usage) {
      const totals = this.#dynamodb.get(route) ?? {
        requests: 0,
        rcu: 0,
        wcu: 0,
        idxRcu: 0,
        idxWcu: 0,
        retries: 0,
      };
      totals.requests += 1;
      totals.rcu += usage.rcu;
      totals.wcu += usage.wcu;
      totals.idxRcu += usage.idxRcu ?? 0;
      totals.idxWcu += usage.idxWcu ?? 0;
      totals.retries += usage.retries;
      this.#dynamodb.set(route, totals);
    }
  }

  recordColdStart(functionName: FunctionName, initDurationMs: number | undefined): void {
    const entry = this.#coldStarts.get(functionName) ?? { count: 0, initDurationsMs: [] };
    entry.count += 1;
    if (initDurationMs !== undefined && entry.initDurationsMs.length < MAX_INIT_DURATIONS) {
      entry.initDurationsMs.push(Math.round(initDurationMs * 100) / 100);
    }
    this.#coldStarts.set(functionName, entry);
  }

  recordConcurrency(environments: ConcurrencySample['environments']): void {
    this.#concurrency.push({ t: Math.round(performance.now() - this.#started), environments });
    if (this.#concurrency.length > MAX_SAMPLES) this.#concurrency.shift();
  }

  reset(): void {
    this.#requests = new Map();
    this.#layers = emptyLayers();
    this.#coldStarts = new Map();
    this.#dynamodb = new Map();
    this.#concurrency = [];
    this.#tables?.resetMetrics();
  }

  snapshot(): EmulatorMetricsSnapshot {
    return {
      startedAt: this.#startedAt.toISOString(),
      requests: Object.fromEntries(
        [...this.#requests].map(([route, byStatus]) => [route, Object.fromEntries(byStatus)]),
      ),
      layers: { ...this.#layers },
      coldStarts: Object.fromEntries(
        [...this.#coldStarts].map(([fn, entry]) => [
          fn,
          { count: entry.count, initDurationsMs: [...entry.initDurationsMs] },
        ]),
      ),
      dynamodb: Object.fromEntries(
        [...this.#dynamodb].map(([route, totals]) => [route, { ...totals }]),
      ),
      tables: this.#tables?.metrics() ?? {},
      concurrency: [...this.#concurrency],
    };
  }
}

function emptyLayers(): Record<Layer, number> {
  return {
    'gateway-throttle': 0,
    'gateway-not-found': 0,
    'gateway-payload-limit': 0,
    'gateway-request-limit': 0,
    'gateway-bad-request': 0,
    authorizer: 0,
    'lambda-throttle': 0,
    'function-error': 0,
    'integration-timeout': 0,
    function: 0,
  };
}
