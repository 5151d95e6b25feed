import { describe, expect, it } from 'vitest';
import { formatResetDuration, RateLimiter } from '../../rate-limit.ts';

describe('RateLimiter', () => {
  it('admits up to the per-minute limit, then refuses with the wait until one request fits', () => {
    // Prepare: 60 requests per minute = one per second
    const limiter = new RateLimiter({ requestsPerMinute: 60 });
    const t0 = 1_000_000;

    // Act
    const admitted = Array.from({ length: 60 }, () => limiter.check('key', 1, t0).allowed);
    const refused = limiter.check('key', 1, t0);
    const later = limiter.check('key', 1, t0 + 1000);

    // Assess
    expect(admitted.every(Boolean)).toBe(true);
    expect(refused).toMatchObject({ allowed: false, exceeded: 'requests' });
    expect(refused.retryAfterMs).toBeCloseTo(1000, 6);
    expect(refused.requests).toMatchObject({ limit: 60, remaining: 0 });
    expect(refused.requests?.resetMs).toBeCloseTo(60_000, 6);
    expect(later.allowed).toBe(true);
  });

  it('charges tokens and refuses a request that does not fit the token bucket', () => {
    const limiter = new RateLimiter({ tokensPerMinute: 1000 });
    expect(limiter.check('k', 900, 0)).toMatchObject({ allowed: true, tokens: { remaining: 100 } });
    const refused = limiter.check('k', 200, 0);
    expect(refused).toMatchObject({ allowed: false, exceeded: 'tokens', requested: 200 });
    expect(refused.retryAfterMs).toBeCloseTo(6000, 6);
    expect(limiter.check('k', 200, 6000).allowed).toBe(true);
  });

  it('keeps one bucket per key and forgets all on reset', () => {
    const limiter = new RateLimiter({ requestsPerMinute: 1 });
    expect(limiter.check('a', 1, 0).allowed).toBe(true);
    expect(limiter.check('b', 1, 0).allowed).toBe(true);
    expect(limiter.check('a', 1, 0).allowed).toBe(false);
    limiter.reset();
    expect(limiter.check('a', 1, 0).allowed).toBe(true);
  });
});

describe('formatResetDuration', () => {
  it.each([
    [0, '0s'],
    [12, '12ms'],
    [999.2, '1s'],
    [998.5, '999ms'],
    [1000, '1s'],
    [17_280, '17.28s'],
    [360_000, '6m0s'],
    [90_500, '1m30.5s'],
    [3_723_000, '1h2m3s'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatResetDuration(ms)).toBe(text);
  });
});
