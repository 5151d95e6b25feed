/**
 * The AI provider behind one interface: OpenAI Chat Completions through the
 * official `openai` SDK, or Anthropic Messages through `@anthropic-ai/sdk`.
 * Each call has a per-attempt timeout and a bounded retry budget, and all of
 * it is cut off by the request's deadline so the function answers before API
 * Gateway's 30 s integration limit (facts.md §2.2,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html).
 * Provider failures become the contract's error codes here and nowhere else.
 */
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import type { MessageRole, TokenUsage } from '#contracts';
import type { AiConfig } from './config.ts';
import { AiProviderError, AiRateLimitedError, AiTimeoutError, asError } from './errors.ts';
import type { RequestMeter } from './meter.ts';
import type { SecretSource } from './secrets.ts';

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

interface ProviderClient {
  call(turns: ChatTurn[], signal: AbortSignal): Promise<Completion>;
}

/**
 * A model whose client is rebuilt only when the key changes (the key source
 * caches; a rotated key yields a new client on the next refresh).
 */
export class ProviderChatModel implements ChatModel {
  readonly #config: AiConfig;
  readonly #key: SecretSource;
  #client: { key: string; client: ProviderClient } | undefined;

  constructor(config: AiConfig, key: SecretSource) {
    this.#config = config;
    this.#key = key;
  }

  async complete(turns: ChatTurn[], { deadline, meter }: CompletionOptions): Promise<Completion> {
    const key = await meter.time('ssm', () => this.#key.get());
    const client = this.#clientFor(key);
    try {
      const completion = await meter.time('ai', () => client.call(turns, deadline));
      if (completion.content.length === 0) throw new AiProviderError('empty completion');
      return completion;
    } catch (error) {
      throw toAiError(error, deadline);
    }
  }

  #clientFor(key: string): ProviderClient {
    if (this.#client?.key !== key) {
      this.#client = {
        key,
        client:
          this.#config.provider === 'openai'
            ? openAiClient(this.#config, key)
            : anthropicClient(this.#config, key),
      };
    }
    return this.#client.client;
  }
}

function openAiClient(config: AiConfig, apiKey: string): ProviderClient {
  const client = new OpenAI({
    apiKey,
    baseURL: config.baseUrl ?? null,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
  });
  return {
    async call(turns, signal) {
      const response = await client.chat.completions.create(
        {
          model: config.model,
          max_completion_tokens: config.maxOutputTokens,
          messages: [{ role: 'system', content: SYSTEM_PROMPT }, ...turns],
        },
        { signal },
      );
      const content = response.choices?.[0]?.message?.content;
      if (typeof content !== 'string')
        throw new AiProviderError('completion has no message content');
      return {
        content,
        usage: {
          inputTokens: response.usage?.prompt_tokens ?? 0,
          outputTokens: response.usage?.completion_tokens ?? 0,
        },
      };
    },
  };
}

function anthropicClient(config: AiConfig, apiKey: string): ProviderClient {
  const client = new Anthropic({
    apiKey,
    baseURL: config.baseUrl ?? null,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
  });
  return {
    async call(turns, signal) {
      const response = await client.messages.create(
        {
          model: config.model,
          max_tokens: config.maxOutputTokens,
          system: SYSTEM_PROMPT,
          messages: turns,
        },
        { signal },
      );
      if (!Array.isArray(response.content)) throw new AiProviderError('message has no content');
      const content = response.content
        .map((block) => (block.type === 'text' ? block.text : ''))
        .join('');
      return {
        content,
        usage: {
          inputTokens: response.usage?.input_tokens ?? 0,
          outputTokens: response.usage?.output_tokens ?? 0,
        },
      };
    },
  };
}

/** Maps anything a provider SDK throws to an AI_* error, keeping it as `cause`. */
export function toAiError(thrown: unknown, deadline?: AbortSignal): Error {
  if (
    thrown instanceof AiProviderError ||
    thrown instanceof AiRateLimitedError ||
    thrown instanceof AiTimeoutError
  ) {
    return thrown;
  }
  const error = asError(thrown);
  if (deadline?.aborted) return new AiTimeoutError({ cause: error });
  if (
    error instanceof OpenAI.APIConnectionTimeoutError ||
    error instanceof Anthropic.APIConnectionTimeoutError
  ) {
    return new AiTimeoutError({ cause: error });
  }
  if (error instanceof OpenAI.APIError || error instanceof Anthropic.APIError) {
    if (error.status === 429) return new AiRateLimitedError({ cause: error });
    if (error.status === 408 || error.status === 504) return new AiTimeoutError({ cause: error });
    return new AiProviderError(`provider answered ${error.status ?? 'without a status'}`, {
      cause: error,
    });
  }
  // Malformed bodies, broken streams and anything else the SDKs surface.
  return new AiProviderError('provider response could not be used', { cause: error });
}
