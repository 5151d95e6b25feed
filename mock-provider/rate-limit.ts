import type { RateLimits } from './profiles.ts';

/**
 * Requests-per-minute and tokens-per-minute limits as continuously refilling
 * buckets: a bucket holds up to its per-minute limit and refills at
 * limit/60 000 per millisecond. "Remaining" is the whole units in the bucket
 * now, "reset" the time until it is full again, which is how OpenAI
 * documents `x-ratelimit-reset-*` ("the time until the rate limit resets to
 * its initial state",
 * https://platform.openai.com/docs/guides/rate-limits).
 *
 * A request costs one request and (input tokens + its max output tokens, or
 * the planned output when it sets none) tokens, charged when it is admitted.
 */

export interface BucketReading {
  limit: number;
  remaining: number;
  /** Milliseconds until the bucket is full. */
  resetMs: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Which bucket refused the request (requests first when both did). */
  exceeded?: 'requests' | 'tokens';
  /** Milliseconds until the refused request would fit. */
  retryAfterMs?: number;
  requested: number;
  requests?: BucketReading;
  tokens?: BucketReading;
}

const MS_PER_MINUTE = 60_000;
/** Buckets kept at most, one per API key; the least recently created goes first. */
const MAX_KEYS = 10_000;

class Bucket {
  private level: number;
  private updatedAt: number;
  private readonly perMs: number;

  constructor(
    readonly limit: number,
    now: number,
  ) {
    this.level = limit;
    this.updatedAt = now;
    this.perMs = limit / MS_PER_MINUTE;
  }

  private refill(now: number): void {
    if (now > this.updatedAt) {
      this.level = Math.min(this.limit, this.level + (now - this.updatedAt) * this.perMs);
      this.updatedAt = now;
    }
  }

  /** Milliseconds until `amount` fits (0 when it fits now). */
  waitFor(amount: number, now: number): number {
    this.refill(now);
    return amount <= this.level ? 0 : (amount - this.level) / this.perMs;
  }

  take(amount: number): void {
    this.level -= amount;
  }

  read(): BucketReading {
    return {
      limit: this.limit,
      remaining: Math.max(0, Math.floor(this.level)),
      resetMs: (this.limit - this.level) / this.perMs,
    };
  }
}

export class RateLimiter {
  private readonly buckets = new Map<string, { requests?: Bucket; tokens?: Bucket }>();

  constructor(private readonly limits: RateLimits) {}

  private bucketsFor(key: string, now: number): { requests?: Bucket; tokens?: Bucket } {
    let entry = this.buckets.get(key);
    if (!entry) {
      entry = {};
      if (this.limits.requestsPerMinute !== undefined) {
        entry.requests = new Bucket(this.limits.requestsPerMinute, now);
      }
      if (this.limits.tokensPerMinute !== undefined) {
        entry.tokens = new Bucket(this.limits.tokensPerMinute, now);
      }
      if (this.buckets.size >= MAX_KEYS) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) this.buckets.delete(oldest);
      }
      this.buckets.set(key, entry);
    }
    return entry;
  }

  /** Admits (and charges) or refuses one request of `tokens` tokens for an API key. */
  check(key: string, tokens: number, now: number): RateLimitDecision {
    const { requests, tokens: tokenBucket } = this.bucketsFor(key, now);
    const requestWait = requests ? requests.waitFor(1, now) : 0;
    const tokenWait = tokenBucket ? tokenBucket.waitFor(tokens, now) : 0;
    const decision: RateLimitDecision = {
      allowed: requestWait === 0 && tokenWait === 0,
      requested: tokens,
    };
    if (decision.allowed) {
      requests?.take(1);
      tokenBucket?.take(tokens);
    } else {
      decision.exceeded = requestWait > 0 ? 'requests' : 'tokens';
      decision.retryAfterMs = Math.max(requestWait, tokenWait);
    }
    if (requests) decision.requests = requests.read();
    if (tokenBucket) decision.tokens = tokenBucket.read();
    return decision;
  }

  reset(): void {
    this.buckets.clear();
  }
}

function trimSeconds(seconds: number): string {
  return `${Number(seconds.toFixed(3))}s`;
}

/** A duration the way OpenAI's reset headers spell it (Go style): `12ms`, `1s`, `17.28s`, `6m0s`. */
export function formatResetDuration(ms: number): string {
  const clamped = Math.max(0, ms);
  if (clamped === 0) return '0s';
  const wholeMs = Math.ceil(clamped);
  if (wholeMs < 1000) return `${wholeMs}ms`;
  const totalSeconds = wholeMs / 1000;
  if (totalSeconds < 60) return trimSeconds(totalSeconds);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds - hours * 3600) / 60);
  const seconds = totalSeconds - hours * 3600 - minutes * 60;
  return `${hours > 0 ? `${hours}h` : ''}${minutes}m${trimSeconds(seconds)}`;
}
