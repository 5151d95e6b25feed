/**
 * Lambda's REPORT log lines, one per finished invocation:
 * `REPORT RequestId: <id>\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 512 MB\tMax Memory Used: 80 MB\tInit Duration: 250.01 ms`
 * (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html); the
 * `Init Duration` field appears only on an environment's first invocation.
 */
import type { Distribution, FunctionReports } from './stage-metrics-types.ts';

/** The filter pattern that selects REPORT lines (a quoted phrase: exactly these words in order). */
export const REPORT_FILTER_PATTERN = '"REPORT RequestId"';

export interface ReportLine {
  requestId: string;
  durationMs: number;
  billedDurationMs: number;
  memorySizeMb: number;
  maxMemoryUsedMb?: number;
  initDurationMs?: number;
}

const FIELDS: Record<string, keyof Omit<ReportLine, 'requestId'>> = {
  Duration: 'durationMs',
  'Billed Duration': 'billedDurationMs',
  'Memory Size': 'memorySizeMb',
  'Max Memory Used': 'maxMemoryUsedMb',
  'Init Duration': 'initDurationMs',
};

/** The fields of a REPORT line, or `undefined` for any other line (or a REPORT line missing a required field). */
export function parseReportLine(message: string): ReportLine | undefined {
  const trimmed = message.trim();
  if (!trimmed.startsWith('REPORT RequestId:')) return undefined;
  const line: Partial<ReportLine> = {};
  for (const field of trimmed.slice('REPORT '.length).split('\t')) {
    const colon = field.indexOf(':');
    if (colon < 0) continue;
    const name = field.slice(0, colon).trim();
    const value = field.slice(colon + 1).trim();
    if (name === 'RequestId') {
      line.requestId = value;
      continue;
    }
    const key = FIELDS[name];
    const number = Number.parseFloat(value);
    if (key && Number.isFinite(number)) line[key] = number;
  }
  const { requestId, durationMs, billedDurationMs, memorySizeMb } = line;
  if (!requestId || durationMs === undefined || billedDurationMs === undefined) return undefined;
  if (memorySizeMb === undefined) return undefined;
  return line as ReportLine;
}

/** The figures of one function's REPORT lines. */
export function summarizeReports(
  logGroup: string,
  lines: ReportLine[],
  truncated: boolean,
): FunctionReports {
  const initDurationsMs = lines.flatMap((line) =>
    line.initDurationMs === undefined ? [] : [line.initDurationMs],
  );
  const memoryUsed = lines.flatMap((line) =>
    line.maxMemoryUsedMb === undefined ? [] : [line.maxMemoryUsedMb],
  );
  return {
    logGroup,
    invocations: lines.length,
    coldStarts: initDurationsMs.length,
    initDurationsMs,
    durationMs: distribution(lines.map((line) => line.durationMs)),
    billedDurationMs: lines.reduce((sum, line) => sum + line.billedDurationMs, 0),
    memorySizeMb: lines.at(-1)?.memorySizeMb ?? null,
    maxMemoryUsedMb: memoryUsed.length > 0 ? Math.max(...memoryUsed) : null,
    truncated,
  };
}

/** Count, extremes, mean and nearest-rank percentiles; `null` for no values. */
export function distribution(values: number[]): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return {
    count: sorted.length,
    min: sorted[0] ?? 0,
    mean: round(sorted.reduce((sum, value) => sum + value, 0) / sorted.length),
    p50: rank(50),
    p95: rank(95),
    p99: rank(99),
    max: sorted.at(-1) ?? 0,
  };
}

function round(value: number): number {
  return Math.round(value * 1_000) / 1_000;
}
