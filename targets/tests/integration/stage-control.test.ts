/**
 * Forcing fresh environments and collecting a run window's metrics from a
 * running emulator, through its target file and AWS's SDKs only — the code
 * path a deployed stage takes.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '#emulator';
import {
  collectStageMetrics,
  forceFreshEnvironments,
  provisionUsers,
  readTarget,
  type StageMetrics,
  type Target,
  TargetError,
} from '#targets';
import { STAGE_METRICS_SCHEMA_FILE } from '../../stage-metrics-schema.ts';

let emulator: Emulator;
let target: Target;
let token: string;

beforeAll(async () => {
  emulator = await startEmulator({
    workDir: '.loopgauge/test-stage-control',
    functionLogs: 'silent',
  });
  target = await readTarget(emulator.targetFile);
  const users = await provisionUsers(target, { count: 1, prefix: 'control', concurrency: 1 });
  token = users.users[0]?.accessToken ?? '';
}, 60_000);
afterAll(async () => {
  await emulator?.close();
});

async function call(method: 'GET' | 'POST', path: string, body?: unknown) {
  const response = await fetch(`${target.apiUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  await response.arrayBuffer();
  return response;
}

/** Per-second metrics: a window that starts on a second of its own (a timer may fire early). */
async function nextSecond(): Promise<Date> {
  const second = Math.floor(Date.now() / 1_000);
  while (Math.floor(Date.now() / 1_000) === second) {
    await new Promise((resolve) => setTimeout(resolve, 1_001 - (Date.now() % 1_000)));
  }
  return new Date();
}

describe('forceFreshEnvironments', () => {
  it('makes the next request of every function a cold start', async () => {
    const chatId = ulid();
    await call('POST', `/chats/${chatId}/messages`, { messageId: ulid(), content: 'warm up' });
    await call('GET', '/chats');
    expect((await call('GET', '/chats')).headers.get('x-loopgauge-cold-start')).toBe('0');

    await forceFreshEnvironments(target);

    const list = await call('GET', '/chats');
    const read = await call('GET', `/chats/${chatId}`);
    const send = await call('POST', `/chats/${chatId}/messages`, {
      messageId: ulid(),
      content: 'after the change',
    });
    for (const response of [list, read, send]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('x-loopgauge-cold-start')).toBe('1');
    }
    expect((await call('GET', '/chats')).headers.get('x-loopgauge-cold-start')).toBe('0');
  });

  it('keeps every variable and changes only its marker', async () => {
    const { LambdaClient, GetFunctionConfigurationCommand } = await import(
      '@aws-sdk/client-lambda'
    );
    const { clientConfig } = await import('#targets');
    const lambda = new LambdaClient(clientConfig(target, 'lambda'));
    const read = async () =>
      (await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'get_chat' })))
        .Environment?.Variables ?? {};
    try {
      const before = await read();
      await forceFreshEnvironments(target, ['get_chat']);
      const after = await read();
      const { LOOPGAUGE_FRESH_ENVIRONMENTS: marker, ...rest } = after;
      const { LOOPGAUGE_FRESH_ENVIRONMENTS: previous, ...kept } = before;
      expect(rest).toEqual(kept);
      expect(marker).toBeDefined();
      expect(marker).not.toBe(previous);
    } finally {
      lambda.destroy();
    }
  });

  it('refuses an unknown function and reports one the stage does not have', async () => {
    await expect(forceFreshEnvironments(target, ['nope' as never])).rejects.toThrow(
      'unknown function nope',
    );
    const renamed: Target = {
      ...target,
      functionNames: { ...target.functionNames, get_chat: 'gone' },
    };
    const failure = await forceFreshEnvironments(renamed, ['get_chat']).catch((error) => error);
    expect(failure).toBeInstanceOf(TargetError);
    expect(failure.message).toMatch(
      /^GetFunctionConfiguration on gone failed: ResourceNotFoundException: Function not found: arn:aws:lambda:[a-z0-9-]+:000000000000:function:gone$/,
    );
  });
});

