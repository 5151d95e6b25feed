import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FunctionSettingsChange } from '../../../lambda/index.ts';
import { createLambdaApi } from '../../lambda-api.ts';

/** A pool whose reconfiguration finishes when the test says so. */
function fakePool() {
  let settings = {
    env: { AWS_REGION: 'us-east-1', TABLE_NAME: 't' },
    memoryMb: 512,
    timeoutMs: 10_000,
  };
  const pending: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  return {
    pool: {
      settings: () => ({ ...settings, env: { ...settings.env } }),
      reconfigure: (change: FunctionSettingsChange) =>
        new Promise<void>((resolve, reject) => {
          settings = { ...settings, ...change } as typeof settings;
          pending.push({ resolve, reject });
        }),
    },
    finish: async (error?: Error) => {
      const next = pending.shift();
      if (error) next?.reject(error);
      else next?.resolve();
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

function api() {
  const bundlePath = join(tmpdir(), 'loopgauge-lambda-api-test.mjs');
  writeFileSync(bundlePath, 'export const handler = () => ({});\n');
  const fake = fakePool();
  const lambda = createLambdaApi({
    region: 'us-east-1',
    runtime: 'nodejs22.x',
    architecture: 'arm64',
    functions: { fn: { pool: fake.pool, bundlePath, reservedConcurrency: 2 } },
  });
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await lambda.handle({
      method,
      path,
      query: new URLSearchParams(),
      headers: {},
      body: body === undefined ? '' : JSON.stringify(body),
    });
    return { ...response, json: JSON.parse(response.body) as Record<string, unknown> };
  };
  return { call, fake };
}

const CONFIGURATION = '/2015-03-31/functions/fn/configuration';

describe('the Lambda API’s update lifecycle', () => {
  it('reports InProgress until the environments are retired, then Successful', async () => {
    const { call, fake } = api();
    const before = await call('GET', CONFIGURATION);
    expect(before.json).toMatchObject({
      LastUpdateStatus: 'Successful',
      Environment: { Variables: { TABLE_NAME: 't' } },
    });
    const update = await call('PUT', CONFIGURATION, {
      Environment: { Variables: { TABLE_NAME: 't', MARK: '1' } },
      Timeout: 20,
    });
    expect(update.json).toMatchObject({ LastUpdateStatus: 'InProgress', Timeout: 20 });
    expect((await call('GET', CONFIGURATION)).json.LastUpdateStatus).toBe('InProgress');
    expect(fake.pool.settings().env).toEqual({
      AWS_REGION: 'us-east-1',
      TABLE_NAME: 't',
      MARK: '1',
    });

    const conflict = await call('PUT', CONFIGURATION, { Description: 'again' });
    expect(conflict.status).toBe(409);
    expect(conflict.headers['x-amzn-errortype']).toBe('ResourceConflictException');

    await fake.finish();
    expect((await call('GET', CONFIGURATION)).json.LastUpdateStatus).toBe('Successful');
  });

  it('reports Failed with the reason when retiring the environments fails', async () => {
    const { call, fake } = api();
    await call('PUT', CONFIGURATION, { MemorySize: 1_024 });
    await fake.finish(new Error('the pool is closed'));
    expect((await call('GET', CONFIGURATION)).json).toMatchObject({
      LastUpdateStatus: 'Failed',
      LastUpdateStatusReason: 'the pool is closed',
    });
  });

  it('refuses an update against a stale RevisionId, and unknown functions and routes', async () => {
    const { call } = api();
    const stale = await call('PUT', CONFIGURATION, { RevisionId: 'not-the-latest', Timeout: 3 });
    expect(stale.status).toBe(412);
    expect(stale.headers['x-amzn-errortype']).toBe('PreconditionFailedException');
    const qualified = await call('GET', '/2015-03-31/functions/fn:3/configuration');
    expect(qualified.status).toBe(404);
    expect(qualified.json.Message).toBe(
      'Function not found: arn:aws:lambda:us-east-1:000000000000:function:fn:3',
    );
    const elsewhere = await call(
      'GET',
      `/2015-03-31/functions/${encodeURIComponent('arn:aws:lambda:eu-west-1:000000000000:function:fn')}/configuration`,
    );
    expect(elsewhere.status).toBe(404);
    const invoke = await call('POST', '/2015-03-31/functions/fn/invocations', {});
    expect(invoke.headers['x-amzn-errortype']).toBe('UnknownOperationException');
    const get = await call('GET', '/2015-03-31/functions/fn');
    expect(get.json).toMatchObject({ Concurrency: { ReservedConcurrentExecutions: 2 } });
  });
});
