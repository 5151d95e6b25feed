import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatTable, type DynamoDbServer, LOCAL_CREDENTIALS, startDynamoDb } from '#emulator';
import { RequestMeter } from '../../commons/meter.ts';
import { ChatStore, createDocumentClient } from '../../commons/store.ts';
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

describe('ChatStore.touchChat', () => {
  it('creates the chat on first touch and keeps its title and creation time after', async () => {
    const chatId = nextId();
    const first = await store.touchChat(new RequestMeter(), 'u', chatId, {
      delta: 2,
      now: '2026-01-01T00:00:01.000Z',
      title: 'first title',
    });
    const second = await store.touchChat(new RequestMeter(), 'u', chatId, {
      delta: 2,
      now: '2026-01-01T00:00:02.000Z',
      title: 'second title',
    });
    expect(first).toMatchObject({ chatId, title: 'first title', messageCount: 2 });
    expect(second).toMatchObject({
      title: 'first title',
      createdAt: '2026-01-01T00:00:01.000Z',
      updatedAt: '2026-01-01T00:00:02.000Z',
      gsi1sk: `2026-01-01T00:00:02.000Z#${chatId}`,
      messageCount: 4,
    });
  });

  it('never moves activity backwards: a late write only counts', async () => {
    const chatId = nextId();
    await store.touchChat(new RequestMeter(), 'u', chatId, {
      delta: 2,
      now: '2026-01-01T00:00:05.000Z',
      title: 't',
    });
    const meter = new RequestMeter();

    const late = await store.touchChat(meter, 'u', chatId, {
      delta: 2,
      now: '2026-01-01T00:00:04.000Z',
      title: 't',
    });

    expect(late).toMatchObject({
      updatedAt: '2026-01-01T00:00:05.000Z',
      gsi1sk: `2026-01-01T00:00:05.000Z#${chatId}`,
      messageCount: 4,
    });
  });
});
