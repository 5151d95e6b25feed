import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../throttle.ts';

function fakeClock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function admitted(bucket: TokenBucket, attempts: number): number {
  let passed = 0;
  for (let i = 0; i < attempts; i++) if (bucket.tryTake()) passed += 1;
  return passed;
}

describe('TokenBucket', () => {
  it('admits the burst at once, then nothing until time passes', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ rateLimit: 10, burstLimit: 25 }, clock.now);
    expect(admitted(bucket, 100)).toBe(25);
    expect(bucket.tryTake()).toBe(false);
  });

  it('refills at the rate per second once the burst is spent', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ rateLimit: 10, burstLimit: 25 }, clock.now);
    admitted(bucket, 25);
    const perSecond: number[] = [];
    for (let second = 0; second < 5; second++) {
      let passed = 0;
      // 100 attempts spread over the second, 10 ms apart.
      for (let tick = 0; tick < 100; tick++) {
        clock.advance(10);
        if (bucket.tryTake()) passed += 1;
      }
      perSecond.push(passed);
    }
    expect(perSecond).toEqual([10, 10, 10, 10, 10]);
  });

  it('never holds more than the burst, however long it idles', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ rateLimit: 100, burstLimit: 5 }, clock.now);
    clock.advance(60_000);
    expect(admitted(bucket, 50)).toBe(5);
  });

  it('accepts fractional rates', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ rateLimit: 0.5, burstLimit: 1 }, clock.now);
    expect(bucket.tryTake()).toBe(true);
    clock.advance(1_000);
    expect(bucket.tryTake()).toBe(false);
    clock.advance(1_000);
    expect(bucket.tryTake()).toBe(true);
  });
});
