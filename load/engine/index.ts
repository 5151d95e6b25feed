/**
 * The built-in k6-compatible engine: runs k6 scripts unchanged in Node and
 * writes k6's outputs. Use the command (`npm run k6 -- run script.ts`) or
 * `runTest()` in-process.
 */

export { main as runCommand } from './cli.ts';
export type { Clock } from './clock.ts';
export { FakeClock, RealClock } from './clock.ts';
export { EXIT } from './errors.ts';
export type { RunTestOptions, RunTestResult } from './run.ts';
export { runTest } from './run.ts';
export type { SummaryData } from './summary/data.ts';
export { renderTextSummary } from './summary/text.ts';
