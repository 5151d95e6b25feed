/**
 * Collects a stage's metrics of a run window through AWS's own APIs — the
 * same calls for a deployed stage and for the emulator: CloudWatch
 * `GetMetricData` for Lambda, HTTP API and DynamoDB metrics, CloudWatch Logs
 * `FilterLogEvents` for the functions' REPORT lines, and Lambda
 * `GetFunctionConfiguration` for where each function logs.
 *
 * IAM: `cloudwatch:GetMetricData` (resource `*`), `logs:FilterLogEvents` on
 * the functions' log groups, `lambda:GetFunctionConfiguration` on the
 * functions. A call the caller may not make leaves its metrics missing,
 * with the error as the reason.
 */
import {
  CloudWatchClient,
  GetMetricDataCommand,
  type MetricDataQuery,
  type MetricDataResult,
} from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  type FilteredLogEvent,
  FilterLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { GetFunctionConfigurationCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { TABLE_DEFINITION } from '#backend';
import { FUNCTION_NAMES, type FunctionName, ROUTES } from '#contracts';
import {
  parseReportLine,
  REPORT_FILTER_PATTERN,
  type ReportLine,
  summarizeReports,
} from './report-lines.ts';
import {
  API_METRICS,
  API_STAGE,
  type CollectOptions,
  DYNAMODB_METRICS,
  DYNAMODB_OPERATIONS,
  type FunctionReports,
  LAMBDA_METRICS,
  type MetricGroup,
  type MetricSeries,
  type MetricStatistic,
  type MissingMetric,
  STAGE_METRICS_SCHEMA,
  type StageMetrics,
  type StageMetricsWindow,
} from './stage-metrics-types.ts';
import { clientConfig, type Target, TargetError } from './target.ts';

/** AWS's services publish these metrics once a minute. */
const DEFAULT_PERIOD_SECONDS = 60;
const DEFAULT_MAX_REPORT_LINES = 200_000;
/** GetMetricData takes at most 500 queries per call (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html). */
const MAX_QUERIES_PER_CALL = 500;
/** Periods below a minute CloudWatch accepts (high-resolution data). */
const SHORT_PERIODS = [1, 5, 10, 20, 30];

export async function collectStageMetrics(
  target: Target,
  window: StageMetricsWindow,
  options: CollectOptions = {},
): Promise<StageMetrics> {
  const startMs = window.start.getTime();
  const endMs = window.end.getTime();
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs <= startMs) {
    throw new TargetError('the metrics window must have a valid start before its end');
  }
  const periodSeconds =
    options.periodSeconds ?? target.metricResolutionSeconds ?? DEFAULT_PERIOD_SECONDS;
  if (!isValidPeriod(periodSeconds)) {
    throw new TargetError(
      `a metrics period must be 1, 5, 10, 20, 30 or a multiple of 60 seconds, got ${periodSeconds}`,
    );
  }
  const apiId = apiIdOf(target);
  const indexNames = TABLE_DEFINITION.GlobalSecondaryIndexes.flatMap((index) =>
    index.IndexName ? [index.IndexName] : [],
  );
  const missing: MissingMetric[] = [];
  const plan = planQueries(target, apiId, indexNames);
  const logGroups = await functionLogGroups(target);
  const [answers, reports] = await Promise.all([
    queryMetrics(target, plan.queries, { startMs, endMs, periodSeconds }),
    Promise.all(
      FUNCTION_NAMES.map((name) =>
        readReports(target, logGroups[name], { startMs, endMs }, options.maxReportLines),
      ),
    ),
  ]);

  for (const query of plan.queries) {
    const answer = answers.get(query.path) ?? { error: 'CloudWatch returned no result for it' };
    if ('error' in answer) {
      missing.push({ path: query.path, reason: answer.error });
      continue;
    }
    Object.assign(query.series, answer);
    if (answer.total === null) {
      missing.push({
        path: query.path,
        reason: query.emptyReason ?? NO_DATA,
      });
    }
  }
  const reportsByFunction = {} as Record<FunctionName, FunctionReports | null>;
  FUNCTION_NAMES.forEach((name, index) => {
    const result = reports[index];
    if (result === undefined || 'error' in result) {
      reportsByFunction[name] = null;
      missing.push({ path: `reports.${name}`, reason: result?.error ?? 'not read' });
    } else {
      reportsByFunction[name] = result;
    }
  });

  return {
    schema: STAGE_METRICS_SCHEMA,
    collectedAt: new Date().toISOString(),
    window: { start: window.start.toISOString(), end: window.end.toISOString() },
    periodSeconds,
    target: {
      kind: target.kind,
      stage: target.stage,
      region: target.region,
      apiId,
      apiStage: API_STAGE,
      tableName: target.tableName,
      indexNames,
      functionNames: { ...target.functionNames },
      logGroups,
    },
    ...plan.document,
    reports: reportsByFunction,
    missing,
  };
}

