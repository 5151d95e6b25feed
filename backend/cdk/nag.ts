import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * cdk-nag (AwsSolutions) findings this stack accepts, each on the construct
 * it concerns and with its reason. Anything not listed fails synthesis.
 */
export const NAG_REASONS = {
  /** Lambda functions. */
  latestRuntime: {
    id: 'AwsSolutions-L1',
    reason:
      'Node.js 22 is the runtime this project targets and tests (bundles are built for node22); moving to a newer runtime is a deliberate upgrade, not a drift.',
  },
  /** The cursor secret and the mock provider's key. */
  secretRotation: {
    id: 'AwsSolutions-SMG4',
    reason:
      'The secret reaches the functions as a deploy-time dynamic reference, so a rotation would only take effect on the next deploy (and, for the cursor HMAC key, would invalidate every outstanding pagination cursor); rotate it by redeploying after replacing the secret.',
  },
  /** The table, in stages without PITR. */
  pointInTimeRecovery: {
    id: 'AwsSolutions-DDB3',
    reason:
      'Test stages hold disposable load-test data and are destroyed after use; the stage config turns PITR on where data matters (required in production stages).',
  },
  /** The user pool. */
  plusFeaturePlan: {
    id: 'AwsSolutions-COG8',
    reason:
      'Cognito threat protection (Plus feature plan) is billed per monthly active user; this reference backend leaves that choice to its operator.',
  },
  mfaRequired: {
    id: 'AwsSolutions-COG2',
    reason:
      "MFA is optional (TOTP) in production and off in test stages, where load-test users log in non-interactively; requiring it is the operator's product decision.",
  },
} as const;

export function acknowledge(
  construct: IConstruct,
  ...rules: Array<{ id: string; reason: string }>
): void {
  for (const rule of rules) Validations.of(construct).acknowledge(rule);
}
