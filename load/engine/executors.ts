/**
 * The six k6 executors. Each one decides when which VU starts an iteration;
 * running the iteration, creating VUs and counting samples is left to the
 * ExecutorEnv, so the scheduling can be tested against a FakeClock.
 * Semantics follow k6's executors:
 * https://grafana.com/docs/k6/latest/using-k6/scenarios/executors/
 */
import type { Clock, TimerHandle } from './clock.ts';
import { formatDuration } from './duration.ts';
import type { ScenarioConfig, Stage } from './options.ts';
import { scenarioDurationMs, scenarioMaxVUs } from './options.ts';

export interface ExecutorEnv<H> {
  readonly clock: Clock;
  /** VUs initialised before the test starts (k6's planned VUs). */
  readonly plannedVUs: readonly H[];
  /** Initialises one more VU during the run (arrival-rate executors, up to maxVUs). */
  newVU(): Promise<H>;
  /** Runs one iteration; resolves true when it completed, false when it was interrupted. */
  iterate(vu: H): Promise<boolean>;
  /** Hard-stops the iteration the VU is running. */
  interrupt(vu: H): void;
  /** Adds to dropped_iterations. */
  dropped(count: number): void;
  /** A VU became active (true) or inactive (false), for the `vus` metric. */
  setActive(vu: H, active: boolean): void;
  /** True once the whole test is being aborted. */
  aborted(): boolean;
  /** Registers a callback for the abort. */
  onAbort(fn: () => void): void;
}

export interface ProgressInfo {
  fraction: number;
  /** The columns after the progress bar, as k6 shows them. */
  right: string[];
}

export interface Executor {
  readonly config: ScenarioConfig;
  run(): Promise<void>;
  /** True once run() has finished. */
  readonly finished: boolean;
  progress(): ProgressInfo;
  /** Iterations started so far in this scenario (`exec.scenario.iterationInTest` source). */
  readonly startedAt: number | undefined;
}

export function createExecutor<H>(config: ScenarioConfig, env: ExecutorEnv<H>): Executor {
  switch (config.executor) {
    case 'constant-vus':
      return new ConstantVUs(config, env);
    case 'ramping-vus':
      return new RampingVUs(config, env);
    case 'shared-iterations':
      return new SharedIterations(config, env);
    case 'per-vu-iterations':
      return new PerVUIterations(config, env);
    case 'constant-arrival-rate':
    case 'ramping-arrival-rate':
      return new ArrivalRate(config, env);
  }
}

/** Shared plumbing: the running set, graceful-stop timer, abort handling. */
abstract class BaseExecutor<H> implements Executor {
  startedAt: number | undefined;
  #finishedAt: number | undefined;
  protected readonly running = new Set<H>();
  protected stopping = false;
  #timers: TimerHandle[] = [];
  readonly #waiters = new Set<() => void>();

  constructor(
    readonly config: ScenarioConfig,
    protected readonly env: ExecutorEnv<H>,
  ) {
    env.onAbort(() => {
      this.stopping = true;
      for (const vu of [...this.running]) env.interrupt(vu);
      for (const wake of [...this.#waiters]) wake();
    });
  }

  abstract progress(): ProgressInfo;
  protected abstract execute(): Promise<void>;

  async run(): Promise<void> {
    try {
      await this.execute();
    } finally {
      this.#finishedAt = this.env.clock.now();
    }
  }

  get finished(): boolean {
    return this.#finishedAt !== undefined;
  }

  protected elapsed(): number {
    if (this.startedAt === undefined) return 0;
    return (this.#finishedAt ?? this.env.clock.now()) - this.startedAt;
  }

  protected timer(fn: () => void, delayMs: number): TimerHandle {
    const h = this.env.clock.setTimer(fn, delayMs);
    this.#timers.push(h);
    return h;
  }

  protected clearTimers(): void {
    for (const t of this.#timers) this.env.clock.clearTimer(t);
    this.#timers = [];
  }

  /** Waits on the clock; an abort ends the wait early. */
  protected wait(ms: number): Promise<void> {
    if (this.env.aborted()) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        this.#waiters.delete(wake);
        resolve();
      };
      this.#waiters.add(wake);
      this.timer(wake, ms);
    });
  }

  protected async iterate(vu: H): Promise<boolean> {
    this.running.add(vu);
    try {
      return await this.env.iterate(vu);
    } finally {
      this.running.delete(vu);
    }
  }

  /** After the regular duration: stop starting iterations, interrupt whatever runs past gracefulStop. */
  protected beginGracefulStop(): void {
    this.stopping = true;
    this.timer(() => {
      for (const vu of [...this.running]) this.env.interrupt(vu);
    }, this.config.gracefulStopMs);
  }

  protected timeColumn(total: number): string {
    const spent = this.elapsed();
    if (this.finished && spent < total) return formatDuration(Math.round(spent / 100) * 100);
    if (spent >= total) return formatDuration(total);
    return `${fixedLengthDuration(spent, total)}/${formatDuration(total)}`;
  }
}

/** k6's pb.GetFixedLengthDuration: the elapsed time with one decimal, padded to the total's width. */
export function fixedLengthDuration(spentMs: number, totalMs: number): string {
  const tenths = Math.floor(spentMs / 100);
  const hours = Math.floor(tenths / 36_000);
  const minutes = Math.floor((tenths % 36_000) / 600);
  const seconds = (tenths % 600) / 10;
  const sec = seconds.toFixed(1);
  if (totalMs >= 3_600_000) {
    return `${hours}h${String(minutes).padStart(2, '0')}m${sec.padStart(4, '0')}s`;
  }
  if (totalMs >= 60_000) return `${String(minutes).padStart(2, '0')}m${sec.padStart(4, '0')}s`;
  return `${sec.padStart(String(Math.floor(totalMs / 1000)).length + 2, '0')}s`;
}

class ConstantVUs<H> extends BaseExecutor<H> {
  protected async execute(): Promise<void> {
    const cfg = this.config as Extract<ScenarioConfig, { executor: 'constant-vus' }>;
    this.startedAt = this.env.clock.now();
    this.timer(() => this.beginGracefulStop(), cfg.durationMs);
    const vus = this.env.plannedVUs.slice(0, cfg.vus);
    await Promise.all(
      vus.map(async (vu) => {
        this.env.setActive(vu, true);
        while (!this.stopping && !this.env.aborted()) {
          if (!(await this.iterate(vu))) break;
        }
        this.env.setActive(vu, false);
      }),
    );
    this.clearTimers();
  }

