/**
 * Puts a stage's table in a provider state through the backend's own store
 * code (`ChatStore`, its keys and document client), so seeded items are
 * exactly what the functions write: one chat item per chat, one item per
 * message, a reply keyed to the message it answers.
 */
import { DeleteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { ChatStore, createDocumentClient, RequestMeter, TABLE_KEYS } from '#backend';
import { type Message, replyIdOf } from '#contracts';
import { clientConfig, type Target } from '#targets';

/** The first message of a seeded chat: fixed per chat, so the conversation the AI provider sees is known. */
export function openingMessage(chatId: string): string {
  return `First message of chat ${chatId}`;
}

const PAGE = 100;

/**
 * How long a state waits for the activity index to show what was seeded or
 * cleared. Reads of a global secondary index are eventually consistent
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html);
 * writes reach it within about a second, longer on large or under-provisioned
 * tables (https://repost.aws/knowledge-center/dynamodb-missing-table-items-gsi).
 * The emulator delays the index like AWS during load runs and sessions.
 */
const INDEX_WAIT_MS = 20_000;
const INDEX_POLL_MS = 100;

export class Seeder {
  readonly #client: DynamoDBDocumentClient;
  readonly #store: ChatStore;
  readonly #table: string;
  /**
   * Seeded times (and so the ULIDs of seeded messages) start at 2024-01-01:
   * before the API's own writes during a check, and before the message ids
   * consumer tests send, which the backend reads history up to.
   */
  #clock = Date.UTC(2024, 0, 1);

  constructor(target: Target) {
    const config = clientConfig(target, 'dynamodb');
    this.#client = createDocumentClient(
      { tableName: target.tableName, endpoint: config.endpoint, region: config.region },
      config.credentials,
    );
    this.#store = new ChatStore(this.#client, target.tableName);
    this.#table = target.tableName;
  }

  /** `count` chats with two messages each, each more recently active than the one before. */
  async chats(sub: string, count: number): Promise<string[]> {
    const chatIds: string[] = [];
    for (let index = 0; index < count; index++) {
      const chatId = ulid(this.#tick());
      await this.chat(sub, chatId, 2);
      chatIds.push(chatId);
    }
    await this.#indexShows(sub, (listed) => listed >= count, `${count} chats`);
    return chatIds;
  }

  /**
   * A chat of `messageCount` messages: user and assistant in turn, the user
   * first, one second apart; an odd count ends on a message without reply.
   */
  async chat(sub: string, chatId: string, messageCount: number): Promise<void> {
    const meter = new RequestMeter();
    let last = '';
    for (let index = 0; index < messageCount; index += 2) {
      const asked: Message = {
        messageId: ulid(this.#tick()),
        role: 'user',
        content: index === 0 ? openingMessage(chatId) : `Message ${index + 1} of chat ${chatId}`,
        createdAt: new Date(this.#clock).toISOString(),
      };
      last = asked.createdAt;
      await this.#store.putMessageOnce(meter, sub, chatId, asked);
      if (index + 1 < messageCount)
        last = await this.#reply(sub, chatId, asked.messageId, index + 2);
    }
    await this.#count(sub, chatId, messageCount, last || new Date(this.#tick()).toISOString());
  }

  /** One answered message with the given id and content, in a chat of its own. */
  async answered(sub: string, chatId: string, messageId: string, content: string): Promise<void> {
    const meter = new RequestMeter();
    const asked: Message = {
      messageId,
      role: 'user',
      content,
      createdAt: new Date(this.#tick()).toISOString(),
    };
    await this.#store.putMessageOnce(meter, sub, chatId, asked);
    const now = await this.#reply(sub, chatId, messageId, 2);
    await this.#count(sub, chatId, 2, now, content.slice(0, 60));
  }

  /** Deletes every item of every chat the user has, so a state starts from nothing. */
  async clear(sub: string): Promise<void> {
    const meter = new RequestMeter();
    let after: { activity: string; chatId: string } | undefined;
    do {
      const page = await this.#store.listChats(meter, sub, PAGE, after);
      for (const chat of page.items) await this.#clearChat(meter, sub, chat.chatId);
      const last = page.items.at(-1);
      after = page.lastKey && last ? { activity: last.gsi1sk, chatId: last.chatId } : undefined;
    } while (after);
    await this.#indexShows(sub, (listed) => listed === 0, 'no chats');
  }

  /** Waits until the user's listing through the activity index satisfies `settled`. */
  async #indexShows(
    sub: string,
    settled: (listed: number) => boolean,
    what: string,
  ): Promise<void> {
    const meter = new RequestMeter();
    const deadline = Date.now() + INDEX_WAIT_MS;
    for (;;) {
      const page = await this.#store.listChats(meter, sub, PAGE, undefined);
      if (settled(page.items.length)) return;
      if (Date.now() > deadline) {
        throw new Error(
          `the activity index did not show ${what} within ${INDEX_WAIT_MS / 1_000} s (it lists ${page.items.length})`,
        );
      }
      await new Promise((done) => setTimeout(done, INDEX_POLL_MS));
    }
  }

  close(): void {
    this.#client.destroy();
  }

  async #clearChat(meter: RequestMeter, sub: string, chatId: string): Promise<void> {
    let after: string | undefined;
    do {
      const page = await this.#store.readChat(meter, sub, chatId, PAGE, after);
      for (const item of page.items) {
        await this.#client.send(
          new DeleteCommand({
            TableName: this.#table,
            Key: {
              [TABLE_KEYS.partitionKey]: item[TABLE_KEYS.partitionKey],
              [TABLE_KEYS.sortKey]: item[TABLE_KEYS.sortKey],
            },
          }),
        );
      }
      after = page.lastKey ? page.items.at(-1)?.[TABLE_KEYS.sortKey] : undefined;
    } while (after);
  }

  /** Counts `messages` seeded messages on the chat item, creating it, as one turn of the store's. */
  async #count(
    sub: string,
    chatId: string,
    messages: number,
    now: string,
    title = openingMessage(chatId),
  ): Promise<void> {
    await this.#store.countTurn(new RequestMeter(), sub, chatId, {
      messageId: `seed-${ulid(this.#clock)}`,
      from: 0,
      to: messages,
      seen: undefined,
      settled: [],
      now,
      createdAt: now,
      title,
    });
  }

  async #reply(sub: string, chatId: string, replyTo: string, position: number): Promise<string> {
    this.#tick();
    const reply: Message = {
      messageId: replyIdOf(replyTo),
      role: 'assistant',
      content: `Reply ${position} in chat ${chatId}`,
      createdAt: new Date(this.#clock).toISOString(),
    };
    await this.#store.putMessageOnce(new RequestMeter(), sub, chatId, reply, {
      replyTo,
      usage: { inputTokens: 12, outputTokens: 8 },
    });
    return reply.createdAt;
  }

  /** The next seeded moment: one second after the last. */
  #tick(): number {
    this.#clock += 1_000;
    return this.#clock;
  }
}
