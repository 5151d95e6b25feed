import { describe, expect, it } from 'vitest';
import { getMetricData, parseGetMetricData, parseStatistic } from '../../cloudwatch.ts';
import { matchesFilter, parseFilterPattern } from '../../filter-pattern.ts';
import { lambdaTimestamp, parseFunctionReference, parseUpdate } from '../../lambda-api.ts';
import { LogStore } from '../../log-store.ts';
import { filterLogEvents } from '../../logs.ts';
import { MetricStore } from '../../metric-store.ts';
import { AwsError, errorResponse } from '../../wire.ts';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);

function thrown(run: () => unknown): AwsError {
  try {
    run();
  } catch (error) {
    if (error instanceof AwsError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('error shapes', () => {
  it('carries a REST-JSON error in x-amzn-errortype with Type and Message', () => {
    const response = errorResponse(
      'rest-json',
      new AwsError('ResourceNotFoundException', 'Function not found: arn', { status: 404 }),
    );
    expect(response.status).toBe(404);
    expect(response.headers['x-amzn-errortype']).toBe('ResourceNotFoundException');
    expect(JSON.parse(response.body)).toEqual({ Type: 'User', Message: 'Function not found: arn' });
  });

  it('carries a JSON 1.0 error with its shape id and its query-era code', () => {
    const response = errorResponse(
      'json-1.0',
      new AwsError('InvalidParameterValueException', 'bad', { queryCode: 'InvalidParameterValue' }),
      'com.amazonaws.cloudwatch',
    );
    expect(response.headers['content-type']).toBe('application/x-amz-json-1.0');
    expect(response.headers['x-amzn-query-error']).toBe('InvalidParameterValue;Sender');
    expect(JSON.parse(response.body)).toEqual({
      __type: 'com.amazonaws.cloudwatch#InvalidParameterValueException',
      message: 'bad',
    });
  });
});

describe('GetMetricData', () => {
  const body = (overrides: Record<string, unknown> = {}, query: Record<string, unknown> = {}) => ({
    StartTime: T0 / 1_000,
    EndTime: T0 / 1_000 + 600,
    MetricDataQueries: [
      {
        Id: 'a',
        MetricStat: {
          Metric: {
            Namespace: 'AWS/Lambda',
            MetricName: 'Invocations',
            Dimensions: [{ Name: 'FunctionName', Value: 'f' }],
          },
          Period: 60,
          Stat: 'Sum',
        },
        ...query,
      },
    ],
    ...overrides,
  });

  it('reads timestamps in epoch seconds, dimensions and the statistic', () => {
    const input = parseGetMetricData(body({ ScanBy: 'TimestampAscending' }));
    expect(input).toMatchObject({ startMs: T0, endMs: T0 + 600_000, ascending: true, skip: 0 });
    expect(input.queries[0]).toMatchObject({
      id: 'a',
      label: 'Invocations',
      dimensions: { FunctionName: 'f' },
      periodSeconds: 60,
      stat: { kind: 'Sum' },
    });
    expect(parseStatistic('p99.9')).toEqual({ kind: 'percentile', p: 99.9 });
  });

  it('refuses what CloudWatch refuses, with its codes', () => {
    expect(thrown(() => parseGetMetricData(body({ StartTime: undefined })))).toMatchObject({
      code: 'MissingRequiredParameterException',
      queryCode: 'MissingParameter',
    });
    const cases = [
      body({ EndTime: T0 / 1_000 }),
      body({}, { Id: 'Upper' }),
      body({}, { MetricStat: { ...body().MetricDataQueries[0]?.MetricStat, Period: 7 } }),
      body({}, { MetricStat: { ...body().MetricDataQueries[0]?.MetricStat, Stat: 'TM(10%:90%)' } }),
      body({}, { Expression: 'SUM(METRICS())' }),
      body({ MetricDataQueries: [body().MetricDataQueries[0], body().MetricDataQueries[0]] }),
      body({ NextToken: 'nonsense' }),
    ];
    for (const input of cases) {
      expect(thrown(() => parseGetMetricData(input))).toMatchObject({
        code: 'InvalidParameterValueException',
        queryCode: 'InvalidParameterValue',
      });
    }
  });

  it('pages data points by MaxDatapoints, newest first unless asked otherwise', () => {
    const store = new MetricStore();
    for (const seconds of [0, 60, 120, 180, 240]) {
      store.put(
        'AWS/Lambda',
        'Invocations',
        [{ FunctionName: 'f' }],
        1,
        'Count',
        T0 + seconds * 1_000,
      );
    }
    const first = getMetricData(store, { ...parseGetMetricData(body({ MaxDatapoints: 3 })) });
    expect(first.MetricDataResults[0]).toMatchObject({
      Timestamps: [T0 / 1_000 + 240, T0 / 1_000 + 180, T0 / 1_000 + 120],
      Values: [1, 1, 1],
      StatusCode: 'PartialData',
    });
    expect(first.NextToken).toBeDefined();
    const second = getMetricData(
      store,
      parseGetMetricData(body({ MaxDatapoints: 3, NextToken: first.NextToken })),
    );
    expect(second.MetricDataResults[0]).toMatchObject({
      Timestamps: [T0 / 1_000 + 60, T0 / 1_000],
      StatusCode: 'Complete',
    });
    expect(second.NextToken).toBeUndefined();
  });

  it('leaves out queries with ReturnData false', () => {
    const store = new MetricStore();
    const output = getMetricData(store, parseGetMetricData(body({}, { ReturnData: false })));
    expect(output.MetricDataResults).toEqual([]);
  });
});

describe('UpdateFunctionConfiguration input', () => {
  it('reads the members the emulator applies', () => {
    expect(
      parseUpdate({
        Environment: { Variables: { A_B: '1' } },
        MemorySize: 256,
        Timeout: 20,
        Description: 'x',
        RevisionId: 'r',
      }),
    ).toEqual({
      variables: { A_B: '1' },
      memoryMb: 256,
      timeoutSeconds: 20,
      description: 'x',
      revisionId: 'r',
    });
    expect(parseUpdate({ Environment: {} })).toEqual({ variables: {} });
  });

  it('refuses values out of Lambda’s ranges with its validation message', () => {
    expect(thrown(() => parseUpdate({ MemorySize: 100 }))).toMatchObject({
      code: 'ValidationException',
      message:
        "1 validation error detected: Value '100' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128",
    });
    expect(thrown(() => parseUpdate({ Timeout: 901 })).code).toBe('ValidationException');
    expect(thrown(() => parseUpdate({ Environment: { Variables: { '1A': 'x' } } })).code).toBe(
      'ValidationException',
    );
  });

  it('refuses reserved variables, more than 4 KB of them, and members it does not apply', () => {
    expect(
      thrown(() => parseUpdate({ Environment: { Variables: { AWS_REGION: 'x' } } })),
    ).toMatchObject({
      code: 'InvalidParameterValueException',
      message: expect.stringContaining('Reserved keys used in this request: AWS_REGION'),
    });
    const big = { Environment: { Variables: { BIG: 'x'.repeat(4_100) } } };
    expect(thrown(() => parseUpdate(big)).message).toContain('exceeded the 4KB limit');
    expect(thrown(() => parseUpdate({ Handler: 'x.y' })).message).toContain(
      'does not change Handler',
    );
  });

  it('names a function by name, partial ARN or ARN, with a qualifier', () => {
    expect(parseFunctionReference('get_chats')).toEqual({ name: 'get_chats' });
    expect(parseFunctionReference('get_chats:$LATEST')).toEqual({
      name: 'get_chats',
      qualifier: '$LATEST',
    });
    expect(parseFunctionReference('000000000000:function:get_chat')).toEqual({
      name: 'get_chat',
      account: '000000000000',
    });
    expect(
      parseFunctionReference('arn:aws:lambda:us-east-1:000000000000:function:send_message:7'),
    ).toEqual({
      name: 'send_message',
      region: 'us-east-1',
      account: '000000000000',
      qualifier: '7',
    });
    expect(parseFunctionReference('no spaces')).toEqual({ name: undefined });
    expect(lambdaTimestamp(new Date(T0))).toBe('2026-01-01T12:00:00.000+0000');
  });
});

describe('filter patterns', () => {
  it('matches all terms, quoted phrases, any of the ?terms and none of the -terms', () => {
    const match = (pattern: string, message: string) =>
      matchesFilter(parseFilterPattern(pattern), message);
    expect(match('', 'anything')).toBe(true);
    expect(match('REPORT', 'REPORT RequestId: 1')).toBe(true);
    expect(match('REPORT', 'report RequestId: 1')).toBe(false);
    expect(match('"REPORT RequestId"', 'REPORT RequestId: 1')).toBe(true);
    expect(match('"REPORT RequestId"', 'RequestId REPORT')).toBe(false);
    expect(match('ERROR timeout', 'ERROR: a timeout')).toBe(true);
    expect(match('ERROR timeout', 'ERROR: refused')).toBe(false);
    expect(match('?ERROR ?WARN', 'WARN slow')).toBe(true);
    expect(match('?ERROR ?WARN', 'INFO ok')).toBe(false);
    expect(match('REPORT -Init', 'REPORT RequestId: 1\tInit Duration: 3 ms')).toBe(false);
  });

  it('refuses the patterns it does not model', () => {
    expect(() => parseFilterPattern('{ $.level = "error" }')).toThrow(/term filter patterns only/);
    expect(() => parseFilterPattern('[ip, user]')).toThrow(/term filter patterns only/);
    expect(() => parseFilterPattern('%ERR.*%')).toThrow(/term filter patterns only/);
    expect(() => parseFilterPattern('"unbalanced')).toThrow(/unbalanced quote/);
  });
});

describe('FilterLogEvents', () => {
  const line = (environmentId: string, text: string) => ({
    functionName: 'f',
    environmentId,
    stream: 'stdout' as const,
    text,
  });

  it('answers a window oldest first, page by page, with Lambda’s stream names', () => {
    let now = T0;
    const store = new LogStore({ now: () => now });
    store.append(line('e1', 'START'));
    now += 1_000;
    store.append(line('e1', 'REPORT RequestId: 1'));
    now += 1_000;
    store.append(line('e2', 'REPORT RequestId: 2'));
    now += 1_000;
    store.append(line('e2', 'REPORT RequestId: 3'));
    const ask = (extra: Record<string, unknown>) =>
      filterLogEvents(store, { logGroupName: '/aws/lambda/f', filterPattern: 'REPORT', ...extra });

    const first = ask({ limit: 2 });
    expect(first.events.map((event) => event.message)).toEqual([
      'REPORT RequestId: 1',
      'REPORT RequestId: 2',
    ]);
    expect(first.events[0]?.logStreamName).toBe('2026/01/01/[$LATEST]e1');
    expect(first.nextToken).toBeDefined();
    const second = ask({ limit: 2, nextToken: first.nextToken });
    expect(second.events.map((event) => event.message)).toEqual(['REPORT RequestId: 3']);
    expect(second.nextToken).toBeUndefined();
    expect(ask({ startTime: T0 + 2_000, endTime: T0 + 2_000 }).events).toHaveLength(1);
    expect(ask({ logStreamNamePrefix: '2026/01/01/[$LATEST]e2' }).events).toHaveLength(2);
    expect(
      filterLogEvents(store, {
        logGroupIdentifier: 'arn:aws:logs:us-east-1:000000000000:log-group:/aws/lambda/f:*',
      }).events,
    ).toHaveLength(4);
  });

  it('refuses unknown groups and bad parameters with CloudWatch Logs’ errors', () => {
    const store = new LogStore();
    store.createGroup('/aws/lambda/f');
    expect(thrown(() => filterLogEvents(store, { logGroupName: '/aws/lambda/g' }))).toMatchObject({
      code: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
    });
    for (const input of [
      {},
      { logGroupName: '/aws/lambda/f', logGroupIdentifier: '/aws/lambda/f' },
      { logGroupName: '/aws/lambda/f', limit: 10_001 },
      { logGroupName: '/aws/lambda/f', filterPattern: '{ $.a = 1 }' },
      { logGroupName: '/aws/lambda/f', nextToken: 'x' },
    ]) {
      expect(thrown(() => filterLogEvents(store, input)).code).toBe('InvalidParameterException');
    }
  });
});
