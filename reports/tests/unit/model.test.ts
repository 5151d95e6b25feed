import { describe, expect, it } from 'vitest';
import { getStage, type StageConfig } from '#stages';
import { parseCapacityFile } from '../../capacity-file.ts';
import { figures } from '../../figures.ts';
import { firstBottleneck, projectCapacity, SECONDS_PER_DAY } from '../../model.ts';
import { busyMs, modelInputs } from '../../model-inputs.ts';
import { run, smallTable } from '../support/reports.ts';

const SEND = 'POST /chats/{chatId}/messages';

/** 100 messages/s at the peak: 864,000 messages a day over 86,400 s, peak factor 10 → 100/s. */
function capacity(extra: Record<string, unknown> = {}) {
  return parseCapacityFile({
    version: 1,
    traffic: {
      dailyActiveUsers: 86_400,
      messagesPerUserPerDay: 1,
      peakToAverage: 100,
      requestsPerMessage: { get_chats: 0, get_chat: 0 },
    },
    lambda: { coldStartShare: 0, durationMs: { get_chats: 10, get_chat: 10, send_message: 0 } },
    ai: { latencyMs: 3_000 },
    ...extra,
  });
}

function unreserved(stage: StageConfig): StageConfig {
  const settings = Object.fromEntries(
    Object.entries(stage.functions.settings).map(([fn, s]) => [
      fn,
      { ...s, reservedConcurrency: null },
    ]),
  ) as StageConfig['functions']['settings'];
  return { ...stage, functions: { ...stage.functions, settings } };
}

