/**
 * The figures the report takes from k6's end-of-test summary (the data k6
 * passes to `handleSummary`, written as JSON): the run's length, the
 * executors' counts and which thresholds failed. Several runners' summaries
 * add up: counts sum, the length is the longest, a threshold failed if it
 * failed on any runner (each runner judged only its own share).
 * https://grafana.com/docs/k6/latest/results-output/end-of-test/custom-summary/
 */
import { readFile } from 'node:fs/promises';

export interface SummaryFacts {
  durationMs: number;
  httpReqs: number;
  iterations: number;
  droppedIterations: number;
  vusMax: number;
  /** `metric: expression` of each failed threshold. */
  failedThresholds: string[];
}

export class SummaryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SummaryError';
  }
}

interface MetricData {
  values?: Record<string, number>;
  thresholds?: Record<string, { ok?: boolean }>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseSummary(value: unknown, name: string): SummaryFacts {
  if (!isRecord(value) || !isRecord(value.metrics) || !isRecord(value.state)) {
    throw new SummaryError(`${name}: not k6 handleSummary data (no "metrics" and "state")`);
  }
  const durationMs = value.state.testRunDurationMs;
  if (typeof durationMs !== 'number') throw new SummaryError(`${name}: no state.testRunDurationMs`);
  const metrics = value.metrics as Record<string, MetricData>;
  const get = (metric: string, key: string) => {
    const v = metrics[metric]?.values?.[key];
    return typeof v === 'number' ? v : 0;
  };
  const failedThresholds: string[] = [];
  for (const [metric, data] of Object.entries(metrics)) {
    for (const [expression, outcome] of Object.entries(data.thresholds ?? {})) {
      if (outcome.ok === false) failedThresholds.push(`${metric}: ${expression}`);
    }
  }
  return {
    durationMs,
    httpReqs: get('http_reqs', 'count'),
    iterations: get('iterations', 'count'),
    droppedIterations: get('dropped_iterations', 'count'),
    vusMax: get('vus_max', 'max'),
    failedThresholds: failedThresholds.sort(),
  };
}

export async function readSummary(file: string): Promise<SummaryFacts> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new SummaryError(`cannot read ${file}: ${(error as Error).message}`);
  }
  return parseSummary(value, file);
}

export function addSummaries(a: SummaryFacts, b: SummaryFacts): SummaryFacts {
  return {
    durationMs: Math.max(a.durationMs, b.durationMs),
    httpReqs: a.httpReqs + b.httpReqs,
    iterations: a.iterations + b.iterations,
    droppedIterations: a.droppedIterations + b.droppedIterations,
    vusMax: a.vusMax + b.vusMax,
    failedThresholds: [...new Set([...a.failedThresholds, ...b.failedThresholds])].sort(),
  };
}
