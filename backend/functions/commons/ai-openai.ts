/** OpenAI Chat Completions through the official SDK (loaded only when the stage uses OpenAI). */
import OpenAI from 'openai';
import type { ProviderClient, ProviderFailure } from './ai.ts';
import { SYSTEM_PROMPT } from './ai.ts';
import type { AiConfig } from './config.ts';
import { AiProviderError } from './errors.ts';

export function createClient(config: AiConfig, apiKey: string): ProviderClient {
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

export function classify(error: Error): ProviderFailure {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return { kind: 'timeout' };
  if (error instanceof OpenAI.APIError && !(error instanceof OpenAI.APIConnectionError)) {
    return { kind: 'status', status: error.status };
  }
  return { kind: 'other' };
}
