/**
 * The chat store: every DynamoDB call the functions make, through
 * `@aws-sdk/lib-dynamodb`. No Scan; each read route is one Query per page;
 * writes that a retry could duplicate are conditional; every call asks for
 * its consumed capacity, table and indexes apart, and reports it (and its SDK
 * retries) to the meter.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { ChatSummary, Message, MessageRole, TokenUsage } from '#contracts';
import type { StoreConfig } from './config.ts';
import { environmentCredentials } from './credentials.ts';
import { StoreThrottledError } from './errors.ts';
import {
  activitySortKey,
  CHAT_SORT_KEY,
  chatKey,
  chatPartition,
  type ItemKey,
  MESSAGE_PREFIX,
  replyKey,
  userMessageKey,
  userPartition,
} from './keys.ts';
import type { RequestMeter } from './meter.ts';
import { TABLE_KEYS } from './table.ts';

export interface ChatItem extends ItemKey, ChatSummary {
  gsi1pk: string;
  gsi1sk: string;
  /**
   * How many messages of a turn the count holds, by the turn's user message
   * id, for turns whose own items do not show it yet: what makes counting a
   * turn idempotent (see `countTurn`).
   */
  [turn: `turn_${string}`]: number | undefined;
}

export interface MessageItem extends ItemKey, Message {
  /** On replies: the token usage of the AI call that produced it. */
  usage?: TokenUsage;
  /** On user messages: the attempt working on this turn, until when (epoch ms). */
  leaseUntil?: number;
  leaseId?: string;
  /** On user messages without a reply: how many of the turn's messages the chat counts. */
  counted?: number;
}

/** An attempt's claim on a turn: it alone calls the AI until `until` (epoch ms). */
export interface Lease {
  id: string;
  until: number;
}

/** A change of a turn's share of the chat's message count, from `from` to `to` messages. */
export interface TurnCount {
  messageId: string;
  from: number;
  to: number;
  /** What the chat's record of the turn said when `from` was read (undefined: none). */
  seen: number | undefined;
  /** Turns whose own items now show how they are counted: their records go. */
  settled: readonly string[];
  /** Activity time; the chat's `updatedAt` moves to it when it is later (counting up only). */
  now: string;
  /** For a chat this creates. */
  createdAt: string;
  title: string;
}

/** The attribute of a chat item that records how much of a turn is counted. */
export function turnAttribute(messageId: string): `turn_${string}` {
  return `turn_${messageId}`;
}

/** How much of a turn a chat item's record says is counted, or undefined without a record. */
export function countedOnChat(chat: ChatItem | undefined, messageId: string): number | undefined {
  return chat?.[turnAttribute(messageId)];
}

export interface Page<T> {
  items: T[];
  /** The key to resume after, when DynamoDB says there may be more. */
  lastKey: Record<string, string> | undefined;
}

/** Error names DynamoDB and the SDK use for throttling (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/throttling-diagnosing-workflow.html). */
const THROTTLING_ERRORS = new Set([
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ThrottlingException',
]);

/** Times the unprocessed keys of a BatchGetItem are read again (50, 100, 200 ms apart). */
const UNPROCESSED_RETRIES = 3;

/**
 * The functions pass no credentials (the SDK finds the role's); the harness,
 * seeding an emulated stage's table, passes the emulator's.
 */
export function createDocumentClient(
  config: StoreConfig,
  credentials?: { accessKeyId: string; secretAccessKey: string },
): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: config.region,
    credentials: environmentCredentials(),
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(credentials ? { credentials } : {}),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}

