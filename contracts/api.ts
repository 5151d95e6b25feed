/**
 * The API's routes and shapes: the one definition the backend, the clients,
 * the contracts and the load scenarios share. This folder has no runtime
 * dependencies (no Node built-ins), so a browser and k6 scripts can import it.
 */
import { isUlid } from './limits.ts';

/** ISO-8601 UTC timestamp, e.g. `2026-11-27T14:42:04.123Z`. */
export type IsoTimestamp = string;

export interface ChatSummary {
  chatId: string;
  title: string;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
  messageCount: number;
}

export type MessageRole = 'user' | 'assistant';

export interface Message {
  messageId: string;
  role: MessageRole;
  content: string;
  createdAt: IsoTimestamp;
}

export interface GetChatsResponse {
  chats: ChatSummary[];
  nextCursor: string | null;
}

export interface GetChatResponse {
  chat: ChatSummary;
  messages: Message[];
  nextCursor: string | null;
}

export interface SendMessageRequest {
  messageId: string;
  content: string;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface SendMessageResponse {
  chat: ChatSummary;
  userMessage: Message;
  assistantMessage: Message;
  usage: TokenUsage;
}

/** The three routes, keyed by the Lambda function that serves each. */
export const ROUTES = {
  get_chats: { method: 'GET', path: '/chats', routeKey: 'GET /chats' },
  get_chat: { method: 'GET', path: '/chats/{chatId}', routeKey: 'GET /chats/{chatId}' },
  send_message: {
    method: 'POST',
    path: '/chats/{chatId}/messages',
    routeKey: 'POST /chats/{chatId}/messages',
  },
} as const;

export type FunctionName = keyof typeof ROUTES;
export type RouteKey = (typeof ROUTES)[FunctionName]['routeKey'];

export const FUNCTION_NAMES = Object.keys(ROUTES) as FunctionName[];

export type HttpMethod = (typeof ROUTES)[FunctionName]['method'];

/**
 * What a browser may send across origins: the routes' methods (and the
 * preflight's OPTIONS), the two request headers the API reads, and how long
 * a browser may cache a preflight answer.
 */
export const CORS_POLICY = {
  allowMethods: [...new Set<string>(FUNCTION_NAMES.map((name) => ROUTES[name].method)), 'OPTIONS'],
  allowHeaders: ['authorization', 'content-type'],
  maxAgeSeconds: 3_600,
} as const;

/**
 * A reply's `messageId`: the id of the message it answers, with `.reply`
 * appended. A reply's id follows from its question's, so concurrent and
 * retried attempts of one message make the same reply, and it is never a
 * ULID, so no client can send a message with a reply's id: ids in a chat
 * are unique, whoever made them.
 */
export function replyIdOf(messageId: string): string {
  return `${messageId}${REPLY_ID_SUFFIX}`;
}

export const REPLY_ID_SUFFIX = '.reply';

/** True for a reply's id: a ULID (the message it answers) followed by `.reply`. */
export function isReplyId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.endsWith(REPLY_ID_SUFFIX) &&
    isUlid(value.slice(0, -REPLY_ID_SUFFIX.length))
  );
}

/** Concrete request paths, for clients. */
export const paths = {
  chats: (): string => '/chats',
  chat: (chatId: string): string => `/chats/${encodeURIComponent(chatId)}`,
  messages: (chatId: string): string => `/chats/${encodeURIComponent(chatId)}/messages`,
};
