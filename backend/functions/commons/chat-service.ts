/**
 * What the three routes do, independent of HTTP: each takes the caller's
 * `sub` (every key derives from it) and already-validated input.
 */
import { createHash } from 'node:crypto';
import { ulid } from 'ulid';
import type {
  ChatSummary,
  FunctionName,
  GetChatResponse,
  GetChatsResponse,
  Message,
  SendMessageRequest,
  SendMessageResponse,
} from '#contracts';
import type { ChatModel, ChatTurn, Deadline } from './ai.ts';
import type { CursorCodec } from './cursor.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { CHAT_SORT_KEY, messageIdOfSortKey } from './keys.ts';
import type { RequestMeter } from './meter.ts';
import { type ChatItem, type ChatStore, type MessageItem, toMessage, toSummary } from './store.ts';

export interface ReadDeps {
  store: ChatStore;
  cursors: CursorCodec;
  meter: RequestMeter;
}

export interface SendDeps extends ReadDeps {
  model: ChatModel;
  history: { maxMessages: number; maxChars: number };
  /** Aborts when the request must stop waiting for the AI provider. */
  deadline: Deadline;
  now?: () => Date;
}

/**
 * What each route's work touches, following its calls below and the store's:
 * DynamoDB actions on the table and on the activity index, and whether it
 * calls the AI provider. The stack grants exactly this (IAM) and the
 * environment carries the AI settings only where `ai` is set.
 */
export const FUNCTION_ACCESS: Readonly<
  Record<FunctionName, { table: DynamoDbAction[]; index: DynamoDbAction[]; ai: boolean }>
