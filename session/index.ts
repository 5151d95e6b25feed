/**
 * The main job: one command (`loopgauge run`, `npm start`) that opens a
 * stage, verifies the contracts, runs the configured scenarios, audits
 * their data, builds the capacity report and prints the verdict — with its
 * configuration file, `loopgauge.config.json`.
 */
export {
  CONFIG_FILE,
  CONFIG_VERSION,
  type Config,
  ConfigError,
  type ConfigFile,
  ConfigSchema,
  DEFAULT_SCENARIOS,
  parseConfig,
  readConfig,
  resolveTargetName,
  SESSIONS_DIR,
  type TargetRef,
} from './config.ts';
export { configSchemaJson } from './generated.ts';
export {
  runSession,
  SessionInputError,
  type SessionOptions,
  type SessionResult,
  STOPPED_EXIT_CODE,
} from './session.ts';
export {
  type ContractsOutcome,
  routeLatencies,
  type ScenarioOutcome,
  type SessionOutcome,
  sessionPassed,
  verdictLines,
} from './verdict.ts';
