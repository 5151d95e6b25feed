import { describe, expect, it } from 'vitest';
import type { DynamoDbActivity } from '../../../dynamodb/activity.ts';
import type { Invocation } from '../../../lambda/index.ts';
import { type MetricQuery, MetricStore } from '../../metric-store.ts';
import { StageMetricsRecorder } from '../../recorders.ts';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const at = (seconds: number) => T0 + seconds * 1_000;

function query(store: MetricStore, overrides: Partial<MetricQuery>) {
  return store.query({
    namespace: 'AWS/Lambda',
    metricName: 'Duration',
    dimensions: { FunctionName: 'f' },
    stat: { kind: 'Sum' },
    periodSeconds: 1,
    startMs: at(0),
    endMs: at(120),
    ...overrides,
  });
}

describe('the metric store', () => {
  const store = new MetricStore();
  const put = (seconds: number, value: number) =>
    store.put(
      'AWS/Lambda',
      'Duration',
      [{ FunctionName: 'f' }, {}],
      value,
      'Milliseconds',
      at(seconds),
    );
  for (const [seconds, value] of [
    [1, 10],
    [1, 30],
    [2, 20],
    [7, 100],
    [65, 1],
  ] as const) {
    put(seconds, value);
  }

  it('answers per-second points for each second with data, and nothing for the others', () => {
    const answer = query(store, {});
    expect(answer.timestamps).toEqual([at(1), at(2), at(7), at(65)]);
    expect(answer.values).toEqual([40, 20, 100, 1]);
  });

  it('aggregates each statistic over a period', () => {
    const stat = (kind: 'Sum' | 'Average' | 'Minimum' | 'Maximum' | 'SampleCount') =>
      query(store, { periodSeconds: 5, stat: { kind } }).values;
    expect(stat('Sum')).toEqual([60, 100, 1]);
    expect(stat('SampleCount')).toEqual([3, 1, 1]);
    expect(stat('Average')).toEqual([20, 100, 1]);
    expect(stat('Minimum')).toEqual([10, 100, 1]);
    expect(stat('Maximum')).toEqual([30, 100, 1]);
    expect(query(store, { periodSeconds: 60 }).timestamps).toEqual([at(0), at(60)]);
  });

  it('takes nearest-rank percentiles of the values', () => {
    const p = (value: number) =>
      query(store, { periodSeconds: 60, stat: { kind: 'percentile', p: value } }).values[0];
    expect(p(50)).toBe(20);
    expect(p(75)).toBe(30);
    expect(p(99)).toBe(100);
  });

  it('rounds the start down as CloudWatch does and excludes the end', () => {
    expect(query(store, { startMs: at(1.5), endMs: at(7) }).timestamps).toEqual([at(1), at(2)]);
    expect(query(store, { periodSeconds: 60, startMs: at(30), endMs: at(66) }).values).toEqual([
      160, 1,
    ]);
  });

  it('matches dimensions exactly and refuses a unit the metric is not in', () => {
    expect(query(store, { dimensions: {} }).values).toEqual([40, 20, 100, 1]);
    expect(query(store, { dimensions: { FunctionName: 'g' } }).values).toEqual([]);
    expect(query(store, { dimensions: { FunctionName: 'f', Resource: 'f' } }).values).toEqual([]);
    expect(query(store, { unit: 'Seconds' }).values).toEqual([]);
    expect(query(store, { unit: 'Milliseconds' }).values).toHaveLength(4);
  });

  it('keeps a bounded sample of a busy second', () => {
    const busy = new MetricStore({ maxValuesPerSecond: 10 });
    for (let i = 1; i <= 1_000; i++) {
      busy.put('AWS/Lambda', 'Duration', [{}], i, 'Milliseconds', at(0));
    }
    const ask = (kind: 'SampleCount' | 'Sum') =>
      busy.query({
        namespace: 'AWS/Lambda',
        metricName: 'Duration',
        dimensions: {},
        stat: { kind },
        periodSeconds: 1,
        startMs: at(0),
        endMs: at(1),
      }).values[0];
    expect(ask('SampleCount')).toBe(1_000);
    expect(ask('Sum')).toBe(500_500);
  });
});

