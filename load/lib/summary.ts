/**
 * The scenarios' `handleSummary`: k6's summary data as JSON to the file the
 * runner names in `SUMMARY_FILE` (the run folder's `summary.json`), where the
 * runner and the reports read it. Run without the runner, the summary goes
 * to stdout as the same JSON, so nothing is lost.
 */
import { ENV_KEYS } from './config.ts';

/** The trend statistics every scenario's summary carries: k6's defaults plus p(99) and count. */
export const SUMMARY_TREND_STATS = ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)', 'count'];

export function writeSummary(data: unknown): Record<string, string> {
  const file = __ENV[ENV_KEYS.summaryFile];
  const json = JSON.stringify(data, null, 2);
  return file ? { [file]: json } : { stdout: `${json}\n` };
}
