/**
 * Typed errors. Each API-facing error carries its contract code; `toErrorResponse`
 * (http.ts) maps them to HTTP in one place. Messages of errors with status
 * ≥ 500 are never sent to clients.
 */
import { ERROR_CODES, type ErrorCode } from '#contracts';

export class ApiError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ApiError';
    this.code = code;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  get retryable(): boolean {
    return ERROR_CODES[this.code].retryable;
  }
}

export class ValidationError extends ApiError {
  constructor(message: string, options?: ErrorOptions) {
    super('VALIDATION_ERROR', message, options);
    this.name = 'ValidationError';
  }
}

export class UnauthorizedError extends ApiError {
  constructor(message: string) {
    super('UNAUTHORIZED', message);
    this.name = 'UnauthorizedError';
  }
}

export class NotFoundError extends ApiError {
  constructor(message: string) {
    super('NOT_FOUND', message);
    this.name = 'NotFoundError';
  }
}

export class PayloadTooLargeError extends ApiError {
  constructor(message: string) {
    super('PAYLOAD_TOO_LARGE', message);
    this.name = 'PayloadTooLargeError';
  }
}

export class AiRateLimitedError extends ApiError {
  constructor(options?: ErrorOptions) {
    super('AI_RATE_LIMITED', 'The AI provider is rate limiting requests', options);
    this.name = 'AiRateLimitedError';
  }
}

export class AiProviderError extends ApiError {
  constructor(message: string, options?: ErrorOptions) {
    super('AI_PROVIDER_ERROR', message, options);
    this.name = 'AiProviderError';
  }
}

export class AiTimeoutError extends ApiError {
  constructor(options?: ErrorOptions) {
    super('AI_TIMEOUT', 'The AI provider did not answer in time', options);
    this.name = 'AiTimeoutError';
  }
}

export class StoreThrottledError extends ApiError {
  constructor(options?: ErrorOptions) {
    super('STORE_THROTTLED', 'The chat store is throttling requests', options);
    this.name = 'StoreThrottledError';
  }
}

/** A broken deployment setting; thrown at init so the environment fails fast. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Narrows an unknown thrown value to an Error without losing it. */
export function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
