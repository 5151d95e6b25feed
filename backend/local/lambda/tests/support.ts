/** Pools around the fixture function, each closed by `closeAll`. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { buildBundles, FunctionPool, type FunctionPoolOptions, type Invocation } from '../index.ts';
import type { FixtureEvent } from './fixtures/handler.ts';

export const FIXTURE_ENTRY = fileURLToPath(new URL('./fixtures/handler.ts', import.meta.url));

export type Result = Extract<Invocation, { kind: 'result' }>;
export type Failure = Extract<Invocation, { kind: 'error' }>;

export interface FixturePools {
  dir: string;
  bundlePath: string;
  create(options?: Partial<FunctionPoolOptions>): FunctionPool;
  closeAll(): Promise<void>;
}

/** Bundles the fixture with the stage's builder into a temporary folder. */
export async function fixturePools(): Promise<FixturePools> {
  const dir = await mkdtemp(join(tmpdir(), 'loopgauge-lambda-'));
  const { fixture: bundlePath } = await buildBundles({ fixture: FIXTURE_ENTRY }, dir);
  const pools: FunctionPool[] = [];
  return {
    dir,
    bundlePath,
    create(options = {}) {
      const pool = new FunctionPool({
        name: 'get_chats',
        bundlePath,
        env: {},
        memoryMb: 128,
        timeoutMs: 5_000,
        reservedConcurrency: 4,
        idleTimeoutMs: 60_000,
        logs: 'silent',
        ...options,
      });
      pools.push(pool);
      return pool;
    },
    async closeAll() {
      await Promise.all(pools.map((pool) => pool.close()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function invoke(pool: FunctionPool, event: FixtureEvent = {}): Promise<Invocation> {
  return pool.invoke(event);
}

export function asResult(invocation: Invocation): Result {
  expect(invocation.kind, JSON.stringify(invocation)).toBe('result');
  return invocation as Result;
}

export function asFailure(invocation: Invocation): Failure {
  expect(invocation.kind, JSON.stringify(invocation)).toBe('error');
  return invocation as Failure;
}

/** The fixture's answer (tests/fixtures/handler.ts). */
export interface FixturePayload {
  invocations: number;
  initDurationMs: number;
  env: Record<string, string | undefined>;
  context: {
    awsRequestId: string;
    functionName: string;
    memoryLimitInMB: string;
    remainingMs: number;
  };
}

export function payloadOf(invocation: Invocation): FixturePayload {
  return asResult(invocation).payload as FixturePayload;
}
