/** OpenAI Chat Completions through the official SDK (loaded only when the stage uses OpenAI). */
import OpenAI from 'openai';
import {
  classifyWith,
  type ProviderClient,
  type ProviderFailure,
  SYSTEM_PROMPT,
} from './ai-provider.ts';
import type { AiConfig } from './config.ts';
import { AiProviderError } from './errors.ts';

export function createClient(config: AiConfig, apiKey: string): ProviderClient {
  const client = new OpenAI({
    apiKey,
    baseURL: config.baseUrl ?? null,
    timeout: config.timeoutMs,
    // Retries are ProviderChatModel's, bounded by the request's deadline.
    maxRetries: 0,
  });
  return {
    async call(turns, signal, endUser) {
      const response = await client.chat.completions.create(
        {
          model: config.model,
          max_completion_tokens: config.maxOutputTokens,
          safety_identifier: endUser,
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
  return classifyWith(OpenAI, error);
}
