/**
 * The execution environments of one function, kept as Lambda keeps them:
 * one invocation per environment at a time; an idle environment is reused
 * (most recently used first), otherwise a new one cold-starts if concurrency
 * allows, otherwise the invocation is throttled at once (Lambda does not
 * queue synchronous invocations,
 * https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html).
 * Idle environments are reaped after a while; an environment whose INIT
 * fails, that times out or whose thread dies is dropped and replaced on the
 * next request, so the pool never wedges.
 */
import { randomUUID } from 'node:crypto';
import type { FunctionName } from '#contracts';
import { AWS_QUOTAS } from '#stages';
import { ConcurrencyLimiter } from './concurrency.ts';
import { Environment, type LogSink, type Outcome, printLogLine } from './environment.ts';
import type { FunctionError } from './protocol.ts';

/**
 * The INIT phase may take at most 10 s
 * (https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase).
 */
export const INIT_LIMIT_MS = 10_000;

export interface FunctionPoolOptions {
  name: FunctionName;
  /** The function's bundle (`buildFunctionBundles`). */
  bundlePath: string;
  /** The function's configured environment variables; the Lambda runtime's own are added. */
  env: Record<string, string>;
  memoryMb: number;
  timeoutMs: number;
  /** Reserved concurrency; `null` draws from `concurrency`, the account's unreserved pool. */
  reservedConcurrency: number | null;
  /** An environment idle this long is reaped; the next request cold-starts. */
  idleTimeoutMs: number;
  /** The account's unreserved pool, shared by every function without a reservation. */
  concurrency?: ConcurrencyLimiter;
  /** Milliseconds, for idle reaping (tests move it forward). */
  clock?: () => number;
  /**
   * Where the functions' log lines go: `inherit` (default) prints them to this
   * process's stdout/stderr, prefixed with function and environment; `silent`
   * drops them; a function receives each line.
   */
  logs?: 'inherit' | 'silent' | LogSink;
}

export type ThrottleReason =
  | 'ReservedFunctionConcurrentInvocationLimitExceeded'
  | 'ConcurrentInvocationLimitExceeded';

export type Invocation =
  | {
      kind: 'result';
      payload: unknown;
      environmentId: string;
      coldStart: boolean;
      initDurationMs?: number;
      durationMs: number;
    }
  | { kind: 'throttled'; reason: ThrottleReason }
  | {
      kind: 'error';
      errorType: string;
      errorMessage: string;
      phase: 'init' | 'invoke' | 'timeout' | 'crash';
      environmentId: string;
      coldStart: boolean;
    };

export interface PoolStats {
  /** Environments alive: initializing, busy or idle. */
  environments: number;
  busy: number;
  idle: number;
  /** Invoke requests the pool received, throttled ones included. */
  invocations: number;
  coldStarts: number;
  initDurationsMs: number[];
  throttles: number;
  /** Threads that died without the pool ending them (process.exit, uncaught errors, out of memory). */
  crashes: number;
}

type Failure = Extract<Invocation, { kind: 'error' }>;

/** What a configuration change may set (Lambda's `UpdateFunctionConfiguration`). */
export type FunctionSettingsChange = Partial<
  Pick<FunctionPoolOptions, 'env' | 'memoryMb' | 'timeoutMs'>
>;

const stopped = (why: string): FunctionError => ({
  errorType: 'Runtime.ExitError',
  errorMessage: `Runtime exited: ${why}`,
});

export class FunctionPool {
  readonly name: FunctionName;
  #options: FunctionPoolOptions;
  readonly #limiter: ConcurrencyLimiter;
  readonly #throttleReason: ThrottleReason;
  readonly #clock: () => number;
  readonly #log: LogSink;
  readonly #environments = new Set<Environment>();
  /** Idle environments, the most recently used last. */
  #idle: Environment[] = [];
  /** Environments started before the last `recycle()`: dropped instead of reused. */
  readonly #retired = new WeakSet<Environment>();
  #closed = false;
  #invocations = 0;
  #coldStarts = 0;
  #throttles = 0;
  #crashes = 0;
  readonly #initDurationsMs: number[] = [];