describe('the stage metrics recorder', () => {
  const sum = (store: MetricStore, namespace: string, metricName: string, dimensions = {}) =>
    store
      .query({
        namespace,
        metricName,
        dimensions,
        stat: { kind: 'Sum' },
        periodSeconds: 3_600,
        startMs: 0,
        endMs: Date.now() + 60_000,
      })
      .values.reduce((total, value) => total + value, 0);

  it('records gateway answers per API, stage and route, with 4xx and 5xx as 0 or 1', () => {
    const store = new MetricStore();
    const recorder = new StageMetricsRecorder(store, { apiId: 'abc', stage: '$default' });
    const answer = { receivedAt: Date.now(), latencyMs: 5, headers: {} };
    recorder.recordApiResponse({
      ...answer,
      routeKey: 'GET /chats',
      status: 200,
      integrationLatencyMs: 3,
    });
    recorder.recordApiResponse({ ...answer, routeKey: 'GET /chats', status: 429 });
    recorder.recordApiResponse({ ...answer, routeKey: null, status: 404 });
    recorder.recordApiResponse({
      ...answer,
      routeKey: 'GET /chats',
      status: 500,
      integrationLatencyMs: 9,
    });
    const route = { ApiId: 'abc', Stage: '$default', Method: 'GET', Resource: '/chats' };
    expect(sum(store, 'AWS/ApiGateway', 'Count', { ApiId: 'abc' })).toBe(4);
    expect(sum(store, 'AWS/ApiGateway', 'Count', { ApiId: 'abc', Stage: '$default' })).toBe(4);
    expect(sum(store, 'AWS/ApiGateway', 'Count', route)).toBe(3);
    expect(sum(store, 'AWS/ApiGateway', '4xx', route)).toBe(1);
    expect(sum(store, 'AWS/ApiGateway', '5xx', route)).toBe(1);
    expect(sum(store, 'AWS/ApiGateway', 'IntegrationLatency', route)).toBe(12);
  });

  it('records invocations, errors, throttles, duration and concurrency as Lambda does', async () => {
    const store = new MetricStore();
    const recorder = new StageMetricsRecorder(store, { apiId: 'abc', stage: '$default' });
    const outcomes: Invocation[] = [
      { kind: 'result', payload: {}, environmentId: 'e', coldStart: true, durationMs: 7 },
      { kind: 'throttled', reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' },
      {
        kind: 'error',
        errorType: 'Error',
        errorMessage: 'boom',
        phase: 'invoke',
        environmentId: 'e',
        coldStart: false,
      },
    ];
    let next = 0;
    const invoke = recorder.instrument(
      async () => outcomes[next++] as Invocation,
      () => ({ get_chats: 2, get_chat: 1, send_message: 0 }),
    );
    for (let i = 0; i < outcomes.length; i++) await invoke('get_chats', {});
    const fn = { FunctionName: 'get_chats' };
    expect(sum(store, 'AWS/Lambda', 'Invocations', fn)).toBe(2);
    expect(sum(store, 'AWS/Lambda', 'Errors', fn)).toBe(1);
    expect(sum(store, 'AWS/Lambda', 'Throttles', fn)).toBe(1);
    expect(sum(store, 'AWS/Lambda', 'Duration', fn)).toBe(7);
    expect(sum(store, 'AWS/Lambda', 'Invocations')).toBe(2);
    const peak = (dimensions: Record<string, string>) =>
      store.query({
        namespace: 'AWS/Lambda',
        metricName: 'ConcurrentExecutions',
        dimensions,
        stat: { kind: 'Maximum' },
        periodSeconds: 3_600,
        startMs: 0,
        endMs: Date.now() + 60_000,
      }).values[0];
    expect(peak(fn)).toBe(2);
    expect(peak({})).toBe(3);
  });

  it('records DynamoDB units per table and index, and throttles per operation', () => {
    const store = new MetricStore();
    const recorder = new StageMetricsRecorder(store, { apiId: 'abc', stage: '$default' });
    const activity: DynamoDbActivity = {
      tableName: 't',
      operation: 'UpdateItem',
      readUnits: 0,
      writeUnits: 3,
      indexes: { gsi1: { readUnits: 0, writeUnits: 1 } },
      throttled: {
        request: true,
        table: { readEvents: 0, writeEvents: 1 },
        indexes: { gsi1: { readEvents: 0, writeEvents: 1 } },
      },
    };
    recorder.recordDynamoDbActivity(activity);
    recorder.recordDynamoDbActivity({ tableName: 't', readUnits: 2.5, writeUnits: 0 });
    expect(sum(store, 'AWS/DynamoDB', 'ConsumedWriteCapacityUnits', { TableName: 't' })).toBe(3);
    expect(sum(store, 'AWS/DynamoDB', 'ConsumedReadCapacityUnits', { TableName: 't' })).toBe(2.5);
    const index = { TableName: 't', GlobalSecondaryIndexName: 'gsi1' };
    expect(sum(store, 'AWS/DynamoDB', 'ConsumedWriteCapacityUnits', index)).toBe(1);
    expect(sum(store, 'AWS/DynamoDB', 'WriteThrottleEvents', index)).toBe(1);
    expect(sum(store, 'AWS/DynamoDB', 'WriteThrottleEvents', { TableName: 't' })).toBe(1);
    expect(
      sum(store, 'AWS/DynamoDB', 'ThrottledRequests', { TableName: 't', Operation: 'UpdateItem' }),
    ).toBe(1);
  });
});
