/**
 * The audit of a run: what a stage's chat table holds, read through the
 * backend's own store code and keys, against the ledger of the sends the run
 * made. It reports what must never happen, whatever failed during the run:
 *
 * - lost: a send answered 200 whose user message or reply is not stored;
 * - duplicated: a message id stored more than once in a chat;
 * - orphaned: a stored message the ledger never sent, a reply without its
 *   user message, messages of a chat that has no summary;
 * - miscounted: a chat whose `messageCount` is not its number of messages;
 * - altered: a stored user message whose content is not what was sent.
 *
 * A send that never got a 200 may leave its user message stored without a
 * reply (and counted): that is `unanswered`, reported but not a failure.
 * Only the chats the ledger names are read (Query, never Scan), so the
 * audit costs the run's own data and works on a shared deployed table.
 */
import { createHash } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  CHAT_SORT_KEY,
  type ChatItem,
  ChatStore,
  type MessageItem,
  messageIdOfSortKey,
  RequestMeter,
} from '#backend';
import type { JournalEntry } from '#mock-provider';
import { clientConfig, type Target } from './target.ts';

/**
 * One attempt of a send, as the load run saw it (its samples carry the chat
 * and message ids). Retries of a message are further records with the same
 * `messageId`.
 */
export interface SendRecord {
  /** The sender's `sub` (every key derives from it). */
  sub: string;
  chatId: string;
  messageId: string;
  /**
   * The SHA-256 of the content as sent (`contentSha256`; a load run's
   * samples carry it as k6/crypto writes it); when given, the stored
   * message's content must have the same digest.
   */
  contentSha256?: string;
  /** The HTTP status this attempt got; 0 when no response arrived. */
  status: number;
}

export type FindingKind = 'lost' | 'duplicated' | 'orphaned' | 'miscounted' | 'altered';

export interface AuditFinding {
  kind: FindingKind;
  sub: string;
  chatId: string;
  messageId?: string;
  detail: string;
}

export interface AuditReport {
  /** True when there are no findings. */
  ok: boolean;
  checked: { sends: number; messages: number; chats: number; storedMessages: number };
  findings: AuditFinding[];
  /** Messages never answered 200 whose user message is stored without a reply. */
  unanswered: Array<{ sub: string; chatId: string; messageId: string }>;
}

/** What one chat's partition holds. */
export interface ChatContents {
  sub: string;
  chatId: string;
  summary: ChatItem | undefined;
  /** Message items in key order. */
  items: MessageItem[];
}

const PAGE_SIZE = 100;

/** Reads the chats the ledger names from the target's table and audits them. */
export async function auditTarget(target: Target, ledger: SendRecord[]): Promise<AuditReport> {
  const client = new DynamoDBClient(clientConfig(target, 'dynamodb'));
  try {
    const store = new ChatStore(
      DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
      target.tableName,
    );
    const chats: ChatContents[] = [];
    for (const { sub, chatId } of chatsOf(ledger)) chats.push(await readChat(store, sub, chatId));
    return auditChats(ledger, chats);
  } finally {
    client.destroy();
  }
}

/** Every item of one chat's partition, page by page (one Query each). */
export async function readChat(
  store: ChatStore,
  sub: string,
  chatId: string,
): Promise<ChatContents> {
  const meter = new RequestMeter();
  const contents: ChatContents = { sub, chatId, summary: undefined, items: [] };
  let after: string | undefined;
  do {
    const page = await store.readChat(meter, sub, chatId, PAGE_SIZE, after);
    for (const item of page.items) {
      if (item.sk === CHAT_SORT_KEY) contents.summary = item as ChatItem;
      else contents.items.push(item as MessageItem);
    }
    after = page.lastKey?.sk;
  } while (after !== undefined);
  return contents;
}

