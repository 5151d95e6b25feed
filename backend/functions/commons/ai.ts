/**
 * The AI provider behind one interface: OpenAI Chat Completions through the
 * official `openai` SDK, or Anthropic Messages through `@anthropic-ai/sdk`
 * (ai-openai.ts, ai-anthropic.ts). Only the configured provider's SDK is
 * loaded, on first use, and a bundle built for a stage carries only that
 * stage's SDK (`LOOPGAUGE_AI_PROVIDER` below). Each call has a per-attempt
 * timeout and a bounded retry budget, and all of it is cut off by the
 * request's deadline so the function answers before API Gateway's 30 s
 * integration limit
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html).
 * Provider failures become the contract's error codes here and nowhere else.
 */
import type {
  ChatTurn,
  Completion,
  ProviderAdapter,
  ProviderClient,
  ProviderFailure,
} from './ai-provider.ts';
import { type AiConfig, type AiProviderName, ENV, readAiConfig } from './config.ts';
import {
  AiProviderError,
  AiRateLimitedError,
  AiTimeoutError,
  ApiError,
  asError,
  ConfigError,
} from './errors.ts';
import type { RequestMeter } from './meter.ts';
import { type SecretSource, secretSourceFor } from './secrets.ts';

export type { ChatTurn, Completion, ProviderFailure } from './ai-provider.ts';

/** When the request must stop waiting for the provider. */
export interface Deadline {
  signal: AbortSignal;
  /** Epoch milliseconds at which `signal` aborts. */
  at: number;
}

export interface CompletionOptions {
  /** Cuts off the call and its retries when the request must answer. */
  deadline: Deadline;
  meter: RequestMeter;
  /**
   * A stable, opaque id of the end user (a hash, never the `sub` itself),
   * sent as OpenAI's `safety_identifier` / Anthropic's `metadata.user_id`.
   */
  endUser: string;
}

export interface ChatModel {
  /** Completes the conversation; rejects with an AI_* ApiError only. */
  complete(turns: ChatTurn[], options: CompletionOptions): Promise<Completion>;
}

/**
 * The one provider a bundle carries, replaced at build time by esbuild's
 * `define` with the stage's provider (bundle-options.ts), so that the other
 * SDK's import below is dead code that esbuild drops
 * (https://esbuild.github.io/api/#define). Not defined when the functions run
 * from source (tests): then both providers can be loaded.
 */
declare const LOOPGAUGE_AI_PROVIDER: AiProviderName;

/**
 * How to load the provider module, decided at init: fails fast when the
 * bundle was built for another provider than the environment names.
 */
function adapterLoader(provider: AiProviderName): () => Promise<ProviderAdapter> {
  // Each condition starts with the build-time constant, so esbuild folds the
  // whole `if` away in a bundle built for the other provider.
  if (typeof LOOPGAUGE_AI_PROVIDER === 'undefined' || LOOPGAUGE_AI_PROVIDER === 'openai') {
    if (provider === 'openai') return () => import('./ai-openai.ts');
  }
  if (typeof LOOPGAUGE_AI_PROVIDER === 'undefined' || LOOPGAUGE_AI_PROVIDER === 'anthropic') {
    if (provider === 'anthropic') return () => import('./ai-anthropic.ts');
  }
  throw new ConfigError(
    `${ENV.aiProvider} is "${provider}", but this bundle carries the ${LOOPGAUGE_AI_PROVIDER} SDK only`,
  );
}

/** First retry waits this long without a `retry-after`; each later one twice as long. */
const BASE_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 4_000;

/**
 * A model whose client is rebuilt only when the key changes (the key source
 * caches; a rotated key yields a new client on the next refresh).
 *
 * Retries are made here, not by the SDKs (their `maxRetries` is 0): the SDKs
 * follow `retry-after` however long it is and do not all abort that wait, so
 * a provider's 429 could keep the function past its deadline. Here a retry
 * happens only while its wait still fits before the deadline, and the wait
 * ends with the deadline.
 */
export class ProviderChatModel implements ChatModel {
  readonly #config: AiConfig;
  readonly #key: SecretSource;
  readonly #load: () => Promise<ProviderAdapter>;
  #adapter: Promise<ProviderAdapter> | undefined;
  #client: { key: string; client: ProviderClient } | undefined;

  constructor(config: AiConfig, key: SecretSource) {
    this.#config = config;
    this.#key = key;
    this.#load = adapterLoader(config.provider);
  }

