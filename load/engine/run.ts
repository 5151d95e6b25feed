/**
 * One test run, in k6's order: init → setup() → scenarios → teardown() →
 * thresholds → handleSummary(data) or the default summary; then the exit code.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileScript } from './bundle.ts';
import { type Clock, RealClock, type TimerHandle } from './clock.ts';
import type { InstanceState, RunContext, ScenarioState } from './context.ts';
import { header, maxTestDurationMs } from './describe.ts';
import {
  ConfigError,
  EXIT,
  errorMessage,
  LifecycleTimeoutError,
  ScriptError,
  TestAbortError,
} from './errors.ts';
import {
  createExecutor,
  type Executor,
  type ExecutorEnv,
  fixedLengthDuration,
} from './executors.ts';
import { GroupTree } from './groups.ts';
import { HttpTransport } from './http-client.ts';
import { JsonOutput } from './json-output.ts';
import { type Logger, StderrLogger } from './logger.ts';
import { type Metric, MetricsEngine, Registry } from './metrics.ts';
import {
  type CliOverrides,
  type EngineOptions,
  resolveOptions,
  type ScenarioConfig,
  scenarioMaxVUs,
} from './options.ts';
import {
  buildSummaryData,
  legacySummaryExport,
  type SummaryData,
  trendStat,
} from './summary/data.ts';
import { defaultStdoutSummary } from './summary/text.ts';
import { evaluateThresholds, installThresholds } from './thresholds.ts';
import { describeError, VU } from './vu.ts';

export interface RunTestOptions {
  scriptPath: string;
  /** `-e KEY=VALUE` values; they override the process environment in `__ENV`. */
  env?: Record<string, string>;
  /** Put the process environment into `__ENV` (k6 does by default). */
  includeSystemEnv?: boolean;
  cli?: CliOverrides;
  summaryExport?: string;
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
      err instanceof LifecycleTimeoutError
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
  #abortListeners: (() => void)[] = [];
  #aborted: { reason: string; byThreshold: boolean } | undefined;
  #external = false;
  #failed: string | undefined;
  /** The current timer of each periodic task (VU sampling, thresholds, progress). */
  #timers = new Map<string, TimerHandle>();
  #maxVUs = 0;

  constructor(
    private readonly opts: RunTestOptions,
    private readonly stdout: (t: string) => void,
    private readonly logger: Logger,
  ) {
    this.clock = opts.clock ?? new RealClock();
  }

  /** Everything to release when the run ends, however it ends. */
  readonly #closers: (() => Promise<void>)[] = [];

  async run(): Promise<RunTestResult> {
    try {
      return await this.#run();
    } finally {
      for (const close of this.#closers.reverse()) {
        await close().catch((err: unknown) =>
          this.logger.log('warning', `cleanup: ${errorMessage(err)}`),
        );
      }
      for (const t of this.#timers.values()) this.clock.clearTimer(t);
    }
  }

  async #run(): Promise<RunTestResult> {
    const opts = this.opts;
    opts.signal?.addEventListener('abort', () => {
      this.#external = true;
      this.#abort("test run was aborted because the engine received an 'interrupt' signal", false);
    });
    const script = await compileScript(opts.scriptPath);
    const metrics = new MetricsEngine(this.registry, () => this.clock.now());
    const baseEnv: Record<string, string> = {};
    if (opts.includeSystemEnv !== false) {
      for (const [k, v] of Object.entries(process.env)) if (v !== undefined) baseEnv[k] = v;
    }
    Object.assign(baseEnv, opts.env ?? {});

    // The first init pass reads the options; its VU (id 0) later runs setup, teardown and handleSummary.
    let options: EngineOptions | undefined;
    const ctx: RunContext = {
      clock: this.clock,
      registry: this.registry,
      metrics,
      get options(): EngineOptions {
        if (!options) throw new Error('options are not resolved yet');
        return options;
      },
      logger: this.logger,
      groups: this.groups,
      script,
      baseEnv,
      http: new HttpTransport(
        () => this.clock.now(),
        () => options?.insecureSkipTLSVerify === true,
      ),
      sharedArrays: new Map(),
      files: new Map(),
      instance: this.instance,
      testStartMs: 0,
      setupDataJson: undefined,
      abortTest: (reason, byThreshold) => this.#abort(reason, byThreshold),
      isAborted: () => this.#aborted !== undefined,
      markFailed: (message) => {
        this.#failed ??= message;
        this.logger.log('error', message, { source: 'script' });
      },
    };
    // Defaults until the script's options are read (the first VU's init code needs some).
    options = resolveOptions(undefined, {});
    this.#closers.push(() => ctx.http.close());
    const vu0 = new VU(ctx, 0, undefined);
    this.#closers.push(() => vu0.close());
    vu0.init();
    options = resolveOptions(vu0.exports.options, opts.cli ?? {});
    Object.assign(vu0.tags, options.tags);
    vu0.tagsChanged();
    for (const s of options.scenarios) {
      if (typeof vu0.exports[s.exec] !== 'function') {
        throw new ConfigError(`executor ${s.name}: function '${s.exec}' not found in exports`);
      }
    }

    const withThresholds = installThresholds(this.registry, options.thresholds);
    // k6 always tracks http_req_duration for expected responses.
    this.registry.builtin.httpReqDuration.submetric('expected_response:true');

    const outputs: string[] = [];
    let json: JsonOutput | undefined;
    if (opts.jsonOut) {
      const out = new JsonOutput(opts.jsonOut, (ms) => this.clock.epochNs(ms));
      json = out;
      this.#closers.push(() => out.close());
      metrics.outputs.push(json);
      outputs.push(`json (${opts.jsonOut})`);
    }
    this.stdout(
      header({ script: path.basename(opts.scriptPath), outputs, scenarios: options.scenarios }),
    );

    // Initialise the VUs of every scenario before setup, as k6 does.
    let nextId = 1;
    const scenarioStates = new Map<ScenarioConfig, ScenarioState>();
    const slots = new Map<ScenarioConfig, Slot[]>();
    const newVU = (s: ScenarioState, id: number): VU => {
      const vu = new VU(ctx, id, s);
      this.#closers.push(() => vu.close());
      vu.init();
      return vu;
    };
    for (const s of options.scenarios) {
      const state: ScenarioState = {
        config: s,
        tags: { ...options.tags, ...s.tags, scenario: s.name },
        startEpochMs: 0,
        nextIteration: 0,
        progress: () => 0,
      };
      scenarioStates.set(s, state);
      const planned =
        s.executor === 'constant-arrival-rate' || s.executor === 'ramping-arrival-rate'
          ? s.preAllocatedVUs
          : scenarioMaxVUs(s);
      const list: Slot[] = [];
      for (let i = 0; i < planned; i++) list.push({ vu: newVU(state, nextId++) });
      this.instance.vusInitialized += planned;
      slots.set(s, list);
    }

    this.#maxVUs = options.scenarios.reduce((sum, sc) => sum + scenarioMaxVUs(sc), 0);
    const testStart = this.clock.now();
    ctx.testStartMs = testStart;
    const b = this.registry.builtin;
    const systemTags = options.tags;
    const sampleVUs = () => {
      metrics.add(b.vus, this.instance.vusActive, systemTags);
      metrics.add(b.vusMax, this.instance.vusInitialized, systemTags);
    };
    let breachedDuringRun: string[] = [];

    // setup()
    if (typeof vu0.exports.setup === 'function' && !options.noSetup) {
      const result = await this.#lifecycle(
        vu0,
        'setup',
        () => (vu0.exports.setup as () => unknown)(),
        options.setupTimeoutMs,
      );
      if (result !== undefined) ctx.setupDataJson = JSON.stringify(result);
    }

    // Scenarios
    const executors: Executor[] = [];
    const progressEvery = 1000;
    const every = (name: string, ms: number, fn: () => void) => {
      const tick = () => {
        fn();
        this.#timers.set(name, this.clock.setTimer(tick, ms));
      };
      this.#timers.set(name, this.clock.setTimer(tick, ms));
    };
    const maxDuration = maxTestDurationMs(options.scenarios);
    if (!this.#aborted) {
      every('vus', 1000, sampleVUs);
      if (withThresholds.length > 0) {
        every('thresholds', 2000, () => {
          const r = evaluateThresholds(withThresholds, this.clock.now() - testStart, true);
          breachedDuringRun = r.breached;
          if (r.abort && !this.#aborted) {
            this.#abort(
              `thresholds on metrics '${r.breached.join(', ')}' were breached; at least one has abortOnFail enabled, stopping test prematurely`,
              true,
            );
          }
        });
      }
      if (!opts.quiet)
        every('progress', progressEvery, () =>
          this.stdout(this.#progress(executors, testStart, maxDuration, false)),
        );
      opts.onScenarios?.('start');
      const running = options.scenarios.map(async (s) => {
        if (s.startTimeMs > 0) await this.#sleepUnlessAborted(s.startTimeMs);
        if (this.#aborted) return;
        const state = scenarioStates.get(s) as ScenarioState;
        state.startEpochMs = Number(this.clock.epochNs(this.clock.now()) / 1_000_000n);
        const env: ExecutorEnv<Slot> = {
          clock: this.clock,
          plannedVUs: slots.get(s) ?? [],
          newVU: async () => {
            const slot = { vu: newVU(state, nextId++) };
            this.instance.vusInitialized++;
            return slot;
          },
          iterate: (slot) => {
            if (slot.vu.dead) slot.vu = newVU(state, slot.vu.id);
            return slot.vu.runIteration(s.exec);
          },
          interrupt: (slot) => slot.vu.interrupt(),
          dropped: (count) => metrics.add(b.droppedIterations, count, state.tags),
          setActive: (_slot, active) => {
            this.instance.vusActive += active ? 1 : -1;
          },
          aborted: () => this.#aborted !== undefined,
          onAbort: (fn) => this.#abortListeners.push(fn),
        };
        const executor = createExecutor(s, env);
        state.progress = () => executor.progress().fraction;
        executors.push(executor);
        await executor.run();
      });
      await Promise.all(running);
      opts.onScenarios?.('end');
      sampleVUs();
    }
    for (const t of this.#timers.values()) this.clock.clearTimer(t);
    this.#timers.clear();
    if (!opts.quiet && executors.length > 0)
      this.stdout(this.#progress(executors, testStart, maxDuration, true));

    // teardown()
    if (typeof vu0.exports.teardown === 'function' && !options.noTeardown) {
      await this.#lifecycle(
        vu0,
        'teardown',
        () => (vu0.exports.teardown as (d: unknown) => unknown)(vu0.setupData()),
        options.teardownTimeoutMs,
      );
    }
    const testRunDurationMs = this.clock.now() - testStart;
    metrics.stop();

    const final = evaluateThresholds(withThresholds, testRunDurationMs, false);
    if (final.breached.length === 0 && breachedDuringRun.length > 0 && this.#aborted?.byThreshold) {
      final.breached.push(...breachedDuringRun);
    }

    // Summary
    const data = buildSummaryData({
      registry: this.registry,
      root: this.groups.root,
      summaryTrendStats: options.summaryTrendStats,
      summaryTimeUnit: options.summaryTimeUnit,
      noColor: opts.noColor === true,
      isStdOutTTY: opts.isStdOutTTY ?? false,
      isStdErrTTY: opts.isStdErrTTY ?? false,
      testRunDurationMs,
      setupDataJson: ctx.setupDataJson,
    });
    await this.#summary(vu0, data, withThresholds);
    if (opts.summaryExport) writeFileSync(opts.summaryExport, legacySummaryExport(data));

    // The JSON output, the VUs and the connection pool are closed when run() returns.

    let exitCode: number = EXIT.ok;
    if (this.#external) exitCode = EXIT.externalAbort;
    else if (this.#aborted && !this.#aborted.byThreshold) exitCode = EXIT.scriptAborted;
    else if (final.breached.length > 0) {
      exitCode = EXIT.thresholdsFailed;
      this.logger.log(
        'error',
        `thresholds on metrics '${final.breached.join(', ')}' have been crossed`,
      );
    } else if (this.#failed !== undefined) exitCode = EXIT.markedAsFailed;
    return { exitCode, summary: data, breached: final.breached };
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
    fn: () => unknown,
    timeoutMs: number,
  ): Promise<unknown> {
    vu.groupPath = `::${stage}`;
    vu.tagsChanged();
    let timer: TimerHandle | undefined;
    try {
      const work = (async () => {
        const r = await fn();
        await vu.idle();
        return r;
      })();
      const timeout = new Promise<never>((_, reject) => {
        timer = this.clock.setTimer(
          () => reject(new LifecycleTimeoutError(stage, timeoutMs)),
          timeoutMs,
        );
      });
      return await Promise.race([work, timeout]);
    } catch (err) {
      if (err instanceof TestAbortError) {
        this.#abort(err.message, false);
        return undefined;
      }
      if (err instanceof LifecycleTimeoutError) throw err;
      throw new ScriptError(`${stage}() failed: ${errorMessage(err)}`, { cause: err });
    } finally {
      if (timer) this.clock.clearTimer(timer);
      const traffic = vu.takeTraffic();
      const tags = vu.sampleTags();
      vu.emit(this.registry.builtin.dataSent, traffic.sent, tags);
      vu.emit(this.registry.builtin.dataReceived, traffic.received, tags);
      vu.groupPath = '';
      vu.tagsChanged();
    }
  }

  async #summary(vu0: VU, data: SummaryData, withThresholds: Metric[]): Promise<void> {
    const extraValues: Record<string, Record<string, number>> = {};
    for (const m of withThresholds) {
      if (m.sink.kind !== 'trend' || !m.thresholds) continue;
      const sink = m.sink;
      const values: Record<string, number> = {};
      for (const t of m.thresholds.thresholds) {
        const key = t.parsed.method === 'p' ? `p(${t.parsed.percentile})` : t.parsed.method;
        values[key] = trendStat(sink, key);
      }
      extraValues[m.name] = values;
    }
    const textOpts = {
      enableColors: this.opts.noColor !== true && this.opts.isStdOutTTY === true,
      orderedChecks: this.groups.orderedChecks,
      extraValues,
    };
    const handle = vu0.exports.handleSummary;
    if (typeof handle === 'function') {
      try {
        let result = handle(JSON.parse(JSON.stringify(data)));
        if (
          result !== null &&
          typeof result === 'object' &&
          typeof (result as Promise<unknown>).then === 'function'
        ) {
          result = await result;
        }
        await vu0.idle();
        if (result !== null && typeof result === 'object') {
          for (const [target, content] of Object.entries(result as Record<string, unknown>)) {
            const bytes = content instanceof ArrayBuffer ? Buffer.from(content) : String(content);
            if (target === 'stdout') this.stdout(bytes.toString());
            else if (target === 'stderr') process.stderr.write(bytes);
            else writeFileSync(path.resolve(target), bytes);
          }
        }
        return;
      } catch (err) {
        this.logger.log('error', `failed to handle the end-of-test summary: ${describeError(err)}`);
      }
    }
    this.stdout(defaultStdoutSummary(data, textOpts));
  }

  #progress(executors: Executor[], testStart: number, maxDuration: number, done: boolean): string {
    const elapsed = this.clock.now() - testStart;
    const width = String(this.#maxVUs).length;
    const lines = [
      '',
      `running (${fixedLengthDuration(elapsed, maxDuration)}), ${String(this.instance.vusActive).padStart(width, '0')}/${String(this.instance.vusInitialized).padStart(width, '0')} VUs, ${this.instance.iterationsCompleted} complete and ${this.instance.iterationsInterrupted} interrupted iterations`,
    ];
    const nameWidth = Math.max(...executors.map((e) => e.config.name.length));
    const infos = executors.map((e) => e.progress());
    const colWidths: number[] = [];
    for (const info of infos) {
      info.right.forEach((c, i) => {
        colWidths[i] = Math.max(colWidths[i] ?? 0, c.length);
      });
    }
    executors.forEach((e, i) => {
      const info = infos[i] as { fraction: number; right: string[] };
      const finished = done || e.finished;
      const pct = String(finished ? 100 : Math.floor(info.fraction * 100)).padStart(3);
      const cols = info.right
        .map((c, j) => (j < info.right.length - 1 ? c.padEnd(colWidths[j] ?? 0) : c))
        .join('  ');
      lines.push(
        `${e.config.name.padEnd(nameWidth + 1)}${finished ? '✓ ' : '  '}[ ${pct}% ] ${cols}`,
      );
    });
    return `${lines.join('\n')}\n`;
  }
}
