/**
 * The typed stage configuration: the one source of every number the CDK
 * stack deploys, the local stage emulates, and the load scenarios and
 * reports probe. Plain data and pure functions (no Node built-ins, no
 * aws-cdk-lib), importable from k6 scripts.
 */
import { STAGES } from './stages.ts';
import { STAGE_NAMES, type StageConfig, type StageName } from './types.ts';
import { validateStage } from './validate.ts';

export * from './outputs.ts';
export * from './quotas.ts';
export * from './slo.ts';
export { STAGES } from './stages.ts';
export * from './types.ts';
export {
  AI_BUDGET_RESERVE_MS,
  AI_RETRY_BACKOFF_ALLOWANCE_MS,
  StageConfigError,
  validateStage,
} from './validate.ts';

export function isStageName(name: string): name is StageName {
  return (STAGE_NAMES as readonly string[]).includes(name);
}

/** The named stage, validated; throws a clear error for an unknown name or an invalid config. */
export function getStage(name: string): StageConfig {
  if (!isStageName(name)) {
    throw new Error(`unknown stage "${name}" (known: ${STAGE_NAMES.join(', ')})`);
  }
  return validateStage(STAGES[name]);
}
