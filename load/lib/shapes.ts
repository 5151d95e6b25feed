/**
 * Checks that a response body has the shape `contracts/` defines, for the
 * scenarios' checks. They look at every field a client reads, not at values.
 */
import {
  type ChatSummary,
  type GetChatResponse,
  type GetChatsResponse,
  isErrorResponse,
  isReplyId,
  isUlid,
  type Message,
  type SendMessageResponse,
} from '../../contracts/index.ts';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isChatSummary(value: unknown): value is ChatSummary {
  return (
    isRecord(value) &&
    isUlid(value.chatId) &&
    typeof value.title === 'string' &&
    typeof value.createdAt === 'string' &&
    ISO_UTC.test(value.createdAt) &&
    typeof value.updatedAt === 'string' &&
    ISO_UTC.test(value.updatedAt) &&
    Number.isInteger(value.messageCount) &&
    (value.messageCount as number) >= 0
  );
}

/** A message: a user's has the client's ULID, a reply its question's with `.reply`. */
export function isMessage(value: unknown): value is Message {
  return (
    isRecord(value) &&
    ((value.role === 'user' && isUlid(value.messageId)) ||
      (value.role === 'assistant' && isReplyId(value.messageId))) &&
    typeof value.content === 'string' &&
    typeof value.createdAt === 'string' &&
    ISO_UTC.test(value.createdAt)
  );
}

const isCursor = (value: unknown) => value === null || typeof value === 'string';

export function isGetChatsResponse(value: unknown): value is GetChatsResponse {
  return (
    isRecord(value) &&
    Array.isArray(value.chats) &&
    value.chats.every(isChatSummary) &&
    isCursor(value.nextCursor)
  );
}

export function isGetChatResponse(value: unknown): value is GetChatResponse {
  return (
    isRecord(value) &&
    isChatSummary(value.chat) &&
    Array.isArray(value.messages) &&
    value.messages.every(isMessage) &&
    isCursor(value.nextCursor)
  );
}

export function isSendMessageResponse(value: unknown): value is SendMessageResponse {
  return (
    isRecord(value) &&
    isChatSummary(value.chat) &&
    isMessage(value.userMessage) &&
    value.userMessage.role === 'user' &&
    isMessage(value.assistantMessage) &&
    value.assistantMessage.role === 'assistant' &&
    isRecord(value.usage) &&
    Number.isInteger(value.usage.inputTokens) &&
    Number.isInteger(value.usage.outputTokens)
  );
}

/** The backend's error body with this code. */
export function isErrorWithCode(value: unknown, code: string): boolean {
  return isErrorResponse(value) && value.error.code === code && typeof value.requestId === 'string';
}
