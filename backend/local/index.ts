export { ADMIN_HEADER, ADMIN_ROUTES } from './admin.ts';
export {
  createChatTable,
  type DynamoDbServer,
  LOCAL_CREDENTIALS,
  startDynalite,
} from './dynamodb.ts';
export type { StageMetricsSnapshot } from './metrics.ts';
export {
  type LocalStage,
  type LocalStageOptions,
  type LocalStageOutputs,
  type LocalStagePorts,
  startLocalStage,
} from './stage.ts';
