/**
 * Time source for the scheduler. Executors and script timers read time and
 * set timers only through a Clock, so tests can drive a run with FakeClock
 * instead of waiting in real time.
 */
export interface TimerHandle {
  readonly id: number;
}

export interface Clock {
  /** Monotonic milliseconds. */
  now(): number;
  /** Wall-clock epoch nanoseconds matching `now()`; used for sample timestamps. */
  epochNs(monotonicMs: number): bigint;
  setTimer(fn: () => void, delayMs: number): TimerHandle;
  clearTimer(handle: TimerHandle): void;
}

export function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => {
    clock.setTimer(resolve, ms);
  });
}

/** The process's real time: `performance.now()` and Node timers. */
export class RealClock implements Clock {
  readonly #originMono = performance.now();
  readonly #originEpochNs = BigInt(Date.now()) * 1_000_000n;
  readonly #timers = new Map<number, NodeJS.Timeout>();
  #next = 1;

  now(): number {
    return performance.now();
  }

  epochNs(monotonicMs: number): bigint {
    return this.#originEpochNs + BigInt(Math.round((monotonicMs - this.#originMono) * 1e6));
  }

  setTimer(fn: () => void, delayMs: number): TimerHandle {
    const id = this.#next++;
    const t = setTimeout(
      () => {
        this.#timers.delete(id);
        fn();
      },
      Math.max(0, delayMs),
    );
    this.#timers.set(id, t);
    return { id };
  }

  clearTimer(handle: TimerHandle): void {
    const t = this.#timers.get(handle.id);
    if (t !== undefined) {
      clearTimeout(t);
      this.#timers.delete(handle.id);
    }
  }
}

interface FakeTimer {
  id: number;
  at: number;
  seq: number;
  fn: () => void;
}

/**
 * A clock that only moves when told to. `advance(ms)` fires due timers in
 * order and lets promise continuations settle between them, so code that
 * awaits timers runs as it would in real time, only instantly.
 */
export class FakeClock implements Clock {
  #now = 0;
  #seq = 0;
  #timers: FakeTimer[] = [];
  readonly #epochBaseNs: bigint;

  constructor(epochMs = Date.UTC(2026, 0, 1)) {
    this.#epochBaseNs = BigInt(epochMs) * 1_000_000n;
  }

  now(): number {
    return this.#now;
  }

  epochNs(monotonicMs: number): bigint {
    return this.#epochBaseNs + BigInt(Math.round(monotonicMs * 1e6));
  }

  setTimer(fn: () => void, delayMs: number): TimerHandle {
    const timer: FakeTimer = {
      id: ++this.#seq,
      at: this.#now + Math.max(0, delayMs),
      seq: this.#seq,
      fn,
    };
    this.#timers.push(timer);
    return { id: timer.id };
  }

  clearTimer(handle: TimerHandle): void {
    this.#timers = this.#timers.filter((t) => t.id !== handle.id);
  }

  get pendingTimers(): number {
    return this.#timers.length;
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    await settle();
    for (;;) {
      const next = this.#earliest();
      if (next === undefined || next.at > target) break;
      this.#timers.splice(this.#timers.indexOf(next), 1);
      this.#now = Math.max(this.#now, next.at);
      next.fn();
      await settle();
    }
    this.#now = target;
    await settle();
  }

  /** Advances until no timers remain (bounded by `limitMs`). */
  async runAll(limitMs = 3_600_000): Promise<void> {
    const end = this.#now + limitMs;
    while (this.#timers.length > 0) {
      const next = this.#earliest();
      if (next === undefined || next.at > end) break;
      await this.advance(next.at - this.#now);
    }
  }

  #earliest(): FakeTimer | undefined {
    let best: FakeTimer | undefined;
    for (const t of this.#timers) {
      if (best === undefined || t.at < best.at || (t.at === best.at && t.seq < best.seq)) best = t;
    }
    return best;
  }
}

/** Lets pending promise chains run to completion (several macrotask turns). */
async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
