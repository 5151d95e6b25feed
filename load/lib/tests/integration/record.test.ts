/**
 * The recording of telemetry headers into the sample schema, through the
 * built-in engine (k6's runtime for `lib/record.ts`) against a server on
 * 127.0.0.1 that answers with the backend's headers.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDynamoDbUsage, TELEMETRY_HEADERS } from '#contracts';
import { runTest, SAMPLE_METRICS } from '#load';

const SCRIPT = new URL('../fixtures/record.k6.ts', import.meta.url).pathname;

const HEADERS: Record<string, Record<string, string>> = {
  '/split': {
    [TELEMETRY_HEADERS.coldStart]: '0',
    [TELEMETRY_HEADERS.dynamodb]: formatDynamoDbUsage({
      rcu: 1.5,
      wcu: 5,
      idxRcu: 0.5,
      idxWcu: 2,
      retries: 0,
    }),
  },
  '/totals': {
    [TELEMETRY_HEADERS.coldStart]: '0',
    [TELEMETRY_HEADERS.dynamodb]: formatDynamoDbUsage({ rcu: 1, wcu: 3, retries: 0 }),
  },
  '/bare': {},
};

interface Point {
  metric: string;
  type: string;
  data: { value: number; tags: Record<string, string> };
}

let server: Server;
let dir: string;
let points: Point[];

beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', ...HEADERS[req.url ?? ''] });
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  dir = await mkdtemp(join(tmpdir(), 'loopgauge-record-'));
  const samples = join(dir, 'samples.ndjson');
  const result = await runTest({
    scriptPath: SCRIPT,
    env: { BASE: `http://127.0.0.1:${port}` },
    includeSystemEnv: false,
    jsonOut: samples,
    quiet: true,
    stdout: () => {},
    logger: { log: () => {} },
  });
  expect(result.exitCode).toBe(0);
  points = readFileSync(samples, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{"metric"'))
    .map((line) => JSON.parse(line) as Point);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

/** `route → value` of one metric's samples. */
function values(metric: { name: string }): Record<string, number> {
  return Object.fromEntries(
    points.filter((p) => p.metric === metric.name).map((p) => [p.data.tags.route, p.data.value]),
  );
}

describe('recording DynamoDB units into the sample stream', () => {
  it('records the totals of every response that reports them', () => {
    expect(values(SAMPLE_METRICS.dynamodbReadUnits)).toEqual({
      'GET /split': 1.5,
      'GET /totals': 1,
    });
    expect(values(SAMPLE_METRICS.dynamodbWriteUnits)).toEqual({
      'GET /split': 5,
      'GET /totals': 3,
    });
  });

  it('records the index’s share only when the header carries it', () => {
    expect(values(SAMPLE_METRICS.dynamodbIndexReadUnits)).toEqual({ 'GET /split': 0.5 });
    expect(values(SAMPLE_METRICS.dynamodbIndexWriteUnits)).toEqual({ 'GET /split': 2 });
  });
});
