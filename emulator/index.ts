/**
 * The emulator: a stage's whole request path on this machine (gateway,
 * identity provider, Lambda execution environments, DynamoDB, mock AI
 * provider, admin endpoint). Running the `local` stage, it is the local stage.
 */
export { ADMIN_HEADER, ADMIN_ROUTES } from './admin.ts';
export { LOCAL_CREDENTIALS } from './credentials.ts';
export {
  createChatTable,
  DYNAMODB_LOCAL_INSTALL,
  DynamoDbLocalUnavailableError,
  type DynamoDbOptions,
  type DynamoDbServer,
  locateDynamoDbLocal,
  startDynamoDb,
  startDynamoDbLocal,
  type TableMetrics,
} from './dynamodb/index.ts';
export {
  type Emulator,
  type EmulatorOptions,
  type EmulatorPorts,
  type FunctionResult,
  type ResponseHook,
  startEmulator,
} from './emulator.ts';
export type { LogLine, LogSink } from './lambda/index.ts';
export type { EmulatorMetricsSnapshot } from './metrics.ts';
