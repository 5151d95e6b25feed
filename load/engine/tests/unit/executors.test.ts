import { describe, expect, it } from 'vitest';
import { FakeClock, type TimerHandle } from '../../clock.ts';
import { createExecutor, type ExecutorEnv } from '../../executors.ts';
import { parseScenario } from '../../options.ts';
import { constantArrivalTimes, rampingArrivalTimes, rampingVUSteps } from '../../plan.ts';

interface FakeVU {
  id: number;
}

/**
 * An executor environment whose iterations only pass time on the fake clock:
 * each one lasts `iterationMs(vu, n)` milliseconds.
 */
function fakeEnv(
  clock: FakeClock,
  planned: number,
  iterationMs: (vu: FakeVU, n: number) => number,
) {
  const vus = Array.from({ length: planned }, (_, i) => ({ id: i + 1 }));
  const running = new Map<FakeVU, { timer: TimerHandle; resolve: (ok: boolean) => void }>();
  const abortListeners: (() => void)[] = [];
  const stats = {
    starts: [] as { vu: number; at: number }[],
    completed: 0,
    interrupted: [] as { vu: number; at: number }[],
    dropped: 0,
    created: 0,
    active: 0,
    maxActive: 0,
    concurrency: 0,
    aborted: false,
  };
  let nextId = planned;
  const env: ExecutorEnv<FakeVU> = {
    clock,
    plannedVUs: vus,
    newVU: async () => {
      stats.created++;
      return { id: ++nextId };
    },
    iterate: (vu) =>
      new Promise<boolean>((resolve) => {
        const n = stats.starts.length;
        stats.starts.push({ vu: vu.id, at: clock.now() });
        stats.concurrency++;
        const timer = clock.setTimer(
          () => {
            running.delete(vu);
            stats.concurrency--;
            stats.completed++;
            resolve(true);
          },
          iterationMs(vu, n),
        );
        running.set(vu, { timer, resolve });
      }),
    interrupt: (vu) => {
      const r = running.get(vu);
      if (!r) return;
      clock.clearTimer(r.timer);
      running.delete(vu);
      stats.concurrency--;
      stats.interrupted.push({ vu: vu.id, at: clock.now() });
      r.resolve(false);
    },
    dropped: (n) => {
      stats.dropped += n;
    },
    setActive: (_vu, active) => {
      stats.active += active ? 1 : -1;
      stats.maxActive = Math.max(stats.maxActive, stats.active);
    },
    aborted: () => stats.aborted,
    onAbort: (fn) => abortListeners.push(fn),
  };
  const abort = () => {
    stats.aborted = true;
    for (const fn of abortListeners) fn();
  };
  return { env, stats, abort };
}

function countIn(starts: { at: number }[], from: number, to: number): number {
  return starts.filter((s) => s.at >= from && s.at < to).length;
}

describe('constant-arrival-rate', () => {
  it('starts iterations at the configured rate: 500/s for 10 s within 2%', async () => {
    // Prepare
    const clock = new FakeClock();
    const { env, stats } = fakeEnv(clock, 50, () => 20);
    const scenario = parseScenario('rate', {
      executor: 'constant-arrival-rate',
      rate: 500,
      timeUnit: '1s',
      duration: '10s',
      preAllocatedVUs: 50,
    });
    // Act
    const done = createExecutor(scenario, env).run();
    await clock.advance(45_000);
    await done;
    // Assess
    expect(Math.abs(stats.starts.length - 5000)).toBeLessThanOrEqual(100);
    for (let s = 0; s < 10; s++) {
      expect(Math.abs(countIn(stats.starts, s * 1000, (s + 1) * 1000) - 500)).toBeLessThanOrEqual(
        10,
      );
    }
    expect(stats.starts[1]?.at).toBe(2);
    expect(stats.dropped).toBe(0);
    expect(stats.completed).toBe(stats.starts.length);
  });

  it('counts dropped_iterations when no VU is free and maxVUs is reached', async () => {
    // Prepare: 10 VUs of 50 ms iterations can start 200/s of the 500/s asked for
    const clock = new FakeClock();
    const { env, stats } = fakeEnv(clock, 10, () => 50);
    const scenario = parseScenario('rate', {
      executor: 'constant-arrival-rate',
      rate: 500,
      duration: '10s',
      preAllocatedVUs: 10,
      maxVUs: 10,
    });
    // Act
    const done = createExecutor(scenario, env).run();
    await clock.advance(45_000);
    await done;
    // Assess
    expect(stats.starts.length + stats.dropped).toBe(5000);
    expect(Math.abs(stats.starts.length - 2000)).toBeLessThanOrEqual(40);
    expect(stats.created).toBe(0);
  });

  it('initialises VUs beyond preAllocatedVUs up to maxVUs, one at a time', async () => {
    // Prepare
    const clock = new FakeClock();
    const { env, stats } = fakeEnv(clock, 1, () => 100);
    const scenario = parseScenario('rate', {
      executor: 'constant-arrival-rate',
      rate: 50,
      duration: '2s',
      preAllocatedVUs: 1,
      maxVUs: 4,
    });
    // Act
    const done = createExecutor(scenario, env).run();
    await clock.advance(40_000);
    await done;
    // Assess
    expect(stats.created).toBe(3);
    expect(stats.dropped).toBeGreaterThan(0);
    expect(stats.starts.length + stats.dropped).toBe(100);
  });
});

