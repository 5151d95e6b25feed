/**
 * Key derivation. Every key starts from the caller's `sub`, so one user's
 * request can never name another user's items: another user's chat is
 * indistinguishable from a missing one.
 */
import { TABLE_KEYS } from './table.ts';

export const CHAT_SORT_KEY = 'CHAT';
export const MESSAGE_PREFIX = 'MSG#';
const REPLY_SUFFIX = '#A';

export interface ItemKey {
  [TABLE_KEYS.partitionKey]: string;
  [TABLE_KEYS.sortKey]: string;
}

export function userPartition(sub: string): string {
  assertKeyPart('sub', sub);
  return `U#${sub}`;
}

export function chatPartition(sub: string, chatId: string): string {
  assertKeyPart('chatId', chatId);
  return `${userPartition(sub)}#C#${chatId}`;
}

export function chatKey(sub: string, chatId: string): ItemKey {
  return { pk: chatPartition(sub, chatId), sk: CHAT_SORT_KEY };
}

export function userMessageKey(sub: string, chatId: string, messageId: string): ItemKey {
  assertKeyPart('messageId', messageId);
  return { pk: chatPartition(sub, chatId), sk: `${MESSAGE_PREFIX}${messageId}` };
}

export function replyKey(sub: string, chatId: string, messageId: string): ItemKey {
  const key = userMessageKey(sub, chatId, messageId);
  return { pk: key.pk, sk: `${key.sk}${REPLY_SUFFIX}` };
}

/** The activity-index sort key: most recently active chats sort last. */
export function activitySortKey(updatedAt: string, chatId: string): string {
  return `${updatedAt}#${chatId}`;
}

/** The id of the user message a message item belongs to (itself, or the one a reply answers). */
export function messageIdOfSortKey(sk: string): string | undefined {
  if (!sk.startsWith(MESSAGE_PREFIX)) return undefined;
  const rest = sk.slice(MESSAGE_PREFIX.length);
  return rest.endsWith(REPLY_SUFFIX) ? rest.slice(0, -REPLY_SUFFIX.length) : rest;
}

/** `#` separates key parts, so no part may contain it (ULIDs and Cognito subs never do). */
function assertKeyPart(name: string, value: string): void {
  if (value.length === 0 || value.includes('#')) {
    throw new TypeError(`${name} cannot be part of a key: ${JSON.stringify(value)}`);
  }
}
