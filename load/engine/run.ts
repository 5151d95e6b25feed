/**
 * One test run, in k6's order: init → setup() → scenarios → teardown() →
 * thresholds → handleSummary(data) or the default summary; then the exit code.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Clock, RealClock, type TimerHandle } from './clock.ts';
import type { InstanceState, RunContext, ScenarioState } from './context.ts';
import { header, maxTestDurationMs } from './describe.ts';
import {
  ConfigError,
  EXIT,
  errorMessage,
  LifecycleTimeoutError,
  RefusedError,
  ScriptError,
  TestAbortError,
} from './errors.ts';
import { createExecutor, type Executor, type ExecutorEnv } from './executors.ts';
import { GroupTree } from './groups.ts';
import { JsonOutput } from './json-output.ts';
import { loadScript } from './load-script.ts';
import { type Logger, StderrLogger } from './logger.ts';
import { Registry } from './metrics.ts';
import type { CliOverrides, ScenarioConfig } from './options.ts';
import { type SegmentPlan, segmentPlan } from './plan.ts';
import { progressBlock } from './progress.ts';
import { EventLoopWatch } from './script/runaway.ts';
import { setupDataJson } from './setup-data.ts';
import {
  buildSummaryData,
  legacySummaryExport,
  type SummaryData,
  trendStat,
} from './summary/data.ts';
import { deliverSummary } from './summary/dispatch.ts';
import { evaluateThresholds, installThresholds, type ThresholdSet } from './thresholds.ts';
import { describeError, nextTurn, VU } from './vu.ts';

/** What `onProgress` receives once a second while the scenarios run (and once at their end). */
export interface RunProgress {
  elapsedMs: number;
  vusActive: number;
  vusInitialized: number;
  iterationsCompleted: number;
  iterationsInterrupted: number;
  scenarios: { name: string; fraction: number; finished: boolean }[];
}

export interface RunTestOptions {
  scriptPath: string;
  /** `-e KEY=VALUE` values; they override the process environment in `__ENV`. */
  env?: Record<string, string>;
  /** Put the process environment into `__ENV` (k6 does by default). */
  includeSystemEnv?: boolean;
  cli?: CliOverrides;
  /** `--summary-export FILE` */
  summaryExport?: string;
  /** `--out json=FILE` (a `.gz` name compresses) */
  jsonOut?: string;
  quiet?: boolean;
  noColor?: boolean;
  stdout?: (text: string) => void;
  logger?: Logger;
  clock?: Clock;
  isStdOutTTY?: boolean;
  isStdErrTTY?: boolean;
  /** Aborting it stops the run as k6 does on Ctrl+C (teardown and summary still run; exit code 105). */
  signal?: AbortSignal;
  /** Called when the scenarios start and when they have all ended (the benchmark measures between them). */
  onScenarios?: (phase: 'start' | 'end') => void;
  /** Called once a second while the scenarios run, and once when they have ended. */
  onProgress?: (progress: RunProgress) => void;
  /** How long script code may run without waiting before the run is stopped (default 2 s). */
  sliceLimitMs?: number;
}

export interface RunTestResult {
  exitCode: number;
  /** The handleSummary data (undefined when the run failed before it started). */
  summary: SummaryData | undefined;
  /** Metrics whose thresholds failed. */
  breached: string[];
}

interface Slot {
  vu: VU;
}

/** k6 gives handleSummary() two minutes: https://github.com/grafana/k6/blob/v1.3.0/internal/js/runner.go (getTimeoutFor). */
const HANDLE_SUMMARY_TIMEOUT_MS = 120_000;

