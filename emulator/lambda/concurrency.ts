/**
 * Concurrent executions, counted as Lambda counts them: one per invocation in
 * flight (an environment that is initializing for a request counts too; an
 * idle one does not). A function with reserved concurrency has its own
 * limiter; the others share the account's unreserved pool.
 */
export class ConcurrencyLimiter {
  readonly limit: number;
  #inUse = 0;

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 0) {
      throw new RangeError(`a concurrency limit is a whole number ≥ 0, got ${limit}`);
    }
    this.limit = limit;
  }

  get inUse(): number {
    return this.#inUse;
  }

  /** Takes one slot if one is free; Lambda does not queue synchronous invocations. */
  tryAcquire(): boolean {
    if (this.#inUse >= this.limit) return false;
    this.#inUse += 1;
    return true;
  }

  release(): void {
    if (this.#inUse === 0) throw new Error('released more concurrency than was acquired');
    this.#inUse -= 1;
  }
}
