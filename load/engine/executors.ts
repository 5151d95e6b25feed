/**
 * The six k6 executors. Each one decides when which VU starts an iteration;
 * running the iteration, creating VUs and counting samples is left to the
 * ExecutorEnv, so the scheduling can be tested against a FakeClock.
 * Semantics follow k6's executors:
 * https://grafana.com/docs/k6/latest/using-k6/scenarios/executors/
 */
import type { Clock, TimerHandle } from './clock.ts';
import { formatDuration } from './duration.ts';
import type { ScenarioConfig } from './options.ts';
import { scenarioDurationMs } from './options.ts';
import { type ScenarioPlan, scenarioPlan, type VUStep } from './plan.ts';

export interface ExecutorEnv<H> {
  readonly clock: Clock;
  /** VUs initialised before the test starts (k6's planned VUs). */
  readonly plannedVUs: readonly H[];
  /** This instance's share of the scenario (the whole scenario without execution segments). */
  readonly plan?: ScenarioPlan;
  /** Logs a warning about the scenario (e.g. k6's "Insufficient VUs"). */
  warn?(message: string): void;
  /**
   * Lets the event loop turn between the iterations of a looping VU, so an
   * iteration that never waits cannot starve timers, I/O or signals.
   */
  yieldTurn?(): Promise<void>;
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

  protected readonly plan: ScenarioPlan;

