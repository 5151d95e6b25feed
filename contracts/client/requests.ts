/**
 * The API's requests as plain data: method, path with query, headers and
 * body. No `fetch`, no URL or URLSearchParams (k6 has neither), no Node: the
 * typed client sends these with `fetch`, and a k6 script can send the same
 * ones with `http.request(request.method, baseUrl + request.path, request.body,
 * { headers: request.headers })`.
 */
import { type HttpMethod, paths, type SendMessageRequest } from '../api.ts';

export interface ApiRequest {
  method: HttpMethod;
  /** Path and query string, to append to the API's base URL. */
  path: string;
  headers: Record<string, string>;
  /** JSON text, for requests that carry a body. */
  body?: string;
}

/** One page of a listing: `limit` items after the position `cursor` names. */
export interface PageQuery {
  limit?: number;
  cursor?: string;
}

export function listChatsRequest(query: PageQuery = {}): ApiRequest {
  return { method: 'GET', path: `${paths.chats()}${queryString(query)}`, headers: {} };
}

export function getChatRequest(chatId: string, query: PageQuery = {}): ApiRequest {
  return { method: 'GET', path: `${paths.chat(chatId)}${queryString(query)}`, headers: {} };
}

/**
 * The body names the message by its client-generated `messageId`: sending the
 * same request again (a retry) is safe, the API answers it with the stored pair.
 */
export function sendMessageRequest(chatId: string, message: SendMessageRequest): ApiRequest {
  return {
    method: 'POST',
    path: paths.messages(chatId),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messageId: message.messageId, content: message.content }),
  };
}

/** The request with the caller's access token (the API's JWT authorizer reads `Authorization`). */
export function withAccessToken(request: ApiRequest, token: string | undefined): ApiRequest {
  if (token === undefined) return request;
  return { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } };
}

/** `baseUrl` (with or without a trailing `/`) joined with the request's path. */
export function requestUrl(baseUrl: string, request: ApiRequest): string {
  return `${baseUrl.replace(/\/+$/, '')}${request.path}`;
}

function queryString(query: PageQuery): string {
  const pairs: string[] = [];
  if (query.limit !== undefined) pairs.push(`limit=${encodeURIComponent(String(query.limit))}`);
  if (query.cursor !== undefined) pairs.push(`cursor=${encodeURIComponent(query.cursor)}`);
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}
