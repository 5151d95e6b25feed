/**
 * One virtual user: its own instance of the script (init code run once for
 * it), its own k6 module instances, tags, group, timers and HTTP pool. All
 * VUs share one Node event loop; iterations are async functions, and an
 * iteration ends when its promise settles and its timers and requests are
 * done, as k6's event loop does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapStackTrace } from './bundle.ts';
import type { TimerHandle } from './clock.ts';
import type { RunContext, ScenarioState } from './context.ts';
import { ScriptError, TestAbortError, UnsupportedError } from './errors.ts';
import {
  abortRequests,
  HttpTransport,
  type RawResponse,
  type TimedHandler,
} from './http-client.ts';
import { formatConsoleArgs } from './logger.ts';
import type { Metric, Tags } from './metrics.ts';
import { createExecutionModule } from './modules/execution.ts';
import { createHttpModule, type ResponseCallback } from './modules/http.ts';
import { createK6Module } from './modules/k6.ts';
import { createDataModule, createMetricsModule } from './modules/metrics.ts';

interface Iteration {
  interrupted: boolean;
  finish: (completed: boolean) => void;
}

interface ScriptTimer {
  handle: TimerHandle;
  interval: boolean;
}

export class VU {
  /** `__k6vu` in the bundle: `__ITER` reads `iter`, `Math.random` calls `random`. */
  readonly state = { iter: 0, random: Math.random };
  readonly env: Record<string, string>;
  exports: Record<string, unknown> = {};
  inInit = true;
  dead = false;
  scenario: ScenarioState | undefined;
  iterationInScenario = -1;
  iterationInInstance = -1;
  iterationInTest = -1;
  groupPath = '';
  /** exec.vu.tags / exec.vu.metrics.tags */
  readonly tags: Record<string, string>;
  readonly metadata: Record<string, string> = {};
  responseCallback: ResponseCallback | null | undefined = undefined;
  /** Requests in flight, so an interrupt can abort them. */
  readonly inflight = new Set<TimedHandler>();
  #ownTransport: HttpTransport | undefined;
  #sent = 0;
  #received = 0;
  readonly cookies = new Map<
    string,
    Map<string, { value: string; path: string; expires: number }>
  >();

  #baseTags: Tags | undefined;
  #modules = new Map<string, Record<string, unknown>>();
  #current: Iteration | undefined;
  #timers = new Map<number, ScriptTimer>();
  #nextTimerId = 1;
  #jobs = 0;
  #idleWaiters: (() => void)[] = [];
  #setupData: unknown;
  #setupParsed = false;

  constructor(
    readonly ctx: RunContext,
    /** VU id in the test, from 1; 0 for the VU that runs setup, teardown and handleSummary. */
    readonly id: number,
    scenario: ScenarioState | undefined,
    /** The group of lifecycle functions: "::setup", "::teardown" or "" for VUs. */
    lifecycleGroup = '',
  ) {
    this.scenario = scenario;
    this.env = { ...ctx.baseEnv, ...(scenario?.config.env ?? {}) };
    this.tags = { ...(scenario ? scenario.tags : ctx.options.tags) };
    this.groupPath = lifecycleGroup;
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

  /** Counts a response's bytes towards data_sent / data_received. */
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

  /** Runs the script's init code for this VU. */
  init(): void {
    try {
      this.exports = this.ctx.script.instantiate({
        require: (name) => this.#module(name),
        vuState: this.state,
        vuId: this.id,
        env: this.env,
        open: (file, mode, dir) => this.#open(file, mode, dir),
        console: this.#console(),
        setTimeout: (fn, ms, ...args) => this.setTimer(fn, ms, args, false),
        clearTimeout: (id) => this.clearTimer(id),
        setInterval: (fn, ms, ...args) => this.setTimer(fn, ms, args, true),
        clearInterval: (id) => this.clearTimer(id),
      });
    } catch (err) {
      if (err instanceof TestAbortError) throw err;
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
      switch (name) {
        case 'k6':
          m = createK6Module(this);
          break;
        case 'k6/http':
          m = createHttpModule(this);
          break;
        case 'k6/metrics':
          m = createMetricsModule(this);
          break;
        case 'k6/execution':
          m = createExecutionModule(this);
          break;
        case 'k6/data':
          m = createDataModule(this);
          break;
        case 'k6/timers':
          m = {
            setTimeout: (fn: unknown, ms: unknown, ...args: unknown[]) =>
              this.setTimer(fn, ms, args, false),
            clearTimeout: (id: unknown) => this.clearTimer(id),
            setInterval: (fn: unknown, ms: unknown, ...args: unknown[]) =>
              this.setTimer(fn, ms, args, true),
            clearInterval: (id: unknown) => this.clearTimer(id),
          };
          m.default = { ...m };
          break;
        default:
          throw new UnsupportedError(`module ${name} is not provided by the built-in engine`);
      }
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

  /** Tags for a sample from this VU right now: its tags plus the current group. */
  sampleTags(): Tags {
    if (this.#baseTags === undefined) this.#baseTags = { ...this.tags, group: this.groupPath };
    return this.#baseTags;
  }

  /** Call after changing `tags` or `groupPath`. */
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
        this.ctx.setupDataJson === undefined ? undefined : JSON.parse(this.ctx.setupDataJson);
    }
    return this.#setupData;
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
      else {
        this.#timers.delete(id);
      }
      try {
        (fn as (...a: unknown[]) => void)(...args);
      } catch (err) {
        this.reportError(err);
      } finally {
        if (!interval) this.jobDone();
      }
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
    this.iterationInTest = scenario.nextIteration++;
    this.state.iter = this.iterationInScenario;
    const clock = this.ctx.clock;
    const start = clock.now();
    const completed = await new Promise<boolean>((finish) => {
      const it: Iteration = { interrupted: false, finish };
      this.#current = it;
      this.#execute(fn as (data: unknown) => unknown, it);
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
    if (this.#ownTransport) await this.#ownTransport.reset();
    return true;
  }

  async #execute(fn: (data: unknown) => unknown, it: Iteration): Promise<void> {
    try {
      const result = fn(this.setupData());
      if (
        result !== null &&
        typeof result === 'object' &&
        typeof (result as Promise<unknown>).then === 'function'
      ) {
        await result;
      }
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
  if (err instanceof Error) return mapStackTrace(err.stack ?? `${err.name}: ${err.message}`);
  return `Uncaught (in promise) ${typeof err === 'string' ? err : JSON.stringify(err)}`;
}