export async function runTest(opts: RunTestOptions): Promise<RunTestResult> {
  const stdout = opts.stdout ?? ((t: string) => process.stdout.write(t));
  const logger = opts.logger ?? new StderrLogger();
  // A script's promise rejected with nobody awaiting it is logged, as k6 does, instead of ending the process.
  const onRejection = (reason: unknown) =>
    logger.log('error', `Uncaught (in promise) ${describeError(reason)}`);
  process.on('unhandledRejection', onRejection);
  try {
    return await new TestRun(opts, stdout, logger).run();
  } catch (err) {
    const code =
      err instanceof ConfigError ||
      err instanceof ScriptError ||
      err instanceof LifecycleTimeoutError ||
      err instanceof RefusedError
        ? err.exitCode
        : EXIT.scriptException;
    logger.log(
      'error',
      err instanceof ScriptError || err instanceof LifecycleTimeoutError
        ? describeError(err.cause ?? err)
        : errorMessage(err),
    );
    return { exitCode: code, summary: undefined, breached: [] };
  } finally {
    process.off('unhandledRejection', onRejection);
  }
}

class TestRun {
  readonly clock: Clock;
  readonly registry = new Registry();
  readonly groups = new GroupTree();
  readonly instance: InstanceState = {
    iterationsCompleted: 0,
    iterationsInterrupted: 0,
    vusActive: 0,
    vusInitialized: 0,
  };
  readonly watch: EventLoopWatch;
  #abortListeners: (() => void)[] = [];
  #aborted: { reason: string; byThreshold: boolean } | undefined;
  #external = false;
  #failed: string | undefined;
  #refused: string | undefined;
  /** The current timer of each periodic task (VU sampling, thresholds, progress). */
  #timers = new Map<string, TimerHandle>();
  /** Everything to release when the run ends, however it ends. */
  readonly #closers: (() => Promise<void>)[] = [];
  #executors: Executor[] = [];
  #testStart = 0;
  #breachedDuringRun: string[] = [];
  readonly #scenarios = new Map<ScenarioConfig, { state: ScenarioState; slots: Slot[] }>();

  constructor(
    private readonly opts: RunTestOptions,
    private readonly stdout: (t: string) => void,
    private readonly logger: Logger,
  ) {
    this.clock = opts.clock ?? new RealClock();
    this.watch = new EventLoopWatch(opts.sliceLimitMs);
  }

  async run(): Promise<RunTestResult> {
    this.watch.start();
    try {
      return await this.#run();
    } finally {
      this.watch.stop();
      for (const close of this.#closers.reverse()) {
        await close().catch((err: unknown) =>
          this.logger.log('warning', `cleanup: ${errorMessage(err)}`),
        );
      }
      this.#clearTimers();
    }
  }

  async #run(): Promise<RunTestResult> {
    this.opts.signal?.addEventListener('abort', () => {
      this.#external = true;
      this.#abort("test run was aborted because the engine received an 'interrupt' signal", false);
    });
    const { ctx, vu0 } = await loadScript(
      this.opts,
      {
        clock: this.clock,
        registry: this.registry,
        groups: this.groups,
        instance: this.instance,
        logger: this.logger,
        watch: this.watch,
      },
      {
        abortTest: (reason, byThreshold) => this.#abort(reason, byThreshold),
        isAborted: () => this.#aborted !== undefined,
        markFailed: (message) => {
          this.#failed ??= message;
          this.logger.log('error', message, { source: 'script' });
        },
        refuse: (message) => {
          if (this.#refused !== undefined) return;
          this.#refused = message;
          this.#abort(message, false);
        },
        onClose: (close) => this.#closers.push(close),
      },
    );
    const options = ctx.options;
    const thresholds = installThresholds(this.registry, options.thresholds);
    // k6 always tracks http_req_duration for expected responses.
    this.registry.builtin.httpReqDuration.submetric('expected_response:true');
    const outputs = this.#openOutputs(ctx, thresholds);
    const plan = segmentPlan(options);
    this.stdout(
      header({
        script: path.basename(this.opts.scriptPath),
        outputs,
        scenarios: options.scenarios,
        plan,
      }),
    );
    this.#initVUs(ctx, plan);
    this.#testStart = this.clock.now();
    ctx.testStartMs = this.#testStart;

    if (typeof vu0.exports.setup === 'function' && !options.noSetup) {
      const result = await this.#lifecycle(vu0, 'setup', [], options.setupTimeoutMs);
      ctx.setupDataJson = this.#serializeSetupData(result);
    }
    if (!this.#aborted) await this.#runScenarios(ctx, thresholds, plan);
    this.#clearTimers();
    if (!this.opts.quiet && this.#executors.length > 0) this.stdout(this.#progress(ctx, true));
    if (typeof vu0.exports.teardown === 'function' && !options.noTeardown) {
      await this.#lifecycle(vu0, 'teardown', [vu0.setupData()], options.teardownTimeoutMs);
    }
    return this.#finish(ctx, vu0, thresholds);
  }

  #openOutputs(ctx: RunContext, thresholds: ThresholdSet): string[] {
    const outputs: string[] = [];
    const file = this.opts.jsonOut;
    if (file) {
      const out = new JsonOutput(file, (ms) => this.clock.epochNs(ms), thresholds);
      this.#closers.push(() => out.close());
      ctx.metrics.outputs.push(out);
      outputs.push(`json (${file})`);
    }
    return outputs;
  }

  #newVU(ctx: RunContext, state: ScenarioState, id: { inInstance: number; inTest: number }): VU {
    const vu = new VU(ctx, id, state);
    this.#closers.push(() => vu.close());
    vu.init();
    return vu;
  }