describe('ramping-arrival-rate', () => {
  it('follows its stages: the iterations per window match the area under the rate curve', async () => {
    // Prepare: 0 → 100/s over 2 s, then 100/s for 2 s = 100 + 200 iterations
    const clock = new FakeClock();
    const { env, stats } = fakeEnv(clock, 20, () => 10);
    const scenario = parseScenario('ramp', {
      executor: 'ramping-arrival-rate',
      startRate: 0,
      timeUnit: '1s',
      preAllocatedVUs: 20,
      stages: [
        { target: 100, duration: '2s' },
        { target: 100, duration: '2s' },
      ],
    });
    // Act
    const done = createExecutor(scenario, env).run();
    await clock.advance(40_000);
    await done;
    // Assess: the 300th start falls exactly at the end (4 s); like the
    // constant-arrival-rate, only starts before the end are made
    expect(stats.starts.length).toBe(299);
    const upTo = (t: number) => stats.starts.filter((s) => s.at <= t).length;
    expect([upTo(500), upTo(1000), upTo(1500), upTo(2000), upTo(3000)]).toEqual([
      6, 25, 56, 100, 200,
    ]);
  });

  it('computes iteration times like k6: the first one when the area reaches 1', () => {
    // Prepare / Act
    const times = [
      ...rampingArrivalTimes(10, 1000, [
        { durationMs: 2000, target: 50 },
        { durationMs: 2000, target: 50 },
      ]),
    ];
    // Assess: k6's fixture run (10 → 50/s over 2 s, then 50/s for 2 s) made 160 iterations
    expect(times.length).toBe(160);
    expect(times[0]).toBeGreaterThan(0);
    expect(times[0]).toBeCloseTo(91.6, 0);
    expect(times.at(-1)).toBe(4000);
    expect([...constantArrivalTimes(4, 1000, 1000)]).toEqual([0, 250, 500, 750]);
    // k6 truncates the period to whole nanoseconds: 3/s starts a 4th iteration just before 1 s
    expect([...constantArrivalTimes(3, 1000, 1000)]).toEqual([
      0, 333.333333, 666.666666, 999.999999,
    ]);
  });
});

describe('ramping-vus', () => {
  it('computes the VU steps of its stages like k6', () => {
    // Prepare / Act
    const steps = rampingVUSteps(0, [
      { durationMs: 1000, target: 4 },
      { durationMs: 1000, target: 4 },
      { durationMs: 1000, target: 0 },
    ]);
    // Assess
    expect(steps).toEqual([
      { atMs: 0, vus: 0 },
      { atMs: 250, vus: 1 },
      { atMs: 500, vus: 2 },
      { atMs: 750, vus: 3 },
      { atMs: 1000, vus: 4 },
      { atMs: 2250, vus: 3 },
      { atMs: 2500, vus: 2 },
      { atMs: 2750, vus: 1 },
      { atMs: 3000, vus: 0 },
    ]);
  });

  it('follows its stages: the looping VUs match the target over time', async () => {
    // Prepare
    const clock = new FakeClock();
    const { env, stats } = fakeEnv(clock, 4, () => 100);
    const scenario = parseScenario('ramp', {
      executor: 'ramping-vus',
      startVUs: 0,
      gracefulRampDown: '0s',
      stages: [
        { duration: '1s', target: 4 },
        { duration: '1s', target: 4 },
        { duration: '1s', target: 0 },
      ],
    });
    const samples: number[] = [];
    // Act
    const done = createExecutor(scenario, env).run();
    for (const t of [100, 600, 1100, 1600, 2100, 2600, 3100]) {
      await clock.advance(t - clock.now());
      samples.push(stats.concurrency);
    }
    await clock.advance(40_000);
    await done;
    // Assess
    expect(samples).toEqual([0, 2, 4, 4, 4, 2, 0]);
    expect(stats.maxActive).toBe(4);
  });

  it('lets a ramped-down VU finish within gracefulRampDown, then interrupts it', async () => {
    // Prepare: 2 VUs, ramp to 0 at 1 s; iterations of 800 ms, gracefulRampDown 300 ms
    const clock = new FakeClock();
    const { env, stats } = fakeEnv(clock, 2, () => 800);
    const scenario = parseScenario('ramp', {
      executor: 'ramping-vus',
      startVUs: 2,
      gracefulRampDown: '300ms',
      stages: [
        { duration: '1s', target: 2 },
        { duration: '0s', target: 0 },
        { duration: '2s', target: 0 },
      ],
    });
    // Act
    const done = createExecutor(scenario, env).run();
    await clock.advance(40_000);
    await done;
    // Assess: iterations started at 0 and 800 ms; the second ones are cut at 1000 + 300 ms,
    // the highest VU first, as k6 stops them
    expect(stats.starts.map((s) => s.at)).toEqual([0, 0, 800, 800]);
    expect(stats.interrupted).toEqual([
      { vu: 2, at: 1300 },
      { vu: 1, at: 1300 },
    ]);
  });
});

