import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConcurrencyLimiter, type LogLine } from '../../index.ts';
import {
  asFailure,
  asResult,
  type FixturePools,
  fixturePools,
  invoke,
  payloadOf,
} from '../support.ts';

let fixtures: FixturePools;

beforeAll(async () => {
  fixtures = await fixturePools();
});

afterAll(async () => {
  await fixtures.closeAll();
});

describe('an execution environment', () => {
  it("runs the handler with Lambda's variables and context, and none of this process's", async () => {
    // Prepare
    const pool = fixtures.create({ env: { TABLE_NAME: 'chats', AWS_REGION: 'eu-west-1' } });
    expect(process.env.HOME).toBeDefined();

    // Act
    const invocation = asResult(await invoke(pool));

    // Assess
    const { env, context } = payloadOf(invocation);
    expect(env).toEqual({
      AWS_LAMBDA_FUNCTION_NAME: 'get_chats',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '128',
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'local',
      TABLE_NAME: 'chats',
    });
    expect(context.functionName).toBe('get_chats');
    expect(context.memoryLimitInMB).toBe('128');
    expect(context.awsRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(context.remainingMs).toBeGreaterThan(0);
    expect(context.remainingMs).toBeLessThanOrEqual(5_000);
  });

  it('measures INIT from the start of the environment, as the handler sees it', async () => {
    // Prepare
    const pool = fixtures.create({ env: { INIT_DELAY_MS: '100' } });
    const started = performance.now();

    // Act
    const invocation = asResult(await invoke(pool));
    const wallMs = performance.now() - started;

    // Assess: the handler's own performance.now() at the end of its init
    // counts from the environment's start, not from this process's.
    const { initDurationMs } = payloadOf(invocation);
    expect(initDurationMs).toBeGreaterThanOrEqual(100);
    expect(initDurationMs).toBeLessThan(wallMs);
    expect(invocation.initDurationMs).toBeGreaterThanOrEqual(initDurationMs);
    expect(invocation.initDurationMs).toBeLessThan(wallMs);
    expect(pool.stats().initDurationsMs).toEqual([invocation.initDurationMs]);
  });

  it('sends console output and a REPORT line per invocation to the log sink', async () => {
    // Prepare
    const lines: LogLine[] = [];
    const pool = fixtures.create({ logs: (line) => lines.push(line) });

    // Act
    const invocation = asResult(await invoke(pool, { log: 'hello from the handler' }));

    // Assess
    const from = { functionName: 'get_chats', environmentId: invocation.environmentId };
    await vi.waitFor(
      () =>
        expect(lines).toContainEqual({ ...from, stream: 'stdout', text: 'hello from the handler' }),
      { timeout: 5_000 },
    );
    const report = lines.find((line) => line.text.startsWith('REPORT'));
    expect(report).toMatchObject({ ...from, stream: 'stdout' });
    expect(report?.text).toMatch(
      /^REPORT RequestId: [0-9a-f-]{36}\tDuration: \d+\.\d\d ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tInit Duration: \d+\.\d\d ms$/,
    );
  });
});

describe('environments and concurrency', () => {
  it('starts one environment per concurrent request, then reuses them warm', async () => {
    // Prepare
    const pool = fixtures.create({ reservedConcurrency: 3 });

    // Act
    const cold = await Promise.all([1, 2, 3].map(() => invoke(pool, { sleepMs: 50 })));
    const warm = await Promise.all([1, 2, 3].map(() => invoke(pool)));

    // Assess
    const coldIds = cold.map((invocation) => asResult(invocation).environmentId);
    expect(new Set(coldIds).size).toBe(3);
    for (const invocation of cold.map(asResult)) {
      expect(invocation.coldStart).toBe(true);
      expect(invocation.initDurationMs).toBeGreaterThan(0);
    }
    for (const invocation of warm.map(asResult)) {
      expect(invocation.coldStart).toBe(false);
      expect(invocation.initDurationMs).toBeUndefined();
    }
    expect(new Set(warm.map((invocation) => asResult(invocation).environmentId))).toEqual(
      new Set(coldIds),
    );
    expect(pool.stats()).toMatchObject({ environments: 3, idle: 3, busy: 0, coldStarts: 3 });
    expect(pool.stats().initDurationsMs).toHaveLength(3);
  });

  it('reuses the most recently used idle environment first', async () => {
    // Prepare: two idle environments
    const pool = fixtures.create();
    await Promise.all([invoke(pool, { sleepMs: 50 }), invoke(pool, { sleepMs: 50 })]);

    // Act
    const first = asResult(await invoke(pool));
    const second = asResult(await invoke(pool));

    // Assess: least-recently-used would alternate between the two
    expect(second.environmentId).toBe(first.environmentId);
    expect(pool.stats().environments).toBe(2);
  });

  it('throttles at once, without queueing, over the reserved concurrency', async () => {
    // Prepare
    const pool = fixtures.create({ reservedConcurrency: 2 });

    // Act
    const invocations = await Promise.all([1, 2, 3].map(() => invoke(pool, { sleepMs: 200 })));

    // Assess
    expect(invocations.map((invocation) => invocation.kind).sort()).toEqual([
      'result',
      'result',
      'throttled',
    ]);
    expect(invocations.find((invocation) => invocation.kind === 'throttled')).toEqual({
      kind: 'throttled',
      reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
    });
    expect(pool.stats()).toMatchObject({ environments: 2, coldStarts: 2, throttles: 1 });
  });

  it('throttles every request of a function reserved at zero', async () => {
    // Prepare
    const pool = fixtures.create({ reservedConcurrency: 0 });

    // Act
    const invocation = await invoke(pool);

    // Assess
    expect(invocation.kind).toBe('throttled');
    expect(pool.stats()).toMatchObject({ environments: 0, throttles: 1 });
  });

  it('shares the unreserved account pool between functions without a reservation', async () => {
    // Prepare
    const account = new ConcurrencyLimiter(1);
    const chats = fixtures.create({ reservedConcurrency: null, concurrency: account });
    const messages = fixtures.create({ reservedConcurrency: null, concurrency: account });

    // Act
    const busy = invoke(chats, { sleepMs: 200 });
    const throttled = await invoke(messages);
    asResult(await busy);
    const afterwards = await invoke(messages);

    // Assess
    expect(throttled).toEqual({ kind: 'throttled', reason: 'ConcurrentInvocationLimitExceeded' });
    asResult(afterwards);
    expect(account.inUse).toBe(0);
  });
});

describe('reaping and recycling', () => {
  it('reaps an environment idle for idleTimeoutMs by the pool clock: the next request is cold', async () => {
    // Prepare
    let now = 0;
    const pool = fixtures.create({ idleTimeoutMs: 1_000, clock: () => now });
    const first = asResult(await invoke(pool));

    // Act
    now = 999;
    const stillWarm = asResult(await invoke(pool));
    now = 999 + 1_000;
    const reaped = asResult(await invoke(pool));

    // Assess
    expect(stillWarm).toMatchObject({ coldStart: false, environmentId: first.environmentId });
    expect(reaped.coldStart).toBe(true);
    expect(reaped.environmentId).not.toBe(first.environmentId);
    expect(pool.stats()).toMatchObject({ environments: 1, coldStarts: 2 });
  });

  it('reaps idle environments by timer, ending their threads', async () => {
    // Prepare
    const pool = fixtures.create({ idleTimeoutMs: 50 });
    const first = asResult(await invoke(pool));

    // Act
    await vi.waitFor(() => expect(pool.stats().environments).toBe(0), { timeout: 5_000 });
    const next = asResult(await invoke(pool));

    // Assess
    expect(next.coldStart).toBe(true);
    expect(next.environmentId).not.toBe(first.environmentId);
  });

  it('recycles idle environments now and busy ones when they finish', async () => {
    // Prepare: one idle environment, one busy
    const pool = fixtures.create();
    const before = await Promise.all([invoke(pool), invoke(pool)]);
    const busy = invoke(pool, { sleepMs: 200 });

    // Act
    const recycling = pool.recycle();
    const duringRecycle = pool.stats();
    await recycling;
    const finished = asResult(await busy);
    const afterBusy = pool.stats();
    const next = asResult(await invoke(pool));

    // Assess
    expect(duringRecycle).toMatchObject({ environments: 1, busy: 1, idle: 0 });
    expect(finished.coldStart).toBe(false);
    expect(afterBusy.environments).toBe(0);
    expect(next.coldStart).toBe(true);
    const oldIds = before.map((invocation) => asResult(invocation).environmentId);
    expect(oldIds).not.toContain(next.environmentId);
  });
});

describe('failures', () => {
  it('keeps the environment when the handler throws (Lambda reuses it)', async () => {
    // Prepare
    const pool = fixtures.create();

    // Act
    const failure = asFailure(await invoke(pool, { throw: 'no luck' }));
    const next = asResult(await invoke(pool));

    // Assess
    expect(failure).toEqual({
      kind: 'error',
      errorType: 'Error',
      errorMessage: 'no luck',
      phase: 'invoke',
      environmentId: failure.environmentId,
      coldStart: true,
    });
    expect(next).toMatchObject({ coldStart: false, environmentId: failure.environmentId });
    expect(pool.stats().crashes).toBe(0);
  });

  it('drops an environment whose INIT throws; the next request runs INIT again', async () => {
    // Prepare
    const marker = join(fixtures.dir, 'fail-init-once');
    await writeFile(marker, '');
    const pool = fixtures.create({ env: { INIT_FAIL_ONCE_MARKER: marker } });

    // Act
    const failure = asFailure(await invoke(pool));
    const afterFailure = pool.stats();
    const next = asResult(await invoke(pool));

    // Assess
    expect(failure).toMatchObject({
      errorType: 'TypeError',
      errorMessage: 'INIT failed once',
      phase: 'init',
      coldStart: true,
    });
    expect(afterFailure).toMatchObject({ environments: 0, crashes: 0 });
    expect(next.coldStart).toBe(true);
    expect(next.environmentId).not.toBe(failure.environmentId);
  });

  it('fails INIT with Runtime.HandlerNotFound when the bundle exports no handler', async () => {
    // Prepare
    const pool = fixtures.create({ env: { NO_HANDLER: '1' } });

    // Act
    const failure = asFailure(await invoke(pool));

    // Assess
    expect(failure).toMatchObject({
      errorType: 'Runtime.HandlerNotFound',
      errorMessage: 'index.handler is undefined or not exported',
      phase: 'init',
    });
  });

  it('fails INIT with Runtime.ImportModuleError when the bundle is missing', async () => {
    // Prepare
    const pool = fixtures.create({ bundlePath: join(fixtures.dir, 'missing', 'index.mjs') });

    // Act
    const failure = asFailure(await invoke(pool));

    // Assess
    expect(failure).toMatchObject({ errorType: 'Runtime.ImportModuleError', phase: 'init' });
  });

  it('reports a thread that exits during INIT as an INIT failure', async () => {
    // Prepare
    const pool = fixtures.create({ env: { INIT_EXIT: '2' } });

    // Act
    const failure = asFailure(await invoke(pool));

    // Assess
    expect(failure).toMatchObject({
      errorType: 'Runtime.ExitError',
      errorMessage: 'Runtime exited with error: exit status 2',
      phase: 'init',
    });
    expect(pool.stats()).toMatchObject({ environments: 0, crashes: 1 });
  });

  it('replaces an environment that exits or throws outside a request', async () => {
    // Prepare
    const pool = fixtures.create();

    // Act
    const exited = asFailure(await invoke(pool, { exit: 3 }));
    const uncaught = asFailure(await invoke(pool, { crashLater: 'timer went off' }));
    const unhandled = asFailure(await invoke(pool, { rejectLater: 'nobody caught me' }));
    const next = asResult(await invoke(pool));

    // Assess
    expect(exited).toMatchObject({
      errorType: 'Runtime.ExitError',
      errorMessage: 'Runtime exited with error: exit status 3',
      phase: 'crash',
    });
    expect(uncaught).toMatchObject({
      errorType: 'RangeError',
      errorMessage: 'timer went off',
      phase: 'crash',
    });
    expect(unhandled).toMatchObject({
      errorType: 'Runtime.UnhandledPromiseRejection',
      errorMessage: 'Error: nobody caught me',
      phase: 'crash',
    });
    expect(next.coldStart).toBe(true);
    expect(pool.stats()).toMatchObject({ environments: 1, crashes: 3, coldStarts: 4 });
  });

  it('ends an environment at the function timeout and serves the next request', async () => {
    // Prepare
    const pool = fixtures.create({ timeoutMs: 300 });

    // Act
    const timedOut = asFailure(await invoke(pool, { sleepMs: 30_000 }));
    const afterTimeout = pool.stats();
    const next = asResult(await invoke(pool));

    // Assess
    expect(timedOut).toMatchObject({
      errorType: 'Sandbox.Timedout',
      errorMessage: 'Task timed out after 0.30 seconds',
      phase: 'timeout',
    });
    expect(afterTimeout).toMatchObject({ environments: 0, crashes: 0 });
    expect(next.coldStart).toBe(true);
  });

  it('ends an environment that runs out of memory', async () => {
    // Prepare
    const pool = fixtures.create({ memoryMb: 128 });

    // Act
    const failure = asFailure(await invoke(pool, { exhaustMemory: true }));

    // Assess
    expect(failure).toMatchObject({ errorType: 'Runtime.OutOfMemory', phase: 'crash' });
    expect(pool.stats()).toMatchObject({ environments: 0, crashes: 1 });
  });
});

describe('closing', () => {
  it('ends every environment; a request in flight resolves with an error', async () => {
    // Prepare
    const pool = fixtures.create();
    await Promise.all([invoke(pool), invoke(pool)]);
    const inFlight = invoke(pool, { sleepMs: 30_000 });

    // Act
    await pool.close();

    // Assess
    expect(await inFlight).toMatchObject({
      kind: 'error',
      errorType: 'Runtime.ExitError',
      errorMessage: 'Runtime exited: pool closed',
      phase: 'crash',
    });
    expect(pool.stats()).toMatchObject({ environments: 0, busy: 0, idle: 0, crashes: 0 });
    await expect(invoke(pool)).rejects.toThrow('the function pool of get_chats is closed');
  });
});