  /** Initialises the VUs of every scenario before setup, as k6 does. */
  #initVUs(ctx: RunContext, plan: SegmentPlan): void {
    for (const s of ctx.options.scenarios) {
      const state: ScenarioState = {
        config: s,
        tags: { ...ctx.options.tags, ...s.tags, scenario: s.name },
        startEpochMs: 0,
        progress: () => 0,
        plan: plan.scenario(s),
      };
      const list: Slot[] = [];
      for (let i = 0; i < state.plan.initialVUs; i++) {
        list.push({ vu: this.#newVU(ctx, state, plan.nextVUId()) });
      }
      this.instance.vusInitialized += state.plan.initialVUs;
      this.#scenarios.set(s, { state, slots: list });
    }
  }

  #every(name: string, ms: number, fn: () => void): void {
    const tick = () => {
      fn();
      this.#timers.set(name, this.clock.setTimer(tick, ms));
    };
    this.#timers.set(name, this.clock.setTimer(tick, ms));
  }

  #clearTimers(): void {
    for (const t of this.#timers.values()) this.clock.clearTimer(t);
    this.#timers.clear();
  }

  async #runScenarios(ctx: RunContext, thresholds: ThresholdSet, plan: SegmentPlan): Promise<void> {
    const b = this.registry.builtin;
    const systemTags = ctx.options.tags;
    this.#every('vus', 1000, () => {
      ctx.metrics.add(b.vus, this.instance.vusActive, systemTags);
      ctx.metrics.add(b.vusMax, this.instance.vusInitialized, systemTags);
    });
    if (thresholds.metrics.length > 0) {
      this.#every('thresholds', 2000, () => {
        const r = evaluateThresholds(thresholds, this.clock.now() - this.#testStart, true);
        this.#breachedDuringRun = r.breached;
        if (r.abort && !this.#aborted) {
          this.#abort(
            `thresholds on metrics '${r.breached.join(', ')}' were breached; at least one has abortOnFail enabled, stopping test prematurely`,
            true,
          );
        }
      });
    }
    this.#every('progress', 1000, () => {
      if (!this.opts.quiet) this.stdout(this.#progress(ctx, false));
      this.opts.onProgress?.(this.#progressInfo(false));
    });
    this.opts.onScenarios?.('start');
    const running = ctx.options.scenarios.map(async (s) => {
      if (s.startTimeMs > 0) await this.#sleepUnlessAborted(s.startTimeMs);
      if (this.#aborted) return;
      const { state, slots } = this.#scenarios.get(s) as { state: ScenarioState; slots: Slot[] };
      state.startEpochMs = Number(this.clock.epochNs(this.clock.now()) / 1_000_000n);
      const executor = createExecutor(s, this.#executorEnv(ctx, state, slots, plan));
      state.progress = () => executor.progress().fraction;
      this.#executors.push(executor);
      await executor.run();
    });
    await Promise.all(running);
    this.opts.onScenarios?.('end');
    this.opts.onProgress?.(this.#progressInfo(true));
  }

  #executorEnv(
    ctx: RunContext,
    state: ScenarioState,
    planned: Slot[],
    plan: SegmentPlan,
  ): ExecutorEnv<Slot> {
    const b = this.registry.builtin;
    return {
      clock: this.clock,
      plannedVUs: planned,
      plan: state.plan,
      newVU: async () => {
        const slot = { vu: this.#newVU(ctx, state, plan.nextVUId()) };
        this.instance.vusInitialized++;
        return slot;
      },
      iterate: (slot) => {
        if (slot.vu.dead) {
          slot.vu = this.#newVU(ctx, state, { inInstance: slot.vu.id, inTest: slot.vu.idInTest });
        }
        return slot.vu.runIteration(state.config.exec);
      },
      interrupt: (slot) => slot.vu.interrupt(),
      dropped: (count) => ctx.metrics.add(b.droppedIterations, count, state.tags),
      setActive: (_slot, active) => {
        this.instance.vusActive += active ? 1 : -1;
      },
      aborted: () => this.#aborted !== undefined,
      onAbort: (fn) => this.#abortListeners.push(fn),
      yieldTurn: nextTurn,
      warn: (message) =>
        this.logger.log('warning', message, {
          executor: state.config.executor,
          scenario: state.config.name,
        }),
    };
  }

  #serializeSetupData(result: unknown): string | undefined {
    try {
      return setupDataJson(result);
    } catch (err) {
      throw new ScriptError(`error marshaling setup() data to JSON: ${errorMessage(err)}`, {
        cause: err,
      });
    }
  }

  async #finish(ctx: RunContext, vu0: VU, thresholds: ThresholdSet): Promise<RunTestResult> {
    const opts = this.opts;
    const testRunDurationMs = this.clock.now() - this.#testStart;
    ctx.metrics.stop();
    const final = evaluateThresholds(thresholds, testRunDurationMs, false);
    if (
      final.breached.length === 0 &&
      this.#breachedDuringRun.length > 0 &&
      this.#aborted?.byThreshold
    ) {
      final.breached.push(...this.#breachedDuringRun);
    }
    const data = buildSummaryData({
      registry: this.registry,
      thresholds,
      root: this.groups.root,
      summaryTrendStats: ctx.options.summaryTrendStats,
      summaryTimeUnit: ctx.options.summaryTimeUnit,
      noColor: opts.noColor === true,
      isStdOutTTY: opts.isStdOutTTY ?? false,
      isStdErrTTY: opts.isStdErrTTY ?? false,
      testRunDurationMs,
      setupDataJson: ctx.setupDataJson,
    });
    await deliverSummary(
      data,
      {
        enableColors: opts.noColor !== true && opts.isStdOutTTY === true,
        orderedChecks: this.groups.orderedChecks,
        extraValues: thresholdValues(thresholds),
      },
      {
        stdout: this.stdout,
        stderr: (t) => process.stderr.write(t),
        logger: this.logger,
        handleSummary:
          typeof vu0.exports.handleSummary === 'function'
            ? (d) =>
                this.#withTimeout(
                  vu0.call('handleSummary', [vu0.parseJson(JSON.stringify(d))]),
                  HANDLE_SUMMARY_TIMEOUT_MS,
                  () => new Error('handleSummary() execution timed out after 120 seconds'),
                )
            : undefined,
        describeError,
      },
    );
    if (opts.summaryExport) writeFileSync(opts.summaryExport, legacySummaryExport(data));
    return { exitCode: this.#exitCode(final.breached), summary: data, breached: final.breached };
  }

  #exitCode(breached: string[]): number {
    if (this.#external) return EXIT.externalAbort;
    if (this.#refused !== undefined) return EXIT.scriptException;
    if (this.#aborted && !this.#aborted.byThreshold) return EXIT.scriptAborted;
    if (breached.length > 0) {
      this.logger.log('error', `thresholds on metrics '${breached.join(', ')}' have been crossed`);
      return EXIT.thresholdsFailed;
    }
    if (this.#failed !== undefined) return EXIT.markedAsFailed;
    return EXIT.ok;
  }

  /** Rejects with `timedOut()` unless `work` settles within `ms` on the run's clock. */
  #withTimeout<T>(work: Promise<T>, ms: number, timedOut: () => Error): Promise<T> {
    let timer: TimerHandle | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = this.clock.setTimer(() => reject(timedOut()), ms);
    });
    return Promise.race([work, timeout]).finally(() => {
      if (timer) this.clock.clearTimer(timer);
    });
  }

  #abort(reason: string, byThreshold: boolean): void {
    if (this.#aborted) return;
    this.#aborted = { reason, byThreshold };
    this.logger.log('error', reason, byThreshold || this.#external ? {} : { source: 'script' });
    for (const fn of this.#abortListeners) fn();
  }

  #sleepUnlessAborted(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const h = this.clock.setTimer(resolve, ms);
      this.#abortListeners.push(() => {
        this.clock.clearTimer(h);
        resolve();
      });
    });
  }

  /** Runs setup/teardown in VU 0 under its group, with its timeout; emits its network samples. */
  async #lifecycle(
    vu: VU,
    stage: 'setup' | 'teardown',
    args: unknown[],
    timeoutMs: number,
  ): Promise<unknown> {
    vu.groupPath = `::${stage}`;
    vu.tagsChanged();
    try {
      return await this.#withTimeout(
        vu.call(stage, args),
        timeoutMs,
        () => new LifecycleTimeoutError(stage, timeoutMs),
      );
    } catch (err) {
      if (err instanceof TestAbortError) {
        this.#abort(err.message, false);
        return undefined;
      }
      if (err instanceof LifecycleTimeoutError || err instanceof RefusedError) throw err;
      if (this.#refused !== undefined) throw new RefusedError(this.#refused);
      throw new ScriptError(`${stage}() failed: ${errorMessage(err)}`, { cause: err });
    } finally {
      const traffic = vu.takeTraffic();
      const tags = vu.sampleTags();
      vu.emit(this.registry.builtin.dataSent, traffic.sent, tags);
      vu.emit(this.registry.builtin.dataReceived, traffic.received, tags);
      vu.groupPath = '';
      vu.tagsChanged();
    }
  }

  #progressInfo(done: boolean): RunProgress {
    return {
      elapsedMs: this.clock.now() - this.#testStart,
      vusActive: this.instance.vusActive,
      vusInitialized: this.instance.vusInitialized,
      iterationsCompleted: this.instance.iterationsCompleted,
      iterationsInterrupted: this.instance.iterationsInterrupted,
      scenarios: this.#executors.map((e) => ({
        name: e.config.name,
        fraction: done || e.finished ? 1 : e.progress().fraction,
        finished: done || e.finished,
      })),
    };
  }

  #progress(ctx: RunContext, done: boolean): string {
    const maxVUs = [...this.#scenarios.values()].reduce((sum, sc) => sum + sc.state.plan.maxVUs, 0);
    return progressBlock(
      this.#executors,
      this.instance,
      this.clock.now() - this.#testStart,
      maxTestDurationMs(ctx.options.scenarios),
      maxVUs,
      done,
    );
  }
}

/** Values of threshold aggregations that the summary's trend stats do not include (e.g. p(99)). */
function thresholdValues(thresholds: ThresholdSet): Record<string, Record<string, number>> {
  const extra: Record<string, Record<string, number>> = {};
  for (const m of thresholds.metrics) {
    const set = thresholds.of(m);
    if (m.sink.kind !== 'trend' || !set) continue;
    const values: Record<string, number> = {};
    for (const t of set.thresholds) {
      const key = t.parsed.method === 'p' ? `p(${t.parsed.percentile})` : t.parsed.method;
      values[key] = trendStat(m.sink, key);
    }
    extra[m.name] = values;
  }
  return extra;
}