describe('gracefulStop', () => {
  it('lets iterations running at the end finish within gracefulStop', async () => {
    // Prepare: 700 ms iterations, 1 s duration, 500 ms graceful stop
    const clock = new FakeClock();
    const { env, stats } = fakeEnv(clock, 2, () => 700);
    const scenario = parseScenario('steady', {
      executor: 'constant-vus',
      vus: 2,
      duration: '1s',
      gracefulStop: '500ms',
    });
    // Act
    const done = createExecutor(scenario, env).run();
    await clock.advance(10_000);
    await done;
    // Assess
    expect(stats.starts.map((s) => s.at)).toEqual([0, 0, 700, 700]);
    expect(stats.completed).toBe(4);
    expect(stats.interrupted).toEqual([]);
  });

  it('interrupts iterations still running when gracefulStop ends', async () => {
    // Prepare
    const clock = new FakeClock();
    const { env, stats } = fakeEnv(clock, 2, (_vu, n) => (n < 2 ? 900 : 5000));
    const scenario = parseScenario('steady', {
      executor: 'constant-vus',
      vus: 2,
      duration: '1s',
      gracefulStop: '500ms',
    });
    // Act
    const done = createExecutor(scenario, env).run();
    await clock.advance(10_000);
    await done;
    // Assess
    expect(stats.completed).toBe(2);
    expect(stats.interrupted.map((i) => i.at)).toEqual([1500, 1500]);
  });

  it('applies to arrival-rate executors too', async () => {
    // Prepare
    const clock = new FakeClock();
    const { env, stats } = fakeEnv(clock, 5, () => 2000);
    const scenario = parseScenario('rate', {
      executor: 'constant-arrival-rate',
      rate: 2,
      duration: '1s',
      preAllocatedVUs: 5,
      gracefulStop: '1s',
    });
    // Act
    const done = createExecutor(scenario, env).run();
    await clock.advance(10_000);
    await done;
    // Assess: started at 0 and 500 ms; the first ends at 2000, the second is cut at 2000
    expect(stats.starts.map((s) => s.at)).toEqual([0, 500]);
    expect(stats.completed).toBe(1);
    expect(stats.interrupted).toEqual([{ vu: 4, at: 2000 }]);
  });
});

describe('iteration-based executors', () => {
  it('shared-iterations shares the iterations among the VUs', async () => {
    // Prepare
    const clock = new FakeClock();
    const { env, stats } = fakeEnv(clock, 3, (vu) => vu.id * 10);
    const scenario = parseScenario('s', { executor: 'shared-iterations', vus: 3, iterations: 10 });
    // Act
    const done = createExecutor(scenario, env).run();
    await clock.advance(10_000);
    await done;
    // Assess
    expect(stats.completed).toBe(10);
    const byVU = new Map<number, number>();
    for (const s of stats.starts) byVU.set(s.vu, (byVU.get(s.vu) ?? 0) + 1);
    expect(byVU.get(1)).toBeGreaterThan(byVU.get(3) ?? 0);
    expect(stats.dropped).toBe(0);
  });

  it('per-vu-iterations runs the count on every VU; maxDuration drops the rest', async () => {
    // Prepare
    const clock = new FakeClock();
    const { env, stats } = fakeEnv(clock, 2, () => 300);
    const scenario = parseScenario('p', {
      executor: 'per-vu-iterations',
      vus: 2,
      iterations: 5,
      maxDuration: '1s',
      gracefulStop: '0s',
    });
    // Act
    const done = createExecutor(scenario, env).run();
    await clock.advance(10_000);
    await done;
    // Assess: starts at 0, 300, 600, 900 per VU; the one at 900 is cut at 1000, one never starts
    expect(stats.starts.length).toBe(8);
    expect(stats.completed).toBe(6);
    expect(stats.interrupted.length).toBe(2);
    expect(stats.dropped).toBe(2);
  });

  it('stops everything at once on abort', async () => {
    // Prepare
    const clock = new FakeClock();
    const { env, stats, abort } = fakeEnv(clock, 2, () => 400);
    const scenario = parseScenario('s', { executor: 'constant-vus', vus: 2, duration: '10s' });
    // Act
    const done = createExecutor(scenario, env).run();
    await clock.advance(1000);
    abort();
    await clock.advance(10);
    await done;
    // Assess
    expect(stats.interrupted.map((i) => i.at)).toEqual([1000, 1000]);
    expect(stats.starts.length).toBe(6);
  });
});
