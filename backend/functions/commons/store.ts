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
}

export interface MessageItem extends ItemKey, Message {
  /** On replies: the token usage of the AI call that produced it. */
  usage?: TokenUsage;
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

export function createDocumentClient(config: StoreConfig): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: config.region,
    credentials: environmentCredentials(),
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
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
   * Creates the chat if it is new and records activity on it, adding `delta`
   * to its message count; returns the summary as stored after the update.
   * Activity only moves forward: when a later write already happened (a
   * concurrent send), only the count changes.
   */
  async touchChat(
    meter: RequestMeter,
    sub: string,
    chatId: string,
    change: { delta: number; now: string; title: string },
  ): Promise<ChatItem> {
    try {
      const output = await this.#send(meter, 'write', () =>
        this.#client.send(
          new UpdateCommand({
            TableName: this.#table,
            Key: chatKey(sub, chatId),
            UpdateExpression:
              'SET chatId = :chatId, title = if_not_exists(title, :title), createdAt = if_not_exists(createdAt, :now), ' +
              'updatedAt = :now, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk ADD messageCount :delta',
            ConditionExpression: 'attribute_not_exists(updatedAt) OR updatedAt < :now',
            ExpressionAttributeValues: {
              ':chatId': chatId,
              ':title': change.title,
              ':now': change.now,
              ':gsi1pk': userPartition(sub),
              ':gsi1sk': activitySortKey(change.now, chatId),
              ':delta': change.delta,
            },
            ReturnValues: 'ALL_NEW',
            ReturnConsumedCapacity: 'INDEXES',
          }),
        ),
      );
      return output.Attributes as ChatItem;
    } catch (error) {
      if (!(error instanceof Error && error.name === 'ConditionalCheckFailedException'))
        throw error;
      return this.adjustMessageCount(meter, sub, chatId, change.delta);
    }
  }

  /** Adds `delta` to an existing chat's message count without touching its activity. */
  async adjustMessageCount(
    meter: RequestMeter,
    sub: string,
    chatId: string,
    delta: number,
  ): Promise<ChatItem> {
    const output = await this.#send(meter, 'write', () =>
      this.#client.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: chatKey(sub, chatId),
          UpdateExpression: 'ADD messageCount :delta',
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#pk': TABLE_KEYS.partitionKey },
          ExpressionAttributeValues: { ':delta': delta },
          ReturnValues: 'ALL_NEW',
          ReturnConsumedCapacity: 'INDEXES',
        }),
      ),
    );
    return output.Attributes as ChatItem;
  }

  /** Stores a message unless one with its key exists; returns the item stored, or undefined. */
  async putMessageOnce(
    meter: RequestMeter,
    sub: string,
    chatId: string,
    message: Message & { role: MessageRole },
    options: { replyTo?: string; usage?: TokenUsage } = {},
  ): Promise<MessageItem | undefined> {
    const key =
      options.replyTo === undefined
        ? userMessageKey(sub, chatId, message.messageId)
        : replyKey(sub, chatId, options.replyTo);
    const item: MessageItem = {
      ...key,
      ...message,
      ...(options.usage ? { usage: options.usage } : {}),
    };
    try {
      await this.#send(meter, 'write', () =>
        this.#client.send(
          new PutCommand({
            TableName: this.#table,
            Item: item,
            ConditionExpression: 'attribute_not_exists(#pk)',
            ExpressionAttributeNames: { '#pk': TABLE_KEYS.partitionKey },
            ReturnConsumedCapacity: 'INDEXES',
          }),
        ),
      );
      return item;
    } catch (error) {
      if (error instanceof Error && error.name === 'ConditionalCheckFailedException')
        return undefined;
      throw error;
    }
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
