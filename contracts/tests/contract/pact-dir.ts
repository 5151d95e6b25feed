/**
 * Global setup of the contract tiers: one folder per test run for the pacts
 * the consumer tests write, shared by the consumer and provider projects (so
 * two runs side by side never write into each other's files). The folder is
 * `LOOPGAUGE_PACT_DIR` when set (`npm run contracts:consumer` sets it and
 * keeps what is written), else a temporary one removed after the run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pactDir: string;
  }
}

export const PACT_DIR_ENV = 'LOOPGAUGE_PACT_DIR';

export default async function setup(project: TestProject) {
  let created: string | undefined;
  if (!process.env[PACT_DIR_ENV]) {
    created = await mkdtemp(join(tmpdir(), 'loopgauge-pacts-'));
    // The other contract project's setup runs in this same process and finds it.
    process.env[PACT_DIR_ENV] = created;
  }
  project.provide('pactDir', process.env[PACT_DIR_ENV] as string);
  return async () => {
    if (created) await rm(created, { recursive: true, force: true });
  };
}
