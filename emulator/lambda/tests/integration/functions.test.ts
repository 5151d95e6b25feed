/**
 * The real three bundles, built as the local stage builds them, running in
 * execution environments against dynalite on 127.0.0.1.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENV, REQUIRE_BANNER } from '#backend';
import { type FunctionName, parseServerTiming, TELEMETRY_HEADERS } from '#contracts';
import { createChatTable, type DynamoDbServer, startDynamoDb } from '../../../dynamodb/index.ts';
import { buildFunctionBundles, FunctionPool } from '../../index.ts';
import { routeEvent } from '../support.ts';

const TABLE = 'chats-lambda-test';
const SUB = '2f1c4d0e-7a4b-4c53-9d0e-5b8f6a1c2d3e';

let dir: string;
let bundles: Record<FunctionName, string>;
let dynamodb: DynamoDbServer;
const pools: FunctionPool[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loopgauge-bundles-'));
  [bundles, dynamodb] = await Promise.all([buildFunctionBundles(dir), startDynamoDb()]);
  await createChatTable(dynamodb.endpoint, TABLE);
});

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
  await dynamodb?.close();
  await rm(dir, { recursive: true, force: true });
});

function poolFor(name: FunctionName): FunctionPool {
  const pool = new FunctionPool({
    name,
    bundlePath: bundles[name],
    env: {
      [ENV.tableName]: TABLE,
      [ENV.dynamodbEndpoint]: dynamodb.endpoint,
      [ENV.cursorSecret]: 'lambda-test-cursor-secret-0123456789abcdef',
      [ENV.telemetryHeaders]: 'true',
      // send_message reads its provider settings at init; no test here reaches the provider.
      [ENV.aiApiKey]: 'test-key',
      [ENV.aiBaseUrl]: 'http://127.0.0.1:9/v1',
      POWERTOOLS_LOG_LEVEL: 'CRITICAL',
    },
    memoryMb: 512,
    timeoutMs: 10_000,
    reservedConcurrency: 2,
    idleTimeoutMs: 60_000,
    logs: 'silent',
  });
  pools.push(pool);
  return pool;
}

interface HttpResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

async function call(pool: FunctionPool, event: APIGatewayProxyEventV2WithJWTAuthorizer) {
  const started = performance.now();
  const invocation = await pool.invoke(event);
  const wallMs = performance.now() - started;
  expect(invocation.kind, JSON.stringify(invocation)).toBe('result');
  if (invocation.kind !== 'result') throw new Error('unreachable');
  const response = invocation.payload as HttpResult;
  return { invocation, response, body: JSON.parse(response.body) as unknown, wallMs };
}

describe('the functions in execution environments', () => {
  it('are ESM bundles with the stack banner and external source maps without sources', async () => {
    for (const path of Object.values(bundles)) {
      const code = await readFile(path, 'utf8');
      expect(code.startsWith(REQUIRE_BANNER)).toBe(true);
      expect(existsSync(`${path}.map`)).toBe(true);
      const map = JSON.parse(await readFile(`${path}.map`, 'utf8')) as { sourcesContent?: unknown };
      expect(map.sourcesContent).toBeUndefined();
    }
  });

  it('get_chats queries DynamoDB cold, then warm, and reports its init through the headers', async () => {
    // Prepare
    const pool = poolFor('get_chats');

    // Act
    const cold = await call(pool, routeEvent('GET', '/chats', { sub: SUB }));
    const warm = await call(pool, routeEvent('GET', '/chats', { sub: SUB }));

    // Assess
    expect(cold.response.statusCode).toBe(200);
    expect(cold.body).toEqual({ chats: [], nextCursor: null });
    expect(cold.invocation.coldStart).toBe(true);
    expect(cold.response.headers[TELEMETRY_HEADERS.coldStart]).toBe('1');
    const init = parseServerTiming(cold.response.headers[TELEMETRY_HEADERS.serverTiming]).init;
    expect(init).toBeGreaterThan(0);
    expect(init).toBeLessThan(cold.wallMs);
    expect(warm).toMatchObject({
      response: { statusCode: 200, headers: { [TELEMETRY_HEADERS.coldStart]: '0' } },
      invocation: { coldStart: false, environmentId: cold.invocation.environmentId },
    });
  });

  it('get_chat runs its query (404 for a chat the caller does not have)', async () => {
    // Act
    const { response, body } = await call(
      poolFor('get_chat'),
      routeEvent('GET', `/chats/${ulid()}`, { sub: SUB }),
    );

    // Assess
    expect(response.statusCode).toBe(404);
    expect(body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('send_message initializes and validates (400 for a bad body)', async () => {
    // Act
    const { response, body } = await call(
      poolFor('send_message'),
      routeEvent('POST', `/chats/${ulid()}/messages`, { sub: SUB, body: '{"messageId":"nope"}' }),
    );

    // Assess
    expect(response.statusCode).toBe(400);
    expect(body).toMatchObject({ error: { code: 'VALIDATION_ERROR' } });
  });
});
