/**
 * The emulator's Lambda, CloudWatch and CloudWatch Logs APIs through the
 * official SDK v3 clients, configured from the target file as any tool is.
 */
import {
  CloudWatchClient,
  GetMetricDataCommand,
  InvalidParameterValueException,
  ListMetricsCommand,
} from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  FilterLogEventsCommand,
  InvalidParameterException,
  ResourceNotFoundException as LogsResourceNotFoundException,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  LambdaClient,
  InvalidParameterValueException as LambdaInvalidParameterValueException,
  ResourceNotFoundException,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientConfig, readTarget, type Target } from '#targets';
import { type Emulator, startEmulator } from '../../../emulator.ts';
import { logIn, request } from '../../../tests/support.ts';

let emulator: Emulator;
let target: Target;
let token: string;
let lambda: LambdaClient;
let cloudwatch: CloudWatchClient;
let logs: CloudWatchLogsClient;

beforeAll(async () => {
  emulator = await startEmulator({ workDir: '.loopgauge/test-aws-apis', functionLogs: 'silent' });
  target = await readTarget(emulator.targetFile);
  token = await logIn(emulator, 'aws-apis-user');
  lambda = new LambdaClient({ ...clientConfig(target, 'lambda'), maxAttempts: 1 });
  cloudwatch = new CloudWatchClient({ ...clientConfig(target, 'cloudwatch'), maxAttempts: 1 });
  logs = new CloudWatchLogsClient({ ...clientConfig(target, 'logs'), maxAttempts: 1 });
}, 60_000);
afterAll(async () => {
  for (const client of [lambda, cloudwatch, logs]) client?.destroy();
  await emulator?.close();
});

