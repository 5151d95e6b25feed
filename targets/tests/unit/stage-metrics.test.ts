import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { distribution, parseReportLine, summarizeReports } from '../../report-lines.ts';
import { awaitUpdate } from '../../stage-control.ts';
import {
  alignStart,
  apiIdOf,
  isValidPeriod,
  planQueries,
  seriesAnswer,
  wholeWindowPeriod,
} from '../../stage-metrics.ts';
import { STAGE_METRICS_SCHEMA_FILE, stageMetricsJsonSchema } from '../../stage-metrics-schema.ts';
import { STAGE_METRICS_SCHEMA, type StageMetrics } from '../../stage-metrics-types.ts';
import type { Target } from '../../target.ts';

const deployed: Target = {
  kind: 'deployed',
  stage: 'test',
  apiUrl: 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
  region: 'eu-west-1',
  userPoolId: 'eu-west-1_abc',
  userPoolClientId: 'client',
  tableName: 'chats',
  functionNames: { get_chats: 'fn-list', get_chat: 'fn-read', send_message: 'fn-send' },
  mockProviderUrl: null,
};

describe('REPORT lines', () => {
  it('reads every field of a cold start and of a warm one', () => {
    const cold = parseReportLine(
      'REPORT RequestId: 3f1c\tDuration: 395.99 ms\tBilled Duration: 662 ms\tMemory Size: 512 MB\tMax Memory Used: 301 MB\tInit Duration: 265.72 ms\t',
    );
    expect(cold).toEqual({
      requestId: '3f1c',
      durationMs: 395.99,
      billedDurationMs: 662,
      memorySizeMb: 512,
      maxMemoryUsedMb: 301,
      initDurationMs: 265.72,
    });
    const warm = parseReportLine(
      'REPORT RequestId: 9a\tDuration: 12.50 ms\tBilled Duration: 13 ms\tMemory Size: 256 MB',
    );
    expect(warm).toEqual({
      requestId: '9a',
      durationMs: 12.5,
      billedDurationMs: 13,
      memorySizeMb: 256,
    });
  });

  it('ignores other lines and REPORT lines without their required fields', () => {
    expect(parseReportLine('START RequestId: 1 Version: $LATEST')).toBeUndefined();
    expect(parseReportLine('{"message":"REPORT RequestId: 1"}')).toBeUndefined();
    expect(parseReportLine('REPORT RequestId: 1\tDuration: 3 ms')).toBeUndefined();
  });

  it('sums billed time, counts cold starts and keeps the largest memory used', () => {
    const lines = [
      {
        requestId: 'a',
        durationMs: 10,
        billedDurationMs: 300,
        memorySizeMb: 512,
        initDurationMs: 290,
      },
      {
        requestId: 'b',
        durationMs: 20,
        billedDurationMs: 20,
        memorySizeMb: 512,
        maxMemoryUsedMb: 90,
      },
      {
        requestId: 'c',
        durationMs: 30,
        billedDurationMs: 30,
        memorySizeMb: 1024,
        maxMemoryUsedMb: 80,
      },
    ];
    const summary = summarizeReports('/aws/lambda/x', lines, false);
    expect(summary).toMatchObject({
      invocations: 3,
      coldStarts: 1,
      initDurationsMs: [290],
      billedDurationMs: 350,
      memorySizeMb: 1024,
      maxMemoryUsedMb: 90,
    });
    expect(summary.durationMs).toEqual({
      count: 3,
      min: 10,
      mean: 20,
      p50: 20,
      p95: 30,
      p99: 30,
      max: 30,
    });
    expect(summarizeReports('/aws/lambda/x', [], false)).toMatchObject({
      durationMs: null,
      memorySizeMb: null,
      maxMemoryUsedMb: null,
    });
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(distribution(values)).toMatchObject({ p50: 50, p95: 95, p99: 99, max: 100 });
    expect(distribution([])).toBeNull();
  });
});

