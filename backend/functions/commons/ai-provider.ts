/**
 * What the provider modules (ai-openai.ts, ai-anthropic.ts) share with the
 * model that drives them (ai.ts): the conversation and completion shapes,
 * the adapter interface each module implements, and the classification of
 * SDK errors. The provider modules import this and nothing of ai.ts, so ai.ts
 * can load them without an import cycle.
 */
import type { MessageRole, TokenUsage } from '#contracts';
import type { AiConfig } from './config.ts';

export interface ChatTurn {
  role: MessageRole;
  content: string;
}

export interface Completion {
  content: string;
  usage: TokenUsage;
}

export const SYSTEM_PROMPT = 'You are a helpful assistant. Answer concisely.';

/** A provider SDK's failure, in the terms the error mapping and retries need. */
export type ProviderFailure =
  | { kind: 'timeout' }
  | { kind: 'connection' }
  | { kind: 'status'; status: number | undefined; headers: Headers | undefined }
  | { kind: 'other' };

export interface ProviderClient {
  call(turns: ChatTurn[], signal: AbortSignal, endUser: string): Promise<Completion>;
}

/** What each provider module (ai-openai.ts, ai-anthropic.ts) exports. */
export interface ProviderAdapter {
  createClient(config: AiConfig, apiKey: string): ProviderClient;
  classify(error: Error): ProviderFailure;
}

/** The error classes both official SDKs export (their shapes match: both are Stainless-generated). */
export interface SdkErrorClasses {
  APIConnectionTimeoutError: new (...args: never[]) => Error;
  APIUserAbortError: new (...args: never[]) => Error;
  APIConnectionError: new (...args: never[]) => Error;
  APIError: new (
    ...args: never[]
  ) => Error & { status: number | undefined; headers: Headers | undefined };
}

/** Classifies an error thrown by an SDK with the given error classes. */
export function classifyWith(sdk: SdkErrorClasses, error: unknown): ProviderFailure {
  if (error instanceof sdk.APIConnectionTimeoutError) return { kind: 'timeout' };
  if (error instanceof sdk.APIUserAbortError) return { kind: 'other' };
  if (error instanceof sdk.APIConnectionError) return { kind: 'connection' };
  if (error instanceof sdk.APIError) {
    return { kind: 'status', status: error.status, headers: error.headers };
  }
  return { kind: 'other' };
}
