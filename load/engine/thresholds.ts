/**
 * Threshold expressions, parsed and evaluated as k6 does:
 *   assertion  -> aggregation whitespace* operator whitespace* float
 *   aggregation-> "count" | "rate" | "value" | "avg" | "min" | "med" | "max" | "p(" float ")"
 *   operator   -> ">" | ">=" | "<=" | "<" | "==" | "===" | "!="
 * Counter: count, rate; Gauge: value; Rate: rate; Trend: avg, min, max, med, p(N).
 * https://grafana.com/docs/k6/latest/using-k6/thresholds/
 */
import { parseDuration } from './duration.ts';
import { ConfigError } from './errors.ts';
import type { Metric, MetricType, Registry, Sink } from './metrics.ts';
import { sinkIsEmpty } from './metrics.ts';

export type Operator = '<=' | '<' | '>=' | '>' | '===' | '==' | '!=';

/** Longer operators that share characters with shorter ones come first, as in k6's scanner. */
const OPERATORS: readonly Operator[] = ['<=', '<', '>=', '>', '===', '==', '!='];

const METHODS = ['value', 'count', 'rate', 'avg', 'min', 'med', 'max'] as const;
export type AggregationMethod = (typeof METHODS)[number] | 'p';

export interface ThresholdExpression {
  method: AggregationMethod;
  /** The N of p(N), a percentage. */
  percentile?: number;
  operator: Operator;
  value: number;
}

const SUPPORTED: Record<MetricType, readonly AggregationMethod[]> = {
  counter: ['count', 'rate'],
  gauge: ['value'],
  rate: ['rate'],
  trend: ['avg', 'min', 'max', 'med', 'p'],
};

const FLOAT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseFloatStrict(text: string): number | undefined {
  if (FLOAT.test(text)) return Number(text);
  const lower = text.toLowerCase().replace(/^[+]/, '');
  if (lower === 'inf' || lower === 'infinity') return text.startsWith('-') ? -Infinity : Infinity;
  if (lower === '-inf' || lower === '-infinity') return -Infinity;
  if (lower === 'nan') return Number.NaN;
  return undefined;
}

export function parseThresholdExpression(source: string): ThresholdExpression {
  let lhs: string | undefined;
  let rhs: string | undefined;
  let operator: Operator | undefined;
  for (const op of OPERATORS) {
    const at = source.indexOf(op);
    if (at >= 0) {
      lhs = source.slice(0, at).trim();
      rhs = source.slice(at + op.length).trim();
      operator = op;
      break;
    }
  }
  if (lhs === undefined || rhs === undefined || operator === undefined) {
    throw new ConfigError(
      `failed parsing threshold expression "${source}"; reason: malformed threshold expression`,
    );
  }
  let method: AggregationMethod | undefined = METHODS.find((m) => m === lhs);
  let percentile: number | undefined;
  if (method === undefined) {
    if (lhs.startsWith('p(') && lhs.endsWith(')')) {
      percentile = parseFloatStrict(lhs.slice(2, -1));
      if (percentile === undefined) {
        throw new ConfigError(
          `failed parsing threshold expression's "${source}" left hand side; reason: malformed percentile value`,
        );
      }
      method = 'p';
    } else {
      throw new ConfigError(
        `failed parsing threshold expression's "${source}" left hand side; reason: failed parsing method from expression`,
      );
    }
  }
  const value = parseFloatStrict(rhs);
  if (value === undefined) {
    throw new ConfigError(
      `failed parsing threshold expresion's "${source}" right hand side; reason: "${rhs}" is not a number`,
    );
  }
  return percentile === undefined
    ? { method, operator, value }
    : { method, percentile, operator, value };
}

/** The key k6 uses for an aggregation: "p(95)", "p(99.9)", "avg", … (Go's %g for the percentile). */
export function aggregationKey(expr: ThresholdExpression): string {
  return expr.method === 'p' ? `p(${formatG(expr.percentile ?? 0)})` : expr.method;
}

function formatG(n: number): string {
  return String(n);
}

export interface ThresholdConfig {
  threshold: string;
  abortOnFail: boolean;
  /** delayAbortEval in ms, when given. */
  delayAbortEvalMs: number | undefined;
  /** The source text of delayAbortEval, for the JSON output. */
  delayAbortEvalText: string | null;
}

export class Threshold {
  readonly parsed: ThresholdExpression;
  lastFailed = false;

  constructor(readonly config: ThresholdConfig) {
    this.parsed = parseThresholdExpression(config.threshold);
  }

  get source(): string {
    return this.config.threshold;
  }
}

export class MetricThresholds {
  abort = false;
  constructor(readonly thresholds: Threshold[]) {}

  /** The aggregated values thresholds compare against, as k6 computes them. */
  static sinkValues(
    sink: Sink,
    runDurationMs: number,
    wanted: Threshold[],
  ): Record<string, number> {
    switch (sink.kind) {
      case 'counter':
        return { count: sink.value, rate: sink.value / (runDurationMs / 1000) };
      case 'gauge':
        return { value: sink.value };
      case 'rate':
        // 0/0 is NaN for an empty rate, which fails any comparison but "!=".
        return { rate: sink.trues / sink.total };
      case 'trend': {
        const out: Record<string, number> = {
          min: sink.count === 0 ? 0 : sink.min,
          max: sink.count === 0 ? 0 : sink.max,
          avg: sink.avg(),
          med: sink.percentile(0.5),
        };
        for (const t of wanted) {
          if (t.parsed.method === 'p') {
            out[aggregationKey(t.parsed)] = sink.percentile((t.parsed.percentile ?? 0) / 100);
          }
        }
        return out;
      }
    }
  }

