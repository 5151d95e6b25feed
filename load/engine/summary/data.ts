/**
 * The end-of-test summary data that k6 passes to `handleSummary(data)`, and
 * the legacy `--summary-export` file derived from it.
 * https://grafana.com/docs/k6/latest/results-output/end-of-test/custom-summary/
 */
import type { GroupNode } from '../groups.ts';
import type { Metric, Registry, Sink } from '../metrics.ts';
import type { ThresholdSet } from '../thresholds.ts';

export interface SummaryCheck {
  name: string;
  path: string;
  id: string;
  passes: number;
  fails: number;
}

export interface SummaryGroup {
  name: string;
  path: string;
  id: string;
  groups: SummaryGroup[];
  checks: SummaryCheck[];
}

export interface SummaryMetric {
  type: 'counter' | 'gauge' | 'rate' | 'trend';
  contains: 'default' | 'time' | 'data';
  values: Record<string, number>;
  thresholds?: Record<string, { ok: boolean }>;
}

export interface SummaryData {
  root_group: SummaryGroup;
  options: { summaryTimeUnit: string; noColor: boolean; summaryTrendStats: string[] };
  state: { isStdOutTTY: boolean; isStdErrTTY: boolean; testRunDurationMs: number };
  metrics: Record<string, SummaryMetric>;
  setup_data?: unknown;
}

export interface SummaryInput {
  registry: Registry;
  thresholds?: ThresholdSet;
  root: GroupNode;
  summaryTrendStats: string[];
  summaryTimeUnit: string;
  noColor: boolean;
  isStdOutTTY: boolean;
  isStdErrTTY: boolean;
  testRunDurationMs: number;
  setupDataJson: string | undefined;
}

/** Summary values of one sink, with the trend stats the options ask for. */
export function sinkValues(
  sink: Sink,
  durationMs: number,
  trendStats: readonly string[],
): Record<string, number> {
  switch (sink.kind) {
    case 'counter':
      return { count: sink.value, rate: durationMs > 0 ? sink.value / (durationMs / 1000) : 0 };
    case 'gauge':
      return { value: sink.value, min: sink.min, max: sink.max };
    case 'rate':
      return {
        rate: sink.total > 0 ? sink.trues / sink.total : 0,
        passes: sink.trues,
        fails: sink.total - sink.trues,
      };
    case 'trend': {
      const out: Record<string, number> = {};
      for (const stat of trendStats) out[stat] = trendStat(sink, stat);
      return out;
    }
  }
}

export function trendStat(sink: Extract<Sink, { kind: 'trend' }>, stat: string): number {
  switch (stat) {
    case 'avg':
      return sink.avg();
    case 'min':
      return sink.count === 0 ? 0 : sink.min;
    case 'max':
      return sink.count === 0 ? 0 : sink.max;
    case 'med':
      return sink.percentile(0.5);
    case 'count':
      return sink.count;
    default: {
      const m = /^p\((\d+(?:\.\d+)?)\)$/.exec(stat);
      return m ? sink.percentile(Number(m[1]) / 100) : 0;
    }
  }
}

function metricEntry(m: Metric, input: SummaryInput): SummaryMetric {
  const entry: SummaryMetric = {
    type: m.type,
    contains: m.contains,
    values: sinkValues(m.sink, input.testRunDurationMs, input.summaryTrendStats),
  };
  const set = input.thresholds?.of(m);
  if (set) {
    entry.thresholds = {};
    for (const t of set.thresholds) entry.thresholds[t.source] = { ok: !t.lastFailed };
  }
  return entry;
}

function groupEntry(g: GroupNode): SummaryGroup {
  return {
    name: g.name,
    path: g.path,
    id: g.id,
    groups: [...g.groups.values()].map(groupEntry),
    checks: [...g.checks.values()].map((c) => ({
      name: c.name,
      path: c.path,
      id: c.id,
      passes: c.passes,
      fails: c.fails,
    })),
  };
}

export function buildSummaryData(input: SummaryInput): SummaryData {
  const metrics: Record<string, SummaryMetric> = {};
  for (const m of input.registry.all()) {
    if (m.observed) metrics[m.name] = metricEntry(m, input);
    for (const sub of m.submetrics) {
      if (sub.observed) metrics[sub.name] = metricEntry(sub, input);
    }
  }
  const data: SummaryData = {
    root_group: groupEntry(input.root),
    options: {
      summaryTimeUnit: input.summaryTimeUnit,
      noColor: input.noColor,
      summaryTrendStats: [...input.summaryTrendStats],
    },
    state: {
      isStdOutTTY: input.isStdOutTTY,
      isStdErrTTY: input.isStdErrTTY,
      testRunDurationMs: input.testRunDurationMs,
    },
    metrics,
  };
  if (input.setupDataJson !== undefined) data.setup_data = JSON.parse(input.setupDataJson);
  return data;
}

interface LegacyGroup {
  name: string;
  path: string;
  id: string;
  groups: Record<string, LegacyGroup>;
  checks: Record<string, SummaryCheck>;
}

function legacyGroup(g: SummaryGroup): LegacyGroup {
  return {
    name: g.name,
    path: g.path,
    id: g.id,
    groups: Object.fromEntries(g.groups.map((sg) => [sg.name, legacyGroup(sg)])),
    checks: Object.fromEntries(g.checks.map((c) => [c.name, { ...c }])),
  };
}

/**
 * The `--summary-export` format: metric values flattened, a rate's `rate`
 * renamed `value`, thresholds as `{ expr: failed }` (true means it failed),
 * groups and checks keyed by name; 4-space indented JSON.
 * https://grafana.com/docs/k6/v0.47.x/results-output/end-of-test/
 */
export function legacySummaryExport(data: SummaryData): string {
  const metrics: Record<string, Record<string, unknown>> = {};
  for (const [name, m] of Object.entries(data.metrics)) {
    const flat: Record<string, unknown> = { ...m.values };
    if (m.thresholds && Object.keys(m.thresholds).length > 0) {
      flat.thresholds = Object.fromEntries(
        Object.entries(m.thresholds).map(([k, v]) => [k, !v.ok]),
      );
    }
    if (m.type === 'rate' && 'rate' in flat) {
      flat.value = flat.rate;
      delete flat.rate;
    }
    metrics[name] = flat;
  }
  const out: Record<string, unknown> = { root_group: legacyGroup(data.root_group), metrics };
  if ('setup_data' in data) out.setup_data = data.setup_data;
  return JSON.stringify(out, null, 4);
}
