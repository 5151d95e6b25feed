/**
 * API Gateway's throttle: a token bucket that holds `burstLimit` tokens and
 * refills at `rateLimit` per second; a request that finds no whole token is
 * answered 429
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-throttling.html).
 * The clock is injected so tests can step time instead of waiting.
 */
import type { Throttle } from '#stages';

export type Clock = () => number;

export class TokenBucket {
  readonly #rate: number;
  readonly #burst: number;
  readonly #now: Clock;
  #tokens: number;
  #refilledAt: number;

  constructor(throttle: Throttle, now: Clock = () => performance.now()) {
    this.#rate = throttle.rateLimit;
    this.#burst = throttle.burstLimit;
    this.#now = now;
    this.#tokens = throttle.burstLimit;
    this.#refilledAt = now();
  }

  /** Takes one token if there is one; returns whether the request may pass. */
  tryTake(): boolean {
    const now = this.#now();
    this.#tokens = Math.min(
      this.#burst,
      this.#tokens + ((now - this.#refilledAt) / 1_000) * this.#rate,
    );
    this.#refilledAt = now;
    // The epsilon absorbs floating-point drift from adding many small refills.
    if (this.#tokens < 1 - 1e-9) return false;
    this.#tokens -= 1;
    return true;
  }
}