/**
 * An HTTP API's id: the target's own (the emulator writes one), or the first
 * label of its default endpoint `https://<id>.execute-api.<region>.amazonaws.com`;
 * `null` behind a custom domain name.
 */
export function apiIdOf(target: Pick<Target, 'apiId' | 'apiUrl'>): string | null {
  if (target.apiId) return target.apiId;
  let host: string;
  try {
    host = new URL(target.apiUrl).hostname;
  } catch {
    return null;
  }
  return /^([a-z0-9]{10})\.execute-api\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.exec(host)?.[1] ?? null;
}

export function isValidPeriod(seconds: number): boolean {
  return (
    SHORT_PERIODS.includes(seconds) ||
    (Number.isInteger(seconds) && seconds > 0 && seconds % 60 === 0)
  );
}

/**
 * CloudWatch rounds a query's start down to its period (1–30 s) or to the
 * minute (longer periods), then returns one point per period.
 */
export function alignStart(startMs: number, periodSeconds: number): number {
  const unitMs = Math.min(periodSeconds, 60) * 1_000;
  return Math.floor(startMs / unitMs) * unitMs;
}

/**
 * The shortest period, no shorter than `resolution`, whose first period
 * (after CloudWatch's rounding of the start) holds the whole window: one
 * query then answers a statistic of the whole window.
 */
export function wholeWindowPeriod(startMs: number, endMs: number, resolution: number): number {
  for (const period of SHORT_PERIODS) {
    if (period < resolution) continue;
    if (alignStart(startMs, period) + period * 1_000 >= endMs) return period;
  }
  const start = alignStart(startMs, 60);
  return Math.max(resolution, Math.ceil((endMs - start) / 60_000) * 60);
}

interface PlannedQuery {
  path: string;
  series: MetricSeries;
  /** Not asked for: why the target cannot have it. */
  skip?: string;
  /** What an answer without data points most likely means, when it is more than the usual. */
  emptyReason?: string;
}

type QueryNotes = Pick<PlannedQuery, 'skip' | 'emptyReason'>;

const NO_DATA =
  'no data point in the window (CloudWatch publishes none for a period without activity)';

type Dimensions = Record<string, string>;

/** Every series of the document, empty, with the query that fills each. */
export function planQueries(
  target: Target,
  apiId: string | null,
  indexNames: string[],
): { queries: PlannedQuery[]; document: Pick<StageMetrics, 'lambda' | 'api' | 'dynamodb'> } {
  const queries: PlannedQuery[] = [];
  const group = <T extends Record<string, readonly MetricStatistic[]>>(
    path: string,
    namespace: MetricSeries['namespace'],
    spec: T,
    dimensions: Dimensions,
    notes: QueryNotes = {},
  ): MetricGroup<T> =>
    Object.fromEntries(
      Object.entries(spec).map(([metricName, stats]) => [
        metricName,
        Object.fromEntries(
          stats.map((stat) => [
            stat,
            series(`${path}.${metricName}.${stat}`, namespace, metricName, dimensions, stat, notes),
          ]),
        ),
      ]),
    ) as MetricGroup<T>;
  const series = (
    path: string,
    namespace: MetricSeries['namespace'],
    metricName: string,
    dimensions: Dimensions,
    stat: MetricStatistic,
    notes: QueryNotes = {},
  ): MetricSeries => {
    const entry: MetricSeries = {
      namespace,
      metricName,
      dimensions,
      stat,
      points: [],
      total: null,
      totalCovers: null,
    };
    queries.push({ path, series: entry, ...notes });
    return entry;
  };

  const apiNotes: QueryNotes =
    apiId === null ? { skip: `the API id cannot be derived from ${target.apiUrl}` } : {};
  const apiDimensions: Dimensions = { ApiId: apiId ?? '', Stage: API_STAGE };
  const routeNotes: QueryNotes = {
    emptyReason: `${NO_DATA}; route metrics exist only when the stage enables detailed metrics`,
    ...apiNotes,
  };
  const document = {
    lambda: perFunction((name) =>
      group(`lambda.${name}`, 'AWS/Lambda', LAMBDA_METRICS, {
        FunctionName: target.functionNames[name],
      }),
    ),
    api: {
      stage: group('api.stage', 'AWS/ApiGateway', API_METRICS, apiDimensions, apiNotes),
      routes: perFunction((name) => {
        const route = ROUTES[name];
        return group(
          `api.routes.${name}`,
          'AWS/ApiGateway',
          API_METRICS,
          { ...apiDimensions, Method: route.method, Resource: route.path },
          routeNotes,
        );
      }),
    },
    dynamodb: {
      table: group('dynamodb.table', 'AWS/DynamoDB', DYNAMODB_METRICS, {
        TableName: target.tableName,
      }),
      indexes: Object.fromEntries(
        indexNames.map((index) => [
          index,
          group(`dynamodb.indexes.${index}`, 'AWS/DynamoDB', DYNAMODB_METRICS, {
            TableName: target.tableName,
            GlobalSecondaryIndexName: index,
          }),
        ]),
      ),
      throttledRequests: Object.fromEntries(
        DYNAMODB_OPERATIONS.map((operation) => [
          operation,
          series(
            `dynamodb.throttledRequests.${operation}`,
            'AWS/DynamoDB',
            'ThrottledRequests',
            { TableName: target.tableName, Operation: operation },
            'Sum',
          ),
        ]),
      ) as StageMetrics['dynamodb']['throttledRequests'],
    },
  };
  return { queries, document };
}