async function settled(functionName: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const configuration = await lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: functionName }),
    );
    if (configuration.LastUpdateStatus !== 'InProgress') return configuration;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${functionName} stayed InProgress`);
}

async function reportLines(functionName: string, startTime: number) {
  const output = await logs.send(
    new FilterLogEventsCommand({
      logGroupName: `/aws/lambda/${functionName}`,
      startTime,
      filterPattern: '"REPORT RequestId"',
    }),
  );
  return (output.events ?? []).map((event) => event.message ?? '');
}

describe('the Lambda API', () => {
  it('describes a function as GetFunctionConfiguration does, without the runtime’s variables', async () => {
    const configuration = await lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: target.functionNames.get_chat }),
    );
    expect(configuration).toMatchObject({
      FunctionName: 'get_chat',
      FunctionArn: `arn:aws:lambda:${target.region}:000000000000:function:get_chat`,
      Handler: 'index.handler',
      State: 'Active',
      LastUpdateStatus: 'Successful',
      PackageType: 'Zip',
      LoggingConfig: { LogFormat: 'Text', LogGroup: '/aws/lambda/get_chat' },
    });
    expect(configuration.MemorySize).toBeGreaterThanOrEqual(128);
    expect(configuration.Environment?.Variables?.TABLE_NAME).toBe(target.tableName);
    expect(configuration.Environment?.Variables).not.toHaveProperty('AWS_REGION');
    expect(configuration.CodeSha256).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const byArn = await lambda.send(
      new GetFunctionCommand({ FunctionName: configuration.FunctionArn }),
    );
    expect(byArn.Configuration?.RevisionId).toBe(configuration.RevisionId);
  });

  it('applies an update to the next environments: a cold start with the new memory size', async () => {
    const warmUp = await request(`${target.apiUrl}/chats`, { token });
    expect(warmUp.status).toBe(200);
    const before = await lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: 'get_chats' }),
    );
    const updated = await lambda.send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: 'get_chats',
        MemorySize: 256,
        Environment: { Variables: { ...before.Environment?.Variables, MARKER: 'one' } },
        RevisionId: before.RevisionId,
      }),
    );
    expect(updated.LastUpdateStatus).toBe('InProgress');
    expect(updated.RevisionId).not.toBe(before.RevisionId);
    const after = await settled('get_chats');
    expect(after).toMatchObject({ LastUpdateStatus: 'Successful', MemorySize: 256 });
    expect(after.Environment?.Variables?.MARKER).toBe('one');

    const startTime = Date.now();
    const next = await request(`${target.apiUrl}/chats`, { token });
    expect(next.headers.get('x-loopgauge-cold-start')).toBe('1');
    const lines = await reportLines('get_chats', startTime);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\tMemory Size: 256 MB\t/);
    expect(lines[0]).toMatch(/\tInit Duration: \d+\.\d{2} ms$/);
  });

  it('answers AWS’s errors for an unknown function and for bad parameters', async () => {
    const missing = await lambda
      .send(new GetFunctionConfigurationCommand({ FunctionName: 'no_such_function' }))
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
    expect((missing as ResourceNotFoundException).message).toBe(
      `Function not found: arn:aws:lambda:${target.region}:000000000000:function:no_such_function`,
    );
    expect((missing as ResourceNotFoundException).$metadata.httpStatusCode).toBe(404);

    const reserved = await lambda
      .send(
        new UpdateFunctionConfigurationCommand({
          FunctionName: 'get_chat',
          Environment: { Variables: { AWS_REGION: 'eu-west-1' } },
        }),
      )
      .catch((error: unknown) => error);
    expect(reserved).toBeInstanceOf(LambdaInvalidParameterValueException);

    const tooSmall = await lambda
      .send(new UpdateFunctionConfigurationCommand({ FunctionName: 'get_chat', MemorySize: 64 }))
      .catch((error: unknown) => error as Error);
    expect((tooSmall as Error).name).toBe('ValidationException');
    expect((tooSmall as Error).message).toContain("at 'memorySize'");
  });
});

describe('CloudWatch GetMetricData', () => {
  it('answers the metrics of requests made, per function and per route', async () => {
    // Per-second data: start on a second of its own, after the earlier tests' requests
    // (a timer may fire a little early, so wait until the clock has moved on).
    const second = Math.floor(Date.now() / 1_000);
    while (Math.floor(Date.now() / 1_000) === second) {
      await new Promise((resolve) => setTimeout(resolve, 1_001 - (Date.now() % 1_000)));
    }
    const startTime = new Date();
    for (let i = 0; i < 3; i++) await request(`${target.apiUrl}/chats`, { token });
    await request(`${target.apiUrl}/chats`);
    const metric = (namespace: string, name: string, dimensions: Record<string, string>) => ({
      Namespace: namespace,
      MetricName: name,
      Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })),
    });
    const route = {
      ApiId: target.apiId ?? '',
      Stage: '$default',
      Method: 'GET',
      Resource: '/chats',
    };
    const output = await cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: startTime,
        EndTime: new Date(Date.now() + 1_000),
        MetricDataQueries: [
          {
            Id: 'count',
            MetricStat: {
              Metric: metric('AWS/ApiGateway', 'Count', route),
              Period: 1,
              Stat: 'Sum',
            },
          },
          {
            Id: 'client',
            MetricStat: {
              Metric: metric('AWS/ApiGateway', '4xx', route),
              Period: 1,
              Stat: 'Sum',
            },
          },
          {
            Id: 'invocations',
            MetricStat: {
              Metric: metric('AWS/Lambda', 'Invocations', { FunctionName: 'get_chats' }),
              Period: 1,
              Stat: 'Sum',
            },
          },
          {
            Id: 'latency',
            MetricStat: {
              Metric: metric('AWS/ApiGateway', 'Latency', route),
              Period: 3_600,
              Stat: 'p99',
            },
            Label: 'route latency',
          },
        ],
      }),
    );
    const results = Object.fromEntries(
      (output.MetricDataResults ?? []).map((result) => [result.Id, result]),
    );
    const total = (values: number[] = []) => values.reduce((sum, value) => sum + value, 0);
    expect(total(results.count?.Values)).toBe(4);
    expect(total(results.client?.Values)).toBe(1);
    expect(total(results.invocations?.Values)).toBe(3);
    expect(results.latency?.Label).toBe('route latency');
    expect(results.latency?.Values?.[0]).toBeGreaterThan(0);
    expect(results.count?.Timestamps?.[0]).toBeInstanceOf(Date);
    expect(results.count?.StatusCode).toBe('Complete');
  });

  it('answers InvalidParameterValue for a bad period and for an unsupported operation', async () => {
    const badPeriod = await cloudwatch
      .send(
        new GetMetricDataCommand({
          StartTime: new Date(Date.now() - 60_000),
          EndTime: new Date(),
          MetricDataQueries: [
            {
              Id: 'a',
              MetricStat: {
                Metric: { Namespace: 'AWS/Lambda', MetricName: 'Invocations' },
                Period: 7,
                Stat: 'Sum',
              },
            },
          ],
        }),
      )
      .catch((error: unknown) => error);
    expect(badPeriod).toBeInstanceOf(InvalidParameterValueException);
    expect((badPeriod as InvalidParameterValueException).$metadata.httpStatusCode).toBe(400);

    const unknown = await cloudwatch
      .send(new ListMetricsCommand({}))
      .catch((error: unknown) => error);
    expect((unknown as Error).message).toContain('answers GetMetricData only');
  });
});

describe('CloudWatch Logs FilterLogEvents', () => {
  it('pages through the functions’ lines with nextToken', async () => {
    const startTime = Date.now();
    for (let i = 0; i < 3; i++)
      await request(`${target.apiUrl}/chats/${'0'.repeat(26)}`, { token });
    const seen: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const page = await logs.send(
        new FilterLogEventsCommand({
          logGroupName: '/aws/lambda/get_chat',
          startTime,
          filterPattern: 'REPORT',
          limit: 2,
          ...(nextToken ? { nextToken } : {}),
        }),
      );
      seen.push(...(page.events ?? []).map((event) => event.message ?? ''));
      nextToken = page.nextToken;
      pages += 1;
    } while (nextToken && pages < 10);
    expect(pages).toBe(2);
    expect(seen).toHaveLength(3);
    expect(seen.every((line) => line.startsWith('REPORT RequestId: '))).toBe(true);
  });

  it('answers ResourceNotFoundException for an unknown group and InvalidParameterException for a pattern it does not model', async () => {
    const missing = await logs
      .send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/nothing' }))
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(LogsResourceNotFoundException);
    const pattern = await logs
      .send(
        new FilterLogEventsCommand({
          logGroupName: '/aws/lambda/get_chat',
          filterPattern: '{ $.level = "ERROR" }',
        }),
      )
      .catch((error: unknown) => error);
    expect(pattern).toBeInstanceOf(InvalidParameterException);
  });
});