describe('the capacity model', () => {
  it('needs 300 environments for 100 requests/s of 3 s each (Little’s law)', () => {
    const cap = capacity();
    const model = projectCapacity(unreserved(getStage('prod')), [], cap, figures(cap));
    expect(model.traffic?.peakMessagesPerSecond).toBeCloseTo(100, 10);
    const pool = model.limits.find((l) => l.id === 'lambda.account');
    expect(pool?.demandAtPeak).toBeCloseTo(300, 6);
    expect(pool?.capacity).toBe(1_000);
    expect(pool?.utilisation).toBeCloseTo(0.3, 6);
    expect(pool?.breaksAtDailyActiveUsers).toBeCloseTo(86_400 / 0.3, 3);
  });

  it('names the limit that breaks at the fewest users first, with the stage key to change', () => {
    const cap = capacity();
    // prod: send_message reserved 100 → 100 / 3 s = 33 messages/s; its route throttle admits 100/s.
    const model = projectCapacity(getStage('prod'), [], cap, figures(cap));
    const first = model.limits.find((l) => l.id === model.firstBottleneck);
    expect(first?.id).toBe('lambda.reserved.send_message');
    expect(first?.utilisation).toBeCloseTo(3, 6);
    expect(first?.admittedPerSecond).toBeCloseTo(100 / 3, 6);
    expect(first?.change).toBe('functions.settings.send_message.reservedConcurrency (stage prod)');
    const route = model.limits.find((l) => l.id === 'api.route.send_message');
    expect(route?.utilisation).toBeCloseTo(1, 6);
  });

  it('reports utilisation 0 at zero traffic and still says where each limit breaks', () => {
    const cap = capacity({
      traffic: {
        dailyActiveUsers: 0,
        messagesPerUserPerDay: 1,
        peakToAverage: 100,
        requestsPerMessage: { get_chats: 0, get_chat: 0 },
      },
    });
    const model = projectCapacity(getStage('prod'), [], cap, figures(cap));
    const reserved = model.limits.find((l) => l.id === 'lambda.reserved.send_message');
    expect(reserved?.utilisation).toBe(0);
    expect(reserved?.breaksAtDailyActiveUsers).toBeCloseTo(86_400 / 3, 3);
    expect(model.firstBottleneck).toBe('lambda.reserved.send_message');
  });

  it('says what is missing instead of inventing it', () => {
    const model = projectCapacity(getStage('prod'), [], null, figures(null));
    const duration = model.inputs.find((i) => i.name === 'Lambda duration without the AI call');
    expect(duration?.source).toBe('missing');
    expect(duration?.value).toBeNull();
    expect(model.limits.every((l) => l.demandAtPeak === null && l.utilisation === null)).toBe(true);
    expect(model.firstBottleneck).toBeNull();
    expect(model.notes.join(' ')).toMatch(/no capacity file/);
  });

  it('takes the request mix, units and durations from the runs, and marks a local run’s latency as the emulator’s', () => {
    const runs = [
      run({
        routes: [
          { route: 'GET /chats', requests: 50, handlerMs: 8, readUnits: 0.5 },
          { route: SEND, requests: 100, handlerMs: 400, aiMs: 300, readUnits: 1.5, writeUnits: 4 },
        ],
      }),
    ];
    const inputs = modelInputs(runs, null);
    expect(inputs.routes.get_chats.mix).toMatchObject({ value: 0.5, source: 'run' });
    expect(inputs.routes.send_message.writeUnits).toMatchObject({ value: 4, source: 'run' });
    expect(inputs.routes.send_message.durationMs).toMatchObject({ value: 100, source: 'emulator' });
    expect(inputs.routes.send_message.aiMs).toMatchObject({ value: 300, source: 'mock-provider' });
    expect(inputs.routes.send_message.coldShare.source).toBe('aws');
    expect(inputs.routes.get_chat.readUnits.source).toBe('missing');
  });

  it('prefers a deployed run’s figures, which transfer', () => {
    const local = run({ routes: [{ route: SEND, requests: 1_000, handlerMs: 50 }], id: 'local' });
    const deployed = run({
      routes: [{ route: SEND, requests: 10, handlerMs: 70 }],
      kind: 'deployed',
      id: 'deployed',
    });
    const inputs = modelInputs([local, deployed], null);
    expect(inputs.routes.send_message.durationMs).toMatchObject({ value: 70, source: 'run' });
  });

  it('adds INIT to the busy time by the cold-start share', () => {
    const cap = capacity({
      lambda: { coldStartShare: 0.1, initDurationMs: 500, durationMs: { send_message: 100 } },
    });
    const inputs = modelInputs([], cap);
    expect(busyMs(inputs.routes.send_message)).toBeCloseTo(100 + 3_000 + 50, 10);
  });

  it('compares a provisioned table’s units with its reads and writes', () => {
    const cap = capacity();
    const runs = [
      run({
        routes: [{ route: SEND, requests: 10, readUnits: 2, writeUnits: 5 }],
        kind: 'deployed',
      }),
    ];
    const model = projectCapacity(getStage('throughput'), runs, cap, figures(cap));
    const writes = model.limits.find((l) => l.id === 'dynamodb.table.write');
    expect(writes?.capacity).toBe(50);
    expect(writes?.demandAtPeak).toBeCloseTo(500, 6);
    expect(writes?.change).toBe('table.billing.writeUnits (stage throughput)');
  });

  describe('DynamoDB units, table and index apart', () => {
    /** small-table with 10 write units on the table and 4 on the index. */
    const stage = () => smallTable({ indexWriteUnits: 4 });
    const sends = (options: { split: boolean; sampleSchemaVersion?: number }) => [
      run({
        routes: [
          {
            route: SEND,
            requests: 10,
            readUnits: 1,
            writeUnits: 5,
            ...(options.split ? { indexReadUnits: 0, indexWriteUnits: 2 } : {}),
          },
        ],
        kind: 'deployed',
        sampleSchemaVersion: options.sampleSchemaVersion ?? 2,
      }),
    ];
    /** Messages per second at which a limit breaks: its daily active users × the peak per user. */
    const sendRate = (limit: { breaksAtDailyActiveUsers: number | null } | undefined) =>
      (limit?.breaksAtDailyActiveUsers ?? Number.NaN) * (100 / 86_400);

    it('breaks the index’s write units first: a send of 5 units, 2 of them the index’s, against 10 and 4', () => {
      const cap = capacity();
      const model = projectCapacity(stage(), sends({ split: true }), cap, figures(cap));
      const limit = (id: string) => model.limits.find((l) => l.id === id);
      // Table: 10 units / 3 a send = 3.33 sends/s; index: 4 / 2 = 2 sends/s.
      expect(limit('dynamodb.table.write')).toMatchObject({ capacity: 10 });
      expect(limit('dynamodb.table.write')?.demandAtPeak).toBeCloseTo(300, 6);
      expect(sendRate(limit('dynamodb.table.write'))).toBeCloseTo(10 / 3, 6);
      expect(limit('dynamodb.index.write')).toMatchObject({
        capacity: 4,
        change: 'table.billing.indexWriteUnits (stage small-table)',
      });
      expect(limit('dynamodb.index.write')?.demandAtPeak).toBeCloseTo(200, 6);
      expect(sendRate(limit('dynamodb.index.write'))).toBeCloseTo(2, 6);
      expect(limit('dynamodb.table.read')?.demandAtPeak).toBeCloseTo(100, 6);
      expect(limit('dynamodb.index.read')?.demandAtPeak).toBe(0);
      expect(model.firstBottleneck).toBe('dynamodb.index.write');
      expect(limit('dynamodb.index.write')?.basis).toMatch(/; units per request as measured$/);
      const inputs = model.inputs.filter((i) => i.route === SEND && i.name.startsWith('DynamoDB'));
      expect(inputs.map((i) => [i.name, i.value])).toEqual([
        ['DynamoDB table read units per request', 1],
        ['DynamoDB index read units per request', 0],
        ['DynamoDB table write units per request', 3],
        ['DynamoDB index write units per request', 2],
      ]);
    });

    it('counts a version-1 run’s totals against every bucket, and says so', () => {
      const cap = capacity();
      const model = projectCapacity(
        stage(),
        sends({ split: false, sampleSchemaVersion: 1 }),
        cap,
        figures(cap),
      );
      const limit = (id: string) => model.limits.find((l) => l.id === id);
      // 5 units a send against 10 on the table (2 sends/s) and 4 on the index (0.8 sends/s).
      expect(sendRate(limit('dynamodb.table.write'))).toBeCloseTo(2, 6);
      expect(sendRate(limit('dynamodb.index.write'))).toBeCloseTo(0.8, 6);
      expect(model.firstBottleneck).toBe('dynamodb.index.write');
      expect(limit('dynamodb.table.write')?.basis).toContain(
        'for send_message the runs give totals only, counted here whole: conservative',
      );
      const input = model.inputs.find(
        (i) => i.route === SEND && i.name === 'DynamoDB index write units per request',
      );
      expect(input?.value).toBe(5);
      expect(input?.note).toContain('its sample schema version 1 has totals only; conservative');
    });

    it('keeps the totals against an on-demand table’s quota', () => {
      const cap = capacity();
      const model = projectCapacity(getStage('prod'), sends({ split: true }), cap, figures(cap));
      expect(model.limits.find((l) => l.id === 'dynamodb.table.write')?.demandAtPeak).toBeCloseTo(
        500,
        6,
      );
      expect(model.limits.some((l) => l.id === 'dynamodb.index.write')).toBe(false);
    });

    it('takes the units from a run that splits them over a larger one that does not', () => {
      const runs = [
        ...sends({ split: true }),
        run({
          routes: [{ route: SEND, requests: 1_000, readUnits: 1, writeUnits: 7 }],
          kind: 'deployed',
          sampleSchemaVersion: 1,
          id: 'v1',
        }),
      ];
      const inputs = modelInputs(runs, null);
      expect(inputs.routes.send_message.unitsSplit).toBe(true);
      expect(inputs.routes.send_message.writeUnits.value).toBe(5);
      expect(inputs.routes.send_message.split.table.write.value).toBe(3);
    });
  });

  it('checks SSM only when the stage reads the AI key from SSM, and Cognito sign-ins always', () => {
    const cap = capacity({
      traffic: {
        dailyActiveUsers: 86_400,
        messagesPerUserPerDay: 1,
        peakToAverage: 100,
        signInsPerUserPerDay: 2,
        requestsPerMessage: { get_chats: 0, get_chat: 0 },
      },
    });
    const prod = projectCapacity(getStage('prod'), [], cap, figures(cap));
    const test = projectCapacity(getStage('test'), [], cap, figures(cap));
    expect(prod.limits.some((l) => l.id === 'ssm.getParameter')).toBe(true);
    expect(test.limits.some((l) => l.id === 'ssm.getParameter')).toBe(false);
    const cognito = prod.limits.find((l) => l.id === 'cognito.userAuthentication');
    expect(cognito?.demandAtPeak).toBeCloseTo((2 * 86_400 * 100) / SECONDS_PER_DAY, 6);
    expect(cognito?.capacity).toBe(120);
  });

  it('checks the AI provider’s limits when the capacity file gives them', () => {
    const cap = capacity({
      ai: {
        latencyMs: 3_000,
        requestsPerMinute: 3_000,
        tokensPerMinute: 1_000_000,
        inputTokensPerMessage: 900,
        outputTokensPerMessage: 100,
      },
    });
    const model = projectCapacity(unreserved(getStage('prod')), [], cap, figures(cap));
    expect(model.limits.find((l) => l.id === 'ai.requestsPerMinute')?.utilisation).toBeCloseTo(
      2,
      6,
    );
    // 100 messages/s × 60 × 1,000 tokens = 6M tokens/min against 1M.
    expect(model.limits.find((l) => l.id === 'ai.tokensPerMinute')?.utilisation).toBeCloseTo(6, 6);
    expect(model.firstBottleneck).toBe('ai.tokensPerMinute');
  });

  it('uses the capacity file’s quotas over AWS’s defaults', () => {
    const cap = capacity({ quotas: { lambdaAccountConcurrency: 3_000 } });
    const model = projectCapacity(unreserved(getStage('prod')), [], cap, figures(cap));
    expect(model.limits.find((l) => l.id === 'lambda.account')?.capacity).toBe(3_000);
  });

  it('picks no first bottleneck among limits without a break point', () => {
    expect(firstBottleneck([])).toBeNull();
  });
});