function perFunction<T>(build: (name: FunctionName) => T): Record<FunctionName, T> {
  return Object.fromEntries(FUNCTION_NAMES.map((name) => [name, build(name)])) as Record<
    FunctionName,
    T
  >;
}

type SeriesAnswer = Pick<MetricSeries, 'points' | 'total' | 'totalCovers'> | { error: string };

export interface Fetched {
  timestamps: Date[];
  values: number[];
  error?: string;
}

/**
 * Asks CloudWatch for every planned series at `periodSeconds`, and for the
 * statistics that cannot be added up from points (averages, percentiles)
 * once more with one period spanning the window.
 */
async function queryMetrics(
  target: Target,
  planned: PlannedQuery[],
  window: { startMs: number; endMs: number; periodSeconds: number },
): Promise<Map<string, SeriesAnswer>> {
  const { startMs, endMs, periodSeconds } = window;
  const wholePeriod = wholeWindowPeriod(startMs, endMs, periodSeconds);
  const queries: MetricDataQuery[] = [];
  planned.forEach((query, index) => {
    if (query.skip !== undefined) return;
    const { namespace, metricName, dimensions, stat } = query.series;
    const metric = {
      Namespace: namespace,
      MetricName: metricName,
      Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })),
    };
    queries.push({
      Id: `m${index}`,
      MetricStat: { Metric: metric, Period: periodSeconds, Stat: stat },
    });
    if (!ADDITIVE.has(stat)) {
      queries.push({
        Id: `w${index}`,
        MetricStat: { Metric: metric, Period: wholePeriod, Stat: stat },
      });
    }
  });

  const answers = new Map<string, SeriesAnswer>();
  let fetched: Map<string, Fetched>;
  try {
    fetched = await getMetricData(target, queries, window);
  } catch (error) {
    const reason = failure(error, 'cloudwatch:GetMetricData');
    for (const query of planned) answers.set(query.path, { error: reason });
    return answers;
  }

  planned.forEach((query, index) => {
    if (query.skip !== undefined) {
      answers.set(query.path, { error: query.skip });
      return;
    }
    answers.set(
      query.path,
      seriesAnswer(
        query.series.stat,
        fetched.get(`m${index}`) ?? { timestamps: [], values: [] },
        fetched.get(`w${index}`),
        { startMs, endMs, periodSeconds, wholePeriod },
      ),
    );
  });
  return answers;
}

/**
 * A series from CloudWatch's answers: its points oldest first, and its
 * total — added up from the points for Sum and Maximum, else the single
 * point of the whole-window query.
 */
export function seriesAnswer(
  stat: MetricStatistic,
  series: Fetched,
  whole: Fetched | undefined,
  window: { startMs: number; endMs: number; periodSeconds: number; wholePeriod: number },
): SeriesAnswer {
  const error = series.error ?? whole?.error;
  if (error !== undefined) return { error };
  const covers = (period: number) => ({
    start: new Date(alignStart(window.startMs, period)).toISOString(),
    end: new Date(window.endMs).toISOString(),
  });
  const points = series.timestamps
    .map((timestamp, i) => ({ t: timestamp.toISOString(), v: series.values[i] ?? 0 }))
    .sort((a, b) => a.t.localeCompare(b.t));
  const values = points.map((point) => point.v);
  if (values.length > 0 && stat === 'Sum') {
    const total = values.reduce((sum, value) => sum + value, 0);
    return { points, total, totalCovers: covers(window.periodSeconds) };
  }
  if (values.length > 0 && stat === 'Maximum') {
    return { points, total: Math.max(...values), totalCovers: covers(window.periodSeconds) };
  }
  const total = whole?.values[0];
  if (total !== undefined) return { points, total, totalCovers: covers(window.wholePeriod) };
  return { points, total: null, totalCovers: null };
}

