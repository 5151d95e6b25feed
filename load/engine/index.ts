/**
 * The built-in k6-compatible engine: runs k6 scripts unchanged in Node and
 * writes k6's outputs. Use the command (`npm run k6 -- run script.ts`),
 * `runScript()` with the command line's options, or `runTest()` for full
 * control. Other parts of the project use the engine only through this file.
 */
import type { CliOverrides } from './options.ts';
import { type RunProgress, type RunTestResult, runTest } from './run.ts';
import type { SummaryData } from './summary/data.ts';

export { main as runCommand } from './cli.ts';
export type { Clock } from './clock.ts';
export { FakeClock, RealClock } from './clock.ts';
export { EXIT } from './errors.ts';
export type { Logger, LogLevel } from './logger.ts';
export type { CliOverrides } from './options.ts';
export type { RunProgress, RunTestOptions, RunTestResult } from './run.ts';
export { runTest } from './run.ts';
export type { SummaryData } from './summary/data.ts';
export { renderTextSummary } from './summary/text.ts';

/**
 * The options of `k6 run`, as `runScript` takes them: `--vus`, `--duration`,
 * `--iterations`, `--tag`, `--execution-segment(-sequence)` (CliOverrides), and:
 */
export interface RunScriptOptions extends CliOverrides {
  /** `-e KEY=VALUE` (k6 also puts the process environment in `__ENV`; `includeSystemEnv: false` leaves it out). */
  env?: Record<string, string>;
  includeSystemEnv?: boolean;
  /** `--summary-export FILE` */
  summaryExport?: string;
  /** `--out json=FILE` */
  jsonOut?: string;
  /** `--quiet`: no progress blocks on stdout. */
  quiet?: boolean;
  /** Where stdout text goes (default: the process's stdout). */
  stdout?: (text: string) => void;
  /** Aborting stops the run as Ctrl+C does (exit code 105). */
  signal?: AbortSignal;
  /** Called once a second while the scenarios run, and once at their end. */
  onProgress?: (progress: RunProgress) => void;
}

export interface RunScriptResult {
  /** k6's exit code (0, 99 thresholds, 104 options, 105 interrupted, 107 script error, 108, 110, …). */
  exitCode: number;
  /** The files written, when asked for. */
  summaryExport: string | undefined;
  jsonOut: string | undefined;
  /** The handleSummary data (undefined when the run failed before it started). */
  summary: SummaryData | undefined;
}

/** Runs one k6 script as `k6 run [options] script` would. */
export async function runScript(
  scriptPath: string,
  options: RunScriptOptions = {},
): Promise<RunScriptResult> {
  const { vus, duration, iterations, tags, executionSegment, executionSegmentSequence } = options;
  const cli: CliOverrides = Object.fromEntries(
    Object.entries({
      vus,
      duration,
      iterations,
      tags,
      executionSegment,
      executionSegmentSequence,
    }).filter(([, v]) => v !== undefined),
  );
  const result: RunTestResult = await runTest({
    scriptPath,
    cli,
    env: options.env ?? {},
    includeSystemEnv: options.includeSystemEnv !== false,
    ...(options.summaryExport ? { summaryExport: options.summaryExport } : {}),
    ...(options.jsonOut ? { jsonOut: options.jsonOut } : {}),
    quiet: options.quiet === true,
    ...(options.stdout ? { stdout: options.stdout } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return {
    exitCode: result.exitCode,
    summaryExport: result.summary ? options.summaryExport : undefined,
    jsonOut: result.summary ? options.jsonOut : undefined,
    summary: result.summary,
  };
}
