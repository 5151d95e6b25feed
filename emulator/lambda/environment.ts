/**
 * One execution environment: a worker thread running the Lambda runtime
 * (`worker.ts`) around one function bundle. It tells its pool what happened
 * next — INIT done, a result, an error, the thread's exit, or a time limit —
 * and nothing else; the pool decides what that means.
 */
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { LOCAL_CREDENTIALS } from '../credentials.ts';
import type { EnvironmentData, FunctionError, WorkerMessage } from './protocol.ts';

/** One line a function wrote to stdout or stderr (what CloudWatch Logs would hold). */
export interface LogLine {
  functionName: string;
  environmentId: string;
  stream: 'stdout' | 'stderr';
  text: string;
}

export type LogSink = (line: LogLine) => void;

/** Writes each line to this process's stdout/stderr, prefixed with the function and environment. */
export const printLogLine: LogSink = ({ functionName, environmentId, stream, text }) => {
  const out = stream === 'stdout' ? process.stdout : process.stderr;
  out.write(`[${functionName} ${environmentId}] ${text}\n`);
};

/** An environment's CloudWatch Logs stream: `2026/12/01/[$LATEST]<id>`, dated by its start. */
export function logStreamNameOf(environmentId: string, startedAt: Date): string {
  const day = startedAt.toISOString().slice(0, 10).replaceAll('-', '/');
  return `${day}/[$LATEST]${environmentId}`;
}

export interface EnvironmentSpec {
  functionName: string;
  bundlePath: string;
  /** The function's configured environment variables. */
  env: Record<string, string>;
  memoryMb: number;
  timeoutMs: number;
  log: LogSink;
}

export type Outcome =
  | WorkerMessage
  | ({ type: 'exit' } & FunctionError)
  | { type: 'time-limit'; limitMs: number };

export class Environment {
  readonly id = randomBytes(6).toString('hex');
  /** Set by the pool when the environment goes idle (its clock). */
  idleSince = 0;
  reapTimer: NodeJS.Timeout | undefined;
  readonly #worker: Worker;
  #waiter: ((outcome: Outcome) => void) | undefined;
  #fault: FunctionError | undefined;

  constructor(spec: EnvironmentSpec, onExit: (environment: Environment) => void) {
    const region = spec.env.AWS_REGION ?? 'us-east-1';
    const logGroupName = `/aws/lambda/${spec.functionName}`;
    const logStreamName = logStreamNameOf(this.id, new Date());
    const runtime = runtimeSource();
    const data: EnvironmentData = {
      bundlePath: spec.bundlePath,
      functionName: spec.functionName,
      memoryMb: spec.memoryMb,
      timeoutMs: spec.timeoutMs,
      region,
      logGroupName,
      logStreamName,
      startedAt: performance.timeOrigin + performance.now(),
    };
    this.#worker = new Worker(runtime, {
      eval: true,
      // A fresh process: none of this one's flags (loaders such as tsx's).
      execArgv: [],
      name: `${spec.functionName} ${this.id}`,
      workerData: data,
      // https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
      // The configured variables may set the region and credentials; the runtime's own come last.
      env: {
        PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
        LANG: 'en_US.UTF-8',
        AWS_REGION: region,
        AWS_DEFAULT_REGION: region,
        AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
        ...spec.env,
        _HANDLER: 'index.handler',
        AWS_EXECUTION_ENV: `AWS_Lambda_nodejs${process.versions.node.split('.')[0]}.x`,
        AWS_LAMBDA_FUNCTION_NAME: spec.functionName,
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(spec.memoryMb),
        AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
        AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
        AWS_LAMBDA_LOG_GROUP_NAME: logGroupName,
        AWS_LAMBDA_LOG_STREAM_NAME: logStreamName,
        LAMBDA_TASK_ROOT: dirname(spec.bundlePath),
      },
      // The closest a thread gets to Lambda's memory limit: the V8 heap.
      resourceLimits: { maxOldGenerationSizeMb: spec.memoryMb },
      stdout: true,
      stderr: true,
    });
    this.#forward(this.#worker.stdout, 'stdout', spec);
    this.#forward(this.#worker.stderr, 'stderr', spec);
    this.#worker.on('message', (message: WorkerMessage) => this.#settle(message));
    this.#worker.on('error', (error) => {
      this.#fault ??= faultOf(error);
    });
    this.#worker.on('exit', (code) => {
      this.#settle({
        type: 'exit',
        ...(this.#fault ?? {
          errorType: 'Runtime.ExitError',
          errorMessage: `Runtime exited with error: exit status ${code}`,
        }),
      });
      onExit(this);
    });
  }

  /** Waits for INIT to end. */
  initialized(limitMs: number): Promise<Outcome> {
    return this.#next(limitMs);
  }

  /** Sends one event (JSON text) and waits for its outcome. */
  invoke(requestId: string, event: string, limitMs: number): Promise<Outcome> {
    const outcome = this.#next(limitMs);
    this.#worker.postMessage({ type: 'invoke', requestId, event });
    return outcome;
  }

  /** Stops the thread; an outcome still awaited becomes an exit with `reason`. */
  async terminate(reason: FunctionError): Promise<void> {
    clearTimeout(this.reapTimer);
    this.#fault ??= reason;
    await this.#worker.terminate();
  }

  #next(limitMs: number): Promise<Outcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.#settle({ type: 'time-limit', limitMs }), limitMs);
      this.#waiter = (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      };
    });
  }

  #settle(outcome: Outcome): void {
    const waiter = this.#waiter;
    this.#waiter = undefined;
    waiter?.(outcome);
  }

  #forward(stream: Readable | null, name: LogLine['stream'], spec: EnvironmentSpec): void {
    if (stream === null) return;
    createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (text) =>
      spec.log({ functionName: spec.functionName, environmentId: this.id, stream: name, text }),
    );
  }
}

/** What killed the thread, as Lambda would name it. */
function faultOf(error: unknown): FunctionError {
  if (!(error instanceof Error)) return { errorType: typeof error, errorMessage: String(error) };
  if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return {
      errorType: 'Runtime.OutOfMemory',
      errorMessage: 'Runtime exited with error: signal: killed',
    };
  }
  return { errorType: error.name, errorMessage: error.message };
}

let compiledRuntime: string | undefined;

/** The worker-side runtime as one plain CommonJS script, bundled once per process. */
function runtimeSource(): string {
  compiledRuntime ??= buildSync({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]?.text;
  if (compiledRuntime === undefined)
    throw new Error('bundling the Lambda runtime produced no output');
  return compiledRuntime;
}
