import { defineConfig } from 'vitest/config';

/**
 * Test tiers, one Vitest project each: `unit` (no network, fast),
 * `integration` (real local servers started by the tests), `contract`
 * (Pact consumer tests) then `contract-provider` (the stale-pact check and
 * provider verification against a local stage), `infra` (CDK assertions and
 * synth), `e2e` (the main job as a user runs it, after everything else). Each tier lives in `<folder>/tests/<tier>/`; the provider half of
 * the contract tier in `<folder>/tests/contract/provider/`.
 */
const tier = (
  name: string,
  timeoutMs: number,
  options: {
    include?: string;
    exclude?: string[];
    setup?: string[];
    groupOrder?: number;
    oneFileAtATime?: boolean;
  } = {},
) => ({
  extends: true as const,
  test: {
    name,
    include: [options.include ?? `**/tests/${name}/**/*.test.ts`],
    exclude: ['**/node_modules/**', '**/cdk.out/**', ...(options.exclude ?? [])],
    testTimeout: timeoutMs,
    hookTimeout: timeoutMs,
    ...(options.setup ? { globalSetup: options.setup } : {}),
    ...(options.groupOrder === undefined ? {} : { sequence: { groupOrder: options.groupOrder } }),
    ...(options.oneFileAtATime ? { fileParallelism: false } : {}),
  },
});

/** One folder per run for the pacts the consumer tests write, shared by both contract projects. */
const PACT_DIR_SETUP = ['contracts/tests/contract/pact-dir.ts'];
const PROVIDER_TESTS = '**/tests/contract/provider/**';

export default defineConfig({
  test: {
    projects: [
      tier('unit', 10_000),
      tier('integration', 60_000),
      tier('contract', 120_000, { exclude: [PROVIDER_TESTS], setup: PACT_DIR_SETUP }),
      // Consumer first, then provider: this group starts when every other project has finished.
      tier('contract-provider', 300_000, {
        include: `${PROVIDER_TESTS}/*.test.ts`,
        setup: PACT_DIR_SETUP,
        groupOrder: 1,
        // Each file runs local stages and verifications: one at a time on a small machine.
        oneFileAtATime: true,
      }),
      tier('infra', 180_000),
      // The whole main job on a local stage: alone, last, so nothing else competes for the machine.
      tier('e2e', 600_000, { groupOrder: 2, oneFileAtATime: true }),
    ],
    passWithNoTests: false,
    reporters: ['default', './vitest.summary-reporter.ts'],
    // The AWS SDK's notice that its releases after January 2027 need Node 22
    // (https://a.co/c895JFp), quieted as cli/bin.js quiets it for users.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    restoreMocks: true,
    unstubEnvs: true,
  },
});
