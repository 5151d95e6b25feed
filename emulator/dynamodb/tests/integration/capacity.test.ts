/**
 * Consumed capacity, row by row, against the figures AWS's rules give: the
 * backend's store operations and raw SDK calls, on the chat table's shape.
 * Runs against the embedded DynamoDB by default; with
 * LOOPGAUGE_DYNAMODB=local-jar (`npm run test:dynamodb-local`) against AWS's
 * DynamoDB Local, where a row notes what DynamoDB Local reports instead when
 * it departs from the documented rule.
 */
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatStore, createDocumentClient, RequestMeter } from '#backend';
import { replyIdOf } from '#contracts';
import { LOCAL_CREDENTIALS } from '../../../credentials.ts';
import {
  chatTableInput,
  type DynamoDbServer,
  startDynamoDb,
  startDynamoDbLocal,
} from '../../index.ts';

const TARGET = process.env.LOOPGAUGE_DYNAMODB === 'local-jar' ? 'local-jar' : 'embedded';
const TABLE = `capacity-${Date.now()}`;
const DOCS = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide';
const RULES = {
  sizes: `${DOCS}/CapacityUnitCalculations.html`,
  units: `${DOCS}/read-write-operations.html`,
  indexWrites: `${DOCS}/GSI.html#GSI.Writes`,
  failedCondition: `${DOCS}/WorkingWithItems.html#WorkingWithItems.ConditionalWrites.ReturnConsumedCapacity`,
  shape: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html',
  page: `${DOCS}/Query.Pagination.html`,
};

let server: DynamoDbServer;
let client: DynamoDBClient;
let store: ChatStore;

beforeAll(async () => {
  server = TARGET === 'local-jar' ? await startDynamoDbLocal() : await startDynamoDb();
  process.env.AWS_ACCESS_KEY_ID ??= LOCAL_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY ??= LOCAL_CREDENTIALS.secretAccessKey;
  client = new DynamoDBClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
  await client.send(new CreateTableCommand(chatTableInput(TABLE)));
  store = new ChatStore(
    createDocumentClient({ tableName: TABLE, endpoint: server.endpoint, region: 'us-east-1' }),
    TABLE,
  );
}, 60_000);
afterAll(async () => {
  client?.destroy();
  await server?.close();
});

type Attribute = { S: string } | { N: string };
type RawItem = Record<string, Attribute>;

/** An item of exactly `bytes` UTF-8 bytes (names and values), its filler made of `fill`. */
function sized(bytes: number, fill = 'x', extra: RawItem = {}): RawItem {
  const item: RawItem = { pk: { S: `raw#${ulid()}` }, sk: { S: 's' }, ...extra };
  const base = utf8Size(item);
  const room = bytes - base - 1;
  const width = Buffer.byteLength(fill);
  const d = fill.repeat(Math.floor(room / width)) + 'x'.repeat(room % width);
  const result: RawItem = { ...item, d: { S: d } };
  expect(utf8Size(result)).toBe(bytes);
  return result;
}

/** Names and string values in UTF-8 bytes (the test's items hold strings only). */
function utf8Size(item: RawItem): number {
  return Object.entries(item).reduce(
    (sum, [name, value]) =>
      sum + Buffer.byteLength(name) + Buffer.byteLength('S' in value ? value.S : value.N),
    0,
  );
}

/** ConsumedCapacity (INDEXES) as `{ table, gsi1? }`, or undefined when absent. */
function units(capacity: unknown): Record<string, number> | undefined {
  if (!capacity) return undefined;
  const entries = Array.isArray(capacity) ? capacity : [capacity];
  const out: Record<string, number> = {};
  for (const entry of entries as Array<{
    Table?: { CapacityUnits?: number };
    GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
  }>) {
    out.table = (out.table ?? 0) + (entry.Table?.CapacityUnits ?? 0);
    for (const [name, used] of Object.entries(entry.GlobalSecondaryIndexes ?? {})) {
      out[name] = (out[name] ?? 0) + (used.CapacityUnits ?? 0);
    }
  }
  return out;
}

const put = (Item: RawItem) =>
  client.send(new PutItemCommand({ TableName: TABLE, Item, ReturnConsumedCapacity: 'INDEXES' }));
const get = (item: RawItem, ConsistentRead: boolean) =>
  client.send(
    new GetItemCommand({
      TableName: TABLE,
      Key: { pk: item.pk as Attribute, sk: item.sk as Attribute },
      ConsistentRead,
      ReturnConsumedCapacity: 'INDEXES',
    }),
  );
const keyOf = (item: RawItem) => ({ pk: item.pk as Attribute, sk: item.sk as Attribute });

interface Row {
  name: string;
  rule: string;
  /** What AWS's rules give. */
  aws: unknown;
  /** What DynamoDB Local 1.25.1 reports instead, when it departs from the rule. */
  dynamodbLocal?: unknown;
  run(): Promise<unknown>;
}