describe('CloudWatch periods', () => {
  it('accepts the periods CloudWatch accepts', () => {
    expect([1, 5, 10, 20, 30, 60, 120, 3_600].every(isValidPeriod)).toBe(true);
    expect([0, 2, 45, 90, 61.5].some(isValidPeriod)).toBe(false);
  });

  it('rounds a start down to the period, or to the minute for a minute or more', () => {
    const at = Date.UTC(2026, 0, 1, 12, 32, 34, 500);
    expect(new Date(alignStart(at, 1)).toISOString()).toBe('2026-01-01T12:32:34.000Z');
    expect(new Date(alignStart(at, 10)).toISOString()).toBe('2026-01-01T12:32:30.000Z');
    expect(new Date(alignStart(at, 300)).toISOString()).toBe('2026-01-01T12:32:00.000Z');
  });

  it('finds the shortest period whose first period holds the whole window', () => {
    const start = Date.UTC(2026, 0, 1, 12, 0, 12);
    expect(wholeWindowPeriod(start, start + 3_000, 1)).toBe(5);
    expect(wholeWindowPeriod(start, start + 15_000, 1)).toBe(30);
    expect(wholeWindowPeriod(start, start + 40_000, 1)).toBe(60);
    expect(wholeWindowPeriod(start, start + 50_000, 1)).toBe(120);
    expect(wholeWindowPeriod(start, start + 3_000, 60)).toBe(60);
  });
});

describe('a series from CloudWatch’s answers', () => {
  const start = Date.UTC(2026, 0, 1, 12, 0, 0, 400);
  const window = { startMs: start, endMs: start + 90_000, periodSeconds: 60, wholePeriod: 120 };
  const fetched = (values: number[]) => ({
    // CloudWatch answers newest first unless asked otherwise.
    timestamps: values.map((_, i) => new Date(start - 400 + (values.length - 1 - i) * 60_000)),
    values,
  });

  it('adds up Sum and takes the largest Maximum over the points, oldest first', () => {
    const sum = seriesAnswer('Sum', fetched([5, 2]), undefined, window);
    expect(sum).toEqual({
      points: [
        { t: '2026-01-01T12:00:00.000Z', v: 2 },
        { t: '2026-01-01T12:01:00.000Z', v: 5 },
      ],
      total: 7,
      totalCovers: { start: '2026-01-01T12:00:00.000Z', end: '2026-01-01T12:01:30.400Z' },
    });
    expect(seriesAnswer('Maximum', fetched([5, 9]), undefined, window)).toMatchObject({ total: 9 });
  });

  it('takes percentiles and averages of the whole window from their own query', () => {
    expect(seriesAnswer('p95', fetched([40, 10]), fetched([33]), window)).toMatchObject({
      total: 33,
      totalCovers: { start: '2026-01-01T12:00:00.000Z' },
    });
    expect(seriesAnswer('Average', fetched([]), fetched([]), window)).toEqual({
      points: [],
      total: null,
      totalCovers: null,
    });
    expect(
      seriesAnswer(
        'Sum',
        { timestamps: [], values: [], error: 'CloudWatch answered Forbidden' },
        undefined,
        window,
      ),
    ).toEqual({ error: 'CloudWatch answered Forbidden' });
  });
});

