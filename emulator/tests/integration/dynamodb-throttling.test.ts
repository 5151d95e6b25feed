/**
 * A sends-only arrival-rate run through the emulator's gateway against the
 * `small-table` stage (a provisioned table of 10 write units): once the
 * burst allowance is spent DynamoDB throttles, the SDK retries, the backend
 * answers 503 STORE_THROTTLED, and an audit of the table afterwards finds no
 * message lost or duplicated. Bounded: 12 sends of about 7 KB at 4 a second
 * (about 36 write units a second against 10).
 */
import { DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatPartition } from '#backend';
import type { ErrorResponse, SendMessageResponse } from '#contracts';
import { getStage, type StageConfig } from '#stages';
import { collectStageMetrics, subOf } from '#targets';
import { type Emulator, startEmulator } from '../../emulator.ts';
import { type HttpResult, logIn, request } from '../support.ts';

const SENDS = 12;
const INTERVAL_MS = 250;
/** About 7 KB a message: a send then costs about 9 write units on the table. */
const PADDING = 'x'.repeat(7_000);

let emulator: Emulator;
let token: string;

beforeAll(async () => {
  const smallTable = getStage('small-table');
  const stage: StageConfig = {
    ...smallTable,
    // One second of burst instead of the stage's 30, so a short run spends it.
    table: { ...smallTable.table, emulation: { ...smallTable.table.emulation, burstSeconds: 1 } },
  };
  emulator = await startEmulator({
    stage,
    workDir: '.loopgauge/test-throttling',
    functionLogs: 'silent',
    indexPropagationMs: 0,
  });
  token = await logIn(emulator, 'throttle-user');
}, 60_000);
afterAll(async () => {
  await emulator?.close();
});

interface Sent {
  chatId: string;
  messageId: string;
  content: string;
  first: HttpResult<SendMessageResponse & ErrorResponse>;
}

function send(chatId: string, messageId: string, content: string) {
  return request<SendMessageResponse & ErrorResponse>(
    `${emulator.apiUrl}/chats/${chatId}/messages`,
    { method: 'POST', token, body: { messageId, content } },
  );
}

describe('a provisioned table of 10 write units under a sends-only arrival-rate run', () => {
  it('throttles once the burst is spent, answers STORE_THROTTLED, and loses or duplicates nothing', async () => {
    const startedAt = new Date();
    // Arrivals at a fixed rate, each a new chat, whether or not earlier sends have answered.
    const pending: Array<Promise<Sent>> = [];
    for (let n = 0; n < SENDS; n++) {
      const chatId = ulid();
      const messageId = ulid();
      const content = `arrival ${n} ${PADDING}`;
      pending.push(
        send(chatId, messageId, content).then((first) => ({ chatId, messageId, content, first })),
      );
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
    }
    const sent = await Promise.all(pending);

    const statuses = sent.map(({ first }) => first.status);
    const throttled = sent.filter(({ first }) => first.status === 503);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    // Some sends fit the units and the burst allowance; the rest are throttled.
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(0);
    expect(throttled.length).toBeGreaterThan(0);
    for (const { first } of throttled) {
      expect(first.json).toEqual({
        error: { code: 'STORE_THROTTLED', message: expect.any(String), retryable: true },
        requestId: expect.any(String),
      });
    }
    const table = emulator.dynamodb?.metrics()[emulator.tableName];
    expect(table?.WriteThrottleEvents).toBeGreaterThan(0);
    // CloudWatch, as the harness reads it, counts the same events.
    const cloudWatch = await collectStageMetrics(emulator, { start: startedAt, end: new Date() });
    expect(cloudWatch.dynamodb.table.WriteThrottleEvents.Sum.total).toBe(
      table?.WriteThrottleEvents,
    );
    const throttledWrites = ['PutItem', 'UpdateItem'] as const;
    expect(
      throttledWrites.reduce(
        (sum, operation) => sum + (cloudWatch.dynamodb.throttledRequests[operation]?.total ?? 0),
        0,
      ),
    ).toBeGreaterThan(0);
    // Throttled sends went through the SDK's own retries first.
    const retried = throttled.filter((item) =>
      /retries=[1-9]/.test(item.first.headers.get('x-loopgauge-ddb') ?? ''),
    );
    expect(retried.length).toBeGreaterThan(0);

    // Clients retry what failed, with the same messageId, until it is stored.
    const replies = new Map<string, string>();
    for (const item of sent) {
      let result = item.first;
      for (let attempt = 0; result.status !== 200 && attempt < 20; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        result = await send(item.chatId, item.messageId, item.content);
      }
      expect(result.status).toBe(200);
      if (item.first.status === 200) {
        expect(result.json.assistantMessage).toEqual(item.first.json.assistantMessage);
      }
      replies.set(item.messageId, result.json.assistantMessage.content);
    }

    // The audit: every chat holds exactly its user message and one reply.
    const client = new DynamoDBClient({
      endpoint: emulator.endpoints.dynamodb,
      region: emulator.region,
      credentials: emulator.credentials,
    });
    const sub = subOf(token);
    try {
      for (const item of sent) {
        const output = await client.send(
          new QueryCommand({
            TableName: emulator.tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :msg)',
            ExpressionAttributeValues: {
              ':pk': { S: chatPartition(sub, item.chatId) },
              ':msg': { S: 'MSG#' },
            },
            ConsistentRead: true,
          }),
        );
        const messages = (output.Items ?? []).map((stored) => ({
          sk: stored.sk?.S,
          content: stored.content?.S,
        }));
        expect(messages).toEqual([
          { sk: `MSG#${item.messageId}`, content: item.content },
          { sk: `MSG#${item.messageId}#A`, content: replies.get(item.messageId) },
        ]);
      }
    } finally {
      client.destroy();
    }
  }, 120_000);
});
