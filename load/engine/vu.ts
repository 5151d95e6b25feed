/**
 * One virtual user: its own context (global object and built-ins, k6's
 * globals and none of Node's), its own instance of the script (init code run
 * once for it), its own k6 module instances, tags, group, timers and cookie
 * jar. All VUs share one Node event loop. An iteration ends when its call
 * returns (or its promise settles) and its timers and requests are done, as
 * k6's event loop does; the next one starts only after the event loop had a
 * turn, so a script that never waits cannot starve timers or signals.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import type { TimerHandle } from './clock.ts';
import type { RunContext, ScenarioState } from './context.ts';
import { RefusedError, ScriptError, TestAbortError, UnsupportedError } from './errors.ts';
import {
  abortRequests,
  HttpTransport,
  type RawResponse,
  type TimedHandler,
} from './http-client.ts';
import { formatConsoleArgs } from './logger.ts';
import type { Metric, Tags } from './metrics.ts';
import { createCryptoModule } from './modules/crypto.ts';
import { createEncodingModule } from './modules/encoding.ts';
import { createExecutionModule } from './modules/execution.ts';
import { createHtmlModule } from './modules/html.ts';
import { createHttpModule } from './modules/http.ts';
import { createK6Module } from './modules/k6.ts';
import { createDataModule, createMetricsModule } from './modules/metrics.ts';
import { createTimersModule } from './modules/timers.ts';
import { GLOBAL_PARAMS, mapStackTrace } from './script/bundle.ts';
import { createGuard, RunawayError } from './script/runaway.ts';
import { BlockingRuntime, type Intrinsics } from './script/runtime.ts';
import type { CookieStore, VUHost } from './vu-host.ts';

interface Iteration {
  interrupted: boolean;
  finish: (completed: boolean) => void;
}

interface ScriptTimer {
  handle: TimerHandle;
  interval: boolean;
}

const MODULES: Record<string, (vu: VU) => Record<string, unknown>> = {
  k6: createK6Module,
  'k6/http': createHttpModule,
  'k6/metrics': createMetricsModule,
  'k6/execution': createExecutionModule,
  'k6/data': createDataModule,
  'k6/timers': createTimersModule,
  'k6/encoding': createEncodingModule,
  'k6/crypto': createCryptoModule,
  'k6/html': createHtmlModule,
};

const HOST_INTRINSICS: Intrinsics = {
  functionPrototype: Function.prototype as unknown as Intrinsics['functionPrototype'],
  arrayPrototype: Array.prototype as unknown as Record<string, unknown>,
  promisePrototype: Promise.prototype as unknown as Record<string, unknown>,
};

/** Yields to the event loop (timers, I/O and signals run before the next iteration). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class VU implements VUHost {
  readonly env: Record<string, string>;
  exports: Record<string, unknown> = {};
  inInit = true;
  dead = false;
  scenario: ScenarioState | undefined;
  iterationInScenario = -1;
  iterationInInstance = -1;
  iterationInTest = -1;
  scenarioIterationInInstance = -1;
  groupPath = '';
  readonly tags: Record<string, string>;
  readonly metadata: Record<string, string> = {};
  responseCallback: unknown = undefined;
  readonly inflight = new Set<TimedHandler>();
  readonly cookies: CookieStore = new Map();
  readonly runtime: BlockingRuntime;
  readonly #context: Record<string, unknown>;
  readonly #guardState = { tripped: false };
  readonly #parseJson: (text: string) => unknown;
  #ownTransport: HttpTransport | undefined;
  #sent = 0;
  #received = 0;
  #baseTags: Tags | undefined;
  #modules = new Map<string, Record<string, unknown>>();
  #current: Iteration | undefined;
  #timers = new Map<number, ScriptTimer>();
  #nextTimerId = 1;
  #jobs = 0;
  #idleWaiters: (() => void)[] = [];
  #setupData: unknown;
  #setupParsed = false;

  /** VU id in this instance (`__VU`), from 1; 0 for the VU that runs setup, teardown and handleSummary. */
  readonly id: number;
  /** VU id in the whole test (differs from `id` under execution segments). */
  readonly idInTest: number;

  constructor(
    readonly ctx: RunContext,
    ids: { inInstance: number; inTest: number },
    scenario: ScenarioState | undefined,
  ) {
    this.id = ids.inInstance;
    this.idInTest = ids.inTest;
    this.scenario = scenario;
    this.env = { ...ctx.baseEnv, ...(scenario?.config.env ?? {}) };
    this.tags = { ...(scenario ? scenario.tags : ctx.options.tags) };
    this.#context = createContext({ __ITER: undefined, ...this.#globals() });
    const realm = runInContext(
      '({ functionPrototype: Function.prototype, arrayPrototype: Array.prototype, promisePrototype: Promise.prototype, parse: JSON.parse })',
      this.#context,
    ) as Intrinsics & { parse: (text: string) => unknown };
    this.#parseJson = realm.parse;
    this.runtime = new BlockingRuntime(HOST_INTRINSICS, realm);
  }

  #globals(): Record<string, unknown> {
    return {
      __VU: this.id,
      __ENV: this.env,
      console: this.#console(),
      setTimeout: (fn: unknown, ms: unknown, ...args: unknown[]) =>
        this.setTimer(fn, ms, args, false),
      clearTimeout: (id: unknown) => this.clearTimer(id),
      setInterval: (fn: unknown, ms: unknown, ...args: unknown[]) =>
        this.setTimer(fn, ms, args, true),
      clearInterval: (id: unknown) => this.clearTimer(id),
    };
  }

  /** The shared connection pool, or this VU's own one under noVUConnectionReuse. */
  get transport(): HttpTransport {
    if (!this.ctx.options.noVUConnectionReuse) return this.ctx.http;
    this.#ownTransport ??= new HttpTransport(
      () => this.ctx.clock.now(),
      () => this.ctx.options.insecureSkipTLSVerify,
    );
    return this.#ownTransport;
  }

  addTraffic(raw: RawResponse): void {
    this.#sent += raw.bytesSent;
    this.#received += raw.bytesReceived;
  }

  /** Bytes since the last call, for data_sent / data_received. */
  takeTraffic(): { sent: number; received: number } {
    const t = { sent: this.#sent, received: this.#received };
    this.#sent = 0;
    this.#received = 0;
    return t;
  }

  parseJson(text: string): unknown {
    return this.#parseJson(text);
  }

  seedRandom(random: () => number): void {
    (runInContext('Math', this.#context) as { random: () => number }).random = random;
  }

  /** Runs the script's init code for this VU. */
  init(): void {
    const globals = this.#globals();
    this.ctx.watch.enter();
    try {
      this.exports = this.ctx.script.instantiate(this.#context, {
        require: (name) => this.#module(name),
        open: (file, mode, dir) => this.#open(file, mode, dir),
        guard: createGuard(this.#context, this.ctx.watch, this.#guardState),
        runtime: this.runtime.bindings(),
        globals: Object.fromEntries(GLOBAL_PARAMS.map((name) => [name, globals[name]])),
      });
    } catch (err) {
      if (err instanceof TestAbortError || err instanceof RefusedError) throw err;
      if (err instanceof RunawayError) {
        throw new ScriptError(`the init code of VU ${this.id} ${err.message}`, { cause: err });
      }
      throw new ScriptError(`init code of ${this.ctx.script.path} failed: ${describeError(err)}`, {
        cause: err,
      });
    } finally {
      this.inInit = false;
    }
  }

  #module(name: string): Record<string, unknown> {
    let m = this.#modules.get(name);
    if (!m) {
      const create = MODULES[name];
      if (!create)
        throw new UnsupportedError(`module ${name} is not provided by the built-in engine`);
      m = create(this);
      this.#modules.set(name, m);
    }
    return m;
  }

  #open(file: unknown, mode: unknown, dir: string): unknown {
    if (!this.inInit) {
      throw new Error(
        'The "open()" function is only available in the init stage (i.e. the global scope), see https://grafana.com/docs/k6/latest/using-k6/test-lifecycle for more information',
      );
    }
    if (typeof file !== 'string' || file === '')
      throw new Error("open() can't be used with an empty filename");
    if (mode !== undefined && mode !== 'b' && mode !== 'r') {
      throw new Error(`open() mode must be "b" or omitted, got ${JSON.stringify(mode)}`);
    }
    const full = path.resolve(dir, file);
    let data = this.ctx.files.get(full);
    if (!data) {
      try {
        data = readFileSync(full);
      } catch (err) {
        throw new Error(
          `open ${full}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message}`,
        );
      }
      this.ctx.files.set(full, data);
    }
    if (mode === 'b') return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    return data.toString('utf8');
  }

  #console(): Record<string, (...args: unknown[]) => void> {
    const log =
      (level: 'debug' | 'info' | 'warning' | 'error') =>
      (...args: unknown[]) =>
        this.ctx.logger.log(level, formatConsoleArgs(args), { source: 'console' });
    return {
      log: log('info'),
      info: log('info'),
      debug: log('debug'),
      warn: log('warning'),
      error: log('error'),
    };
  }

  sampleTags(): Tags {
    if (this.#baseTags === undefined) this.#baseTags = { ...this.tags, group: this.groupPath };
    return this.#baseTags;
  }

  tagsChanged(): void {
    this.#baseTags = undefined;
  }

  emit(metric: Metric, value: number, tags: Tags = this.sampleTags()): void {
    if (this.dead) return;
    this.ctx.metrics.add(metric, value, tags);
  }

  /** setup() data as this VU sees it (parsed once per VU, like k6). */
  setupData(): unknown {
    if (!this.#setupParsed) {
      this.#setupParsed = true;
      this.#setupData =
        this.ctx.setupDataJson === undefined ? undefined : this.#parseJson(this.ctx.setupDataJson);
    }
    return this.#setupData;
  }

  refuse(feature: string): never {
    const message = `${feature} (VU ${this.id}${this.scenario ? `, scenario ${this.scenario.config.name}` : ''})`;
    this.ctx.refuse(message);
    throw new RefusedError(message);
  }

  // ---- timers and async jobs -------------------------------------------------

  setTimer(fn: unknown, ms: unknown, args: unknown[], interval: boolean): number {
    if (typeof fn !== 'function')
      throw new TypeError(
        `${interval ? 'setInterval' : 'setTimeout'}: the first argument must be a function`,
      );
    if (this.dead) return 0;
    const id = this.#nextTimerId++;
    const delay = Math.max(0, Number(ms) || 0);
    const fire = () => {
      if (this.dead) return;
      const t = this.#timers.get(id);
      if (!t) return;
      if (interval) t.handle = this.ctx.clock.setTimer(fire, delay);
      else this.#timers.delete(id);
      this.#guardState.tripped = false;
      this.ctx.watch.enter();
      let result: unknown;
      try {
        result = this.runtime.invoke(fn, undefined, args);
      } catch (err) {
        this.reportError(err);
      }
      if (isThenable(result)) {
        this.jobStarted();
        result.then(
          () => this.jobDone(),
          (err: unknown) => {
            this.reportError(err);
            this.jobDone();
          },
        );
      }
      if (!interval) this.jobDone();
    };
    this.#timers.set(id, { handle: this.ctx.clock.setTimer(fire, delay), interval });
    this.#jobs++;
    return id;
  }

  clearTimer(id: unknown): void {
    const t = this.#timers.get(Number(id));
    if (!t) return;
    this.ctx.clock.clearTimer(t.handle);
    this.#timers.delete(Number(id));
    this.jobDone();
  }

  jobStarted(): void {
    this.#jobs++;
  }

  jobDone(): void {
    this.#jobs--;
    if (this.#jobs <= 0 && this.#idleWaiters.length > 0) {
      const waiters = this.#idleWaiters;
      this.#idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  /** Resolves when no timers or requests of this VU are pending. */
  idle(): Promise<void> {
    if (this.#jobs <= 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  sleep(ms: number): Promise<void> {
    if (this.dead || !(ms > 0)) return Promise.resolve();
    return new Promise((resolve) => {
      const h = this.ctx.clock.setTimer(() => {
        this.#wakers.delete(wake);
        resolve();
      }, ms);
      const wake = () => {
        this.ctx.clock.clearTimer(h);
        resolve();
      };
      this.#wakers.add(wake);
    });
  }

  readonly #wakers = new Set<() => void>();

  // ---- lifecycle functions ----------------------------------------------------

  /** Calls an exported function (setup, teardown, handleSummary) and waits for its timers and requests. */
  async call(name: string, args: unknown[]): Promise<unknown> {
    const fn = this.exports[name];
    this.#guardState.tripped = false;
    this.ctx.watch.enter();
    const result = await this.runtime.invoke(fn, undefined, args);
    await this.idle();
    return result;
  }

  // ---- iterations -------------------------------------------------------------

  /** Runs one iteration of `fnName`; resolves true when completed, false when interrupted. */
  async runIteration(fnName: string): Promise<boolean> {
    const scenario = this.scenario;
    const fn = this.exports[fnName];
    if (!scenario || typeof fn !== 'function') {
      throw new ScriptError(`function "${fnName}" is not exported by the script`);
    }
    this.iterationInScenario++;
    this.iterationInInstance++;
    const counters = scenario.plan.nextIteration();
    this.scenarioIterationInInstance = counters.inInstance;
    this.iterationInTest = counters.inTest;
    this.#context.__ITER = this.iterationInScenario;
    this.#guardState.tripped = false;
    this.ctx.watch.enter();
    const clock = this.ctx.clock;
    const start = clock.now();
    const completed = await new Promise<boolean>((finish) => {
      const it: Iteration = { interrupted: false, finish };
      this.#current = it;
      void this.#execute(fn, it);
    });
    this.#current = undefined;
    if (!completed) {
      this.ctx.instance.iterationsInterrupted++;
      return false;
    }
    const end = clock.now();
    this.ctx.instance.iterationsCompleted++;
    if (this.groupPath !== '') {
      this.groupPath = '';
      this.tagsChanged();
    }
    const b = this.ctx.registry.builtin;
    const tags = this.sampleTags();
    const traffic = this.takeTraffic();
    this.emit(b.dataSent, traffic.sent, tags);
    this.emit(b.dataReceived, traffic.received, tags);
    this.emit(b.iterationDuration, end - start, tags);
    this.emit(b.iterations, 1, tags);
    if (!this.ctx.options.noCookiesReset) this.cookies.clear();
    if (this.#ownTransport) await this.#ownTransport.reset();
    return true;
  }

  async #execute(fn: unknown, it: Iteration): Promise<void> {
    try {
      await this.runtime.invoke(fn, undefined, [this.setupData()]);
      await this.idle();
    } catch (err) {
      if (!it.interrupted) this.reportError(err);
    }
    it.finish(true);
  }

  /** Hard stop: the running iteration ends now and this VU instance is retired. */
  interrupt(): void {
    const it = this.#current;
    this.dead = true;
    for (const t of this.#timers.values()) this.ctx.clock.clearTimer(t.handle);
    this.#timers.clear();
    for (const wake of this.#wakers) wake();
    this.#wakers.clear();
    abortRequests(this.inflight, 'iteration interrupted');
    if (it && !it.interrupted) {
      it.interrupted = true;
      it.finish(false);
    }
  }

  get running(): boolean {
    return this.#current !== undefined;
  }

  /** Logs an uncaught exception from script code as k6 does; aborts the test for exec.test.abort(). */
  reportError(err: unknown): void {
    if (err instanceof TestAbortError) {
      this.ctx.abortTest(err.message, false);
      return;
    }
    if (err instanceof RefusedError) return;
    if (err instanceof RunawayError || this.#guardState.tripped) {
      this.ctx.refuse(
        `VU ${this.id}${this.scenario ? ` in scenario ${this.scenario.config.name}` : ''}: ${err instanceof RunawayError ? err.message : 'script code ran past the slice limit'}; the engine stopped the run`,
      );
      return;
    }
    if (err instanceof UnsupportedError) {
      this.ctx.refuse(err.message);
      return;
    }
    if (this.ctx.isAborted()) return;
    const fields: Record<string, string> = { source: 'stacktrace' };
    if (this.scenario) {
      fields.executor = this.scenario.config.executor;
      fields.scenario = this.scenario.config.name;
    }
    this.ctx.logger.log('error', scriptFrames(describeError(err)), fields);
  }

  async close(): Promise<void> {
    for (const t of this.#timers.values()) this.ctx.clock.clearTimer(t.handle);
    this.#timers.clear();
    await this.#ownTransport?.close();
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

const ENGINE_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Keeps the script's own stack frames, as k6 shows them (no engine or Node internals). */
function scriptFrames(stack: string): string {
  return stack
    .split('\n')
    .filter(
      (line) =>
        !/^\s+at /.test(line) || (!line.includes(ENGINE_DIR) && !line.includes('node:internal')),
    )
    .join('\n');
}

export function describeError(err: unknown): string {
  if (err instanceof Error || isErrorLike(err)) {
    const e = err as { stack?: string; name?: string; message?: string };
    return mapStackTrace(e.stack ?? `${e.name}: ${e.message}`);
  }
  return `Uncaught (in promise) ${typeof err === 'string' ? err : JSON.stringify(err)}`;
}

/** Errors thrown in a VU's context are not `instanceof Error` of the engine's realm. */
function isErrorLike(err: unknown): boolean {
  return (
    err !== null &&
    typeof err === 'object' &&
    typeof (err as { stack?: unknown }).stack === 'string' &&
    typeof (err as { message?: unknown }).message === 'string'
  );
}
