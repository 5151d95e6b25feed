/**
 * CloudWatch's `GetMetricData` over the emulator's metric store, on the
 * wire the current SDK speaks: AWS JSON 1.0, `X-Amz-Target:
 * GraniteServiceVersion20100801.GetMetricData`, timestamps as epoch
 * seconds, errors with their query-era codes in `x-amzn-query-error`
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html).
 *
 * Answers `MetricStat` queries with the statistics `Sum`, `Average`,
 * `Minimum`, `Maximum`, `SampleCount` and `pNN`/`pNN.NN`; `ScanBy`,
 * `MaxDatapoints` with `NextToken` paging, `ReturnData`, `Label`. Not
 * modelled: metric math (`Expression`), the other extended statistics,
 * `LabelOptions`, and any other operation.
 */
import { isValidPeriod } from '#targets';
import type { MetricStore, Statistic } from './metric-store.ts';
import type { AwsApi } from './server.ts';
import { AwsError, jsonService } from './wire.ts';

const SERVICE = 'GraniteServiceVersion20100801';
const NAMESPACE = 'com.amazonaws.cloudwatch';
/** Query and data point limits of GetMetricData (its API reference, above). */
const MAX_QUERIES = 500;
const DEFAULT_MAX_DATAPOINTS = 100_800;

export interface MetricDataQueryInput {
  id: string;
  label: string;
  returnData: boolean;
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
  periodSeconds: number;
  stat: Statistic;
  unit: string | undefined;
}

export interface GetMetricDataInput {
  queries: MetricDataQueryInput[];
  startMs: number;
  endMs: number;
  ascending: boolean;
  maxDatapoints: number;
  /** Data points already returned by earlier pages. */
  skip: number;
}

export function createCloudWatchApi(store: MetricStore): AwsApi {
  return jsonService({
    service: SERVICE,
    protocol: 'json-1.0',
    namespace: NAMESPACE,
    operations: { GetMetricData: (body) => getMetricData(store, parseGetMetricData(body)) },
    unknownOperation: (operation) =>
      new AwsError(
        'InvalidAction',
        `the emulator's CloudWatch answers GetMetricData only, not ${operation}`,
        { queryCode: 'InvalidAction' },
      ),
    badInput: invalid,
  });
}

/** Runs the queries and returns one page of results, in the SDK's output shape. */
export function getMetricData(store: MetricStore, input: GetMetricDataInput) {
  let skip = input.skip;
  let room = input.maxDatapoints;
  let more = false;
  const results = input.queries
    .filter((query) => query.returnData)
    .map((query) => {
      const answer = store.query({ ...query, startMs: input.startMs, endMs: input.endMs });
      let points = answer.timestamps.map((t, i) => [t, answer.values[i] ?? 0] as const);
      if (!input.ascending) points.reverse();
      const skipped = Math.min(skip, points.length);
      skip -= skipped;
      points = points.slice(skipped);
      const page = points.slice(0, room);
      room -= page.length;
      const partial = page.length < points.length;
      more ||= partial;
      return {
        Id: query.id,
        Label: query.label,
        Timestamps: page.map(([t]) => t / 1_000),
        Values: page.map(([, v]) => v),
        StatusCode: partial ? 'PartialData' : 'Complete',
      };
    });
  const returned = input.maxDatapoints - room;
  return {
    MetricDataResults: results,
    Messages: [],
    ...(more ? { NextToken: encodeToken(input.skip + returned) } : {}),
  };
}

/** Validates a GetMetricData request as CloudWatch does, in its error codes. */
export function parseGetMetricData(body: Record<string, unknown>): GetMetricDataInput {
  const rawQueries = body.MetricDataQueries;
  if (rawQueries === undefined) throw missing('MetricDataQueries');
  if (body.StartTime === undefined) throw missing('StartTime');
  if (body.EndTime === undefined) throw missing('EndTime');
  if (!Array.isArray(rawQueries) || rawQueries.length === 0 || rawQueries.length > MAX_QUERIES) {
    throw invalid(`MetricDataQueries must hold 1 to ${MAX_QUERIES} queries`);
  }
  const startMs = timestamp(body.StartTime, 'StartTime');
  const endMs = timestamp(body.EndTime, 'EndTime');
  if (startMs >= endMs)
    throw invalid('The parameter StartTime must be less than the parameter EndTime.');
  const scanBy = body.ScanBy ?? 'TimestampDescending';
  if (scanBy !== 'TimestampDescending' && scanBy !== 'TimestampAscending') {
    throw invalid(
      `ScanBy must be TimestampDescending or TimestampAscending, not ${String(scanBy)}`,
    );
  }
  const maxDatapoints = body.MaxDatapoints ?? DEFAULT_MAX_DATAPOINTS;
  if (!Number.isInteger(maxDatapoints) || (maxDatapoints as number) < 1) {
    throw invalid('MaxDatapoints must be a positive whole number');
  }
  const queries = rawQueries.map((raw, index) => parseQuery(raw, index + 1));
  const ids = new Set<string>();
  for (const { id } of queries) {
    if (ids.has(id))
      throw invalid(`The values for parameter id in MetricDataQueries are not unique: ${id}`);
    ids.add(id);
  }
  return {
    queries,
    startMs,
    endMs,
    ascending: scanBy === 'TimestampAscending',
    maxDatapoints: maxDatapoints as number,
    skip: body.NextToken === undefined ? 0 : decodeToken(body.NextToken),
  };
}

