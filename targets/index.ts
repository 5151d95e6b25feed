/**
 * Talking to a running stage — deployed, or the emulator's — through AWS's
 * own APIs: reading its target file, provisioning users in its pool,
 * auditing its table after a run.
 */
export {
  type AuditFinding,
  type AuditReport,
  auditChats,
  auditTarget,
  type ChatContents,
  duplicateAiCalls,
  type FindingKind,
  formatAudit,
  readAiJournal,
  readChat,
  type SendRecord,
} from './audit.ts';
export {
  type Credentials,
  clientConfig,
  type LocalTargetFile,
  parseTarget,
  readRunningTarget,
  readTarget,
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