describe('collectStageMetrics', () => {
  let metrics: StageMetrics;
  const chatId = ulid();

  beforeAll(async () => {
    await forceFreshEnvironments(target);
    const start = await nextSecond();
    for (let i = 0; i < 3; i++) {
      await call('POST', `/chats/${chatId}/messages`, { messageId: ulid(), content: `m${i}` });
    }
    for (let i = 0; i < 2; i++) await call('GET', '/chats');
    await call('GET', `/chats/${chatId}`);
    const saved = token;
    token = '';
    await call('GET', '/chats');
    token = saved;
    const end = new Date(Date.now() + 1);
    metrics = await collectStageMetrics(target, { start, end });
  }, 60_000);

  it('validates against its JSON Schema', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(STAGE_METRICS_SCHEMA_FILE, 'utf8')));
    expect(validate(JSON.parse(JSON.stringify(metrics))), JSON.stringify(validate.errors)).toBe(
      true,
    );
    expect(metrics).toMatchObject({
      schema: 'loopgauge.stage-metrics/v1',
      periodSeconds: 1,
      target: { kind: 'local', apiId: target.apiId, apiStage: '$default' },
    });
  });

  it('counts the requests made, per function, per route and for the stage', () => {
    const { lambda, api } = metrics;
    expect(lambda.send_message.Invocations.Sum.total).toBe(3);
    expect(lambda.get_chats.Invocations.Sum.total).toBe(2);
    expect(lambda.get_chat.Invocations.Sum.total).toBe(1);
    expect(lambda.get_chats.Errors.Sum.total).toBe(0);
    expect(lambda.get_chats.Throttles.Sum.total).toBe(0);
    expect(lambda.send_message.ConcurrentExecutions.Maximum.total).toBe(1);
    expect(api.stage.Count.Sum.total).toBe(7);
    expect(api.stage['4xx'].Sum.total).toBe(1);
    expect(api.stage['5xx'].Sum.total).toBe(0);
    expect(api.routes.get_chats.Count.Sum.total).toBe(3);
    expect(api.routes.send_message.Count.Sum.total).toBe(3);
    expect(api.routes.send_message.IntegrationLatency.p95.total).toBeGreaterThan(0);
    const points = lambda.send_message.Invocations.Sum.points;
    expect(points.reduce((sum, point) => sum + point.v, 0)).toBe(3);
    const covers = lambda.send_message.Invocations.Sum.totalCovers;
    expect(covers?.start).toBe(`${metrics.window.start.slice(0, 19)}.000Z`);
    expect(points.every((point) => covers && point.t >= covers.start && point.t < covers.end)).toBe(
      true,
    );
  });

  it("reads the table's and the index's units, and lists what the stage did not give", () => {
    expect(metrics.dynamodb.table.ConsumedWriteCapacityUnits.Sum.total).toBeGreaterThan(0);
    expect(metrics.dynamodb.table.ConsumedReadCapacityUnits.Sum.total).toBeGreaterThan(0);
    const index = metrics.dynamodb.indexes.gsi1;
    // get_chats queries the activity index; every send writes its entry.
    expect(index?.ConsumedReadCapacityUnits.Sum.total).toBeGreaterThan(0);
    expect(index?.ConsumedWriteCapacityUnits.Sum.total).toBeGreaterThan(0);
    const missing = metrics.missing.map((entry) => entry.path);
    expect(missing).toContain('dynamodb.throttledRequests.Query');
    expect(missing).not.toContain('lambda.get_chats.Invocations.Sum');
    expect(metrics.dynamodb.throttledRequests.Query?.total).toBeNull();
  });

  it('reads the REPORT lines: an init duration for each cold start', () => {
    const reports = metrics.reports.send_message;
    expect(reports).toMatchObject({
      logGroup: '/aws/lambda/send_message',
      invocations: 3,
      coldStarts: 1,
      truncated: false,
      maxMemoryUsedMb: null,
    });
    expect(reports?.initDurationsMs).toHaveLength(1);
    expect(reports?.initDurationsMs[0]).toBeGreaterThan(0);
    expect(reports?.billedDurationMs).toBeGreaterThanOrEqual(reports?.initDurationsMs[0] ?? 0);
    expect(metrics.reports.get_chats?.invocations).toBe(2);
  });

  it('refuses a window that ends before it starts, and a period CloudWatch does not take', async () => {
    const now = new Date();
    await expect(collectStageMetrics(target, { start: now, end: now })).rejects.toThrow(
      'the metrics window must have a valid start before its end',
    );
    await expect(
      collectStageMetrics(
        target,
        { start: new Date(now.getTime() - 60_000), end: now },
        { periodSeconds: 45 },
      ),
    ).rejects.toThrow('a metrics period must be 1, 5, 10, 20, 30 or a multiple of 60 seconds');
  });
});
