import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatTable, type DynamoDbServer, LOCAL_CREDENTIALS, startDynamoDb } from '#emulator';
import { RequestMeter } from '../../commons/meter.ts';
import {
  ChatStore,
  countedOnChat,
  createDocumentClient,
  type TurnCount,
} from '../../commons/store.ts';
import { nextId } from '../support/ids.ts';

let dynamodb: DynamoDbServer;
let store: ChatStore;

beforeAll(async () => {
  dynamodb = await startDynamoDb();
  await createChatTable(dynamodb.endpoint, 'store-test');
  process.env.AWS_ACCESS_KEY_ID ??= LOCAL_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY ??= LOCAL_CREDENTIALS.secretAccessKey;
  store = new ChatStore(
    createDocumentClient({
      tableName: 'store-test',
      endpoint: dynamodb.endpoint,
      region: 'us-east-1',
    }),
    'store-test',
  );
});
afterAll(async () => {
  await dynamodb?.close();
});

const turn = (messageId: string, change: Partial<TurnCount> = {}): TurnCount => ({
  messageId,
  from: 0,
  to: 2,
  seen: undefined,
  settled: [],
  now: '2026-01-01T00:00:01.000Z',
  createdAt: '2026-01-01T00:00:00.500Z',
  title: 'a title',
  ...change,
});

describe('ChatStore.countTurn', () => {
  it('creates the chat on its first turn and keeps its title and creation time after', async () => {
    const chatId = nextId();
    const first = await store.countTurn(new RequestMeter(), 'u', chatId, turn(nextId()));
    const second = await store.countTurn(
      new RequestMeter(),
      'u',
      chatId,
      turn(nextId(), { now: '2026-01-01T00:00:02.000Z', title: 'second title' }),
    );
    expect(first).toMatchObject({ chatId, title: 'a title', messageCount: 2 });
    expect(second).toMatchObject({
      title: 'a title',
      createdAt: '2026-01-01T00:00:00.500Z',
      updatedAt: '2026-01-01T00:00:02.000Z',
      gsi1sk: `2026-01-01T00:00:02.000Z#${chatId}`,
      messageCount: 4,
    });
  });

  it('never moves activity backwards: a late turn only counts', async () => {
    const chatId = nextId();
    await store.countTurn(
      new RequestMeter(),
      'u',
      chatId,
      turn(nextId(), { now: '2026-01-01T00:00:05.000Z' }),
    );

    const late = await store.countTurn(
      new RequestMeter(),
      'u',
      chatId,
      turn(nextId(), { now: '2026-01-01T00:00:04.000Z' }),
    );

    expect(late).toMatchObject({
      updatedAt: '2026-01-01T00:00:05.000Z',
      gsi1sk: `2026-01-01T00:00:05.000Z#${chatId}`,
      messageCount: 4,
    });
  });

  it('counts a turn once: a repeat of the same change is refused', async () => {
    const chatId = nextId();
    const messageId = nextId();
    await store.countTurn(new RequestMeter(), 'u', chatId, turn(messageId, { to: 1 }));

    const again = await store.countTurn(
      new RequestMeter(),
      'u',
      chatId,
      turn(messageId, { to: 1 }),
    );
    const rest = await store.countTurn(
      new RequestMeter(),
      'u',
      chatId,
      turn(messageId, { from: 1, to: 2, seen: 1, now: '2026-01-01T00:00:03.000Z' }),
    );
    const stale = await store.countTurn(
      new RequestMeter(),
      'u',
      chatId,
      turn(messageId, { from: 1, to: 2, seen: 1, now: '2026-01-01T00:00:04.000Z' }),
    );

    expect(again).toBeUndefined();
    expect(rest?.messageCount).toBe(2);
    expect(stale).toBeUndefined();
    expect(countedOnChat(rest, messageId)).toBe(2);
  });

  it('removes the records of settled turns as it counts another', async () => {
    const chatId = nextId();
    const [first, second] = [nextId(), nextId()];
    await store.countTurn(new RequestMeter(), 'u', chatId, turn(first));

    const chat = await store.countTurn(
      new RequestMeter(),
      'u',
      chatId,
      turn(second, { now: '2026-01-01T00:00:02.000Z', settled: [first, nextId()] }),
    );

    expect(countedOnChat(chat, first)).toBeUndefined();
    expect(countedOnChat(chat, second)).toBe(2);
    expect(chat?.messageCount).toBe(4);
  });
});