const rawRows: Row[] = [
  {
    name: 'PutItem, ASCII item of exactly 1 KB',
    rule: RULES.units,
    aws: { table: 1 },
    run: async () => units((await put(sized(1_024))).ConsumedCapacity),
  },
  {
    name: 'PutItem, ASCII item of 1 KB and 1 byte',
    rule: RULES.units,
    aws: { table: 2 },
    run: async () => units((await put(sized(1_025))).ConsumedCapacity),
  },
  {
    name: 'PutItem, CJK item of exactly 1 KB in UTF-8',
    rule: RULES.sizes,
    aws: { table: 1 },
    run: async () => units((await put(sized(1_024, '中'))).ConsumedCapacity),
  },
  {
    name: 'PutItem, CJK item of 1 KB and 1 byte in UTF-8 (341 characters)',
    rule: RULES.sizes,
    aws: { table: 2 },
    run: async () => units((await put(sized(1_025, '中'))).ConsumedCapacity),
  },
  {
    name: 'PutItem, CJK item of 23,986 bytes (7,983 characters: 8 units by UTF-16 count)',
    rule: RULES.sizes,
    aws: { table: 24 },
    run: async () => units((await put(sized(23_970 + 16, '中'))).ConsumedCapacity),
  },
  {
    name: 'PutItem, emoji item of 1 KB and 4 bytes (four bytes a character)',
    rule: RULES.sizes,
    aws: { table: 2 },
    run: async () => units((await put(sized(1_028, '😀'))).ConsumedCapacity),
  },
  {
    name: 'GetItem, strongly consistent, item of exactly 4 KB',
    rule: RULES.units,
    aws: { table: 1 },
    run: async () => {
      const item = sized(4_096);
      await put(item);
      return units((await get(item, true)).ConsumedCapacity);
    },
  },
  {
    name: 'GetItem, strongly consistent, item of 4 KB and 1 byte',
    rule: RULES.units,
    aws: { table: 2 },
    run: async () => {
      const item = sized(4_097);
      await put(item);
      return units((await get(item, true)).ConsumedCapacity);
    },
  },
  {
    name: 'GetItem, eventually consistent, item of 4 KB and 1 byte',
    rule: RULES.units,
    aws: { table: 1 },
    run: async () => {
      const item = sized(4_097);
      await put(item);
      return units((await get(item, false)).ConsumedCapacity);
    },
  },
  {
    name: 'GetItem of a missing item, strongly consistent',
    rule: RULES.units,
    aws: { table: 1 },
    run: async () => units((await get(sized(100), true)).ConsumedCapacity),
  },
  {
    name: 'PutItem, new item with an index key: one index write',
    rule: RULES.indexWrites,
    aws: { table: 1, gsi1: 1 },
    run: async () =>
      units(
        (await put(sized(500, 'x', { gsi1pk: { S: 'U#raw' }, gsi1sk: { S: '1' } })))
          .ConsumedCapacity,
      ),
  },
  {
    name: 'UpdateItem changing an index sort key: old entry out, new entry in',
    rule: RULES.indexWrites,
    aws: { table: 1, gsi1: 2 },
    run: async () => {
      const item = sized(500, 'x', { gsi1pk: { S: 'U#raw' }, gsi1sk: { S: '1' } });
      await put(item);
      const output = await client.send(
        new UpdateItemCommand({
          TableName: TABLE,
          Key: keyOf(item),
          UpdateExpression: 'SET gsi1sk = :next',
          ExpressionAttributeValues: { ':next': { S: '2' } },
          ReturnConsumedCapacity: 'INDEXES',
        }),
      );
      return units(output.ConsumedCapacity);
    },
  },
  {
    name: 'Query finding nothing, eventually consistent',
    rule: RULES.units,
    aws: { table: 0.5 },
    dynamodbLocal: { table: 0 },
    run: async () => units((await emptyQuery(false)).ConsumedCapacity),
  },
  {
    name: 'Query finding nothing, strongly consistent',
    rule: RULES.units,
    aws: { table: 1 },
    dynamodbLocal: { table: 0 },
    run: async () => units((await emptyQuery(true)).ConsumedCapacity),
  },
  {
    name: 'BatchGetItem of 1.5 KB and 6.5 KB items rounds each (4 KB + 8 KB)',
    rule: RULES.units,
    aws: { table: 3 },
    run: async () => {
      const items = [sized(1_536), sized(6_656)];
      for (const item of items) await put(item);
      const output = await client.send(
        new BatchGetItemCommand({
          RequestItems: { [TABLE]: { Keys: items.map(keyOf), ConsistentRead: true } },
          ReturnConsumedCapacity: 'INDEXES',
        }),
      );
      return units(output.ConsumedCapacity);
    },
  },
  {
    name: 'BatchGetItem with a missing key still reads it',
    rule: RULES.units,
    aws: { table: 2 },
    dynamodbLocal: { table: 1 },
    run: async () => {
      const found = sized(100);
      await put(found);
      const output = await client.send(
        new BatchGetItemCommand({
          RequestItems: {
            [TABLE]: { Keys: [keyOf(found), keyOf(sized(100))], ConsistentRead: true },
          },
          ReturnConsumedCapacity: 'INDEXES',
        }),
      );
      return units(output.ConsumedCapacity);
    },
  },
];

