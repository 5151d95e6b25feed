/**
 * Which failed thresholds decide a run. Latency objectives are always
 * measured and reported, but a busy machine is no latency reference: they
 * gate a run only against a deployed stage. Every other threshold (error
 * rates, checks, counts) gates against any target.
 */
import type { ThresholdOutcome } from './run-folder.ts';

/** The part of k6's `handleSummary` data this reads. */
export interface SummaryMetrics {
  metrics: Record<
    string,
    { type: string; contains?: string; thresholds?: Record<string, { ok: boolean }> }
  >;
  root_group?: SummaryGroup;
}

interface SummaryGroup {
  checks?: Array<{ name: string; passes: number; fails: number }>;
  groups?: SummaryGroup[];
}

export function thresholdOutcome(
  summary: SummaryMetrics,
  targetKind: 'local' | 'deployed',
): ThresholdOutcome {
  const failed: string[] = [];
  const gating: string[] = [];
  for (const [name, metric] of Object.entries(summary.metrics)) {
    for (const [expression, result] of Object.entries(metric.thresholds ?? {})) {
      if (result.ok) continue;
      const label = `${name}: ${expression}`;
      failed.push(label);
      const latency = metric.type === 'trend' && metric.contains === 'time';
      if (targetKind === 'deployed' || !latency) gating.push(label);
    }
  }
  return { failed, gating };
}

/** Every check's failures, by name (from every group). */
export function checkFailures(summary: SummaryMetrics): Record<string, number> {
  const out: Record<string, number> = {};
  const visit = (group: SummaryGroup | undefined) => {
    for (const check of group?.checks ?? []) out[check.name] = (out[check.name] ?? 0) + check.fails;
    for (const child of group?.groups ?? []) visit(child);
  };
  visit(summary.root_group);
  return out;
}