  progress(): ProgressInfo {
    const cfg = this.config as Extract<ScenarioConfig, { executor: 'constant-vus' }>;
    return {
      fraction: Math.min(1, this.elapsed() / cfg.durationMs),
      right: [`${cfg.vus} VUs`, this.timeColumn(cfg.durationMs)],
    };
  }
}

class SharedIterations<H> extends BaseExecutor<H> {
  #done = 0;

  protected async execute(): Promise<void> {
    const cfg = this.config as Extract<ScenarioConfig, { executor: 'shared-iterations' }>;
    this.startedAt = this.env.clock.now();
    let remaining = cfg.iterations;
    this.timer(() => this.beginGracefulStop(), cfg.maxDurationMs);
    await Promise.all(
      this.env.plannedVUs.slice(0, cfg.vus).map(async (vu) => {
        this.env.setActive(vu, true);
        while (remaining > 0 && !this.stopping && !this.env.aborted()) {
          remaining--;
          const ok = await this.iterate(vu);
          if (ok) this.#done++;
          else break;
        }
        this.env.setActive(vu, false);
      }),
    );
    this.clearTimers();
    if (remaining > 0 && !this.env.aborted()) this.env.dropped(remaining);
  }

  progress(): ProgressInfo {
    const cfg = this.config as Extract<ScenarioConfig, { executor: 'shared-iterations' }>;
    const width = String(cfg.iterations).length;
    return {
      fraction: this.#done / cfg.iterations,
      right: [
        `${cfg.vus} VUs`,
        this.timeColumn(cfg.maxDurationMs),
        `${String(this.#done).padStart(width, '0')}/${cfg.iterations} shared iters`,
      ],
    };
  }
}

class PerVUIterations<H> extends BaseExecutor<H> {
  #done = 0;

  protected async execute(): Promise<void> {
    const cfg = this.config as Extract<ScenarioConfig, { executor: 'per-vu-iterations' }>;
    this.startedAt = this.env.clock.now();
    this.timer(() => this.beginGracefulStop(), cfg.maxDurationMs);
    await Promise.all(
      this.env.plannedVUs.slice(0, cfg.vus).map(async (vu) => {
        this.env.setActive(vu, true);
        let remaining = cfg.iterations;
        while (remaining > 0 && !this.stopping && !this.env.aborted()) {
          remaining--;
          const ok = await this.iterate(vu);
          if (ok) this.#done++;
          else break;
        }
        this.env.setActive(vu, false);
        if (remaining > 0 && !this.env.aborted()) this.env.dropped(remaining);
      }),
    );
    this.clearTimers();
  }

