/**
 * Lambda execution environments for the local stage: the handlers bundled as
 * the CDK stack bundles them, run in worker threads with Lambda's lifecycle
 * (cold starts, one request per environment, reserved concurrency, idle
 * reaping, crashes and timeouts).
 */
export {
  buildBundles,
  buildFunctionBundles,
  DEFAULT_BUNDLE_DIR,
  FUNCTION_ENTRIES,
  LAMBDA_BUILD_OPTIONS,
} from './bundle.ts';
export { ConcurrencyLimiter } from './concurrency.ts';
export { type LogLine, type LogSink, logStreamNameOf, printLogLine } from './environment.ts';
export {
  FunctionPool,
  type FunctionPoolOptions,
  type FunctionSettingsChange,
  INIT_LIMIT_MS,
  type Invocation,
  type PoolStats,
  type ThrottleReason,
} from './pool.ts';
