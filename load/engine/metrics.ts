/**
 * k6's metric model: four metric types with their sinks, sub-metrics selected
 * by tags, and the registry of built-in and custom metrics.
 * Built-in names, types and contents:
 * https://grafana.com/docs/k6/latest/using-k6/metrics/reference/
 */
import { ConfigError } from './errors.ts';

export type MetricType = 'counter' | 'gauge' | 'rate' | 'trend';
export type ValueType = 'default' | 'time' | 'data';
export type Tags = Readonly<Record<string, string>>;

export interface CounterSink {
  readonly kind: 'counter';
  value: number;
  count: number;
}

export interface GaugeSink {
  readonly kind: 'gauge';
  value: number;
  min: number;
  max: number;
  count: number;
}

export interface RateSink {
  readonly kind: 'rate';
  trues: number;
  total: number;
}

export type Sink = CounterSink | GaugeSink | RateSink | TrendSink;

/**
 * Keeps every value, like k6's trend sink, so percentiles are exact:
 * the values are sorted and p is interpolated linearly between neighbours.
 */
export class TrendSink {
  readonly kind = 'trend';
  #values = new Float64Array(1024);
  #sorted = true;
  count = 0;
  sum = 0;
  min = 0;
  max = 0;

  add(v: number): void {
    if (this.count === this.#values.length) {
      const grown = new Float64Array(this.#values.length * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    if (this.count === 0) {
      this.min = v;
      this.max = v;
    } else {
      if (v < this.min) this.min = v;
      if (v > this.max) this.max = v;
      if (this.#sorted && v < (this.#values[this.count - 1] ?? v)) this.#sorted = false;
    }
    this.#values[this.count++] = v;
    this.sum += v;
  }

  avg(): number {
    return this.count === 0 ? 0 : this.sum / this.count;
  }

  /** Percentile for `pct` in [0, 1], as k6 computes it (0 when empty). */
  percentile(pct: number): number {
    if (this.count === 0) return 0;
    if (this.count === 1) return this.#values[0] ?? 0;
    if (!this.#sorted) {
      this.#values.subarray(0, this.count).sort();
      this.#sorted = true;
    }
    const i = pct * (this.count - 1);
    const lo = this.#values[Math.floor(i)] ?? 0;
    const hi = this.#values[Math.ceil(i)] ?? 0;
    return lo + (hi - lo) * (i - Math.floor(i));
  }
}

export function newSink(type: MetricType): Sink {
  switch (type) {
    case 'counter':
      return { kind: 'counter', value: 0, count: 0 };
    case 'gauge':
      return { kind: 'gauge', value: 0, min: 0, max: 0, count: 0 };
    case 'rate':
      return { kind: 'rate', trues: 0, total: 0 };
    case 'trend':
      return new TrendSink();
  }
}

export function addToSink(sink: Sink, value: number): void {
  switch (sink.kind) {
    case 'counter':
      sink.value += value;
      sink.count++;
      return;
    case 'gauge':
      sink.value = value;
      // k6's gauge sink starts max at 0 and only sets min from the first
      // sample, so an all-negative gauge reports max=0; kept for parity.
      if (value > sink.max) sink.max = value;
      if (sink.count === 0 || value < sink.min) sink.min = value;
      sink.count++;
      return;
    case 'rate':
      sink.total++;
      if (value !== 0) sink.trues++;
      return;
    case 'trend':
      sink.add(value);
      return;
  }
}

export function sinkIsEmpty(sink: Sink): boolean {
  switch (sink.kind) {
    case 'counter':
    case 'gauge':
    case 'trend':
      return sink.count === 0;
    case 'rate':
      return sink.total === 0;
  }
}

export class Metric {
  readonly sink: Sink;
  readonly submetrics: Metric[] = [];
  /** Set on sub-metrics: the parent and the tags a sample must carry. */
  readonly parent: Metric | undefined;
  readonly filter: Tags | undefined;
  /** The text between the braces of a sub-metric name. */
  readonly suffix: string | undefined;
  /** True once a sample arrived or a threshold was defined on it (shown in the summary). */
  observed = false;

  constructor(
    readonly name: string,
    readonly type: MetricType,
    readonly contains: ValueType,
    sub?: { parent: Metric; filter: Tags; suffix: string },
  ) {
    this.sink = newSink(type);
    this.parent = sub?.parent;
    this.filter = sub?.filter;
    this.suffix = sub?.suffix;
  }

  /**
   * The sub-metric for `keyValues` ("tag:value,tag2:value2"), created once.
   * Parsing follows k6: comma-separated pairs, split at the first colon,
   * spaces and quotes trimmed from keys and values.
   */
  submetric(keyValues: string): Metric {
    const suffix = keyValues.trim();
    if (suffix === '') {
      throw new ConfigError(`submetric criteria for metric '${this.name}' cannot be empty`);
    }
    const filter: Record<string, string> = {};
    for (const kv of suffix.split(',')) {
      if (kv === '') continue;
      const at = kv.indexOf(':');
      const key = trimQuotes(at < 0 ? kv : kv.slice(0, at));
      filter[key] = at < 0 ? '' : trimQuotes(kv.slice(at + 1));
    }
    const existing = this.submetrics.find((s) => sameTags(s.filter ?? {}, filter));
    if (existing) return existing;
    const sub = new Metric(`${this.name}{${suffix}}`, this.type, this.contains, {
      parent: this,
      filter,
      suffix,
    });
    this.submetrics.push(sub);
    return sub;
  }
}

function trimQuotes(s: string): string {
  return s.trim().replace(/^["']+|["']+$/g, '');
}

function sameTags(a: Tags, b: Tags): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

export function tagsMatch(filter: Tags, tags: Tags): boolean {
  for (const k in filter) {
    if (tags[k] !== filter[k]) return false;
  }
  return true;
}

// https://grafana.com/docs/k6/latest/javascript-api/k6-metrics/ (names: ASCII letters, digits, underscores)
const METRIC_NAME = /^[a-zA-Z_][a-zA-Z0-9_]{0,127}$/;

export class Registry {
  readonly #metrics = new Map<string, Metric>();
  readonly builtin: BuiltinMetrics;

  constructor() {
    const m = (name: string, type: MetricType, contains: ValueType = 'default') =>
      this.register(name, type, contains);
    this.builtin = {
      vus: m('vus', 'gauge'),
      vusMax: m('vus_max', 'gauge'),
      iterations: m('iterations', 'counter'),
      iterationDuration: m('iteration_duration', 'trend', 'time'),
      droppedIterations: m('dropped_iterations', 'counter'),
      checks: m('checks', 'rate'),
      groupDuration: m('group_duration', 'trend', 'time'),
      dataSent: m('data_sent', 'counter', 'data'),
      dataReceived: m('data_received', 'counter', 'data'),
      httpReqs: m('http_reqs', 'counter'),
      httpReqFailed: m('http_req_failed', 'rate'),
      httpReqDuration: m('http_req_duration', 'trend', 'time'),
      httpReqBlocked: m('http_req_blocked', 'trend', 'time'),
      httpReqConnecting: m('http_req_connecting', 'trend', 'time'),
      httpReqTLSHandshaking: m('http_req_tls_handshaking', 'trend', 'time'),
      httpReqSending: m('http_req_sending', 'trend', 'time'),
      httpReqWaiting: m('http_req_waiting', 'trend', 'time'),
      httpReqReceiving: m('http_req_receiving', 'trend', 'time'),
    };
  }

  get(name: string): Metric | undefined {
    return this.#metrics.get(name);
  }

  all(): Metric[] {
    return [...this.#metrics.values()];
  }

  isBuiltin(metric: Metric): boolean {
    const root = metric.parent ?? metric;
    return Object.values(this.builtin).includes(root);
  }

  /** Registers a metric, or returns the existing one when name, type and contents agree. */
  register(name: string, type: MetricType, contains: ValueType = 'default'): Metric {
    const existing = this.#metrics.get(name);
    if (existing) {
      if (existing.type !== type || existing.contains !== contains) {
        throw new ConfigError(
          `metric '${name}' already exists but with type ${existing.type}, instead of ${type}`,
        );
      }
      return existing;
    }
    if (!METRIC_NAME.test(name)) {
      throw new ConfigError(
        `Invalid metric name: '${name}'. Metric names must only include up to 128 ASCII letters, numbers, or underscores and start with a letter or an underscore.`,
      );
    }
    const metric = new Metric(name, type, contains);
    this.#metrics.set(name, metric);
    return metric;
  }
}

export interface BuiltinMetrics {
  vus: Metric;
  vusMax: Metric;
  iterations: Metric;
  iterationDuration: Metric;
  droppedIterations: Metric;
  checks: Metric;
  groupDuration: Metric;
  dataSent: Metric;
  dataReceived: Metric;
  httpReqs: Metric;
  httpReqFailed: Metric;
  httpReqDuration: Metric;
  httpReqBlocked: Metric;
  httpReqConnecting: Metric;
  httpReqTLSHandshaking: Metric;
  httpReqSending: Metric;
  httpReqWaiting: Metric;
  httpReqReceiving: Metric;
}

/** Receives every sample (the `--out json` writer implements it). */
export interface SampleOutput {
  sample(metric: Metric, value: number, tags: Tags, timeMs: number): void;
}

/**
 * Feeds samples into metric sinks and their sub-metrics, and forwards them to
 * the outputs. Samples arriving after `stop()` are dropped, as in k6.
 */
export class MetricsEngine {
  readonly outputs: SampleOutput[] = [];
  #stopped = false;

  constructor(
    readonly registry: Registry,
    readonly now: () => number,
  ) {}

  add(metric: Metric, value: number, tags: Tags, timeMs = this.now()): void {
    if (this.#stopped) return;
    addToSink(metric.sink, value);
    metric.observed = true;
    const subs = metric.submetrics;
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i] as Metric;
      if (tagsMatch(sub.filter ?? {}, tags)) {
        addToSink(sub.sink, value);
        sub.observed = true;
      }
    }
    const outs = this.outputs;
    for (let i = 0; i < outs.length; i++) outs[i]?.sample(metric, value, tags, timeMs);
  }

  stop(): void {
    this.#stopped = true;
  }
}