/** Sum and Maximum of a window follow from its points; other statistics need their own query. */
const ADDITIVE = new Set<MetricStatistic>(['Sum', 'Maximum']);

async function getMetricData(
  target: Target,
  queries: MetricDataQuery[],
  window: { startMs: number; endMs: number },
): Promise<Map<string, Fetched>> {
  const fetched = new Map<string, Fetched>();
  const client = new CloudWatchClient(clientConfig(target, 'cloudwatch'));
  try {
    for (let offset = 0; offset < queries.length; offset += MAX_QUERIES_PER_CALL) {
      const chunk = queries.slice(offset, offset + MAX_QUERIES_PER_CALL);
      let nextToken: string | undefined;
      do {
        const output = await client.send(
          new GetMetricDataCommand({
            MetricDataQueries: chunk,
            StartTime: new Date(window.startMs),
            EndTime: new Date(window.endMs),
            ScanBy: 'TimestampAscending',
            ...(nextToken ? { NextToken: nextToken } : {}),
          }),
        );
        for (const result of output.MetricDataResults ?? []) addResult(fetched, result);
        nextToken = output.NextToken;
      } while (nextToken);
    }
  } finally {
    client.destroy();
  }
  return fetched;
}

/** Pages of one query's points arrive in several results: append them. */
function addResult(fetched: Map<string, Fetched>, result: MetricDataResult): void {
  if (!result.Id) return;
  const entry = fetched.get(result.Id) ?? { timestamps: [], values: [] };
  entry.timestamps.push(...(result.Timestamps ?? []));
  entry.values.push(...(result.Values ?? []));
  if (result.StatusCode === 'Forbidden' || result.StatusCode === 'InternalError') {
    const messages = (result.Messages ?? []).map((message) => message.Value).join('; ');
    entry.error = `CloudWatch answered ${result.StatusCode}${messages ? `: ${messages}` : ''}`;
  }
  fetched.set(result.Id, entry);
}

/**
 * Each function's log group: the one its configuration names (a stack may
 * give a function its own group), else Lambda's default `/aws/lambda/<name>`.
 */
async function functionLogGroups(target: Target): Promise<Record<FunctionName, string>> {
  const client = new LambdaClient(clientConfig(target, 'lambda'));
  try {
    const groups = await Promise.all(
      FUNCTION_NAMES.map(async (name) => {
        const functionName = target.functionNames[name];
        const fallback = `/aws/lambda/${functionName}`;
        try {
          const configuration = await client.send(
            new GetFunctionConfigurationCommand({ FunctionName: functionName }),
          );
          return configuration.LoggingConfig?.LogGroup ?? fallback;
        } catch {
          // Without lambda:GetFunctionConfiguration the default group is the best guess;
          // reading it reports its own error if it is wrong.
          return fallback;
        }
      }),
    );
    return perFunction((name) => groups[FUNCTION_NAMES.indexOf(name)] ?? '');
  } finally {
    client.destroy();
  }
}

/** Pages of FilterLogEvents read at most (a guard against a service that never stops paging). */
const MAX_LOG_PAGES = 10_000;

async function readReports(
  target: Target,
  logGroupName: string,
  window: { startMs: number; endMs: number },
  maxLines = DEFAULT_MAX_REPORT_LINES,
): Promise<FunctionReports | { error: string }> {
  const client = new CloudWatchLogsClient(clientConfig(target, 'logs'));
  const lines: ReportLine[] = [];
  let truncated = false;
  try {
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const output = await client.send(
        new FilterLogEventsCommand({
          logGroupName,
          startTime: window.startMs,
          // FilterLogEvents includes its endTime; the window excludes its end.
          endTime: window.endMs - 1,
          filterPattern: REPORT_FILTER_PATTERN,
          ...(nextToken ? { nextToken } : {}),
        }),
      );
      for (const event of output.events ?? ([] as FilteredLogEvent[])) {
        const line = parseReportLine(event.message ?? '');
        if (!line) continue;
        if (lines.length >= maxLines) {
          truncated = true;
          break;
        }
        lines.push(line);
      }
      nextToken = truncated ? undefined : output.nextToken;
      pages += 1;
    } while (nextToken && pages < MAX_LOG_PAGES);
    return summarizeReports(logGroupName, lines, truncated || nextToken !== undefined);
  } catch (error) {
    return { error: `${logGroupName}: ${failure(error, 'logs:FilterLogEvents')}` };
  } finally {
    client.destroy();
  }
}

/** An AWS error as one line, naming the IAM action when access was denied. */
function failure(error: unknown, action: string): string {
  const { name, message } = error as Error;
  const denied = /AccessDenied|UnauthorizedOperation|NotAuthorized/.test(name ?? '');
  return `${name}: ${message}${denied ? ` (the caller needs ${action})` : ''}`;
}
