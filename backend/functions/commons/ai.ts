/**
 * The AI provider behind one interface: OpenAI Chat Completions through the
 * official `openai` SDK, or Anthropic Messages through `@anthropic-ai/sdk`
 * (ai-openai.ts, ai-anthropic.ts). Only the configured provider's SDK is
 * loaded, on first use. Each call has a per-attempt timeout and a bounded
 * retry budget, and all of it is cut off by the request's deadline so the
 * function answers before API Gateway's 30 s integration limit (facts.md §2.2,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html).
 * Provider failures become the contract's error codes here and nowhere else.
 */
import type { MessageRole, TokenUsage } from '#contracts';
import { type AiConfig, readAiConfig } from './config.ts';
import { AiProviderError, AiRateLimitedError, AiTimeoutError, asError } from './errors.ts';
import type { RequestMeter } from './meter.ts';
import { type SecretSource, secretSourceFor } from './secrets.ts';

export interface ChatTurn {
  role: MessageRole;
  content: string;
}

export interface Completion {
  content: string;
  usage: TokenUsage;
}

export interface CompletionOptions {
  /** Aborts the call (and its retries) when the request must answer. */
  deadline: AbortSignal;
  meter: RequestMeter;
}

export interface ChatModel {
  /** Completes the conversation; rejects with an AI_* ApiError only. */
  complete(turns: ChatTurn[], options: CompletionOptions): Promise<Completion>;
}

export const SYSTEM_PROMPT = 'You are a helpful assistant. Answer concisely.';

/** A provider SDK's failure, in the terms the error mapping needs. */
export type ProviderFailure =
  | { kind: 'timeout' }
  | { kind: 'status'; status: number | undefined }
  | { kind: 'other' };

export interface ProviderClient {
  call(turns: ChatTurn[], signal: AbortSignal): Promise<Completion>;
}

/** What each provider module (ai-openai.ts, ai-anthropic.ts) exports. */
export interface ProviderAdapter {
  createClient(config: AiConfig, apiKey: string): ProviderClient;
  classify(error: Error): ProviderFailure;
}

/**
 * A model whose client is rebuilt only when the key changes (the key source
 * caches; a rotated key yields a new client on the next refresh).
 */
export class ProviderChatModel implements ChatModel {
  readonly #config: AiConfig;
  readonly #key: SecretSource;
  #adapter: Promise<ProviderAdapter> | undefined;
  #client: { key: string; client: ProviderClient } | undefined;

  constructor(config: AiConfig, key: SecretSource) {
    this.#config = config;
    this.#key = key;
  }

  async complete(turns: ChatTurn[], { deadline, meter }: CompletionOptions): Promise<Completion> {
    const key = await meter.time('ssm', () => this.#key.get());
    const adapter = await this.#loadAdapter();
    if (this.#client?.key !== key)
      this.#client = { key, client: adapter.createClient(this.#config, key) };
    const { client } = this.#client;
    try {
      const completion = await meter.time('ai', () => client.call(turns, deadline));
      if (completion.content.length === 0) throw new AiProviderError('empty completion');
      return completion;
    } catch (error) {
      throw toAiError(error, adapter.classify, deadline);
    }
  }

  #loadAdapter(): Promise<ProviderAdapter> {
    this.#adapter ??=
      this.#config.provider === 'openai' ? import('./ai-openai.ts') : import('./ai-anthropic.ts');
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

/** Maps anything a provider SDK throws to an AI_* error, keeping it as `cause`. */
export function toAiError(
  thrown: unknown,
  classify: ProviderAdapter['classify'],
  deadline?: AbortSignal,
): Error {
  if (
    thrown instanceof AiProviderError ||
    thrown instanceof AiRateLimitedError ||
    thrown instanceof AiTimeoutError
  ) {
    return thrown;
  }
  const error = asError(thrown);
  if (deadline?.aborted) return new AiTimeoutError({ cause: error });
  const failure = classify(error);
  if (failure.kind === 'timeout') return new AiTimeoutError({ cause: error });
  if (failure.kind === 'status') {
    if (failure.status === 429) return new AiRateLimitedError({ cause: error });
    if (failure.status === 408 || failure.status === 504)
      return new AiTimeoutError({ cause: error });
    return new AiProviderError(`provider answered ${failure.status ?? 'without a status'}`, {
      cause: error,
    });
  }
  // Malformed bodies, broken streams and anything else the SDKs surface.
  return new AiProviderError('provider response could not be used', { cause: error });
}
