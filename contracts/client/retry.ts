/**
 * When to send a failed request again, and after how long: only answers that
 * say a retry may succeed (429, 503, or the backend's `retryable: true`),
 * after an exponential backoff with full jitter — a random wait between 0
 * and min(maxDelay, baseDelay · 2^(attempt−1)), so clients that failed
 * together do not retry together
 * (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).
 * A `retry-after` the answer carries is waited out instead, up to `maxDelayMs`.
 */
import type { ChatApiError } from './errors.ts';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxAttempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 4_000,
};

/**
 * The wait before attempt `attempt + 1` after `error` ended attempt
 * `attempt`, or undefined when there is to be none. `random` returns a
 * number in [0, 1).
 */
export function retryDelayMs(
  error: ChatApiError,
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
): number | undefined {
  if (!error.retryable || attempt >= policy.maxAttempts) return undefined;
  if (error.retryAfterSeconds !== undefined) {
    return Math.min(error.retryAfterSeconds * 1_000, policy.maxDelayMs);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}