  /**
   * Evaluates every threshold; returns whether all passed. Sets `abort` when a
   * failed threshold has abortOnFail and its delayAbortEval has elapsed.
   */
  run(sink: Sink, runDurationMs: number): boolean {
    const values = MetricThresholds.sinkValues(sink, runDurationMs, this.thresholds);
    let succeeded = true;
    for (const t of this.thresholds) {
      const lhs = values[aggregationKey(t.parsed)];
      const passes = lhs !== undefined && compare(lhs, t.parsed.operator, t.parsed.value);
      t.lastFailed = !passes;
      if (passes) continue;
      succeeded = false;
      if (this.abort || !t.config.abortOnFail) continue;
      this.abort =
        t.config.delayAbortEvalMs === undefined || t.config.delayAbortEvalMs < runDurationMs;
    }
    return succeeded;
  }
}

function compare(lhs: number, op: Operator, rhs: number): boolean {
  switch (op) {
    case '>':
      return lhs > rhs;
    case '>=':
      return lhs >= rhs;
    case '<=':
      return lhs <= rhs;
    case '<':
      return lhs < rhs;
    case '==':
    case '===':
      return lhs === rhs;
    case '!=':
      return lhs !== rhs;
  }
}

/** Normalises the `thresholds` option value of one metric (short or long form). */
export function parseThresholdConfigs(metricName: string, raw: unknown): ThresholdConfig[] {
  if (!Array.isArray(raw)) {
    throw new ConfigError(
      `thresholds.${metricName}: expected an array of expressions such as ['p(95)<500'], got ${JSON.stringify(raw)}`,
    );
  }
  return raw.map((entry): ThresholdConfig => {
    if (typeof entry === 'string') {
      return {
        threshold: entry,
        abortOnFail: false,
        delayAbortEvalMs: undefined,
        delayAbortEvalText: null,
      };
    }
    if (
      entry !== null &&
      typeof entry === 'object' &&
      typeof (entry as { threshold?: unknown }).threshold === 'string'
    ) {
      const e = entry as { threshold: string; abortOnFail?: unknown; delayAbortEval?: unknown };
      const delay = e.delayAbortEval;
      return {
        threshold: e.threshold,
        abortOnFail: e.abortOnFail === true,
        delayAbortEvalMs:
          delay === undefined || delay === null
            ? undefined
            : parseDuration(delay, `thresholds.${metricName} delayAbortEval`),
        delayAbortEvalText:
          typeof delay === 'string'
            ? delay
            : delay === undefined || delay === null
              ? null
              : String(delay),
      };
    }
    throw new ConfigError(
      `thresholds.${metricName}: each threshold must be a string or { threshold, abortOnFail, delayAbortEval }, got ${JSON.stringify(entry)}`,
    );
  });
}

/** The thresholds of a run, by metric (sub-metrics included). */
export class ThresholdSet {
  readonly #byMetric = new Map<Metric, MetricThresholds>();

  /** Metrics with thresholds, in the order the option lists them. */
  get metrics(): Metric[] {
    return [...this.#byMetric.keys()];
  }

  of(metric: Metric): MetricThresholds | undefined {
    return this.#byMetric.get(metric);
  }

  set(metric: Metric, thresholds: MetricThresholds): void {
    this.#byMetric.set(metric, thresholds);
  }
}

/**
 * Reads the thresholds option against the registry: finds each metric or
 * creates the sub-metric, checks that every aggregation fits the metric type,
 * and marks them observed so they appear in the summary even without samples.
 */
export function installThresholds(
  registry: Registry,
  thresholds: Record<string, unknown>,
): ThresholdSet {
  const set = new ThresholdSet();
  for (const [name, raw] of Object.entries(thresholds)) {
    const brace = name.indexOf('{');
    const parentName = brace < 0 ? name : name.slice(0, brace);
    const parent = registry.get(parentName);
    if (!parent) {
      throw new ConfigError(
        `invalid metric '${name}' in threshold definitions: metric '${parentName}' does not exist in the script`,
      );
    }
    let metric = parent;
    if (brace >= 0) {
      if (!name.endsWith('}')) {
        throw new ConfigError(
          `invalid metric '${name}' in threshold definitions: missing ending bracket, sub-metric format needs to be 'metric{key:value}'`,
        );
      }
      metric = parent.submetric(name.slice(brace + 1, -1));
    }
    const configs = parseThresholdConfigs(name, raw);
    const list = configs.map((c) => new Threshold(c));
    for (const t of list) {
      if (!SUPPORTED[metric.type].includes(t.parsed.method)) {
        throw new ConfigError(
          `invalid threshold "${t.source}" applied on metric ${name}; reason: unsupported aggregation method ${t.parsed.method} on metric of type ${metric.type}. supported aggregation methods for this metric are: ${SUPPORTED[metric.type].join(', ')}`,
        );
      }
    }
    set.set(metric, new MetricThresholds(list));
    metric.observed = true;
    parent.observed = true;
  }
  return set;
}

export interface ThresholdRunResult {
  breached: string[];
  abort: boolean;
}

/**
 * One evaluation pass over all metrics with thresholds. During the run k6
 * skips metrics without samples (`ignoreEmpty`); the final pass does not.
 */
export function evaluateThresholds(
  set: ThresholdSet,
  runDurationMs: number,
  ignoreEmpty: boolean,
): ThresholdRunResult {
  const breached: string[] = [];
  let abort = false;
  for (const m of set.metrics) {
    const ts = set.of(m);
    if (!ts || ts.thresholds.length === 0) continue;
    if (ignoreEmpty && sinkIsEmpty(m.sink)) continue;
    if (ts.run(m.sink, runDurationMs)) continue;
    breached.push(m.name);
    if (ts.abort) abort = true;
  }
  breached.sort();
  return { breached, abort };
}
