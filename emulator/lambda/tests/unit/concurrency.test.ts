import { describe, expect, it } from 'vitest';
import { ConcurrencyLimiter } from '../../index.ts';

describe('ConcurrencyLimiter', () => {
  it('grants up to its limit, then refuses until a slot is released', () => {
    // Prepare
    const limiter = new ConcurrencyLimiter(2);

    // Act
    const granted = [limiter.tryAcquire(), limiter.tryAcquire(), limiter.tryAcquire()];
    limiter.release();
    const afterRelease = limiter.tryAcquire();

    // Assess
    expect(granted).toEqual([true, true, false]);
    expect(afterRelease).toBe(true);
    expect(limiter.inUse).toBe(2);
  });

  it('refuses everything at a limit of zero', () => {
    expect(new ConcurrencyLimiter(0).tryAcquire()).toBe(false);
  });

  it('rejects a limit that is not a whole number ≥ 0', () => {
    expect(() => new ConcurrencyLimiter(-1)).toThrow('a concurrency limit is a whole number ≥ 0');
    expect(() => new ConcurrencyLimiter(1.5)).toThrow(RangeError);
  });

  it('refuses a release without an acquire', () => {
    expect(() => new ConcurrencyLimiter(1).release()).toThrow('released more concurrency');
  });
});
