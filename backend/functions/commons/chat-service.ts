/**
 * What the three routes do, independent of HTTP: each takes the caller's
 * `sub` (every key derives from it) and already-validated input.
 */
import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import {
  type ChatSummary,
  type FunctionName,
  type GetChatResponse,
  type GetChatsResponse,
  type Message,
  replyIdOf,
  type SendMessageRequest,
  type SendMessageResponse,
} from '#contracts';
import type { ChatModel, ChatTurn, Deadline } from './ai.ts';
import type { CursorCodec } from './cursor.ts';
import { AiTimeoutError, NotFoundError, ValidationError } from './errors.ts';
import { CHAT_SORT_KEY, messageIdOfSortKey } from './keys.ts';
import type { RequestMeter } from './meter.ts';
import {
  type ChatItem,
  type ChatStore,
  countedOnChat,
  type Lease,
  type MessageItem,
  toMessage,
  toSummary,
} from './store.ts';

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
  /** When the function's time runs out (epoch ms): the end of any lease it takes. */
  endsAt: number;
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
 * The loop: store the user message → call the AI → count the turn → store
 * the reply → return. Success costs one history Query and three writes.
 *
 * A turn (a user message and its reply) is worked on by one attempt at a
 * time: the user message carries the lease of the attempt that stored it
 * (its in-progress marker, written by the same Put, so it costs no write),
 * until that attempt's function ends. Another request with the same
 * `messageId` — a concurrent duplicate, or a retry — waits for the stored
 * reply instead of calling the AI again; when the lease is given up (the
 * attempt failed) or runs out (its function ended), the next attempt takes
 * it over with one conditional update and reuses the stored user message.
 *
 * Idempotency on `messageId`: the history Query ends at this message, so a
 * repeat — however old — is recognised before anything is written; a stored
 * reply is returned as it is, with no AI call and no write.
 *
 * Message count: a turn is counted on the chat item together with a record
 * of how much of it is counted (`countTurn`), so no attempt counts it twice,
 * and its reply is stored only once it is counted. A stored reply therefore
 * always is in the count, and a count runs ahead of the stored messages only
 * between counting a reply and storing it. A failed attempt counts its user
 * message and records that on it when giving up its lease. So the count
 * matches the stored messages however attempts interleave or fail, and a
 * concurrent duplicate (which used to reserve a count of its own) no longer
 * inflates anyone's answer.
 *
 * Why a lease and no transaction: the marker rides on the user message's
 * own conditional Put, so a send still makes three writes; taking over a
 * lease is one conditional update, on the retry path only. DynamoDB
 * transactions would cost twice the write units per item, and dynalite, the
 * local stage's DynamoDB, does not serve them.
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
    return resume(deps, sub, chatId, request, window);
  }
  const lease = newLease(deps);
  const userMessage: Message = {
    messageId: request.messageId,
    role: 'user',
    content: request.content,
    createdAt: nowIso(deps),
  };
  const created = await store.putMessageOnce(meter, sub, chatId, userMessage, { lease });
  // A concurrent attempt stored it between the Query and now.
  if (!created) return resume(deps, sub, chatId, request, window);
  return work(deps, sub, chatId, created, window, {
    lease,
    counted: 0,
    seen: undefined,
    settled: settledIn(window),
  });
}

/** What an attempt holding a turn's lease knows of how the chat counts the turn. */
interface TurnState {
  lease: Lease;
  counted: number;
  /** The turn's count as the chat's record of it last showed it (undefined: none). */
  seen: number | undefined;
  /** Turns of the history read whose own items show how they are counted. */
  settled: string[];
}

/**
 * The turns of a history window whose items show how the chat counts them:
 * a stored reply (counted before it was stored), or a count noted on the
 * user message by the attempt that gave up its lease. Their records on the
 * chat item are no longer needed.
 */
function settledIn(window: MessageItem[]): string[] {
  const replied = new Set(
    window.filter((item) => item.role === 'assistant').map((item) => messageIdOfSortKey(item.sk)),
  );
  return window
    .filter(
      (item) =>
        item.role === 'user' &&
        (replied.has(item.messageId) || (item.counted !== undefined && item.leaseId === undefined)),
    )
    .map((item) => item.messageId);
}

/**
 * The user message with this id is stored: its reply as stored, or — once no
 * other attempt holds the turn — this attempt completes it.
 */