export class ChatStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#table = tableName;
  }

  /**
   * One page of a user's chats, most recently active first (one Query on the
   * activity index), resuming after the chat `after` names.
   */
  async listChats(
    meter: RequestMeter,
    sub: string,
    limit: number,
    after: { activity: string; chatId: string } | undefined,
  ): Promise<Page<ChatItem>> {
    const { activityIndex } = TABLE_KEYS;
    const output = await this.#send(meter, 'read', () =>
      this.#client.send(
        new QueryCommand({
          TableName: this.#table,
          IndexName: activityIndex.name,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': activityIndex.partitionKey },
          ExpressionAttributeValues: { ':pk': userPartition(sub) },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: after && {
            ...chatKey(sub, after.chatId),
            [activityIndex.partitionKey]: userPartition(sub),
            [activityIndex.sortKey]: after.activity,
          },
          ReturnConsumedCapacity: 'INDEXES',
        }),
      ),
    );
    return { items: (output.Items ?? []) as ChatItem[], lastKey: output.LastEvaluatedKey };
  }

  /**
   * One page of a chat's partition in key order: the summary item first (on
   * the first page), then messages oldest first. One Query.
   */
  async readChat(
    meter: RequestMeter,
    sub: string,
    chatId: string,
    limit: number,
    afterSortKey: string | undefined,
  ): Promise<Page<ChatItem | MessageItem>> {
    const pk = chatPartition(sub, chatId);
    const output = await this.#send(meter, 'read', () =>
      this.#client.send(
        new QueryCommand({
          TableName: this.#table,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': TABLE_KEYS.partitionKey },
          ExpressionAttributeValues: { ':pk': pk },
          ConsistentRead: true,
          Limit: limit,
          ExclusiveStartKey: afterSortKey === undefined ? undefined : { pk, sk: afterSortKey },
          ReturnConsumedCapacity: 'INDEXES',
        }),
      ),
    );
    return {
      items: (output.Items ?? []) as Array<ChatItem | MessageItem>,
      lastKey: output.LastEvaluatedKey,
    };
  }

  /**
   * The newest `count` message items of a chat up to and including a given
   * message and its reply, newest first (one Query). When that message is
   * stored, it (or its reply) comes first, however old it is; when it is
   * new, the items are the history before it.
   */
  async messagesUpTo(
    meter: RequestMeter,
    sub: string,
    chatId: string,
    messageId: string,
    count: number,
  ): Promise<MessageItem[]> {
    const output = await this.#send(meter, 'read', () =>
      this.#client.send(
        new QueryCommand({
          TableName: this.#table,
          KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :first AND :last',
          ExpressionAttributeNames: { '#pk': TABLE_KEYS.partitionKey, '#sk': TABLE_KEYS.sortKey },
          ExpressionAttributeValues: {
            ':pk': chatPartition(sub, chatId),
            ':first': MESSAGE_PREFIX,
            ':last': replyKey(sub, chatId, messageId).sk,
          },
          ScanIndexForward: false,
          ConsistentRead: true,
          Limit: count,
          ReturnConsumedCapacity: 'INDEXES',
        }),
      ),
    );
    return (output.Items ?? []) as MessageItem[];
  }

  /**
   * Moves a turn's share of the chat's message count from `from` to `to`,
   * creating the chat if it is new; returns the chat as stored after the
   * update, or undefined when the chat's record of the turn no longer says
   * `seen` (another attempt — or an earlier try of this very request,
   * retried by the SDK — already changed it: the caller reads again instead
   * of counting twice).
   *
   * The record is written in the same update as the count, so a count and
   * its record cannot part, and records of `settled` turns are removed in it
   * (they are needed only until a turn's reply, or the count noted on its
   * user message, shows how it is counted), so the item stays small. Counting
   * up also records activity, which only moves forward: when a later write
   * already happened (a concurrent send), the count changes alone, in a
   * second update.
   */
  async countTurn(
    meter: RequestMeter,
    sub: string,
    chatId: string,
    turn: TurnCount,
  ): Promise<ChatItem | undefined> {
    const settled = turn.settled.filter((id) => id !== turn.messageId);
    const names: Record<string, string> = {
      '#turn': turnAttribute(turn.messageId),
      ...Object.fromEntries(settled.map((id, n) => [`#settled${n}`, turnAttribute(id)])),
    };
    const remove =
      settled.length > 0 ? ` REMOVE ${settled.map((_id, n) => `#settled${n}`).join(', ')}` : '';
    const counted = {
      ':to': turn.to,
      ':delta': turn.to - turn.from,
      ...(turn.seen === undefined ? {} : { ':seen': turn.seen }),
    };
    const turnCondition = turn.seen === undefined ? 'attribute_not_exists(#turn)' : '#turn = :seen';
    const update = (input: {
      expression: string;
      condition: string;
      names: Record<string, string>;
      values: Record<string, unknown>;
    }) =>
      this.#send(meter, 'write', () =>
        this.#client.send(
          new UpdateCommand({
            TableName: this.#table,
            Key: chatKey(sub, chatId),
            UpdateExpression: input.expression,
            ConditionExpression: input.condition,
            ExpressionAttributeNames: input.names,
            ExpressionAttributeValues: input.values,
            ReturnValues: 'ALL_NEW',
            ReturnConsumedCapacity: 'INDEXES',
          }),
        ),
      ).then((output) => output.Attributes as ChatItem, ifConditionFailed(undefined));
    if (turn.to > turn.from) {
      const withActivity = await update({
        expression:
          'SET chatId = :chatId, title = if_not_exists(title, :title), createdAt = if_not_exists(createdAt, :created), ' +
          `updatedAt = :now, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk, #turn = :to ADD messageCount :delta${remove}`,
        condition: `(attribute_not_exists(updatedAt) OR updatedAt < :now) AND ${turnCondition}`,
        names,
        values: {
          ...counted,
          ':chatId': chatId,
          ':title': turn.title,
          ':created': turn.createdAt,
          ':now': turn.now,
          ':gsi1pk': userPartition(sub),
          ':gsi1sk': activitySortKey(turn.now, chatId),
        },
      });
      if (withActivity) return withActivity;
    }
    return update({
      expression: `SET #turn = :to ADD messageCount :delta${remove}`,
      condition: `attribute_exists(#pk) AND ${turnCondition}`,
      names: { ...names, '#pk': TABLE_KEYS.partitionKey },
      values: counted,
    });
  }

  /**
   * Stores a message unless one with its key exists; returns the item
   * stored, or undefined. A user message may carry the lease of the attempt
   * that stores it.
   */
  async putMessageOnce(
    meter: RequestMeter,
    sub: string,
    chatId: string,
    message: Message & { role: MessageRole },
    options: { replyTo?: string; usage?: TokenUsage; lease?: Lease } = {},
  ): Promise<MessageItem | undefined> {
    const key =
      options.replyTo === undefined
        ? userMessageKey(sub, chatId, message.messageId)
        : replyKey(sub, chatId, options.replyTo);
    const item: MessageItem = {
      ...key,
      ...message,
      ...(options.usage ? { usage: options.usage } : {}),
      ...(options.lease ? { leaseUntil: options.lease.until, leaseId: options.lease.id } : {}),
    };
    return this.#send(meter, 'write', () =>
      this.#client.send(
        new PutCommand({
          TableName: this.#table,
          Item: item,
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': TABLE_KEYS.partitionKey },
          ReturnConsumedCapacity: 'INDEXES',
        }),
      ),
    ).then(() => item, ifConditionFailed(undefined));
  }

  /**
   * Claims a stored user message's turn for an attempt, unless another
   * attempt's lease on it is still running at `now`; returns the message as
   * stored after the claim, or undefined.
   */
  async takeLease(
    meter: RequestMeter,
    sub: string,
    chatId: string,
    messageId: string,
    lease: Lease,
    now: number,
  ): Promise<MessageItem | undefined> {
    return this.#send(meter, 'write', () =>
      this.#client.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: userMessageKey(sub, chatId, messageId),
          UpdateExpression: 'SET leaseUntil = :until, leaseId = :id',
          ConditionExpression:
            'attribute_exists(#pk) AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
          ExpressionAttributeNames: { '#pk': TABLE_KEYS.partitionKey },
          ExpressionAttributeValues: { ':until': lease.until, ':id': lease.id, ':now': now },
          ReturnValues: 'ALL_NEW',
          ReturnConsumedCapacity: 'INDEXES',
        }),
      ),
    ).then((output) => output.Attributes as MessageItem, ifConditionFailed(undefined));
  }

  /**
   * Gives a turn's lease up (when the attempt holds it still) and records how
   * many of the turn's messages the chat counts, in one update, so the next
   * attempt reads both together.
   */
  async releaseLease(
    meter: RequestMeter,
    sub: string,
    chatId: string,
    messageId: string,
    leaseId: string,
    counted: number,
  ): Promise<void> {
    await this.#send(meter, 'write', () =>
      this.#client.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: userMessageKey(sub, chatId, messageId),
          UpdateExpression: 'SET counted = :counted REMOVE leaseUntil, leaseId',
          ConditionExpression: 'leaseId = :id',
          ExpressionAttributeValues: { ':counted': counted, ':id': leaseId },
          ReturnConsumedCapacity: 'INDEXES',
        }),
      ),
    ).catch(ifConditionFailed(undefined));
  }

  /** The chat summary, a user message and its reply, in one BatchGetItem (idempotent-retry path). */
  async readTurn(
    meter: RequestMeter,
    sub: string,
    chatId: string,
    messageId: string,
  ): Promise<{ chat?: ChatItem; user?: MessageItem; reply?: MessageItem }> {
    const keys = [
      chatKey(sub, chatId),
      userMessageKey(sub, chatId, messageId),
      replyKey(sub, chatId, messageId),
    ];
    const output = await this.#send(meter, 'read', () =>
      this.#client.send(
        new BatchGetCommand({
          RequestItems: { [this.#table]: { Keys: keys, ConsistentRead: true } },
          ReturnConsumedCapacity: 'INDEXES',
        }),
      ),
    );
    const items = (output.Responses?.[this.#table] ?? []) as Array<ChatItem | MessageItem>;
    // BatchGetItem returns unprocessed keys instead of failing when throttled:
    // read those again, a few times, before calling the store throttled.
    let unprocessed = output.UnprocessedKeys?.[this.#table]?.Keys ?? [];
    for (let attempt = 1; unprocessed.length > 0; attempt++) {
      if (attempt > UNPROCESSED_RETRIES) throw new StoreThrottledError();
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      const keys = unprocessed;
      const again = await this.#send(meter, 'read', () =>
        this.#client.send(
          new BatchGetCommand({
            RequestItems: { [this.#table]: { Keys: keys, ConsistentRead: true } },
            ReturnConsumedCapacity: 'INDEXES',
          }),
        ),
      );
      items.push(...((again.Responses?.[this.#table] ?? []) as Array<ChatItem | MessageItem>));
      unprocessed = again.UnprocessedKeys?.[this.#table]?.Keys ?? [];
    }
    const bySortKey = new Map(items.map((item) => [item.sk, item]));
    return {
      chat: bySortKey.get(CHAT_SORT_KEY) as ChatItem | undefined,
      user: bySortKey.get(userMessageKey(sub, chatId, messageId).sk) as MessageItem | undefined,
      reply: bySortKey.get(replyKey(sub, chatId, messageId).sk) as MessageItem | undefined,
    };
  }

  async #send<T>(meter: RequestMeter, kind: 'read' | 'write', call: () => Promise<T>): Promise<T> {
    try {
      const output = await meter.time('ddb', call);
      meter.recordDynamoDb(kind, output);
      return output;
    } catch (error) {
      meter.recordDynamoDb(kind, error);
      if (error instanceof Error && THROTTLING_ERRORS.has(error.name)) {
        throw new StoreThrottledError({ cause: error });
      }
      throw error;
    }
  }
}

/** For `.catch`: a failed condition yields `value`; any other error is rethrown. */
function ifConditionFailed<T>(value: T): (error: unknown) => T {
  return (error) => {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return value;
    throw error;
  };
}

export function toSummary(item: ChatSummary): ChatSummary {
  return {
    chatId: item.chatId,
    title: item.title,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    messageCount: item.messageCount,
  };
}

export function toMessage(item: Message): Message {
  return {
    messageId: item.messageId,
    role: item.role,
    content: item.content,
    createdAt: item.createdAt,
  };
}
