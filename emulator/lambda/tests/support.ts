/** Pools around the fixture function, each closed by `closeAll`; route events as the gateway builds them. */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { expect } from 'vitest';
import { buildEvent } from '../../gateway/payload.ts';
import { matchRoute } from '../../gateway/routes.ts';
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

/** A payload 2.0 event for a route, built as the gateway builds one for an authorized request. */
export function routeEvent(
  method: string,
  path: string,
  input: { sub: string; body?: string },
): APIGatewayProxyEventV2WithJWTAuthorizer {
  const route = matchRoute(method, path);
  if (!route) throw new Error(`no route for ${method} ${path}`);
  const body = Buffer.from(input.body ?? '');
  return buildEvent(
    {
      method,
      url: path,
      rawHeaders: ['host', 'localhost', 'content-type', 'application/json'],
      body,
      sourceIp: '127.0.0.1',
    },
    {
      routeKey: route.routeKey,
      pathParameters: route.pathParameters,
      requestId: randomUUID(),
      claims: { sub: input.sub, token_use: 'access' },
      scopes: null,
      now: new Date(),
    },
  );
}