async function resume(
  deps: SendDeps,
  sub: string,
  chatId: string,
  request: SendMessageRequest,
  window: MessageItem[],
): Promise<SendMessageResponse> {
  for (let wait = FIRST_POLL_MS; ; wait = Math.min(wait * 2, MAX_POLL_MS)) {
    const turn = await deps.store.readTurn(deps.meter, sub, chatId, request.messageId);
    if (!turn.user) throw new NotFoundError('chat not found');
    if (turn.user.content !== request.content) {
      throw new ValidationError('messageId was already used with different content');
    }
    if (turn.reply) {
      // A reply is stored only after its turn was counted, which creates the chat.
      if (!turn.chat) throw new NotFoundError('chat not found');
      return stored(turn.chat, turn.user, turn.reply);
    }
    const now = Date.now();
    if ((turn.user.leaseUntil ?? 0) < now) {
      const lease = newLease(deps);
      const taken = await deps.store.takeLease(
        deps.meter,
        sub,
        chatId,
        request.messageId,
        lease,
        now,
      );
      if (taken) {
        const seen = countedOnChat(turn.chat, request.messageId);
        const counted = seen ?? taken.counted ?? 0;
        const history = window.filter((item) => item.sk < taken.sk);
        return work(deps, sub, chatId, taken, history, {
          lease,
          counted,
          seen,
          settled: settledIn(history),
        });
      }
    }
    if (deps.deadline.signal.aborted) throw new AiTimeoutError();
    await sleep(Math.min(wait, (turn.user.leaseUntil ?? now) - now + 1), deps.deadline.signal);
  }
}

/**
 * Completes a turn whose lease this attempt holds: calls the AI, counts the
 * turn, stores the reply. Any failure on the way gives the lease up.
 */
async function work(
  deps: SendDeps,
  sub: string,
  chatId: string,
  user: MessageItem,
  history: MessageItem[],
  state: TurnState,
): Promise<SendMessageResponse> {
  const { store, meter } = deps;
  const userMessage = toMessage(user);
  let current = state;
  try {
    const completion = await deps.model.complete(conversation(history, userMessage, deps.history), {
      deadline: deps.deadline,
      meter,
      endUser: endUserOf(sub),
    });
    const reply: Message = {
      messageId: replyIdOf(userMessage.messageId),
      role: 'assistant',
      content: completion.content,
      createdAt: nowIso(deps),
    };
    const chat = await countTurnTo(deps, sub, chatId, userMessage, current, 2, reply.createdAt);
    current = { ...current, counted: 2, seen: 2 };
    const storedReply = await store.putMessageOnce(meter, sub, chatId, reply, {
      replyTo: userMessage.messageId,
      usage: completion.usage,
    });
    // Another attempt, whose lease ran out while it still worked, stored the reply first.
    if (!storedReply) return theirReply(deps, sub, chatId, userMessage);
    return stored(chat, userMessage, storedReply);
  } catch (error) {
    await giveUp(deps, sub, chatId, userMessage, current);
    throw error;
  }
}

/**
 * Moves the turn's count to `to` and returns the chat as stored after it.
 * When the chat's record of the turn changed since it was read, reads it
 * again: the change is this request's own (an SDK retry of an update that
 * had landed) or the one a failed attempt made before giving the lease up.
 */
async function countTurnTo(
  deps: SendDeps,
  sub: string,
  chatId: string,
  user: Message,
  state: TurnState,
  to: number,
  now: string,
): Promise<ChatItem> {
  let { counted: from, seen } = state;
  for (let attempt = 1; ; attempt++) {
    const chat = await deps.store.countTurn(deps.meter, sub, chatId, {
      messageId: user.messageId,
      from,
      to,
      seen,
      settled: state.settled,
      now,
      createdAt: user.createdAt,
      title: titleOf(user.content),
    });
    if (chat) return chat;
    const turn = await deps.store.readTurn(deps.meter, sub, chatId, user.messageId);
    seen = countedOnChat(turn.chat, user.messageId);
    from = seen ?? from;
    if (attempt >= 3) throw new Error('the turn’s count kept changing');
  }
}

/**
 * After a failure: the turn's user message stays stored and counted (the
 * chat is created if this was its first message), and the lease is given up
 * with the count recorded on the message, so a retry can start at once.
 * Best effort: it runs on a failure path, and a failure of its own must not
 * hide the error that brought it here (an unreleased lease runs out).
 */
async function giveUp(
  deps: SendDeps,
  sub: string,
  chatId: string,
  user: Message,
  state: TurnState,
): Promise<void> {
  let counted = state.counted;
  if (counted !== 1) {
    await countTurnTo(deps, sub, chatId, user, state, 1, nowIso(deps)).then(
      () => {
        counted = 1;
      },
      () => undefined,
    );
  }
  await deps.store
    .releaseLease(deps.meter, sub, chatId, user.messageId, state.lease.id, counted)
    .catch(() => undefined);
}

/** The answer when another attempt stored the reply first: theirs, as stored. */
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

/** A new lease: until this request's function ends, when it can no longer work on the turn. */
function newLease(deps: SendDeps): Lease {
  return { id: randomUUID(), until: deps.endsAt };
}

/** How often a request waiting for another attempt's reply looks again: from 50 ms, doubling to 400 ms. */
const FIRST_POLL_MS = 50;
const MAX_POLL_MS = 400;

/** Waits `ms`, or less when the request's deadline comes first. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return delay(Math.max(0, ms), undefined, { signal }).then(
    () => undefined,
    () => undefined,
  );
}

function nowIso(deps: SendDeps): string {
  return (deps.now?.() ?? new Date()).toISOString();
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
