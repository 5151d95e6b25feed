import { defineConfig } from 'vitest/config';

/**
 * Test tiers, one Vitest project each: `unit` (no network, fast),
 * `integration` (real local servers started by the tests), `contract`
 * (Pact consumer then provider), `infra` (CDK assertions and synth).
 * Each tier lives in `<folder>/tests/<tier>/`.
 */
const tier = (name: string, timeoutMs: number) => ({
  extends: true as const,
  test: {
    name,
    include: [`**/tests/${name}/**/*.test.ts`],
    exclude: ['**/node_modules/**', '**/cdk.out/**'],
    testTimeout: timeoutMs,
    hookTimeout: timeoutMs,
  },
});

export default defineConfig({
  test: {
    projects: [
      tier('unit', 10_000),
      tier('integration', 60_000),
      tier('contract', 120_000),
      tier('infra', 180_000),
    ],
    passWithNoTests: false,
    reporters: ['default', './vitest.summary-reporter.ts'],
    restoreMocks: true,
    unstubEnvs: true,
  },
});
