/**
 * Talking to a running stage — deployed, or the emulator's — through AWS's
 * own APIs: reading its target file, provisioning users in its pool, forcing
 * fresh execution environments, collecting its metrics of a run window,
 * auditing its table after a run.
 */

export {
  type AuditFinding,
  type AuditReport,
  auditChats,
  auditTarget,
  type ChatContents,
  contentSha256,
  duplicateAiCalls,
  type FindingKind,
  formatAudit,
  readAiJournal,
  readChat,
  type SendRecord,
} from './audit.ts';
export { distribution, parseReportLine, type ReportLine } from './report-lines.ts';
export {
  FRESH_MARKER_VARIABLE,
  forceFreshEnvironments,
} from './stage-control.ts';
export { alignStart, apiIdOf, collectStageMetrics, isValidPeriod } from './stage-metrics.ts';
export {
  API_METRICS,
  API_STAGE,
  type ApiMetrics,
  type CollectOptions,
  type Distribution,
  DYNAMODB_METRICS,
  DYNAMODB_OPERATIONS,
  type DynamoDbMetrics,
  type DynamoDbOperation,
  type ForceFreshOptions,
  type FunctionReports,
  LAMBDA_METRICS,
  type LambdaMetrics,
  type MetricGroup,
  type MetricPoint,
  type MetricSeries,
  type MetricStatistic,
  type MissingMetric,
  STAGE_METRICS_SCHEMA,
  type StageMetrics,
  type StageMetricsWindow,
  type TimeRange,
} from './stage-metrics-types.ts';
export {
  type Credentials,
  clientConfig,
  type LocalTargetFile,
  parseTarget,
  readRunningTarget,
  readTarget,
  SERVICES,
  type ServiceEndpoints,
  StageNotRunningError,
  type Target,
  TargetError,
} from './target.ts';
export {
  generatePassword,
  type ProvisionedUser,
  type ProvisionOptions,
  provisionUsers,
  subOf,
  type UsersFile,
} from './users.ts';
