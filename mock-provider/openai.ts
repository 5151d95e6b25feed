import { formatResetDuration, type RateLimitDecision } from './rate-limit.ts';
import type { CountableMessage, MessageContent } from './tokenizer.ts';
import {
  type ChatFacts,
  type Dialect,
  JSON_CONTENT_TYPE,
  type Reply,
  type TimedEvent,
  type Validation,
  type WireResponse,
} from './wire.ts';

/**
 * OpenAI Chat Completions, `POST /v1/chat/completions`. Shapes from
 * https://community.openai.com/t/x-ratelimit-headers-missing/935514,
 * https://platform.openai.com/docs/guides/rate-limits and error bodies seen
 * in public issue threads (cited next to each message).
 */

/** Nominal limits shown on an injected 429 when the profile sets no rate limits. */
const NOMINAL_REQUESTS_PER_MINUTE = 10_000;
const NOMINAL_TOKENS_PER_MINUTE = 2_000_000;

const ROLES = ['system', 'developer', 'user', 'assistant', 'tool', 'function'] as const;

function error(
  status: number,
  requestId: string,
  message: string,
  type: string,
  param: string | null = null,
  code: string | null = null,
  headers: Record<string, string> = {},
): WireResponse {
  return {
    status,
    headers: { 'content-type': JSON_CONTENT_TYPE, 'x-request-id': requestId, ...headers },
    body: JSON.stringify({ error: { message, type, param, code } }),
  };
}

