import type { BucketReading, RateLimitDecision } from './rate-limit.ts';
import type { CountableMessage, MessageContent } from './tokenizer.ts';
import {
  type ChatFacts,
  type Dialect,
  type ErrorContext,
  JSON_CONTENT_TYPE,
  type Reply,
  type TimedEvent,
  type Validation,
  type WireResponse,
} from './wire.ts';

/**
 * Anthropic Messages, `POST /v1/messages`. Shapes from these sources:
 * errors https://docs.claude.com/en/api/errors, rate-limit headers
 * https://docs.claude.com/en/api/rate-limits, streaming events
 * https://docs.anthropic.com/en/api/messages-streaming. Validation messages
 * follow the API's `<field path>: <problem>` form.
 */

const NOMINAL_REQUESTS_PER_MINUTE = 10_000;
const NOMINAL_TOKENS_PER_MINUTE = 2_000_000;

function error(
  status: number,
  requestId: string,
  type: string,
  message: string,
  headers: Record<string, string> = {},
): WireResponse {
  return {
    status,
    headers: { 'content-type': JSON_CONTENT_TYPE, 'request-id': requestId, ...headers },
    body: JSON.stringify({ type: 'error', error: { type, message }, request_id: requestId }),
  };
}

function invalid(requestId: string, message: string): WireResponse {
  return error(400, requestId, 'invalid_request_error', message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validateContent(value: unknown, path: string, requestId: string): WireResponse | null {
  if (typeof value === 'string') return null;
  if (!Array.isArray(value)) return invalid(requestId, `${path}: Input should be a valid list`);
  for (const [j, block] of value.entries()) {
    if (!isRecord(block) || typeof block.type !== 'string') {
      return invalid(requestId, `${path}.${j}.type: Field required`);
    }
    if (block.type === 'text' && typeof block.text !== 'string') {
      return invalid(requestId, `${path}.${j}.text: Field required`);
    }
  }
  return null;
}

function validate(body: unknown, requestId: string): Validation {
  const fail = (error: WireResponse): Validation => ({ ok: false, error });
  if (!isRecord(body)) return fail(invalid(requestId, 'Input should be a valid dictionary'));
  if (body.model === undefined) return fail(invalid(requestId, 'model: Field required'));
  if (typeof body.model !== 'string') {
    return fail(invalid(requestId, 'model: Input should be a valid string'));
  }
  if (body.max_tokens === undefined) return fail(invalid(requestId, 'max_tokens: Field required'));
  if (typeof body.max_tokens !== 'number' || !Number.isInteger(body.max_tokens)) {
    return fail(invalid(requestId, 'max_tokens: Input should be a valid integer'));
  }
  if (body.max_tokens < 1) {
    return fail(invalid(requestId, 'max_tokens: Input should be greater than or equal to 1'));
  }
  if (body.messages === undefined) return fail(invalid(requestId, 'messages: Field required'));
  if (!Array.isArray(body.messages)) {
    return fail(invalid(requestId, 'messages: Input should be a valid list'));
  }
  if (body.messages.length === 0) {
    // https://github.com/devoxx/DevoxxGenieIDEAPlugin/issues/567 (message text)
    return fail(invalid(requestId, 'messages: at least one message is required'));
  }
  const messages: CountableMessage[] = [];
  for (const [i, message] of body.messages.entries()) {
    const path = `messages.${i}`;
    if (!isRecord(message))
      return fail(invalid(requestId, `${path}: Input should be a valid dictionary`));
    if (message.role !== 'user' && message.role !== 'assistant') {
      return fail(
        invalid(
          requestId,
          message.role === undefined
            ? `${path}.role: Field required`
            : `${path}.role: Input should be 'user' or 'assistant'`,
        ),
      );
    }
    if (message.content === undefined)
      return fail(invalid(requestId, `${path}.content: Field required`));
    const contentError = validateContent(message.content, `${path}.content`, requestId);
    if (contentError) return fail(contentError);
    messages.push({ role: message.role, content: message.content as MessageContent });
  }
  if (body.system !== undefined) {
    const systemError = validateContent(body.system, 'system', requestId);
    if (systemError) return fail(systemError);
  }
  if (body.stream !== undefined && typeof body.stream !== 'boolean') {
    return fail(invalid(requestId, 'stream: Input should be a valid boolean'));
  }
  const facts: ChatFacts = {
    model: body.model,
    messages,
    stream: body.stream === true,
    includeUsage: true,
    maxTokens: body.max_tokens,
  };
  if (body.system !== undefined) facts.system = body.system as MessageContent;
  return { ok: true, facts };
}

/** Anthropic's reset headers are RFC 3339 times: when the bucket is full again. */
function rateLimitHeaders(
  requests: BucketReading,
  tokens: BucketReading,
  nowMs: number,
): Record<string, string> {
  const at = (resetMs: number) =>
    new Date(nowMs + Math.ceil(resetMs / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    'anthropic-ratelimit-requests-limit': String(requests.limit),
    'anthropic-ratelimit-requests-remaining': String(requests.remaining),
    'anthropic-ratelimit-requests-reset': at(requests.resetMs),
    'anthropic-ratelimit-tokens-limit': String(tokens.limit),
    'anthropic-ratelimit-tokens-remaining': String(tokens.remaining),
    'anthropic-ratelimit-tokens-reset': at(tokens.resetMs),
  };
}

function readings(decision: RateLimitDecision | undefined, retryAfterMs?: number) {
  return {
    requests: decision?.requests ?? {
      limit: NOMINAL_REQUESTS_PER_MINUTE,
      remaining: retryAfterMs === undefined ? NOMINAL_REQUESTS_PER_MINUTE : 0,
      resetMs: retryAfterMs ?? 0,
    },
    tokens: decision?.tokens ?? {
      limit: NOMINAL_TOKENS_PER_MINUTE,
      remaining: NOMINAL_TOKENS_PER_MINUTE,
      resetMs: 0,
    },
  };
}

/** Anthropic sends `retry-after` in whole seconds only. */
function retryAfter(ms: number): Record<string, string> {
  return { 'retry-after': String(Math.ceil(ms / 1000)) };
}

function event(name: string, payload: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
}

function usage(reply: Reply, outputTokens: number) {
  return {
    input_tokens: reply.inputTokens,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    output_tokens: outputTokens,
  };
}

function stopReason(reply: Reply): 'end_turn' | 'max_tokens' {
  return reply.plan.finishReason === 'length' ? 'max_tokens' : 'end_turn';
}

export const anthropic: Dialect = {
  name: 'anthropic',
  path: '/v1/messages',
  requestIdHeader: 'request-id',
  streamContentType: 'text/event-stream; charset=utf-8',

  apiKey(headers) {
    const key = headers.get('x-api-key')?.trim();
    if (key) return key;
    const match = /^Bearer\s+(\S.*)$/i.exec(headers.get('authorization') ?? '');
    return match?.[1]?.trim() || null;
  },

  unauthorized(requestId) {
    // https://github.com/n8n-io/n8n/issues/37930 (full body)
    return error(401, requestId, 'authentication_error', 'x-api-key header is required');
  },

  checkHeaders(headers, requestId) {
    if (headers.get('anthropic-version')) return null;
    return invalid(requestId, 'anthropic-version: header is required');
  },

  tooLarge(_bytes, _limit, requestId) {
    return error(
      413,
      requestId,
      'request_too_large',
      'Request exceeds the maximum allowed number of bytes.',
    );
  },

  invalidJson(detail, requestId) {
    // "The request body is not valid JSON: …": https://github.com/promptfoo/promptfoo/issues/4489
    return invalid(requestId, `The request body is not valid JSON: ${detail}`);
  },

  validate,

  contextExceeded(tokens, limit, requestId) {
    return invalid(requestId, `prompt is too long: ${tokens} tokens > ${limit} maximum`);
  },

  rateLimited(decision, context: ErrorContext) {
    const kind = decision.exceeded ?? 'requests';
    const reading = kind === 'requests' ? decision.requests : decision.tokens;
    const unit = kind === 'requests' ? 'requests' : 'input tokens';
    const { requests, tokens } = readings(decision);
    return error(
      429,
      context.requestId,
      'rate_limit_error',
      `This request would exceed the rate limit for your organization of ${reading?.limit ?? 0} ${unit} per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits.`,
      {
        ...rateLimitHeaders(requests, tokens, context.nowMs),
        ...retryAfter(decision.retryAfterMs ?? 0),
      },
    );
  },

  fault(kind, context) {
    if (kind === '429') {
      const { requests, tokens } = readings(context.decision, context.retryAfterMs ?? 0);
      return error(
        429,
        context.requestId,
        'rate_limit_error',
        `This request would exceed the rate limit for your organization of ${requests.limit} requests per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits.`,
        {
          ...rateLimitHeaders(requests, tokens, context.nowMs),
          ...(context.retryAfterMs === null ? {} : retryAfter(context.retryAfterMs)),
        },
      );
    }
    if (kind === '500') return error(500, context.requestId, 'api_error', 'Internal server error');
    // 529 body: https://docs.llmgateway.io/troubleshooting/anthropic-529-overloaded
    return error(529, context.requestId, 'overloaded_error', 'Overloaded');
  },

  responseHeaders() {
    return {};
  },

  rateLimitHeaders(decision, nowMs) {
    const { requests, tokens } = readings(decision);
    return rateLimitHeaders(requests, tokens, nowMs);
  },

  json(reply) {
    return JSON.stringify({
      id: reply.id,
      type: 'message',
      role: 'assistant',
      model: reply.model,
      content: [{ type: 'text', text: reply.pieces.join('') }],
      stop_reason: stopReason(reply),
      stop_sequence: null,
      usage: usage(reply, reply.plan.outputTokens),
    });
  },

  events(reply) {
    const { tpotMs } = reply.plan;
    const start =
      event('message_start', {
        type: 'message_start',
        message: {
          id: reply.id,
          type: 'message',
          role: 'assistant',
          model: reply.model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: usage(reply, 1),
        },
      }) +
      event('content_block_start', {
        type: 'content_block_start',
        index: 0,
        content_block: { type: 'text', text: '' },
      }) +
      event('ping', { type: 'ping' });
    const events: TimedEvent[] = reply.pieces.map((piece, i) => ({
      atMs: i * tpotMs,
      data:
        (i === 0 ? start : '') +
        event('content_block_delta', {
          type: 'content_block_delta',
          index: 0,
          delta: { type: 'text_delta', text: piece },
        }),
    }));
    events.push({
      atMs: Math.max(0, reply.pieces.length - 1) * tpotMs,
      data:
        event('content_block_stop', { type: 'content_block_stop', index: 0 }) +
        event('message_delta', {
          type: 'message_delta',
          delta: { stop_reason: stopReason(reply), stop_sequence: null },
          usage: { output_tokens: reply.plan.outputTokens },
        }) +
        event('message_stop', { type: 'message_stop' }),
    });
    return events;
  },

  brokenEvent() {
    return 'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":\n\n';
  },
};
