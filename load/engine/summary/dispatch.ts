/**
 * Where the end-of-test summary goes: the script's handleSummary(data)
 * result (keys `stdout`, `stderr` or file paths), or k6's default text
 * summary when there is none or it failed.
 * https://grafana.com/docs/k6/latest/results-output/end-of-test/custom-summary/
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.ts';
import type { SummaryData } from './data.ts';
import { defaultStdoutSummary, type TextSummaryOptions } from './text.ts';

export interface SummaryTargets {
  stdout: (text: string) => void;
  stderr: (text: string | Uint8Array) => void;
  logger: Logger;
  /** Calls the script's handleSummary with a copy of the data; undefined when it has none. */
  handleSummary: ((data: SummaryData) => Promise<unknown>) | undefined;
  describeError: (err: unknown) => string;
}

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return (
    value instanceof ArrayBuffer || Object.prototype.toString.call(value) === '[object ArrayBuffer]'
  );
}

export async function deliverSummary(
  data: SummaryData,
  text: TextSummaryOptions,
  to: SummaryTargets,
): Promise<void> {
  if (to.handleSummary) {
    try {
      const result = await to.handleSummary(data);
      if (result !== null && typeof result === 'object') {
        for (const [target, content] of Object.entries(result as Record<string, unknown>)) {
          const bytes = isArrayBuffer(content) ? Buffer.from(content) : String(content);
          if (target === 'stdout') to.stdout(bytes.toString());
          else if (target === 'stderr') to.stderr(bytes);
          else writeFileSync(path.resolve(target), bytes);
        }
      }
      return;
    } catch (err) {
      to.logger.log('error', `failed to handle the end-of-test summary: ${to.describeError(err)}`);
    }
  }
  to.stdout(defaultStdoutSummary(data, text));
}
