/**
 * The typed client a frontend uses: the API's three routes over `fetch`,
 * with the caller's access token, typed results and typed errors, and an
 * optional retry of the answers that invite one. Web APIs only (`fetch`,
 * `AbortSignal`, timers), so it runs in a browser and in Node alike.
 */
import type {
  GetChatResponse,
  GetChatsResponse,
  SendMessageRequest,
  SendMessageResponse,
} from '../api.ts';
import { type ChatApiError, readResponse } from './errors.ts';
import {
  type ApiRequest,
  getChatRequest,
  listChatsRequest,
  type PageQuery,
  requestUrl,
  sendMessageRequest,
  withAccessToken,
} from './requests.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelayMs } from './retry.ts';

export interface ChatApiClientOptions {
  /** The API's base URL, e.g. `https://abc123.execute-api.eu-west-1.amazonaws.com`. */
  baseUrl: string;
  /** The signed-in user's access token, asked for before every attempt; undefined sends none. */
  getToken: () => string | undefined | Promise<string | undefined>;
  /** Retry 429, 503 and `retryable` answers: `true` for the default policy. Default: no retries. */
  retry?: boolean | Partial<RetryPolicy>;
  fetch?: typeof fetch;
  /** For tests: the wait between attempts and the jitter's randomness. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export class ChatApiClient {
  readonly #options: ChatApiClientOptions;
  readonly #policy: RetryPolicy | undefined;

  constructor(options: ChatApiClientOptions) {
    this.#options = options;
    const { retry } = options;
    this.#policy =
      retry === undefined || retry === false
        ? undefined
        : { ...DEFAULT_RETRY_POLICY, ...(retry === true ? {} : retry) };
  }

  /** One page of the caller's chats, most recently active first. */
  listChats(query?: PageQuery, options?: CallOptions): Promise<GetChatsResponse> {
    return this.#send(listChatsRequest(query), options);
  }

  /** One page of a chat's messages, oldest first, with the chat's summary. */
  getChat(chatId: string, query?: PageQuery, options?: CallOptions): Promise<GetChatResponse> {
    return this.#send(getChatRequest(chatId, query), options);
  }

  /**
   * Sends a message (creating the chat if it is new) and returns it with
   * the assistant's reply. Retries resend the same `messageId`, which the
   * API answers with the stored pair instead of a second reply.
   */
  sendMessage(
    chatId: string,
    message: SendMessageRequest,
    options?: CallOptions,
  ): Promise<SendMessageResponse> {
    return this.#send(sendMessageRequest(chatId, message), options);
  }

  async #send<T>(request: ApiRequest, options: CallOptions = {}): Promise<T> {
    const send = this.#options.fetch ?? fetch;
    for (let attempt = 1; ; attempt++) {
      const signed = withAccessToken(request, await this.#options.getToken());
      const response = await send(requestUrl(this.#options.baseUrl, signed), {
        method: signed.method,
        headers: signed.headers,
        ...(signed.body === undefined ? {} : { body: signed.body }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      const outcome = readResponse<T>(
        response.status,
        await response.text(),
        response.headers.get('retry-after'),
      );
      if (outcome.ok) return outcome.body;
      const wait = this.#retryWait(outcome.error, attempt);
      if (wait === undefined) throw outcome.error;
      await (this.#options.sleep ?? sleep)(wait, options.signal);
      options.signal?.throwIfAborted();
    }
  }

  #retryWait(error: ChatApiError, attempt: number): number | undefined {
    if (!this.#policy) return undefined;
    return retryDelayMs(error, attempt, this.#policy, this.#options.random ?? Math.random);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });
}
