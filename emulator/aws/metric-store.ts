/**
 * The emulator's CloudWatch metrics: what its gateway, Lambda pools and
 * DynamoDB report, kept per metric (namespace, name, one set of dimensions)
 * as per-second buckets, and aggregated into the periods and statistics a
 * `GetMetricData` query asks for.
 *
 * Where it differs from CloudWatch: AWS's services publish these metrics
 * once a minute, and CloudWatch keeps sub-minute data 3 hours
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Metric);
 * the emulator keeps every metric at one second — a high-resolution metric —
 * for the same 3 hours. Percentiles come from the values themselves (at most
 * `maxValuesPerSecond` a second per metric, sampled beyond), nearest rank.
 */
import { alignStart } from '#targets';

export type MetricUnit = 'Count' | 'Milliseconds';
export type Dimensions = Record<string, string>;

/** A statistic of `GetMetricData`'s `Stat`: the five basic ones, or a percentile `pNN(.NN)`. */
export type Statistic =
  | { kind: 'Sum' | 'Average' | 'Minimum' | 'Maximum' | 'SampleCount' }
  | { kind: 'percentile'; p: number };

export interface MetricQuery {
  namespace: string;
  metricName: string;
  /** Exactly the metric's dimensions: CloudWatch treats each combination as its own metric. */
  dimensions: Dimensions;
  stat: Statistic;
  periodSeconds: number;
  /** When set, only a metric recorded in this unit answers. */
  unit?: string | undefined;
  startMs: number;
  endMs: number;
}

/** Data points oldest first: each period's start and its statistic. Periods without data have none. */
export interface MetricAnswer {
  timestamps: number[];
  values: number[];
}

interface Bucket {
  count: number;
  sum: number;
  min: number;
  max: number;
  /** A uniform sample of the second's values (all of them up to the cap). */
  values: number[];
}

interface Series {
  unit: MetricUnit;
  buckets: Map<number, Bucket>;
}

/** Sub-minute data retention (see the file header). */
const RETENTION_SECONDS = 3 * 3_600;
const PRUNE_EVERY_MS = 60_000;

export class MetricStore {
  readonly #series = new Map<string, Series>();
  readonly #now: () => number;
  readonly #maxValues: number;
  #prunedAt = 0;

  constructor(options: { now?: () => number; maxValuesPerSecond?: number } = {}) {
    this.#now = options.now ?? Date.now;
    this.#maxValues = options.maxValuesPerSecond ?? 1_000;
  }

  /** Records one value under each set of dimensions (AWS publishes a metric under several). */
  put(
    namespace: string,
    metricName: string,
    dimensionSets: Dimensions[],
    value: number,
    unit: MetricUnit,
    atMs = this.#now(),
  ): void {
    const second = Math.floor(atMs / 1_000);
    for (const dimensions of dimensionSets) {
      const key = seriesKey(namespace, metricName, dimensions);
      let series = this.#series.get(key);
      if (!series) {
        series = { unit, buckets: new Map() };
        this.#series.set(key, series);
      }
      let bucket = series.buckets.get(second);
      if (!bucket) {
        bucket = { count: 0, sum: 0, min: value, max: value, values: [] };
        series.buckets.set(second, bucket);
      }
      bucket.count += 1;
      bucket.sum += value;
      bucket.min = Math.min(bucket.min, value);
      bucket.max = Math.max(bucket.max, value);
      if (bucket.values.length < this.#maxValues) bucket.values.push(value);
      else {
        // Reservoir sampling keeps every value of the second equally likely.
        const slot = Math.floor(Math.random() * bucket.count);
        if (slot < this.#maxValues) bucket.values[slot] = value;
      }
    }
    this.#prune(atMs);
  }

  query(query: MetricQuery): MetricAnswer {
    const series = this.#series.get(seriesKey(query.namespace, query.metricName, query.dimensions));
    const answer: MetricAnswer = { timestamps: [], values: [] };
    if (!series || (query.unit !== undefined && query.unit !== series.unit)) return answer;
    const periodMs = query.periodSeconds * 1_000;
    const start = alignStart(query.startMs, query.periodSeconds);
    const periods = new Map<number, Bucket[]>();
    for (const [second, bucket] of series.buckets) {
      const atMs = second * 1_000;
      if (atMs < start || atMs >= query.endMs) continue;
      const periodStart = start + Math.floor((atMs - start) / periodMs) * periodMs;
      const list = periods.get(periodStart) ?? [];
      list.push(bucket);
      periods.set(periodStart, list);
    }
    for (const periodStart of [...periods.keys()].sort((a, b) => a - b)) {
      answer.timestamps.push(periodStart);
      answer.values.push(aggregate(periods.get(periodStart) ?? [], query.stat));
    }
    return answer;
  }

  #prune(nowMs: number): void {
    if (nowMs - this.#prunedAt < PRUNE_EVERY_MS) return;
    this.#prunedAt = nowMs;
    const oldest = Math.floor(nowMs / 1_000) - RETENTION_SECONDS;
    for (const series of this.#series.values()) {
      for (const second of series.buckets.keys()) {
        if (second < oldest) series.buckets.delete(second);
      }
    }
  }
}

export function aggregate(buckets: Bucket[], stat: Statistic): number {
  const count = buckets.reduce((total, bucket) => total + bucket.count, 0);
  const sum = buckets.reduce((total, bucket) => total + bucket.sum, 0);
  switch (stat.kind) {
    case 'Sum':
      return sum;
    case 'SampleCount':
      return count;
    case 'Average':
      return count === 0 ? 0 : sum / count;
    case 'Minimum':
      return Math.min(...buckets.map((bucket) => bucket.min));
    case 'Maximum':
      return Math.max(...buckets.map((bucket) => bucket.max));
    case 'percentile': {
      const values = buckets.flatMap((bucket) => bucket.values).sort((a, b) => a - b);
      const rank = Math.max(0, Math.ceil((stat.p / 100) * values.length) - 1);
      return values[rank] ?? 0;
    }
  }
}

function seriesKey(namespace: string, metricName: string, dimensions: Dimensions): string {
  const sorted = Object.keys(dimensions)
    .sort()
    .map((name) => [name, dimensions[name]]);
  return JSON.stringify([namespace, metricName, sorted]);
}