> = {
  get_chats: { table: [], index: ['dynamodb:Query'], ai: false },
  get_chat: { table: ['dynamodb:Query'], index: [], ai: false },
  send_message: {
    table: ['dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    index: [],
    ai: true,
  },
};

export type DynamoDbAction =
  | 'dynamodb:Query'
  | 'dynamodb:GetItem'
  | 'dynamodb:BatchGetItem'
  | 'dynamodb:BatchWriteItem'
  | 'dynamodb:PutItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:DeleteItem';

const TITLE_MAX_CHARS = 60;

export async function listChats(
  deps: ReadDeps,
  sub: string,
  query: { limit: number; cursor: string | undefined },
): Promise<GetChatsResponse> {
  const scope = { listing: 'chats', sub };
  const after =
    query.cursor === undefined
      ? undefined
      : deps.cursors.decode(scope, query.cursor, isChatsPosition);
  // One extra item tells whether another page exists, so the last page has no cursor.
  const page = await deps.store.listChats(deps.meter, sub, query.limit + 1, after);
  const chats = page.items.slice(0, query.limit);
  const last = chats.at(-1);
  return {
    chats: chats.map(toSummary),
    nextCursor:
      last && hasMore(page, query.limit)
        ? deps.cursors.encode(scope, { activity: last.gsi1sk, chatId: last.chatId })
        : null,
  };
}

export async function getChat(
  deps: ReadDeps,
  sub: string,
  chatId: string,
  query: { limit: number; cursor: string | undefined },
): Promise<GetChatResponse> {
  const scope = { listing: `chat:${chatId}`, sub };
  const after =
    query.cursor === undefined
      ? undefined
      : deps.cursors.decode(scope, query.cursor, isChatPosition);
  // The first page starts at the summary item, which sorts before every message.
  const wanted = query.limit + 1 + (after ? 0 : 1);
  const page = await deps.store.readChat(deps.meter, sub, chatId, wanted, after?.sk);
  let items = page.items;
  let chat: ChatSummary;
  if (after) {
    chat = after.chat;
  } else {
    const first = items[0];
    if (!first || first.sk !== CHAT_SORT_KEY) throw new NotFoundError('chat not found');
    chat = toSummary(first as ChatItem);
    items = items.slice(1);
  }
  const messages = (items as MessageItem[]).slice(0, query.limit);
  const last = messages.at(-1);
  return {
    chat,
    messages: messages.map(toMessage),
    nextCursor:
      last && hasMore({ items, lastKey: page.lastKey }, query.limit)
        ? deps.cursors.encode(scope, { sk: last.sk, chat })
        : null,
  };
}

/**
 * Pages are read with one item more than asked for: more exist when that item
 * came back, or when DynamoDB's 1 MB page ended first (a shorter page with a
 * LastEvaluatedKey). So the last page never carries a cursor to an empty one.
 */
function hasMore(page: { items: unknown[]; lastKey: unknown }, limit: number): boolean {
  return page.items.length > limit || page.lastKey !== undefined;
}

/**
 * The loop: create the chat if new → store the user message → call the AI →
 * store the reply → return. Success costs one history Query and three writes.
 *
 * Idempotency on `messageId`: the history Query ends at this message, so a
 * repeat — however old — is recognised before anything is written; a stored
 * reply is returned as it is, with no AI call and no write; a user message
 * whose AI call failed earlier is reused by the retry. Two attempts running
 * at the same moment may both call the AI; only one reply is stored and both
 * return it.
 *
 * Message count: the first write counts the user message and the reply it
 * expects; a path that ends without storing that reply gives its count back,
 * so the count matches the stored messages however attempts interleave.
 */
export async function sendMessage(
  deps: SendDeps,
  sub: string,
  chatId: string,
  request: SendMessageRequest,
): Promise<SendMessageResponse> {
  const { store, meter } = deps;
  // One Query: this message (and its reply) if already stored, else the history before it.
  const window = await store.messagesUpTo(
    meter,
    sub,
    chatId,
    request.messageId,
    deps.history.maxMessages + 2,
  );
  if (window.some((item) => messageIdOfSortKey(item.sk) === request.messageId)) {
    return retry(deps, sub, chatId, request, window);
  }

  const receivedAt = nowIso(deps);
  const chat = await store.touchChat(meter, sub, chatId, {
    delta: 2,
    now: receivedAt,
    title: titleOf(request.content),
  });
  const userMessage: Message = {
    messageId: request.messageId,
    role: 'user',
    content: request.content,
    createdAt: receivedAt,
  };
  let created: MessageItem | undefined;
  try {
    created = await store.putMessageOnce(meter, sub, chatId, userMessage);
  } catch (error) {
    await releaseCount(deps, sub, chatId, 2);
    throw error;
  }
  if (!created) {
    // A concurrent attempt stored it between the Query and now.
    await releaseCount(deps, sub, chatId, 2);
    return retry(deps, sub, chatId, request, window);
  }
  let reply: MessageItem | undefined;
  try {
    reply = await callAndStoreReply(deps, sub, chatId, userMessage, window);
  } catch (error) {
    await releaseCount(deps, sub, chatId, 1);
    throw error;
  }
  if (!reply) {
    // A concurrent attempt stored its reply first: this one's count goes back.
    await releaseCount(deps, sub, chatId, 1);
    return theirReply(deps, sub, chatId, userMessage);
  }
  return stored(chat, userMessage, reply);
}

/** The idempotent-retry path: the user message with this id is already stored. */
async function retry(
  deps: SendDeps,
  sub: string,
  chatId: string,
  request: SendMessageRequest,
  window: MessageItem[],
): Promise<SendMessageResponse> {
  const turn = await deps.store.readTurn(deps.meter, sub, chatId, request.messageId);
  if (!turn.user || !turn.chat) throw new NotFoundError('chat not found');
  if (turn.user.content !== request.content) {
    throw new ValidationError('messageId was already used with different content');
  }
  if (turn.reply) return stored(turn.chat, turn.user, turn.reply);
  const userItem = turn.user;
  const history = window.filter((item) => item.sk < userItem.sk);
  const reply = await callAndStoreReply(deps, sub, chatId, userItem, history);
  if (!reply) return theirReply(deps, sub, chatId, userItem);
  const chat = await deps.store.touchChat(deps.meter, sub, chatId, {
    delta: 1,
    now: reply.createdAt,
    title: turn.chat.title,
  });
  return stored(chat, userItem, reply);
}

/** The answer when a concurrent attempt stored the reply first: theirs, as stored. */
async function theirReply(
  deps: SendDeps,
  sub: string,
  chatId: string,
  user: Message,
): Promise<SendMessageResponse> {
  const turn = await deps.store.readTurn(deps.meter, sub, chatId, user.messageId);
  if (!turn.chat || !turn.reply) throw new NotFoundError('chat not found');
  return stored(turn.chat, user, turn.reply);
}

/** Calls the AI and stores its reply; undefined when another attempt's reply is already stored. */
async function callAndStoreReply(
  deps: SendDeps,
  sub: string,
  chatId: string,
  userMessage: Message,
  history: MessageItem[],
): Promise<MessageItem | undefined> {
  const turns = conversation(history, userMessage, deps.history);
  const completion = await deps.model.complete(turns, {
    deadline: deps.deadline,
    meter: deps.meter,
    endUser: endUserOf(sub),
  });
  const reply: Message = {
    messageId: ulid(),
    role: 'assistant',
    content: completion.content,
    createdAt: nowIso(deps),
  };
  return deps.store.putMessageOnce(deps.meter, sub, chatId, reply, {
    replyTo: userMessage.messageId,
    usage: completion.usage,
  });
}

function nowIso(deps: SendDeps): string {
  return (deps.now?.() ?? new Date()).toISOString();
}

/**
 * Gives back message count reserved by an attempt that did not store what it
 * counted. Best effort: it runs on a failure path, and a failure of its own
 * must not hide the error that brought it here.
 */
async function releaseCount(
  deps: SendDeps,
  sub: string,
  chatId: string,
  count: number,
): Promise<void> {
  await deps.store.adjustMessageCount(deps.meter, sub, chatId, -count).catch(() => undefined);
}

function stored(chat: ChatSummary, user: Message, reply: MessageItem): SendMessageResponse {
  return {
    chat: toSummary(chat),
    userMessage: toMessage(user),
    assistantMessage: toMessage(reply),
    usage: reply.usage ?? { inputTokens: 0, outputTokens: 0 },
  };
}

/**
 * The turns sent to the provider: the newest history that fits both bounds,
 * oldest first, then the new message. A reply whose question fell outside the
 * window is dropped so the conversation never starts with the assistant.
 */
export function conversation(
  newestFirst: MessageItem[],
  userMessage: Message,
  bounds: { maxMessages: number; maxChars: number },
): ChatTurn[] {
  const kept: ChatTurn[] = [];
  let chars = 0;
  for (const item of newestFirst.slice(0, bounds.maxMessages)) {
    if (chars + item.content.length > bounds.maxChars) break;
    chars += item.content.length;
    kept.push({ role: item.role, content: item.content });
  }
  kept.reverse();
  while (kept[0]?.role === 'assistant') kept.shift();
  return [...kept, { role: 'user', content: userMessage.content }];
}

/**
 * The id the AI provider sees for a user: stable, so the provider can tell
 * users apart (abuse monitoring; a mock keys its per-request state on the
 * body), and one-way, so it reveals nothing of the `sub`.
 */
export function endUserOf(sub: string): string {
  return createHash('sha256').update(`loopgauge-end-user\0${sub}`).digest('hex').slice(0, 32);
}

export function titleOf(content: string): string {
  // Cut by code points, so an emoji or other astral character is never split.
  const chars = Array.from(content.replace(/\s+/g, ' ').trim());
  return chars.length <= TITLE_MAX_CHARS
    ? chars.join('')
    : `${chars.slice(0, TITLE_MAX_CHARS - 1).join('')}…`;
}

interface ChatPosition {
  sk: string;
  chat: ChatSummary;
}

function isChatPosition(value: unknown): value is ChatPosition {
  const position = value as Partial<ChatPosition> | null;
  return (
    typeof position === 'object' &&
    position !== null &&
    typeof position.sk === 'string' &&
    typeof position.chat === 'object' &&
    position.chat !== null &&
    typeof position.chat.chatId === 'string'
  );
}

function isChatsPosition(value: unknown): value is { activity: string; chatId: string } {
  const position = value as { activity?: unknown; chatId?: unknown } | null;
  return (
    typeof position === 'object' &&
    position !== null &&
    typeof position.activity === 'string' &&
    typeof position.chatId === 'string'
  );
}