  constructor(
    readonly config: ScenarioConfig,
    protected readonly env: ExecutorEnv<H>,
  ) {
    this.plan = env.plan ?? scenarioPlan(config, undefined);
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
      if (this.plan.hasWork) await this.execute();
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

  /** One iteration of a looping VU, then a turn of the event loop. */
  protected async loopOnce(vu: H): Promise<boolean> {
    const completed = await this.iterate(vu);
    await this.env.yieldTurn?.();
    return completed;
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
    const vus = this.env.plannedVUs.slice(0, this.plan.vus);
    await Promise.all(
      vus.map(async (vu) => {
        this.env.setActive(vu, true);
        while (!this.stopping && !this.env.aborted()) {
          if (!(await this.loopOnce(vu))) break;
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
      right: [`${this.plan.vus} VUs`, this.timeColumn(cfg.durationMs)],
    };
  }
}

class SharedIterations<H> extends BaseExecutor<H> {
  #done = 0;

  protected async execute(): Promise<void> {
    const cfg = this.config as Extract<ScenarioConfig, { executor: 'shared-iterations' }>;
    this.startedAt = this.env.clock.now();
    let remaining = this.plan.iterations;
    this.timer(() => this.beginGracefulStop(), cfg.maxDurationMs);
    await Promise.all(
      this.env.plannedVUs.slice(0, this.plan.vus).map(async (vu) => {
        this.env.setActive(vu, true);
        while (remaining > 0 && !this.stopping && !this.env.aborted()) {
          remaining--;
          const ok = await this.loopOnce(vu);
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
    const total = this.plan.iterations;
    const width = String(total).length;
    return {
      fraction: total === 0 ? 1 : this.#done / total,
      right: [
        `${this.plan.vus} VUs`,
        this.timeColumn(cfg.maxDurationMs),
        `${String(this.#done).padStart(width, '0')}/${total} shared iters`,
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
      this.env.plannedVUs.slice(0, this.plan.vus).map(async (vu) => {
        this.env.setActive(vu, true);
        let remaining = cfg.iterations;
        while (remaining > 0 && !this.stopping && !this.env.aborted()) {
          remaining--;
          const ok = await this.loopOnce(vu);
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
    const total = cfg.iterations * this.plan.vus;
    const width = String(total).length;
    return {
      fraction: total === 0 ? 1 : this.#done / total,
      right: [
        `${this.plan.vus} VUs`,
        this.timeColumn(cfg.maxDurationMs),
        `${String(this.#done).padStart(width, '0')}/${total} iters, ${cfg.iterations} per VU`,
      ],
    };
  }
}

interface RampHandle<H> {
  vu: H;
  /** Scheduled to loop (between a start and a graceful stop). */
  active: boolean;
  looping: boolean;
}

/**
 * ramping-vus as k6 runs it: the scheduled count (raw steps) starts VUs and
 * gracefully stops the highest ones (they finish their iteration); the hard
 * limit (graceful steps, lagging by gracefulRampDown) interrupts whatever of
 * them still runs.
 */
class RampingVUs<H> extends BaseExecutor<H> {
  #handles: RampHandle<H>[] = [];
  #scheduled = 0;
  #allowed = 0;
  #loops = new Set<Promise<void>>();

  protected async execute(): Promise<void> {
    this.startedAt = this.env.clock.now();
    this.#handles = this.env.plannedVUs
      .slice(0, this.plan.maxVUs)
      .map((vu) => ({ vu, active: false, looping: false }));
    const raw = this.plan.steps;
    const graceful = this.plan.gracefulSteps;
    const regular = (raw[raw.length - 1] as VUStep).atMs;
    const end = (graceful[graceful.length - 1] as VUStep).atMs;
    for (const step of graceful) {
      if (step.atMs === 0) this.#allow(step.vus);
      else this.timer(() => this.#allow(step.vus), step.atMs);
    }
    for (const step of raw) {
      if (step.atMs === 0) this.#schedule(step.vus);
      else this.timer(() => this.#schedule(step.vus), step.atMs);
    }
    await this.wait(regular);
    this.stopping = true;
    const allDone = (async () => {
      while (this.#loops.size > 0) await Promise.all([...this.#loops]);
    })();
    if (end > regular) await Promise.race([allDone, this.wait(end - regular)]);
    this.#allow(0);
    await allDone;
    this.clearTimers();
  }

  #schedule(n: number): void {
    if (this.env.aborted()) return;
    for (; this.#scheduled < n; this.#scheduled++) {
      const h = this.#handles[this.#scheduled];
      if (!h) continue;
      h.active = true;
      if (!h.looping && !this.stopping) this.#startLoop(h);
    }
    for (; this.#scheduled > n; this.#scheduled--) {
      const h = this.#handles[this.#scheduled - 1];
      if (h) h.active = false;
    }
  }

  #allow(n: number): void {
    for (; this.#allowed > n; this.#allowed--) {
      const h = this.#handles[this.#allowed - 1];
      if (!h) continue;
      h.active = false;
      if (this.running.has(h.vu)) this.env.interrupt(h.vu);
    }
    this.#allowed = Math.max(this.#allowed, n);
  }

  #startLoop(h: RampHandle<H>): void {
    h.looping = true;
    this.env.setActive(h.vu, true);
    const loop = (async () => {
      while (h.active && !this.stopping && !this.env.aborted()) {
        if (!(await this.loopOnce(h.vu))) break;
      }
      h.looping = false;
      this.env.setActive(h.vu, false);
    })();
    this.#loops.add(loop);
    void loop.finally(() => this.#loops.delete(loop));
  }

  progress(): ProgressInfo {
    const cfg = this.config as Extract<ScenarioConfig, { executor: 'ramping-vus' }>;
    const total = scenarioDurationMs(cfg);
    const max = this.plan.maxVUs;
    const width = String(max).length;
    const current = this.#handles.filter((h) => h.looping).length;
    return {
      fraction: Math.min(1, this.elapsed() / total),
      right: [
        `${String(current).padStart(width, '0')}/${String(max).padStart(width, '0')} VUs`,
        this.timeColumn(total),
      ],
    };
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
    this.#free = this.env.plannedVUs.slice(0, this.plan.initialVUs);
    this.#initialised = this.#free.length;
    let unplanned = this.plan.maxVUs - this.plan.initialVUs;
    let warned = false;
    const times = this.plan.arrivals();
    this.#currentRate = cfg.executor === 'constant-arrival-rate' ? this.plan.ratePerSec : 0;
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
      if (unplanned === 0 && !warned) {
        warned = true;
        this.env.warn?.(
          `Insufficient VUs, reached ${this.plan.maxVUs} active VUs and cannot initialize more`,
        );
      }
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
    const width = String(this.plan.maxVUs).length;
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