  progress(): ProgressInfo {
    const cfg = this.config as Extract<ScenarioConfig, { executor: 'per-vu-iterations' }>;
    const total = cfg.iterations * cfg.vus;
    const width = String(total).length;
    return {
      fraction: this.#done / total,
      right: [
        `${cfg.vus} VUs`,
        this.timeColumn(cfg.maxDurationMs),
        `${String(this.#done).padStart(width, '0')}/${total} iters, ${cfg.iterations} per VU`,
      ],
    };
  }
}

export interface VUStep {
  atMs: number;
  vus: number;
}

/**
 * The VU count over time for ramping-vus, as k6's getRawExecutionSteps computes
 * it: during a stage from F to T over D, the count moves by one VU at each
 * stage start + D·j/|T−F| (j = 1…|T−F|); stages of zero duration jump.
 */
export function rampingVUSteps(startVUs: number, stages: readonly Stage[]): VUStep[] {
  const steps: VUStep[] = [{ atMs: 0, vus: startVUs }];
  const add = (atMs: number, vus: number) => {
    if ((steps[steps.length - 1] as VUStep).vus !== vus) steps.push({ atMs, vus });
  };
  let from = startVUs;
  let stageStart = 0;
  for (const st of stages) {
    const diff = st.target - from;
    if (diff !== 0) {
      if (st.durationMs === 0) {
        add(stageStart, st.target);
      } else {
        const n = Math.abs(diff);
        const dir = Math.sign(diff);
        for (let j = 1; j <= n; j++) add(stageStart + (st.durationMs * j) / n, from + dir * j);
      }
    }
    from = st.target;
    stageStart += st.durationMs;
  }
  return steps;
}

interface RampSlot<H> {
  vu: H;
  active: boolean;
  looping: boolean;
}

class RampingVUs<H> extends BaseExecutor<H> {
  #slots: RampSlot<H>[] = [];
  #current = 0;
  #loops = new Set<Promise<void>>();

  protected async execute(): Promise<void> {
    const cfg = this.config as Extract<ScenarioConfig, { executor: 'ramping-vus' }>;
    this.startedAt = this.env.clock.now();
    this.#slots = this.env.plannedVUs
      .slice(0, scenarioMaxVUs(cfg))
      .map((vu) => ({ vu, active: false, looping: false }));
    const total = scenarioDurationMs(cfg);
    const steps = rampingVUSteps(cfg.startVUs, cfg.stages);
    for (const step of steps) {
      if (step.atMs >= total && step.vus !== 0) continue;
      if (step.atMs === 0) this.#setTarget(step.vus);
      else this.timer(() => this.#setTarget(step.vus), step.atMs);
    }
    await this.wait(total);
    this.#setTarget(0, false);
    this.beginGracefulStop();
    while (this.#loops.size > 0) await Promise.all([...this.#loops]);
    this.clearTimers();
  }

  #setTarget(n: number, rampDown = true): void {
    if (this.stopping || this.env.aborted()) return;
    const cfg = this.config as Extract<ScenarioConfig, { executor: 'ramping-vus' }>;
    this.#current = n;
    this.#slots.forEach((slot, i) => {
      if (i < n && !slot.active) {
        slot.active = true;
        if (!slot.looping) this.#startLoop(slot);
      } else if (i >= n && slot.active) {
        slot.active = false;
        if (rampDown) {
          // A ramped-down VU finishes its iteration within gracefulRampDown, then is interrupted.
          this.timer(() => {
            if (!slot.active && this.running.has(slot.vu)) this.env.interrupt(slot.vu);
          }, cfg.gracefulRampDownMs);
        }
      }
    });
  }

  #startLoop(slot: RampSlot<H>): void {
    slot.looping = true;
    this.env.setActive(slot.vu, true);
    const loop = (async () => {
      while (slot.active && !this.stopping && !this.env.aborted()) {
        if (!(await this.iterate(slot.vu))) break;
      }
      slot.looping = false;
      this.env.setActive(slot.vu, false);
    })();
    this.#loops.add(loop);
    void loop.finally(() => this.#loops.delete(loop));
  }

  progress(): ProgressInfo {
    const cfg = this.config as Extract<ScenarioConfig, { executor: 'ramping-vus' }>;
    const total = scenarioDurationMs(cfg);
    const max = scenarioMaxVUs(cfg);
    const width = String(max).length;
    return {
      fraction: Math.min(1, this.elapsed() / total),
      right: [
        `${String(this.#current).padStart(width, '0')}/${String(max).padStart(width, '0')} VUs`,
        this.timeColumn(total),
      ],
    };
  }
}

/** Start offsets (ms) of constant-arrival-rate iterations: one every timeUnit/rate, from 0. */
export function* constantArrivalTimes(
  rate: number,
  timeUnitMs: number,
  durationMs: number,
): Generator<number> {
  // k6 computes the period in whole nanoseconds.
  const periodNs = Math.floor((timeUnitMs * 1e6) / rate);
  for (let i = 0; ; i++) {
    const t = (i * periodNs) / 1e6;
    if (t >= durationMs) return;
    yield t;
  }
}