  constructor(options: FunctionPoolOptions) {
    const { accountConcurrency } = AWS_QUOTAS.lambda;
    checkSettings(options);
    this.name = options.name;
    this.#options = options;
    this.#clock = options.clock ?? (() => performance.now());
    const logs = options.logs ?? 'inherit';
    this.#log = logs === 'inherit' ? printLogLine : logs === 'silent' ? () => {} : logs;
    if (options.reservedConcurrency === null) {
      this.#limiter = options.concurrency ?? new ConcurrencyLimiter(accountConcurrency);
      this.#throttleReason = 'ConcurrentInvocationLimitExceeded';
    } else {
      this.#limiter = new ConcurrencyLimiter(options.reservedConcurrency);
      this.#throttleReason = 'ReservedFunctionConcurrentInvocationLimitExceeded';
    }
  }

  /** Runs one synchronous invocation; throws only when the pool is closed or the event is not JSON. */
  async invoke(event: unknown): Promise<Invocation> {
    if (this.#closed) throw new Error(`the function pool of ${this.name} is closed`);
    const payload = JSON.stringify(event) ?? 'null';
    this.#invocations += 1;
    if (!this.#limiter.tryAcquire()) {
      this.#throttles += 1;
      return { kind: 'throttled', reason: this.#throttleReason };
    }
    try {
      const warm = this.#takeIdle();
      return warm ? await this.#run(warm, payload, false) : await this.#coldStart(payload);
    } finally {
      this.#limiter.release();
    }
  }

  /** Drops idle environments now and busy ones when they finish: the next requests cold-start. */
  async recycle(): Promise<void> {
    for (const environment of this.#environments) this.#retired.add(environment);
    await Promise.all([...this.#idle].map((idle) => this.#discard(idle, stopped('recycled'))));
  }

  /**
   * A configuration change, applied as Lambda applies one: environments
   * started before it retire (idle ones now, busy ones when they finish), so
   * the next invocations cold-start with the new settings.
   */
  async reconfigure(change: FunctionSettingsChange): Promise<void> {
    const options = { ...this.#options, ...change };
    checkSettings(options);
    this.#options = options;
    await this.recycle();
  }

  /** Invocations running now (environments initializing or busy), without the cost of `stats()`. */
  busy(): number {
    return this.#environments.size - this.#idle.length;
  }

  /** The settings new environments start with. */
  settings(): Required<FunctionSettingsChange> {
    const { env, memoryMb, timeoutMs } = this.#options;
    return { env: { ...env }, memoryMb, timeoutMs };
  }

  stats(): PoolStats {
    return {
      environments: this.#environments.size,
      busy: this.#environments.size - this.#idle.length,
      idle: this.#idle.length,
      invocations: this.#invocations,
      coldStarts: this.#coldStarts,
      initDurationsMs: [...this.#initDurationsMs],
      throttles: this.#throttles,
      crashes: this.#crashes,
    };
  }

  /** Ends every environment; invocations in flight resolve with an error. */
  async close(): Promise<void> {
    this.#closed = true;
    const all = [...this.#environments];
    await Promise.all(all.map((environment) => this.#discard(environment, stopped('pool closed'))));
  }

  async #coldStart(payload: string): Promise<Invocation> {
    const environment = new Environment(
      {
        functionName: this.name,
        bundlePath: this.#options.bundlePath,
        env: this.#options.env,
        memoryMb: this.#options.memoryMb,
        timeoutMs: this.#options.timeoutMs,
        log: this.#log,
      },
      (exited) => this.#onExit(exited),
    );
    this.#environments.add(environment);
    this.#coldStarts += 1;
    const init = await environment.initialized(INIT_LIMIT_MS);
    if (init.type === 'ready') {
      this.#initDurationsMs.push(init.initDurationMs);
      return this.#run(environment, payload, true, init.initDurationMs);
    }
    const error =
      init.type === 'time-limit'
        ? {
            errorType: 'Sandbox.Timedout',
            errorMessage: `INIT did not finish in ${seconds(INIT_LIMIT_MS)}`,
          }
        : errorOf(init);
    return this.#fail(environment, true, 'init', error);
  }

  async #run(
    environment: Environment,
    payload: string,
    coldStart: boolean,
    initDurationMs?: number,
  ): Promise<Invocation> {
    const requestId = randomUUID();
    const outcome = await environment.invoke(requestId, payload, this.#options.timeoutMs);
    const environmentId = environment.id;
    switch (outcome.type) {
      case 'result':
        this.#release(environment);
        this.#report(environment, requestId, outcome.durationMs, initDurationMs);
        return {
          kind: 'result',
          payload: JSON.parse(outcome.payload),
          environmentId,
          coldStart,
          ...(initDurationMs === undefined ? {} : { initDurationMs }),
          durationMs: outcome.durationMs,
        };
      case 'error':
        // Lambda keeps an environment whose handler threw.
        this.#release(environment);
        this.#report(environment, requestId, outcome.durationMs, initDurationMs);
        return { kind: 'error', ...errorOf(outcome), phase: 'invoke', environmentId, coldStart };
      case 'time-limit':
        return this.#fail(
          environment,
          coldStart,
          'timeout',
          {
            errorType: 'Sandbox.Timedout',
            errorMessage: `Task timed out after ${seconds(outcome.limitMs)}`,
          },
          requestId,
        );
      default:
        return this.#fail(environment, coldStart, 'crash', errorOf(outcome), requestId);
    }
  }

  /** Drops the environment and answers with the error (logged as Lambda logs it). */
  #fail(
    environment: Environment,
    coldStart: boolean,
    phase: Failure['phase'],
    error: FunctionError,
    requestId?: string,
  ): Failure {
    void this.#discard(environment, error);
    const id = requestId === undefined ? '' : `RequestId: ${requestId} `;
    this.#write(environment, 'stderr', `${id}Error: ${error.errorMessage}\t${error.errorType}`);
    return { kind: 'error', ...error, phase, environmentId: environment.id, coldStart };
  }

  #takeIdle(): Environment | undefined {
    let environment = this.#idle.pop();
    // Idle too long by the pool's clock: reaped, even if its timer has not fired yet.
    while (environment && this.#clock() - environment.idleSince >= this.#options.idleTimeoutMs) {
      void this.#discard(environment, stopped('reaped'));
      environment = this.#idle.pop();
    }
    clearTimeout(environment?.reapTimer);
    return environment;
  }

  #release(environment: Environment): void {
    if (this.#closed || this.#retired.has(environment) || !this.#environments.has(environment)) {
      void this.#discard(environment, stopped('recycled'));
      return;
    }
    environment.idleSince = this.#clock();
    environment.reapTimer = setTimeout(
      () => void this.#discard(environment, stopped('reaped')),
      this.#options.idleTimeoutMs,
    ).unref();
    this.#idle.push(environment);
  }

  #discard(environment: Environment, reason: FunctionError): Promise<void> {
    this.#environments.delete(environment);
    this.#idle = this.#idle.filter((idle) => idle !== environment);
    return environment.terminate(reason);
  }

  #onExit(environment: Environment): void {
    // Environments the pool ends leave the set first; one still in it has crashed.
    if (!this.#environments.has(environment)) return;
    this.#crashes += 1;
    void this.#discard(environment, stopped('crashed'));
  }

  #report(environment: Environment, requestId: string, durationMs: number, initMs?: number): void {
    const fields = [
      `REPORT RequestId: ${requestId}`,
      `Duration: ${durationMs.toFixed(2)} ms`,
      // INIT is billed too (https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase).
      `Billed Duration: ${Math.ceil(durationMs + (initMs ?? 0))} ms`,
      `Memory Size: ${this.#options.memoryMb} MB`,
      ...(initMs === undefined ? [] : [`Init Duration: ${initMs.toFixed(2)} ms`]),
    ];
    this.#write(environment, 'stdout', fields.join('\t'));
  }

  #write(environment: Environment, stream: 'stdout' | 'stderr', text: string): void {
    this.#log({ functionName: this.name, environmentId: environment.id, stream, text });
  }
}

function checkSettings({ memoryMb, timeoutMs, idleTimeoutMs }: FunctionPoolOptions): void {
  const { minMemoryMb, maxMemoryMb } = AWS_QUOTAS.lambda;
  if (!Number.isInteger(memoryMb) || memoryMb < minMemoryMb || memoryMb > maxMemoryMb) {
    throw new RangeError(`memoryMb must be a whole number from ${minMemoryMb} to ${maxMemoryMb}`);
  }
  if (!(timeoutMs > 0) || !(idleTimeoutMs > 0)) {
    throw new RangeError('timeoutMs and idleTimeoutMs must be positive');
  }
}

function errorOf(outcome: Outcome): FunctionError {
  if ('errorType' in outcome)
    return { errorType: outcome.errorType, errorMessage: outcome.errorMessage };
  return {
    errorType: 'Runtime.Unknown',
    errorMessage: `unexpected message "${outcome.type}" from the runtime`,
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} seconds`;
}