function emptyQuery(consistent: boolean) {
  return client.send(
    new QueryCommand({
      TableName: TABLE,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: `none#${ulid()}` } },
      ConsistentRead: consistent,
      ReturnConsumedCapacity: 'INDEXES',
    }),
  );
}

describe(`consumed capacity of raw SDK calls (${TARGET})`, () => {
  it.each(rawRows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const expected =
      TARGET === 'local-jar' && row.dynamodbLocal !== undefined ? row.dynamodbLocal : row.aws;
    expect(await row.run(), row.rule).toEqual(expected);
  });

  it('answers TOTAL and INDEXES in AWS shape', async () => {
    const item = sized(300, 'x', { gsi1pk: { S: 'U#shape' }, gsi1sk: { S: '1' } });
    const total = await client.send(
      new PutItemCommand({ TableName: TABLE, Item: item, ReturnConsumedCapacity: 'TOTAL' }),
    );
    const indexes = await client.send(
      new PutItemCommand({
        TableName: TABLE,
        Item: { ...item, gsi1sk: { S: '2' } },
        ReturnConsumedCapacity: 'INDEXES',
      }),
    );
    const none = await client.send(new PutItemCommand({ TableName: TABLE, Item: item }));

    expect(total.ConsumedCapacity, RULES.shape).toEqual({ TableName: TABLE, CapacityUnits: 2 });
    expect(indexes.ConsumedCapacity, RULES.shape).toEqual({
      TableName: TABLE,
      CapacityUnits: 3,
      Table: { CapacityUnits: 1 },
      GlobalSecondaryIndexes: { gsi1: { CapacityUnits: 2 } },
    });
    expect(none.ConsumedCapacity).toBeUndefined();
  });

  it('bills a failed conditional Put by the item it found, without saying so in the answer', async () => {
    const item = sized(2_000);
    await put(item);
    const before = server.metrics()[TABLE]?.ConsumedWriteCapacityUnits ?? 0;

    const failed = await client
      .send(
        new PutItemCommand({
          TableName: TABLE,
          Item: item,
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnConsumedCapacity: 'INDEXES',
        }),
      )
      .catch((error: unknown) => error as { name: string; ConsumedCapacity?: unknown });

    expect(failed).toMatchObject({ name: 'ConditionalCheckFailedException' });
    expect(failed).not.toHaveProperty('ConsumedCapacity');
    if (TARGET === 'embedded') {
      // What CloudWatch's ConsumedWriteCapacityUnits would show.
      expect(
        (server.metrics()[TABLE]?.ConsumedWriteCapacityUnits ?? 0) - before,
        RULES.failedCondition,
      ).toBe(2);
      expect(server.metrics()[TABLE]?.ConditionalCheckFailedRequests).toBeGreaterThanOrEqual(1);
    }
  });

  it('ends a Query page once it has read 1 MB of UTF-8 data', async () => {
    const pk = `page#${ulid()}`;
    // 12,010 bytes each: 87 items stay under 1 MB, the 88th crosses it.
    const items = Array.from({ length: 100 }, (_, n) => {
      const item = sized(12_010, '中');
      return { ...item, pk: { S: pk }, sk: { S: String(n).padStart(3, '0') } };
    });
    for (let i = 0; i < items.length; i += 25) {
      await client.send(
        new BatchWriteItemCommand({
          RequestItems: {
            [TABLE]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
          },
        }),
      );
    }
    const page = await client.send(
      new QueryCommand({
        TableName: TABLE,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: pk } },
        ConsistentRead: true,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );

    expect(page.Count, RULES.page).toBe(88);
    expect(page.LastEvaluatedKey).toEqual({ pk: { S: pk }, sk: { S: '087' } });
    // The page's items added up (88 × 12,010 bytes), rounded up to 4 KB.
    expect(page.ConsumedCapacity?.CapacityUnits).toBe(259);
  });
});