/**
 * Start offsets (ms) of ramping-arrival-rate iterations, from k6's `cal`:
 * iteration i (1-based) starts when the area under the rate curve reaches i;
 * within a linear ramp that time comes from the quadratic formula.
 */
export function* rampingArrivalTimes(
  startRate: number,
  timeUnitMs: number,
  stages: readonly Stage[],
): Generator<number> {
  const timeUnit = timeUnitMs * 1e6;
  let from = startRate / timeUnit;
  let stageStart = 0;
  let doneSoFar = 0;
  let endCount = 0;
  let i = 1;
  for (const st of stages) {
    const to = st.target / timeUnit;
    const dur = st.durationMs * 1e6;
    if (from !== to) {
      endCount += dur * ((to - from) / 2 + from);
      for (; i <= endCount; i++) {
        const under = dur * (from * from * dur + 2 * (i - doneSoFar) * (to - from));
        const x = (from * dur - (under > 0 ? Math.sqrt(under) : 0)) / (from - to);
        yield (stageStart + Math.trunc(x)) / 1e6;
      }
    } else {
      endCount += dur * to;
      for (; i <= endCount; i++) yield (stageStart + Math.trunc((i - doneSoFar) / to)) / 1e6;
    }
    doneSoFar = endCount;
    from = to;
    stageStart += dur;
  }
}

class ArrivalRate<H> extends BaseExecutor<H> {
  #free: H[] = [];
  #initialised = 0;
  #allocating = false;
  #currentRate = 0;

  protected async execute(): Promise<void> {
    const cfg = this.config as Extract<
      ScenarioConfig,
      { executor: 'constant-arrival-rate' | 'ramping-arrival-rate' }
    >;
    const total = scenarioDurationMs(cfg);
    this.#free = this.env.plannedVUs.slice(0, cfg.preAllocatedVUs);
    this.#initialised = this.#free.length;
    let unplanned = cfg.maxVUs - cfg.preAllocatedVUs;
    const times =
      cfg.executor === 'constant-arrival-rate'
        ? constantArrivalTimes(cfg.rate, cfg.timeUnitMs, cfg.durationMs)
        : rampingArrivalTimes(cfg.startRate, cfg.timeUnitMs, cfg.stages);
    this.#currentRate =
      cfg.executor === 'constant-arrival-rate' ? (cfg.rate * 1000) / cfg.timeUnitMs : 0;
    const start = this.env.clock.now();
    this.startedAt = start;
    const inflight = new Set<Promise<void>>();
    let prev = 0;
    for (const offset of times) {
      if (offset >= total) break;
      const delay = start + offset - this.env.clock.now();
      if (delay > 0) await this.wait(delay);
      if (this.stopping || this.env.aborted()) break;
      if (cfg.executor === 'ramping-arrival-rate' && offset > prev) {
        this.#currentRate = 1000 / (offset - prev);
      }
      prev = offset;
      const vu = this.#free.pop();
      if (vu !== undefined) {
        const p = this.#runOne(vu);
        inflight.add(p);
        void p.finally(() => inflight.delete(p));
        continue;
      }
      // No free VU: the iteration is dropped, and one more VU is initialised if maxVUs allows.
      this.env.dropped(1);
      if (unplanned > 0 && !this.#allocating) {
        unplanned--;
        this.#allocating = true;
        void this.env.newVU().then((v) => {
          this.#allocating = false;
          this.#initialised++;
          this.#free.push(v);
        });
      }
    }
    const remaining = start + total - this.env.clock.now();
    if (remaining > 0 && !this.env.aborted()) await this.wait(remaining);
    this.beginGracefulStop();
    while (inflight.size > 0) await Promise.all([...inflight]);
    this.clearTimers();
  }

  async #runOne(vu: H): Promise<void> {
    this.env.setActive(vu, true);
    await this.iterate(vu);
    this.env.setActive(vu, false);
    this.#free.push(vu);
  }

  progress(): ProgressInfo {
    const cfg = this.config as Extract<
      ScenarioConfig,
      { executor: 'constant-arrival-rate' | 'ramping-arrival-rate' }
    >;
    const total = scenarioDurationMs(cfg);
    const width = String(cfg.maxVUs).length;
    return {
      fraction: Math.min(1, this.elapsed() / total),
      right: [
        `${String(this.running.size).padStart(width, '0')}/${String(this.#initialised).padStart(width, '0')} VUs`,
        this.timeColumn(total),
        `${this.#currentRate.toFixed(2)} iters/s`,
      ],
    };
  }
}