describe('the stage metrics plan', () => {
  it('derives a deployed API id from its default endpoint, and none from a custom domain', () => {
    expect(apiIdOf(deployed)).toBe('a1b2c3d4e5');
    expect(apiIdOf({ apiUrl: 'https://chat.example.com' })).toBeNull();
    expect(apiIdOf({ apiUrl: 'http://127.0.0.1:3000', apiId: 'localapi01' })).toBe('localapi01');
  });

  it('asks for every metric with AWS dimensions, and skips API metrics without an API id', () => {
    const { queries, document } = planQueries(deployed, 'a1b2c3d4e5', ['gsi1']);
    expect(document.lambda.get_chat.Duration.p95.dimensions).toEqual({ FunctionName: 'fn-read' });
    expect(document.api.routes.send_message.Count.Sum.dimensions).toEqual({
      ApiId: 'a1b2c3d4e5',
      Stage: '$default',
      Method: 'POST',
      Resource: '/chats/{chatId}/messages',
    });
    expect(document.dynamodb.indexes.gsi1?.ConsumedWriteCapacityUnits.Sum.dimensions).toEqual({
      TableName: 'chats',
      GlobalSecondaryIndexName: 'gsi1',
    });
    expect(document.dynamodb.throttledRequests.Query?.dimensions).toEqual({
      TableName: 'chats',
      Operation: 'Query',
    });
    const paths = queries.map((query) => query.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('api.stage.Latency.p99');
    expect(queries.every((query) => query.skip === undefined)).toBe(true);

    const custom = planQueries({ ...deployed, apiUrl: 'https://chat.example.com' }, null, []);
    const api = custom.queries.filter((query) => query.path.startsWith('api.'));
    expect(api.length).toBeGreaterThan(0);
    expect(api.every((query) => query.skip?.includes('chat.example.com'))).toBe(true);
  });
});

describe('the stage metrics schema', () => {
  it('is the committed file', () => {
    expect(JSON.parse(readFileSync(STAGE_METRICS_SCHEMA_FILE, 'utf8'))).toEqual(
      stageMetricsJsonSchema(),
    );
  });

  it('accepts a document of the planned shape and refuses one with a metric left out', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(stageMetricsJsonSchema());
    const { document } = planQueries(deployed, 'a1b2c3d4e5', ['gsi1']);
    document.lambda.get_chats.Invocations.Sum.points.push({ t: '2026-01-01T00:00:00.000Z', v: 3 });
    document.lambda.get_chats.Invocations.Sum.total = 3;
    const metrics: StageMetrics = {
      schema: STAGE_METRICS_SCHEMA,
      collectedAt: '2026-01-01T00:02:00.000Z',
      window: { start: '2026-01-01T00:00:00.000Z', end: '2026-01-01T00:01:00.000Z' },
      periodSeconds: 60,
      target: {
        kind: 'deployed',
        stage: 'test',
        region: 'eu-west-1',
        apiId: 'a1b2c3d4e5',
        apiStage: '$default',
        tableName: 'chats',
        indexNames: ['gsi1'],
        functionNames: deployed.functionNames,
        logGroups: { get_chats: '/a', get_chat: '/b', send_message: '/c' },
      },
      ...document,
      reports: {
        get_chats: summarizeReports('/a', [], false),
        get_chat: null,
        send_message: null,
      },
      missing: [{ path: 'reports.get_chat', reason: 'AccessDeniedException' }],
    };
    const roundTrip = JSON.parse(JSON.stringify(metrics));
    expect(validate(roundTrip), JSON.stringify(validate.errors)).toBe(true);
    delete roundTrip.lambda.send_message.Throttles;
    expect(validate(roundTrip)).toBe(false);
  });
});

describe('waiting for a configuration update', () => {
  const clock = () => {
    let now = 0;
    return {
      now: () => now,
      sleep: async (ms: number) => {
        now += ms;
      },
    };
  };

  it('polls until the update is Successful', async () => {
    const statuses = ['InProgress', 'InProgress', 'Successful'] as const;
    let reads = 0;
    await awaitUpdate('fn', async () => ({ LastUpdateStatus: statuses[Math.min(reads++, 2)] }), {
      deadline: 60_000,
      ...clock(),
    });
    expect(reads).toBe(3);
  });

  it('fails with Lambda’s reason when the update Failed', async () => {
    await expect(
      awaitUpdate(
        'fn',
        async () => ({
          LastUpdateStatus: 'Failed',
          LastUpdateStatusReasonCode: 'InvalidConfiguration',
          LastUpdateStatusReason: 'bad variables',
        }),
        { deadline: 60_000, ...clock() },
      ),
    ).rejects.toThrow(
      'the configuration update of fn failed (InvalidConfiguration: bad variables)',
    );
  });

  it('gives up when the deadline passes', async () => {
    await expect(
      awaitUpdate('fn', async () => ({ LastUpdateStatus: 'InProgress' }), {
        deadline: 5_000,
        ...clock(),
      }),
    ).rejects.toThrow('the configuration update of fn was still InProgress when the wait ran out');
  });
});