function parseQuery(raw: unknown, position: number): MetricDataQueryInput {
  const at = `MetricDataQueries.member.${position}`;
  if (!isRecord(raw)) throw invalid(`${at} must be an object`);
  const id = raw.Id;
  if (typeof id !== 'string') throw missing(`${at}.Id`);
  if (!/^[a-z][a-zA-Z0-9_]*$/.test(id) || id.length > 255) {
    throw invalid(
      `The value ${id} for parameter ${at}.Id is not valid: it must start with a lower-case letter and hold only letters, digits and underscores.`,
    );
  }
  if (raw.Expression !== undefined) {
    throw invalid(`${at}: the emulator does not evaluate metric math expressions (Expression)`);
  }
  const metricStat = raw.MetricStat;
  if (!isRecord(metricStat)) throw missing(`${at}.MetricStat`);
  const metric = metricStat.Metric;
  if (!isRecord(metric)) throw missing(`${at}.MetricStat.Metric`);
  const namespace = metric.Namespace;
  const metricName = metric.MetricName;
  if (typeof namespace !== 'string') throw missing(`${at}.MetricStat.Metric.Namespace`);
  if (typeof metricName !== 'string') throw missing(`${at}.MetricStat.Metric.MetricName`);
  const dimensions: Record<string, string> = {};
  for (const dimension of asArray(metric.Dimensions)) {
    if (
      !isRecord(dimension) ||
      typeof dimension.Name !== 'string' ||
      typeof dimension.Value !== 'string'
    ) {
      throw invalid(`${at}.MetricStat.Metric.Dimensions: each dimension needs a Name and a Value`);
    }
    dimensions[dimension.Name] = dimension.Value;
  }
  const period = metricStat.Period;
  if (period === undefined) throw missing(`${at}.MetricStat.Period`);
  if (typeof period !== 'number' || !isValidPeriod(period)) {
    throw invalid(
      `The parameter ${at}.MetricStat.Period must be 1, 5, 10, 20, 30 or a multiple of 60, not ${String(period)}.`,
    );
  }
  const stat = metricStat.Stat;
  if (typeof stat !== 'string') throw missing(`${at}.MetricStat.Stat`);
  const unit = metricStat.Unit;
  if (unit !== undefined && typeof unit !== 'string')
    throw invalid(`${at}.MetricStat.Unit must be a string`);
  const label = raw.Label;
  return {
    id,
    label: typeof label === 'string' ? label : metricName,
    returnData: raw.ReturnData !== false,
    namespace,
    metricName,
    dimensions,
    periodSeconds: period,
    stat: parseStatistic(stat, `${at}.MetricStat.Stat`),
    unit,
  };
}

const BASIC = new Set(['Sum', 'Average', 'Minimum', 'Maximum', 'SampleCount']);

export function parseStatistic(stat: string, at = 'Stat'): Statistic {
  if (BASIC.has(stat)) return { kind: stat as 'Sum' };
  const percentile = /^p(\d{1,2}(?:\.\d{1,10})?|100)$/.exec(stat);
  if (percentile?.[1] !== undefined) return { kind: 'percentile', p: Number(percentile[1]) };
  throw invalid(
    `The value ${stat} for parameter ${at} is not supported by the emulator: use Sum, Average, Minimum, Maximum, SampleCount or pNN.NN`,
  );
}

function timestamp(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(`${name} must be a timestamp (epoch seconds)`);
  }
  return Math.round(value * 1_000);
}

function encodeToken(skip: number): string {
  return Buffer.from(JSON.stringify({ skip })).toString('base64url');
}

function decodeToken(token: unknown): number {
  try {
    const { skip } = JSON.parse(Buffer.from(String(token), 'base64url').toString('utf8')) as {
      skip?: unknown;
    };
    if (typeof skip === 'number' && Number.isInteger(skip) && skip >= 0) return skip;
  } catch {
    // Reported below.
  }
  throw invalid('The NextToken is not valid.');
}

function invalid(message: string): AwsError {
  return new AwsError('InvalidParameterValueException', message, {
    queryCode: 'InvalidParameterValue',
  });
}

function missing(parameter: string): AwsError {
  return new AwsError(
    'MissingRequiredParameterException',
    `The parameter ${parameter} is required.`,
    { queryCode: 'MissingParameter' },
  );
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