describe(`consumed capacity of the backend's store operations (${TARGET})`, () => {
  const sub = `capacity-${ulid()}`;
  const chatId = ulid();
  const now = () => new Date().toISOString();

  async function measured(work: (meter: RequestMeter) => Promise<unknown>) {
    const meter = new RequestMeter();
    await work(meter);
    const { rcu, wcu, idxRcu, idxWcu } = meter.dynamoDb;
    return { rcu, wcu, idxRcu, idxWcu };
  }

  /** One send as sendMessage makes it: history Query, user message, the turn counted, reply. */
  function send(meter: RequestMeter, id: string, content = 'hello') {
    return (async () => {
      await store.messagesUpTo(meter, sub, chatId, id, 22);
      const createdAt = now();
      await store.putMessageOnce(
        meter,
        sub,
        chatId,
        { messageId: id, role: 'user', content, createdAt },
        { lease: { id: 'lease', until: Date.now() + 29_000 } },
      );
      await store.countTurn(meter, sub, chatId, {
        messageId: id,
        from: 0,
        to: 2,
        seen: undefined,
        settled: [],
        now: now(),
        createdAt,
        title: 'capacity',
      });
      await store.putMessageOnce(
        meter,
        sub,
        chatId,
        { messageId: replyIdOf(id), role: 'assistant', content, createdAt: now() },
        { replyTo: id, usage: { inputTokens: 10, outputTokens: 20 } },
      );
    })();
  }

  const rows: Row[] = [
    {
      name: 'send, new chat: empty history Query, chat created with its index entry, two messages',
      rule: RULES.indexWrites,
      aws: { rcu: 1, wcu: 4, idxRcu: 0, idxWcu: 1 },
      dynamodbLocal: { rcu: 0, wcu: 4, idxRcu: 0, idxWcu: 1 },
      run: () => measured((meter) => send(meter, ulid())),
    },
    {
      name: 'send, existing chat: the activity key moves, so the index is written twice',
      rule: RULES.indexWrites,
      aws: { rcu: 1, wcu: 5, idxRcu: 0, idxWcu: 2 },
      run: () => measured((meter) => send(meter, ulid())),
    },
    {
      name: 'send, history of 22 items adding up to over 8 KB and under 12 KB',
      rule: RULES.units,
      aws: { rcu: 3, wcu: 5, idxRcu: 0, idxWcu: 2 },
      run: async () => {
        // Four items already; nine more sends make 22, the most the history Query reads.
        for (let n = 0; n < 9; n++) await send(new RequestMeter(), ulid(), 'h'.repeat(400));
        return measured((meter) => send(meter, ulid(), 'h'.repeat(400)));
      },
    },
    {
      name: 'listChats: eventually consistent Query of the index',
      rule: RULES.units,
      aws: { rcu: 0.5, wcu: 0, idxRcu: 0.5, idxWcu: 0 },
      run: () => measured((meter) => store.listChats(meter, sub, 21, undefined)),
    },
    {
      name: 'readTurn: BatchGetItem of summary, message and a missing reply, strongly consistent',
      rule: RULES.units,
      aws: { rcu: 3, wcu: 0, idxRcu: 0, idxWcu: 0 },
      dynamodbLocal: { rcu: 2, wcu: 0, idxRcu: 0, idxWcu: 0 },
      run: async () => {
        const id = ulid();
        await store.putMessageOnce(new RequestMeter(), sub, chatId, {
          messageId: id,
          role: 'user',
          content: 'no reply yet',
          createdAt: now(),
        });
        return measured((meter) => store.readTurn(meter, sub, chatId, id));
      },
    },
    {
      name: 'countTurn giving a count back: projected attributes change, one index write',
      rule: RULES.indexWrites,
      aws: { rcu: 0, wcu: 2, idxRcu: 0, idxWcu: 1 },
      run: async () => {
        const turn = {
          messageId: ulid(),
          from: 0,
          to: 2,
          seen: undefined,
          settled: [],
          now: now(),
          createdAt: now(),
          title: 'capacity',
        };
        await store.countTurn(new RequestMeter(), sub, chatId, turn);
        return measured((meter) =>
          store.countTurn(meter, sub, chatId, { ...turn, from: 2, to: 1, seen: 2 }),
        );
      },
    },
    {
      name: 'putMessageOnce of a stored message: the failed condition is not reported',
      rule: RULES.failedCondition,
      aws: { rcu: 0, wcu: 0, idxRcu: 0, idxWcu: 0 },
      run: async () => {
        const message = {
          messageId: ulid(),
          role: 'user' as const,
          content: 'x',
          createdAt: now(),
        };
        await store.putMessageOnce(new RequestMeter(), sub, chatId, message);
        return measured((meter) => store.putMessageOnce(meter, sub, chatId, message));
      },
    },
  ];

  // In order: each row builds on the chat the rows before it wrote.
  for (const row of rows) {
    it(row.name, async () => {
      const expected =
        TARGET === 'local-jar' && row.dynamodbLocal !== undefined ? row.dynamodbLocal : row.aws;
      expect(await row.run(), row.rule).toEqual(expected);
    });
  }
});
