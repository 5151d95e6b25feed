/**
 * The end-of-test text summary in k6 v1's default ("compact") layout:
 * THRESHOLDS, then TOTAL RESULTS with the checks and the metrics grouped in
 * CUSTOM, HTTP, EXECUTION and NETWORK. Number formats, column alignment and
 * blank lines follow k6 v1.3's output.
 * https://grafana.com/docs/k6/latest/results-output/end-of-test/
 */
import type { SummaryCheck, SummaryData, SummaryGroup, SummaryMetric } from './data.ts';

export interface TextSummaryOptions {
  enableColors: boolean;
  /** Checks in the order they were first seen; defaults to the root_group tree order. */
  orderedChecks?: readonly SummaryCheck[];
  /** Values for threshold aggregations that are not among the trend stats (e.g. p(99)). */
  extraValues?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

const TITLE = '█';
const SUBTITLE = '↳';
const PASS = '✓';
const FAIL = '✗';

const COLORS = { red: '31', green: '32', white: '37', cyan: '36' } as const;
type Color = keyof typeof COLORS;

class Formatter {
  constructor(private readonly enabled: boolean) {}
  decorate(text: string, color: Color, faint = false): string {
    if (!this.enabled) return text;
    return `\x1b[${faint ? '2;' : ''}${COLORS[color]}m${text}\x1b[0m`;
  }
  bold(text: string): string {
    return this.enabled ? `\x1b[1m${text}\x1b[0m` : text;
  }
}

function indent(level: number): string {
  return ' '.repeat(level * 2);
}

function strWidth(s: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes before measuring
  return [...s.replace(/\x1b\[[0-9;]*m/g, '').normalize('NFKC')].length;
}

const HTTP_SHOWN = new Set(['http_req_duration', 'http_req_failed', 'http_reqs']);
const EXECUTION = new Set([
  'dropped_iterations',
  'iteration_duration',
  'iterations',
  'vus',
  'vus_max',
]);
const NETWORK = new Set(['data_received', 'data_sent']);
/** Built-in metrics the compact summary leaves out. */
const HIDDEN = new Set([
  'checks',
  'group_duration',
  'http_req_blocked',
  'http_req_connecting',
  'http_req_receiving',
  'http_req_sending',
  'http_req_tls_handshaking',
  'http_req_waiting',
]);

function parentName(name: string): string {
  const brace = name.indexOf('{');
  return brace < 0 ? name : name.slice(0, brace);
}

export function sortMetricNames(names: string[]): string[] {
  return names.sort((a, b) => {
    const pa = parentName(a);
    const pb = parentName(b);
    const byParent = pa.localeCompare(pb);
    if (byParent !== 0) return byParent;
    return a.slice(pa.length).localeCompare(b.slice(pb.length));
  });
}

// ---- value formatting ---------------------------------------------------------

function toFixedNoTrailingZeros(val: number, prec: number): string {
  return String(Number.parseFloat(val.toFixed(prec)));
}

function toFixedTrunc(val: number, prec: number): string {
  const mult = 10 ** prec;
  return toFixedNoTrailingZeros(Math.trunc(mult * val) / mult, prec);
}

export function humanizeBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
  if (bytes < 10) return `${bytes} B`;
  const e = Math.floor(Math.log(bytes) / Math.log(1000));
  const val = Math.floor((bytes / 1000 ** e) * 10 + 0.5) / 10;
  return `${val.toFixed(val < 10 ? 1 : 0)} ${units[e] ?? ''}`;
}

export function humanizeDuration(ms: number, timeUnit: string): string {
  const unit = {
    s: { u: 's', coef: 0.001 },
    ms: { u: 'ms', coef: 1 },
    us: { u: 'µs', coef: 1000 },
  }[timeUnit];
  if (unit) return `${(ms * unit.coef).toFixed(2)}${unit.u}`;
  if (ms === 0) return '0s';
  if (ms < 0.001) return `${Math.trunc(ms * 1_000_000)}ns`;
  if (ms < 1) return `${toFixedTrunc(ms * 1000, 2)}µs`;
  if (ms < 1000) return `${toFixedTrunc(ms, 2)}ms`;
  let out = `${toFixedTrunc((ms % 60_000) / 1000, ms > 60_000 ? 0 : 2)}s`;
  let rem = Math.trunc(ms / 60_000);
  if (rem < 1) return out;
  out = `${rem % 60}m${out}`;
  rem = Math.trunc(rem / 60);
  if (rem < 1) return out;
  return `${rem}h${out}`;
}

function humanizeValue(
  val: number,
  metric: Pick<SummaryMetric, 'type' | 'contains'>,
  timeUnit: string,
): string {
  if (metric.type === 'rate') return `${(Math.trunc(val * 100 * 100) / 100).toFixed(2)}%`;
  switch (metric.contains) {
    case 'data':
      return humanizeBytes(val);
    case 'time':
      return humanizeDuration(val, timeUnit);
    default:
      return toFixedNoTrailingZeros(val, 6);
  }
}

function nonTrendParts(m: SummaryMetric, timeUnit: string): string[] {
  const v = m.values;
  const h = (x: number | undefined) => humanizeValue(x ?? 0, m, timeUnit);
  switch (m.type) {
    case 'counter':
      return [h(v.count), `${h(v.rate)}/s`];
    case 'gauge':
      return [h(v.value), `min=${h(v.min)}`, `max=${h(v.max)}`];
    case 'rate': {
      const passes = v.passes ?? 0;
      return [h(v.rate), `${passes} out of ${passes + (v.fails ?? 0)}`];
    }
    default:
      return ['[no data]'];
  }
}

// ---- metric blocks --------------------------------------------------------------

interface Row {
  name: string;
  metric: SummaryMetric;
}

interface Layout {
  nameWidth: number;
  trendCols: Map<string, string[]>;
  trendWidths: number[];
  valueWidth: number;
  extraWidths: number[];
  parts: Map<string, string[]>;
}

function displayName(name: string): string {
  const brace = name.indexOf('{');
  return brace < 0 ? name : `  { ${name.slice(brace + 1, -1)} }`;
}

function layout(
  rows: Row[],
  baseIndent: string,
  trendStats: readonly string[],
  timeUnit: string,
): Layout {
  const l: Layout = {
    nameWidth: 0,
    trendCols: new Map(),
    trendWidths: trendStats.map(() => 0),
    valueWidth: 0,
    extraWidths: [],
    parts: new Map(),
  };
  for (const { name, metric } of rows) {
    l.nameWidth = Math.max(l.nameWidth, strWidth(baseIndent + displayName(name)));
    if (metric.type === 'trend') {
      const cols = trendStats.map((stat) => {
        const v = metric.values[stat] ?? 0;
        return stat === 'count' ? String(v) : humanizeValue(v, metric, timeUnit);
      });
      cols.forEach((c, i) => {
        l.trendWidths[i] = Math.max(l.trendWidths[i] ?? 0, strWidth(c));
      });
      l.trendCols.set(name, cols);
    } else {
      const parts = nonTrendParts(metric, timeUnit);
      l.parts.set(name, parts);
      l.valueWidth = Math.max(l.valueWidth, strWidth(parts[0] ?? ''));
      parts.slice(1).forEach((p, i) => {
        l.extraWidths[i] = Math.max(l.extraWidths[i] ?? 0, strWidth(p));
      });
    }
  }
  return l;
}

function metricLine(
  row: Row,
  l: Layout,
  baseIndent: string,
  trendStats: readonly string[],
  f: Formatter,
): string {
  const shown = displayName(row.name);
  const dots = l.nameWidth - strWidth(shown) - strWidth(baseIndent) + 3;
  const dotted = shown + f.decorate(`${'.'.repeat(Math.max(0, dots))}:`, 'white', true);
  let data: string;
  if (row.metric.type === 'trend') {
    const cols = l.trendCols.get(row.name) ?? [];
    data = cols
      .map(
        (c, i) =>
          `${trendStats[i]}=${f.decorate(c, 'cyan')}${' '.repeat((l.trendWidths[i] ?? 0) - strWidth(c))}`,
      )
      .join(' ');
  } else {
    const parts = l.parts.get(row.name) ?? [];
    const value = parts[0] ?? '';
    const extras = parts.slice(1);
    data = f.decorate(value, 'cyan') + ' '.repeat(l.valueWidth - strWidth(value));
    if (extras.length === 1) {
      data += ` ${f.decorate(extras[0] ?? '', 'cyan', true)}`;
    } else if (extras.length > 1) {
      data += ` ${extras.map((x, i) => f.decorate(x, 'cyan', true) + ' '.repeat((l.extraWidths[i] ?? 0) - strWidth(x))).join(' ')}`;
    }
  }
  return `${baseIndent}${dotted} ${data}`;
}

function sectionOf(name: string): 'custom' | 'http' | 'execution' | 'network' | undefined {
  const parent = parentName(name);
  if (HIDDEN.has(parent)) return undefined;
  if (HTTP_SHOWN.has(parent)) return 'http';
  if (EXECUTION.has(parent)) return 'execution';
  if (NETWORK.has(parent)) return 'network';
  if (parent.startsWith('http_req')) return undefined;
  return 'custom';
}

function collectChecks(g: SummaryGroup, out: SummaryCheck[]): SummaryCheck[] {
  out.push(...g.checks);
  for (const sub of g.groups) collectChecks(sub, out);
  return out;
}

export function renderTextSummary(data: SummaryData, opts: TextSummaryOptions): string {
  const f = new Formatter(opts.enableColors);
  const trendStats = data.options.summaryTrendStats;
  const timeUnit = data.options.summaryTimeUnit;
  const sections: { title: string; content: string[] }[] = [];

  // THRESHOLDS
  const withThresholds = sortMetricNames(
    Object.keys(data.metrics).filter(
      (n) => Object.keys(data.metrics[n]?.thresholds ?? {}).length > 0,
    ),
  );
  if (withThresholds.length > 0) {
    const content: string[] = [];
    const thresholdParts = layout(
      withThresholds.map((name) => ({ name, metric: data.metrics[name] as SummaryMetric })),
      indent(2),
      trendStats,
      timeUnit,
    );
    for (const name of withThresholds) {
      const metric = data.metrics[name] as SummaryMetric;
      const parent = parentName(name);
      const nested = name !== parent && withThresholds.includes(parent);
      const lead = indent(nested ? 3 : 2);
      content.push(lead + (nested ? name.slice(parent.length) : name));
      for (const [source, result] of Object.entries(metric.thresholds ?? {})) {
        const status = result.ok ? f.decorate(PASS, 'green') : f.decorate(FAIL, 'red');
        const agg = source.split(/[=><!]/)[0]?.trim() ?? '';
        const value = thresholdValue(name, metric, agg, thresholdParts, trendStats, timeUnit, opts);
        content.push(
          `${lead}${[status, f.decorate(`'${source}'`, 'white'), `${f.decorate(agg, 'white')}=${f.decorate(value, 'cyan')}`].join(' ')}`,
        );
      }
      content.push('\n');
    }
    sections.push({ title: 'THRESHOLDS', content });
  }

  // TOTAL RESULTS
  const total: string[] = [];
  const checks = opts.orderedChecks ?? collectChecks(data.root_group, []);
  if (checks.length > 0) {
    const passes = checks.reduce((s, c) => s + c.passes, 0);
    const fails = checks.reduce((s, c) => s + c.fails, 0);
    const all = passes + fails;
    const seconds = data.state.testRunDurationMs / 1000;
    const checkRows: Row[] = [
      {
        name: 'checks_total',
        metric: {
          type: 'counter',
          contains: 'default',
          values: { count: all, rate: seconds > 0 ? all / seconds : 0 },
        },
      },
      {
        name: 'checks_succeeded',
        metric: {
          type: 'rate',
          contains: 'default',
          values: { rate: all > 0 ? passes / all : 0, passes, fails },
        },
      },
      {
        name: 'checks_failed',
        metric: {
          type: 'rate',
          contains: 'default',
          values: { rate: all > 0 ? fails / all : 0, passes: fails, fails: passes },
        },
      },
    ];
    const base = indent(2);
    const l = layout(checkRows, base, trendStats, timeUnit);
    for (const row of checkRows) total.push(metricLine(row, l, base, trendStats, f));
    total.push('\n');
    for (const c of checks) {
      if (c.fails === 0) {
        total.push(base + f.decorate(`${PASS} ${c.name}`, 'green'));
      } else {
        const pct = Math.floor((100 * c.passes) / (c.passes + c.fails));
        total.push(
          `${base}${f.decorate(`${FAIL} ${c.name}`, 'red')}\n${indent(3)}${f.decorate(`${SUBTITLE}  ${pct}% — ${PASS} ${c.passes} / ${FAIL} ${c.fails}`, 'red')}`,
        );
      }
    }
    total.push('\n');
  }
  const bySection = new Map<string, string[]>([
    ['custom', []],
    ['http', []],
    ['execution', []],
    ['network', []],
  ]);
  for (const name of Object.keys(data.metrics)) {
    const s = sectionOf(name);
    if (s) bySection.get(s)?.push(name);
  }
  const base = indent(2);
  const allRows: Row[] = [...bySection.values()]
    .flat()
    .map((name) => ({ name, metric: data.metrics[name] as SummaryMetric }));
  const l = layout(allRows, base, trendStats, timeUnit);
  for (const [section, names] of bySection) {
    if (names.length === 0) continue;
    total.push(base + f.bold(section.toUpperCase()));
    for (const name of sortMetricNames(names)) {
      total.push(
        metricLine({ name, metric: data.metrics[name] as SummaryMetric }, l, base, trendStats, f),
      );
    }
    total.push('\n');
  }
  sections.push({ title: 'TOTAL RESULTS', content: total });

  let out = '';
  for (const section of sections) {
    for (const item of [
      `${indent(1)}${TITLE} ${f.bold(section.title)} \n`,
      ...section.content,
      '\n',
    ]) {
      out += item === '\n' ? '\n' : `\n${item}`;
    }
  }
  return out;
}

function thresholdValue(
  name: string,
  metric: SummaryMetric,
  agg: string,
  l: Layout,
  trendStats: readonly string[],
  timeUnit: string,
  opts: TextSummaryOptions,
): string {
  if (metric.type === 'trend') {
    const i = trendStats.indexOf(agg);
    if (i >= 0) return l.trendCols.get(name)?.[i] ?? '';
    const v = metric.values[agg] ?? opts.extraValues?.[name]?.[agg];
    return v === undefined ? '' : humanizeValue(v, metric, timeUnit);
  }
  const parts = l.parts.get(name) ?? [];
  if (metric.type === 'counter' && agg !== 'count') return parts[1] ?? '';
  return parts[0] ?? '';
}

/** The default summary as k6 prints it to stdout when the script has no handleSummary. */
export function defaultStdoutSummary(data: SummaryData, opts: TextSummaryOptions): string {
  return `\n${renderTextSummary(data, opts)}\n\n`;
}