  async complete(
    turns: ChatTurn[],
    { deadline, meter, endUser }: CompletionOptions,
  ): Promise<Completion> {
    const key = await meter.time('ssm', () => this.#key.get());
    const adapter = await this.#loadAdapter();
    if (this.#client?.key !== key) {
      this.#client = { key, client: adapter.createClient(this.#config, key) };
    }
    const { client } = this.#client;
    for (let attempt = 1; ; attempt++) {
      try {
        const completion = await meter.time('ai', () =>
          client.call(turns, deadline.signal, endUser),
        );
        if (completion.content.length === 0) throw new AiProviderError('empty completion');
        return completion;
      } catch (thrown) {
        const error = asError(thrown);
        const failure = classifyFailure(error, adapter.classify);
        const mapped = toAiError(error, failure, deadline.signal);
        const wait = plannedRetry(
          failure,
          attempt,
          this.#config.maxRetries,
          deadline.at - Date.now(),
        );
        if (wait === undefined) throw mapped;
        await meter.time('ai', () => sleep(wait, deadline.signal));
        if (deadline.signal.aborted) throw mapped;
      }
    }
  }

  #loadAdapter(): Promise<ProviderAdapter> {
    this.#adapter ??= this.#load();
    return this.#adapter;
  }
}

/** The model behind send_message, built once per execution environment. */
export function createChatModel(
  env: Readonly<Record<string, string | undefined>>,
  secret?: SecretSource,
): { model: ChatModel; config: AiConfig } {
  const config = readAiConfig(env);
  return { model: new ProviderChatModel(config, secret ?? secretSourceFor(config)), config };
}

function classifyFailure(error: Error, classify: ProviderAdapter['classify']): ProviderFailure {
  return error instanceof AiProviderError ? { kind: 'other' } : classify(error);
}

/**
 * The wait before the next attempt, or undefined when there is none: no
 * retries left, a failure a retry cannot fix, or a wait that would not end
 * before the deadline (`remainingMs`).
 */
export function plannedRetry(
  failure: ProviderFailure,
  attempt: number,
  maxRetries: number,
  remainingMs: number,
): number | undefined {
  if (attempt > maxRetries) return undefined;
  const wait = retryDelay(failure, attempt);
  return wait !== undefined && wait < remainingMs ? wait : undefined;
}

/** How long to wait before retrying a failure, or undefined when it is not worth retrying. */
export function retryDelay(failure: ProviderFailure, attempt: number): number | undefined {
  const backoff = Math.min(BASE_BACKOFF_MS * 2 ** (attempt - 1), MAX_BACKOFF_MS);
  if (failure.kind === 'timeout' || failure.kind === 'connection') return backoff;
  if (failure.kind !== 'status' || failure.status === undefined) return undefined;
  const { status } = failure;
  if (refusedRequest(status) || status < 400) return undefined;
  return retryAfterMs(failure.headers) ?? backoff;
}

/** `retry-after-ms` (OpenAI), else `retry-after` in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number(headers?.get('retry-after-ms') ?? Number.NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** 4xx answers other than timeouts, conflicts and rate limits: the request itself is refused. */
function refusedRequest(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500 && ![408, 409, 429].includes(status);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

/**
 * Maps a provider failure to an AI_* error, keeping the SDK's error as
 * `cause`. A provider that rejects the request itself (400, 401, 403, 404:
 * a bad key, an unknown model, a prompt over the context window) is a
 * misconfiguration of this deployment, not an outage: INTERNAL, not retryable.
 */
export function toAiError(error: Error, failure: ProviderFailure, deadline?: AbortSignal): Error {
  if (
    error instanceof AiProviderError ||
    error instanceof AiRateLimitedError ||
    error instanceof AiTimeoutError
  ) {
    return error;
  }
  if (deadline?.aborted) return new AiTimeoutError({ cause: error });
  if (failure.kind === 'timeout') return new AiTimeoutError({ cause: error });
  if (failure.kind === 'status') {
    if (failure.status === 429) return new AiRateLimitedError({ cause: error });
    if (failure.status === 408 || failure.status === 504) {
      return new AiTimeoutError({ cause: error });
    }
    if (refusedRequest(failure.status)) {
      return new ApiError('INTERNAL', `provider refused the request (${failure.status})`, {
        cause: error,
      });
    }
    return new AiProviderError(`provider answered ${failure.status ?? 'without a status'}`, {
      cause: error,
    });
  }
  // Malformed bodies, broken streams and anything else the SDKs surface.
  return new AiProviderError('provider response could not be used', { cause: error });
}
