import type { LatencyPlan } from './model.ts';
import type { RateLimitDecision } from './rate-limit.ts';
import type { CountableMessage, MessageContent } from './tokenizer.ts';

/** What both APIs' chat requests boil down to once validated. */
export interface ChatFacts {
  model: string;
  messages: CountableMessage[];
  /** Anthropic's separate system prompt. */
  system?: MessageContent;
  stream: boolean;
  /** OpenAI `stream_options.include_usage`. */
  includeUsage: boolean;
  maxTokens?: number;
}

export type Validation = { ok: true; facts: ChatFacts } | { ok: false; error: WireResponse };

/** A complete response: status, headers and body text. */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One server-sent event, as wire text, due `atMs` after the stream starts. */
export interface TimedEvent {
  atMs: number;
  data: string;
}

/** A successful reply, ready to be rendered in either API's shape. */
export interface Reply {
  /** `chatcmpl-…` / `msg_…`, derived from the request key. */
  id: string;
  created: number;
  model: string;
  pieces: string[];
  plan: LatencyPlan;
  inputTokens: number;
  includeUsage: boolean;
}

export interface ErrorContext {
  model: string;
  requestId: string;
  /** The wait a 429 advertises; null: a 429 without `retry-after` headers. */
  retryAfterMs: number | null;
  /** The limiter's reading, when the profile has rate limits. */
  decision?: RateLimitDecision;
  nowMs: number;
}

/** The parts of a wire protocol that differ between OpenAI and Anthropic. */
export interface Dialect {
  readonly name: 'openai' | 'anthropic';
  readonly path: string;
  readonly requestIdHeader: string;
  /** The API key the request carries, or null. */
  apiKey(headers: HeaderReader): string | null;
  unauthorized(requestId: string): WireResponse;
  /** A required header missing (Anthropic's `anthropic-version`), or null. */
  checkHeaders(headers: HeaderReader, requestId: string): WireResponse | null;
  tooLarge(bytes: number, limit: number, requestId: string): WireResponse;
  invalidJson(detail: string, requestId: string): WireResponse;
  validate(body: unknown, requestId: string): Validation;
  contextExceeded(tokens: number, limit: number, requestId: string): WireResponse;
  /** 429 from a rate-limit bucket. */
  rateLimited(decision: RateLimitDecision, context: ErrorContext): WireResponse;
  /** An injected 429, 500 or 529 (503 on OpenAI). */
  fault(kind: '429' | '500' | '529', context: ErrorContext): WireResponse;
  /** Headers every response of this API carries besides the request id. */
  responseHeaders(processingMs: number): Record<string, string>;
  /** Rate-limit headers for an admitted request. */
  rateLimitHeaders(decision: RateLimitDecision, nowMs: number): Record<string, string>;
  json(reply: Reply): string;
  events(reply: Reply): TimedEvent[];
  /** A stream's event with its JSON cut short, for the `malformed` fault. */
  brokenEvent(reply: Reply): string;
  streamContentType: string;
}

/** The header access a dialect needs (a Fetch `Headers` or a plain adapter). */
export interface HeaderReader {
  get(name: string): string | null;
}

export const JSON_CONTENT_TYPE = 'application/json';

/** Base62 text drawn from 32-bit words: deterministic ids. */
export function base62(words: () => number, length: number): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[words() % 62];
  return out;
}
