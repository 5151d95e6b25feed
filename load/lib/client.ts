/**
 * The chat API as the scenarios call it: one method per route, each request
 * tagged with its route (and, for sends, chat, message and user) and
 * recorded by `record()`. Asynchronous (`http.asyncRequest`), so every
 * scenario runs under real k6 1.x and the built-in engine alike.
 */
import { sha256 } from 'k6/crypto';
import http, { type RefinedResponse, type ResponseType } from 'k6/http';
import { paths, ROUTES } from '../../contracts/index.ts';
import { type Recorded, record, type Tags } from './record.ts';
import { SAMPLE_TAGS } from './samples.ts';
import type { LoadUser } from './users.ts';

export type Response = RefinedResponse<ResponseType | undefined>;

export interface Call extends Recorded {
  response: Response;
  /** The parsed JSON body, or `undefined` when it was not JSON. */
  body: unknown;
}

export interface RequestOptions {
  /** Statuses this call expects (default 2xx); others count as failed requests. */
  expect?: readonly number[];
  /** Extra tags (e.g. `step`). */
  tags?: Tags;
  /** The Authorization header's value; default `Bearer <the user's token>`, `null` for none. */
  authorization?: string | null;
}

export class ChatClient {
  constructor(
    private readonly apiUrl: string,
    readonly user: LoadUser,
    private readonly tags: Tags = {},
  ) {}

  listChats(query = '', options: RequestOptions = {}): Promise<Call> {
    return this.#call('get_chats', 'GET', `${paths.chats()}${query}`, null, {}, options);
  }

  readChat(chatId: string, query = '', options: RequestOptions = {}): Promise<Call> {
    return this.#call('get_chat', 'GET', `${paths.chat(chatId)}${query}`, null, {}, options);
  }

  /**
   * Sends `body` as is (a string) or as JSON; the ledger tags name the chat
   * and message, and for a JSON body the content's digest.
   */
  sendMessage(
    chatId: string,
    messageId: string,
    body: string | { messageId: string; content: string },
    options: RequestOptions = {},
  ): Promise<Call> {
    const ledger = {
      [SAMPLE_TAGS.chat]: chatId,
      [SAMPLE_TAGS.message]: messageId,
      [SAMPLE_TAGS.user]: String(this.user.index),
      // The backend stores the content trimmed (String.prototype.trim in both runtimes).
      ...(typeof body === 'string'
        ? {}
        : { [SAMPLE_TAGS.contentSha256]: sha256(body.content.trim(), 'hex') }),
    };
    const payload = typeof body === 'string' ? body : JSON.stringify(body);
    return this.#call('send_message', 'POST', paths.messages(chatId), payload, ledger, options);
  }

  async #call(
    fn: keyof typeof ROUTES,
    method: string,
    path: string,
    payload: string | null,
    ledger: Tags,
    options: RequestOptions,
  ): Promise<Call> {
    const route = ROUTES[fn].routeKey;
    const tags: Tags = {
      ...this.tags,
      ...options.tags,
      ...ledger,
      [SAMPLE_TAGS.route]: route,
      name: route,
    };
    const authorization =
      options.authorization === undefined
        ? `Bearer ${this.user.accessToken}`
        : options.authorization;
    const headers: Record<string, string> = {};
    if (authorization !== null) headers.authorization = authorization;
    if (payload !== null) headers['content-type'] = 'application/json';
    const expect = options.expect;
    const response = await http.asyncRequest(method, `${this.apiUrl}${path}`, payload, {
      headers,
      tags,
      responseCallback: expect
        ? http.expectedStatuses(...expect)
        : http.expectedStatuses({ min: 200, max: 299 }),
    });
    const recorded = record(response, tags, expect);
    return { response, body: parseBody(response), ...recorded };
  }
}

function parseBody(response: Response): unknown {
  if (typeof response.body !== 'string' || response.body === '') return undefined;
  try {
    return JSON.parse(response.body);
  } catch {
    return undefined;
  }
}