function invalid(requestId: string, message: string, param: string | null, code: string | null) {
  return error(400, requestId, message, 'invalid_request_error', param, code);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

// "Missing required parameter: 'messages[0].role'." with code missing_required_parameter:
// https://github.com/Leon-Sander/Local-Multimodal-AI-Chat/issues/43
function missing(requestId: string, param: string) {
  return invalid(
    requestId,
    `Missing required parameter: '${param}'.`,
    param,
    'missing_required_parameter',
  );
}

// "Invalid type for 'messages[0].content': expected a string, but got an array instead.":
// https://github.com/danny-avila/LibreChat/issues/3111
function wrongType(requestId: string, param: string, expected: string, value: unknown) {
  return invalid(
    requestId,
    `Invalid type for '${param}': expected ${expected}, but got ${describeType(value)} instead.`,
    param,
    'invalid_type',
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkInteger(
  body: Record<string, unknown>,
  field: string,
  requestId: string,
): WireResponse | null {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return wrongType(requestId, field, 'an integer', value);
  }
  if (value < 1) {
    return invalid(
      requestId,
      `Invalid '${field}': integer below minimum value. Expected a value >= 1, but got ${value} instead.`,
      field,
      'integer_below_min_value',
    );
  }
  return null;
}

function validateContent(
  message: Record<string, unknown>,
  path: string,
  requestId: string,
): WireResponse | null {
  const content = message.content;
  if (content === undefined || content === null) {
    return message.role === 'assistant' ? null : missing(requestId, `${path}.content`);
  }
  if (typeof content === 'string') return null;
  if (!Array.isArray(content)) return wrongType(requestId, `${path}.content`, 'a string', content);
  for (const [j, part] of content.entries()) {
    if (!isRecord(part)) return wrongType(requestId, `${path}.content[${j}]`, 'an object', part);
    if (typeof part.type !== 'string') return missing(requestId, `${path}.content[${j}].type`);
    if (part.type === 'text' && typeof part.text !== 'string') {
      return missing(requestId, `${path}.content[${j}].text`);
    }
  }
  return null;
}

function validate(body: unknown, requestId: string): Validation {
  const fail = (error: WireResponse): Validation => ({ ok: false, error });
  if (!isRecord(body)) return fail(wrongType(requestId, 'body', 'an object', body));
  if (body.model === undefined) return fail(missing(requestId, 'model'));
  if (typeof body.model !== 'string')
    return fail(wrongType(requestId, 'model', 'a string', body.model));
  if (body.messages === undefined) return fail(missing(requestId, 'messages'));
  if (!Array.isArray(body.messages)) {
    return fail(wrongType(requestId, 'messages', 'an array of objects', body.messages));
  }
  if (body.messages.length === 0) {
    return fail(
      invalid(
        requestId,
        "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
        'messages',
        'empty_array',
      ),
    );
  }
  const messages: CountableMessage[] = [];
  for (const [i, message] of body.messages.entries()) {
    const path = `messages[${i}]`;
    if (!isRecord(message)) return fail(wrongType(requestId, path, 'an object', message));
    if (message.role === undefined) return fail(missing(requestId, `${path}.role`));
    if (typeof message.role !== 'string' || !(ROLES as readonly string[]).includes(message.role)) {
      return fail(
        invalid(
          requestId,
          `Invalid value: '${String(message.role)}'. Supported values are: ${ROLES.map((r) => `'${r}'`).join(', ')}.`,
          `${path}.role`,
          'invalid_value',
        ),
      );
    }
    const contentError = validateContent(message, path, requestId);
    if (contentError) return fail(contentError);
    messages.push({ role: message.role, content: (message.content ?? null) as MessageContent });
  }
  if (body.stream !== undefined && body.stream !== null && typeof body.stream !== 'boolean') {
    return fail(wrongType(requestId, 'stream', 'a boolean', body.stream));
  }
  const stream = body.stream === true;
  let includeUsage = false;
  if (body.stream_options !== undefined && body.stream_options !== null) {
    if (!stream) {
      return fail(
        invalid(
          requestId,
          "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
          'stream_options',
          'invalid_value',
        ),
      );
    }
    if (!isRecord(body.stream_options)) {
      return fail(wrongType(requestId, 'stream_options', 'an object', body.stream_options));
    }
    includeUsage = body.stream_options.include_usage === true;
  }
  for (const field of ['max_tokens', 'max_completion_tokens']) {
    const problem = checkInteger(body, field, requestId);
    if (problem) return fail(problem);
  }
  const cap = body.max_completion_tokens ?? body.max_tokens;
  const facts: ChatFacts = { model: body.model, messages, stream, includeUsage };
  if (typeof cap === 'number') facts.maxTokens = cap;
  return { ok: true, facts };
}

function rateLimitHeaders(decision: RateLimitDecision | undefined, retryAfterMs?: number) {
  const requests = decision?.requests ?? {
    limit: NOMINAL_REQUESTS_PER_MINUTE,
    remaining: retryAfterMs === undefined ? NOMINAL_REQUESTS_PER_MINUTE : 0,
    resetMs: retryAfterMs ?? 0,
  };
  const tokens = decision?.tokens ?? {
    limit: NOMINAL_TOKENS_PER_MINUTE,
    remaining: NOMINAL_TOKENS_PER_MINUTE,
    resetMs: 0,
  };
  return {
    'x-ratelimit-limit-requests': String(requests.limit),
    'x-ratelimit-remaining-requests': String(requests.remaining),
    'x-ratelimit-reset-requests': formatResetDuration(requests.resetMs),
    'x-ratelimit-limit-tokens': String(tokens.limit),
    'x-ratelimit-remaining-tokens': String(tokens.remaining),
    'x-ratelimit-reset-tokens': formatResetDuration(tokens.resetMs),
  };
}

/** `retry-after` in whole seconds (as OpenAI sends it) and `retry-after-ms`, which the SDKs read first. */
function retryHeaders(retryAfterMs: number): Record<string, string> {
  return {
    'retry-after': String(Math.ceil(retryAfterMs / 1000)),
    'retry-after-ms': String(Math.ceil(retryAfterMs)),
  };
}

function rateLimitMessage(
  model: string,
  kind: 'requests' | 'tokens',
  limit: number,
  used: number,
  requested: number,
  retryAfterMs: number,
): string {
  // Shape of the real message: https://github.com/DrShushen/climb/issues/13.
  const unit = kind === 'requests' ? 'requests per min (RPM)' : 'tokens per min (TPM)';
  return `Rate limit reached for ${model} in organization org-mock on ${unit}: Limit ${limit}, Used ${used}, Requested ${requested}. Please try again in ${formatResetDuration(retryAfterMs)}. Visit https://platform.openai.com/account/rate-limits to learn more.`;
}

function chunkBase(reply: Reply) {
  return {
    id: reply.id,
    object: 'chat.completion.chunk',
    created: reply.created,
    model: reply.model,
    service_tier: 'default',
    system_fingerprint: null,
  };
}

function usage(reply: Reply) {
  return {
    prompt_tokens: reply.inputTokens,
    completion_tokens: reply.plan.outputTokens,
    total_tokens: reply.inputTokens + reply.plan.outputTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

function data(value: unknown): string {
  return `data: ${typeof value === 'string' ? value : JSON.stringify(value)}\n\n`;
}

export const openai: Dialect = {
  name: 'openai',
  path: '/v1/chat/completions',
  requestIdHeader: 'x-request-id',
  streamContentType: 'text/event-stream; charset=utf-8',

  apiKey(headers) {
    const match = /^Bearer\s+(\S.*)$/i.exec(headers.get('authorization') ?? '');
    return match?.[1]?.trim() || null;
  },

  unauthorized(requestId) {
    // https://github.com/yihong0618/bilingual_book_maker/issues/137 (message text)
    return error(
      401,
      requestId,
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username. You can obtain an API key from https://platform.openai.com/account/api-keys.",
      'invalid_request_error',
    );
  },

  checkHeaders() {
    return null;
  },

  tooLarge(bytes, limit, requestId) {
    return error(
      413,
      requestId,
      `Request body too large: ${bytes} bytes; the maximum is ${limit} bytes.`,
      'invalid_request_error',
      null,
      'request_too_large',
    );
  },

  invalidJson(_detail, requestId) {
    // https://github.com/ChatGPTNextWeb/NextChat/issues/4064 (full body)
    return invalid(
      requestId,
      "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)",
      null,
      null,
    );
  },

  validate,

  contextExceeded(tokens, limit, requestId) {
    return invalid(
      requestId,
      `This model's maximum context length is ${limit} tokens. However, your messages resulted in ${tokens} tokens. Please reduce the length of the messages.`,
      'messages',
      'context_length_exceeded',
    );
  },

  rateLimited(decision, context) {
    const kind = decision.exceeded ?? 'requests';
    const reading = kind === 'requests' ? decision.requests : decision.tokens;
    const limit = reading?.limit ?? 0;
    const requested = kind === 'requests' ? 1 : decision.requested;
    const retryAfterMs = decision.retryAfterMs ?? 0;
    return error(
      429,
      context.requestId,
      rateLimitMessage(
        context.model,
        kind,
        limit,
        limit - (reading?.remaining ?? 0),
        requested,
        retryAfterMs,
      ),
      kind,
      null,
      'rate_limit_exceeded',
      { ...rateLimitHeaders(decision), ...retryHeaders(retryAfterMs) },
    );
  },

  fault(kind, context) {
    if (kind === '429') {
      const limits = context.decision?.requests?.limit ?? NOMINAL_REQUESTS_PER_MINUTE;
      return error(
        429,
        context.requestId,
        rateLimitMessage(context.model, 'requests', limits, limits, 1, context.retryAfterMs ?? 0),
        'requests',
        null,
        'rate_limit_exceeded',
        {
          ...rateLimitHeaders(context.decision, context.retryAfterMs ?? 0),
          ...(context.retryAfterMs === null ? {} : retryHeaders(context.retryAfterMs)),
        },
      );
    }
    if (kind === '500') {
      return error(
        500,
        context.requestId,
        'The server had an error while processing your request. Sorry about that!',
        'server_error',
      );
    }
    return error(
      503,
      context.requestId,
      'The server is overloaded or not ready yet.',
      'server_error',
    );
  },

  responseHeaders(processingMs) {
    return {
      'openai-version': '2020-10-01',
      'openai-processing-ms': String(Math.round(processingMs)),
    };
  },

  rateLimitHeaders(decision) {
    return rateLimitHeaders(decision);
  },

  json(reply) {
    return JSON.stringify({
      id: reply.id,
      object: 'chat.completion',
      created: reply.created,
      model: reply.model,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: reply.pieces.join(''),
            refusal: null,
            annotations: [],
          },
          logprobs: null,
          finish_reason: reply.plan.finishReason,
        },
      ],
      usage: usage(reply),
      service_tier: 'default',
      system_fingerprint: null,
    });
  },

  events(reply) {
    const base = chunkBase(reply);
    const withUsage = reply.includeUsage ? { usage: null } : {};
    const chunk = (delta: Record<string, unknown>, finish: string | null) =>
      data({
        ...base,
        choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
        ...withUsage,
      });
    const events: TimedEvent[] = [];
    const { tpotMs } = reply.plan;
    reply.pieces.forEach((piece, i) => {
      const prefix = i === 0 ? chunk({ role: 'assistant', content: '', refusal: null }, null) : '';
      events.push({ atMs: i * tpotMs, data: prefix + chunk({ content: piece }, null) });
    });
    const endAt = Math.max(0, reply.pieces.length - 1) * tpotMs;
    let tail = chunk({}, reply.plan.finishReason);
    if (reply.includeUsage) tail += data({ ...base, choices: [], usage: usage(reply) });
    tail += data('[DONE]');
    events.push({ atMs: endAt, data: tail });
    return events;
  },

  brokenEvent(reply) {
    const base = JSON.stringify(chunkBase(reply)).slice(0, -1);
    return `data: ${base},"choices":[{"index":0,"delta":{"content":\n\n`;
  },
};
