import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '#contracts';
import { plannedRetry, retryAfterMs, retryDelay, toAiError } from '../../commons/ai.ts';
import * as anthropic from '../../commons/ai-anthropic.ts';
import * as openai from '../../commons/ai-openai.ts';
import {
  AiProviderError,
  AiRateLimitedError,
  AiTimeoutError,
  ApiError,
  NotFoundError,
  PayloadTooLargeError,
  StoreThrottledError,
  UnauthorizedError,
  ValidationError,
} from '../../commons/errors.ts';
import { errorResult } from '../../commons/http.ts';

const PROVIDER_BODY = 'You exceeded your current quota, org-secret-123';

function codeOf(error: unknown): ErrorCode | undefined {
  return error instanceof ApiError ? error.code : undefined;
}

describe('errorResult', () => {
  it.each([
    [new ValidationError('limit must be an integer'), 'VALIDATION_ERROR', 400],
    [new UnauthorizedError('no identity'), 'UNAUTHORIZED', 401],
    [new NotFoundError('chat not found'), 'NOT_FOUND', 404],
    [new PayloadTooLargeError('too large'), 'PAYLOAD_TOO_LARGE', 413],
    [new AiProviderError('bad'), 'AI_PROVIDER_ERROR', 502],
    [new AiRateLimitedError(), 'AI_RATE_LIMITED', 503],
    [new StoreThrottledError(), 'STORE_THROTTLED', 503],
    [new AiTimeoutError(), 'AI_TIMEOUT', 504],
  ] as const)('maps %s to %s %i', (error, code, status) => {
    const result = errorResult(error, 'req-1');
    expect(result.statusCode).toBe(status);
    expect(JSON.parse(result.body)).toEqual({
      error: { code, message: expect.any(String), retryable: ERROR_CODES[code].retryable },
      requestId: 'req-1',
    });
  });

  it('shows the message of client errors only', () => {
    expect(
      JSON.parse(errorResult(new ValidationError('limit is bad'), 'r').body).error.message,
    ).toBe('limit is bad');
    const hidden = new AiProviderError(`provider said: ${PROVIDER_BODY}`);
    expect(errorResult(hidden, 'r').body).not.toContain(PROVIDER_BODY);
  });

  it('maps anything else to INTERNAL without its message or stack', () => {
    const error = new TypeError('Cannot read properties of undefined (reading "pk")');
    const result = errorResult(error, 'r');
    expect(result.statusCode).toBe(500);
    expect(JSON.parse(result.body).error).toEqual({
      code: 'INTERNAL',
      message: 'Internal error',
      retryable: false,
    });
    expect(result.body).not.toMatch(/Cannot read|at .*\.ts/);
  });
});

describe('toAiError', () => {
  const headers = new Headers({ 'retry-after': '1' });

  it.each([
    [
      'OpenAI 429',
      OpenAI.APIError.generate(429, { error: { message: PROVIDER_BODY } }, undefined, headers),
      'AI_RATE_LIMITED',
    ],
    [
      'OpenAI 500',
      OpenAI.APIError.generate(500, { error: { message: PROVIDER_BODY } }, undefined, headers),
      'AI_PROVIDER_ERROR',
    ],
    [
      'OpenAI 401 (a bad key is this deployment’s fault)',
      OpenAI.APIError.generate(401, { error: { message: PROVIDER_BODY } }, undefined, headers),
      'INTERNAL',
    ],
    [
      'Anthropic 400 (a prompt the provider refuses)',
      Anthropic.APIError.generate(400, { error: { message: PROVIDER_BODY } }, undefined, headers),
      'INTERNAL',
    ],
    ['OpenAI timeout', new OpenAI.APIConnectionTimeoutError(), 'AI_TIMEOUT'],
    [
      'OpenAI connection error',
      new OpenAI.APIConnectionError({ message: 'socket hang up' }),
      'AI_PROVIDER_ERROR',
    ],
    [
      'Anthropic 429',
      Anthropic.APIError.generate(429, { error: { message: PROVIDER_BODY } }, undefined, headers),
      'AI_RATE_LIMITED',
    ],
    [
      'Anthropic 529',
      Anthropic.APIError.generate(529, { error: { type: 'overloaded_error' } }, undefined, headers),
      'AI_PROVIDER_ERROR',
    ],
    ['Anthropic timeout', new Anthropic.APIConnectionTimeoutError(), 'AI_TIMEOUT'],
    ['a malformed body', new SyntaxError('Unexpected token < in JSON'), 'AI_PROVIDER_ERROR'],
  ] as const)('maps %s to %s and keeps the cause', (label, thrown, code) => {
    const classify = label.startsWith('Anthropic') ? anthropic.classify : openai.classify;
    const mapped = toAiError(thrown, classify(thrown));
    expect(codeOf(mapped)).toBe(code);
    expect(mapped.cause).toBe(thrown);
    expect(mapped.message).not.toContain(PROVIDER_BODY);
  });

  it('maps anything after the request deadline passed to AI_TIMEOUT', () => {
    const deadline = AbortSignal.abort();
    const aborted = new OpenAI.APIUserAbortError();
    expect(codeOf(toAiError(aborted, openai.classify(aborted), deadline))).toBe('AI_TIMEOUT');
  });

  it('passes AI errors through unchanged', () => {
    const error = new AiProviderError('empty completion');
    expect(toAiError(error, { kind: 'other' })).toBe(error);
  });
});

describe('retries', () => {
  const status = (code: number, headers?: Record<string, string>) =>
    ({ kind: 'status', status: code, headers: new Headers(headers) }) as const;

  it('retries rate limits, server errors, timeouts and broken connections', () => {
    expect(retryDelay(status(429), 1)).toBe(500);
    expect(retryDelay(status(503), 2)).toBe(1_000);
    expect(retryDelay({ kind: 'timeout' }, 3)).toBe(2_000);
    expect(retryDelay({ kind: 'connection' }, 10)).toBe(4_000);
  });

  it('does not retry what a retry cannot fix', () => {
    expect(retryDelay(status(400), 1)).toBeUndefined();
    expect(retryDelay(status(401), 1)).toBeUndefined();
    expect(retryDelay({ kind: 'other' }, 1)).toBeUndefined();
  });

  it('plans a retry only while retries are left and the wait ends before the deadline', () => {
    const limited = status(429, { 'retry-after': '2' });
    expect(plannedRetry(limited, 1, 1, 2_500)).toBe(2_000);
    expect(plannedRetry(limited, 1, 1, 1_500)).toBeUndefined();
    expect(plannedRetry(limited, 2, 1, 60_000)).toBeUndefined();
    expect(plannedRetry(status(401), 1, 3, 60_000)).toBeUndefined();
  });

  it('waits as long as the provider asks', () => {
    expect(retryDelay(status(429, { 'retry-after-ms': '750' }), 1)).toBe(750);
    expect(retryDelay(status(429, { 'retry-after': '8' }), 1)).toBe(8_000);
    const now = Date.parse('2026-11-27T12:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Fri, 27 Nov 2026 12:00:03 GMT' }), now)).toBe(
      3_000,
    );
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
  });
});