/** The audit itself, over chats already read. */
export function auditChats(ledger: SendRecord[], chats: ChatContents[]): AuditReport {
  const findings: AuditFinding[] = [];
  const unanswered: AuditReport['unanswered'] = [];
  const sends = messagesOf(ledger);
  let storedMessages = 0;
  for (const chat of chats) {
    const { sub, chatId } = chat;
    const found = (kind: FindingKind, detail: string, messageId?: string) =>
      findings.push({ kind, sub, chatId, detail, ...(messageId ? { messageId } : {}) });
    storedMessages += chat.items.length;
    const users = new Map<string, MessageItem>();
    const replies = new Map<string, MessageItem>();
    const ids = new Map<string, number>();
    for (const item of chat.items) {
      const question = messageIdOfSortKey(item.sk);
      if (question === undefined) continue;
      (item.role === 'user' ? users : replies).set(question, item);
      ids.set(item.messageId, (ids.get(item.messageId) ?? 0) + 1);
    }
    for (const [id, count] of ids) {
      if (count > 1) found('duplicated', `message id stored ${count} times`, id);
    }
    if (!chat.summary && chat.items.length > 0) {
      found('orphaned', `${chat.items.length} messages stored without a chat summary`);
    }
    if (chat.summary && chat.summary.messageCount !== chat.items.length) {
      found(
        'miscounted',
        `messageCount ${chat.summary.messageCount}, ${chat.items.length} messages stored`,
      );
    }
    for (const question of replies.keys()) {
      if (!users.has(question)) found('orphaned', 'a reply without its user message', question);
    }
    const sent = sends.get(chatKeyOf(sub, chatId)) ?? new Map<string, MessageSend>();
    for (const id of users.keys()) {
      if (!sent.has(id)) found('orphaned', 'a stored user message no send of the ledger made', id);
    }
    for (const [id, send] of sent) {
      const user = users.get(id);
      const reply = replies.get(id);
      if (send.answered && !user) found('lost', 'answered 200, user message not stored', id);
      if (send.answered && !reply) found('lost', 'answered 200, reply not stored', id);
      if (!send.answered && user && !reply) unanswered.push({ sub, chatId, messageId: id });
      if (user && send.digest !== undefined && digestOf(user.content) !== send.digest) {
        found('altered', 'stored content differs from the content sent', id);
      }
    }
  }
  return {
    ok: findings.length === 0,
    checked: {
      sends: ledger.length,
      messages: [...sends.values()].reduce((sum, chat) => sum + chat.size, 0),
      chats: chats.length,
      storedMessages,
    },
    findings,
    unanswered,
  };
}

/**
 * AI calls the mock provider answered more than once: requests with the same
 * body (fingerprint) after one of them was answered. Each is a provider call
 * (and its tokens) paid twice for one turn. Bodies carry the whole
 * conversation and the user's hashed id, so only a repeat of one turn
 * shares a fingerprint — or two chats of one user opening with the same words.
 */
export function duplicateAiCalls(journal: readonly JournalEntry[]): number {
  const answered = new Set<string>();
  let duplicates = 0;
  for (const entry of [...journal].sort((a, b) => a.seq - b.seq)) {
    if (entry.fingerprint === null) continue;
    if (answered.has(entry.fingerprint)) duplicates += 1;
    if (entry.outcome === 'ok') answered.add(entry.fingerprint);
  }
  return duplicates;
}

/** The mock provider's journal of a target whose stage runs one, oldest first. */
export async function readAiJournal(
  target: Target,
): Promise<{ entries: JournalEntry[]; dropped: number } | undefined> {
  if (!target.mockProviderUrl) return undefined;
  const response = await fetch(`${target.mockProviderUrl}/__mock/journal`);
  if (!response.ok) throw new Error(`the mock provider's journal answered ${response.status}`);
  return (await response.json()) as { entries: JournalEntry[]; dropped: number };
}

/** One line, then one line per finding. */
export function formatAudit(report: AuditReport): string {
  const { sends, messages, chats, storedMessages } = report.checked;
  const head = `audit: ${report.ok ? 'ok' : `${report.findings.length} findings`} — ${sends} sends of ${messages} messages in ${chats} chats, ${storedMessages} messages stored, ${report.unanswered.length} unanswered`;
  return [
    head,
    ...report.findings.map(
      (f) =>
        `  ${f.kind}: ${f.sub} ${f.chatId}${f.messageId ? ` ${f.messageId}` : ''}: ${f.detail}`,
    ),
  ].join('\n');
}

interface MessageSend {
  answered: boolean;
  /** The SHA-256 of the content as it must be stored, when the ledger says. */
  digest: string | undefined;
}

/** SHA-256, hex, of a string's UTF-8 bytes (as k6/crypto's `sha256(text, 'hex')`). */
function digestOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A `SendRecord`'s `contentSha256`: the digest of the content as the backend stores it (trimmed). */
export function contentSha256(content: string): string {
  return digestOf(content.trim());
}

function chatKeyOf(sub: string, chatId: string): string {
  return `${sub}\0${chatId}`;
}

function chatsOf(ledger: SendRecord[]): Array<{ sub: string; chatId: string }> {
  const seen = new Map<string, { sub: string; chatId: string }>();
  for (const { sub, chatId } of ledger) seen.set(chatKeyOf(sub, chatId), { sub, chatId });
  return [...seen.values()];
}

/** The ledger by chat, then message: answered when any attempt got a 200. */
function messagesOf(ledger: SendRecord[]): Map<string, Map<string, MessageSend>> {
  const chats = new Map<string, Map<string, MessageSend>>();
  for (const record of ledger) {
    const key = chatKeyOf(record.sub, record.chatId);
    const chat = chats.get(key) ?? new Map<string, MessageSend>();
    chats.set(key, chat);
    const send = chat.get(record.messageId) ?? { answered: false, digest: undefined };
    send.answered ||= record.status === 200;
    send.digest ??= record.contentSha256;
    chat.set(record.messageId, send);
  }
  return chats;
}
