/** Anthropic Messages through the official SDK (loaded only when the stage uses Anthropic). */
import { BaseAnthropic } from '@anthropic-ai/sdk/client';
import { Messages } from '@anthropic-ai/sdk/resources/messages';
import {
  classifyWith,
  type ProviderClient,
  type ProviderFailure,
  SYSTEM_PROMPT,
} from './ai-provider.ts';
import type { AiConfig } from './config.ts';
import { AiProviderError } from './errors.ts';

/**
 * The SDK's client with the one resource used here. `Anthropic` is
 * `BaseAnthropic` (transport, auth, errors) plus every API resource — beta,
 * files, skills, organization, agent tools — built in its constructor, so
 * none of them can be tree-shaken: about 300 KB of a 420 KB bundle share
 * (https://github.com/anthropics/anthropic-sdk-typescript/blob/main/src/client.ts).
 */
class MessagesClient extends BaseAnthropic {
  messages: Messages = new Messages(this);
}

export function createClient(config: AiConfig, apiKey: string): ProviderClient {
  const client = new MessagesClient({
    apiKey,
    baseURL: config.baseUrl ?? null,
    timeout: config.timeoutMs,
    // Retries are ProviderChatModel's, bounded by the request's deadline.
    maxRetries: 0,
  });
  return {
    async call(turns, signal, endUser) {
      const response = await client.messages.create(
        {
          model: config.model,
          max_tokens: config.maxOutputTokens,
          system: SYSTEM_PROMPT,
          metadata: { user_id: endUser },
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

export function classify(error: Error): ProviderFailure {
  return classifyWith(BaseAnthropic, error);
}
