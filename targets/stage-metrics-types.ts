/**
 * The stage metrics document: what a running stage's own AWS APIs say about
 * a run window — CloudWatch metrics of its functions, HTTP API and table,
 * and the REPORT lines its functions logged — written into each run folder
 * as `stage-metrics.json` and read by the reports. Versioned by `schema`;
 * `targets/stage-metrics.schema.json` is its JSON Schema.
 *
 * Every metric the document names is always present, so a reader never
 * probes for keys: a metric the stage did not give (no data point in the
 * window, an API the caller may not call, an API id that cannot be known)
 * has `total: null` and no points, and is listed in `missing` with the
 * reason. Nothing is filled in.
 */
import { type DynamoDbAction, FUNCTION_ACCESS } from '#backend';
import type { FunctionName } from '#contracts';
import type { StageName } from '#stages';

export const STAGE_METRICS_SCHEMA = 'loopgauge.stage-metrics/v1';

/** The statistics the document asks CloudWatch for. */
export type MetricStatistic = 'Sum' | 'Average' | 'Maximum' | 'p50' | 'p95' | 'p99';

/**
 * Per-function metrics of Lambda, with the dimension `FunctionName`
 * (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html).
 */
export const LAMBDA_METRICS = {
  Invocations: ['Sum'],
  Errors: ['Sum'],
  Throttles: ['Sum'],
  Duration: ['Average', 'p50', 'p95', 'p99', 'Maximum'],
  ConcurrentExecutions: ['Maximum'],
} as const satisfies Record<string, readonly MetricStatistic[]>;

/**
 * HTTP API metrics, with the dimensions `ApiId` and `Stage`, and per route
 * `ApiId`, `Method`, `Resource`, `Stage` (published only when the stage
 * enables detailed metrics;
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-metrics.html).
 */
export const API_METRICS = {
  Count: ['Sum'],
  '4xx': ['Sum'],
  '5xx': ['Sum'],
  Latency: ['Average', 'p50', 'p95', 'p99', 'Maximum'],
  IntegrationLatency: ['Average', 'p50', 'p95', 'p99', 'Maximum'],
} as const satisfies Record<string, readonly MetricStatistic[]>;

/**
 * DynamoDB metrics of the table (dimension `TableName`: the table and its
 * indexes together for consumed units, the table alone for throttle events)
 * and of each global secondary index (`TableName`, `GlobalSecondaryIndexName`)
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html).
 */
export const DYNAMODB_METRICS = {
  ConsumedReadCapacityUnits: ['Sum'],
  ConsumedWriteCapacityUnits: ['Sum'],
  ReadThrottleEvents: ['Sum'],
  WriteThrottleEvents: ['Sum'],
} as const satisfies Record<string, readonly MetricStatistic[]>;

export type DynamoDbOperation = DynamoDbAction extends `dynamodb:${infer Operation}`
  ? Operation
  : never;

/**
 * The DynamoDB operations the functions call (the actions the stack grants
 * them): `ThrottledRequests` is published per `TableName` and `Operation`.
 */
export const DYNAMODB_OPERATIONS: readonly DynamoDbOperation[] = [
  ...new Set(
    Object.values(FUNCTION_ACCESS).flatMap((access) => [...access.table, ...access.index]),
  ),
].map((action) => action.slice('dynamodb:'.length) as DynamoDbOperation);

/** An HTTP API's stage dimension; the stack deploys the `$default` stage. */
export const API_STAGE = '$default';

export interface MetricPoint {
  /** Start of the period, ISO-8601 UTC. */
  t: string;
  v: number;
}

export interface TimeRange {
  start: string;
  end: string;
}

/** One CloudWatch metric and statistic over the run window. */
export interface MetricSeries {
  namespace: 'AWS/Lambda' | 'AWS/ApiGateway' | 'AWS/DynamoDB';
  metricName: string;
  dimensions: Record<string, string>;
  stat: MetricStatistic;
  /** One point per period that has data, oldest first (CloudWatch returns no point for an empty period). */
  points: MetricPoint[];
  /** The statistic over the whole window, or `null` when the stage gave no data point. */
  total: number | null;
  /**
   * The interval `total` stands for: CloudWatch aggregates whole periods and
   * rounds a query's start down to one, so it can begin before the window.
   */
  totalCovers: TimeRange | null;
}

export type MetricGroup<T extends Record<string, readonly MetricStatistic[]>> = {
  [M in keyof T]: { [S in T[M][number]]: MetricSeries };
};

export type LambdaMetrics = MetricGroup<typeof LAMBDA_METRICS>;
export type ApiMetrics = MetricGroup<typeof API_METRICS>;
export type DynamoDbMetrics = MetricGroup<typeof DYNAMODB_METRICS>;

export interface Distribution {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** What a function's REPORT lines of the window say (one line per finished invocation). */
export interface FunctionReports {
  logGroup: string;
  /** REPORT lines read. */
  invocations: number;
  /** Lines with an `Init Duration`: invocations that started an execution environment. */
  coldStarts: number;
  /** Every `Init Duration`, in the order logged. */
  initDurationsMs: number[];
  durationMs: Distribution | null;
  /** Sum of `Billed Duration` (INIT included, as AWS bills it). */
  billedDurationMs: number;
  /** `Memory Size` of the last line (a configuration change can alter it within a window). */
  memorySizeMb: number | null;
  /** The largest `Max Memory Used`, or `null` when no line carries one. */
  maxMemoryUsedMb: number | null;
  /** More lines matched than the collector reads (`maxReportLines`); the figures cover the first ones. */
  truncated: boolean;
}

export interface MissingMetric {
  /** Where in the document, e.g. `lambda.get_chats.Throttles.Sum` or `reports.send_message`. */
  path: string;
  reason: string;
}

export interface StageMetrics {
  schema: typeof STAGE_METRICS_SCHEMA;
  collectedAt: string;
  /** The run window asked for. */
  window: TimeRange;
  /** The period of every series' points, in seconds. */
  periodSeconds: number;
  target: {
    kind: 'local' | 'deployed';
    stage: StageName;
    region: string;
    /** `null` when it cannot be known (an API behind a custom domain name). */
    apiId: string | null;
    apiStage: string;
    tableName: string;
    indexNames: string[];
    functionNames: Record<FunctionName, string>;
    logGroups: Record<FunctionName, string>;
  };
  lambda: Record<FunctionName, LambdaMetrics>;
  api: {
    stage: ApiMetrics;
    routes: Record<FunctionName, ApiMetrics>;
  };
  dynamodb: {
    table: DynamoDbMetrics;
    indexes: Record<string, DynamoDbMetrics>;
    /** Per operation of `DYNAMODB_OPERATIONS`. */
    throttledRequests: Partial<Record<DynamoDbOperation, MetricSeries>>;
  };
  /** `null` for a function whose log group could not be read (see `missing`). */
  reports: Record<FunctionName, FunctionReports | null>;
  missing: MissingMetric[];
}

export interface StageMetricsWindow {
  start: Date;
  end: Date;
}

export interface CollectOptions {
  /** Seconds per point; default: the target's metric resolution (60 for a deployed stage). */
  periodSeconds?: number;
  /** REPORT lines read per function at most. Default 200,000. */
  maxReportLines?: number;
}

export interface ForceFreshOptions {
  /** How long to wait for each function's update. Default 120 s. */
  timeoutMs?: number;
}
