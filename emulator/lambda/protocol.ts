/**
 * The messages between a function pool (main thread) and one execution
 * environment (a worker thread running `worker.ts`). Payloads travel as JSON
 * text, as they do between Lambda and a runtime, so only what JSON carries
 * reaches the handler and comes back.
 */

/** What the pool gives an environment at start (`workerData`). */
export interface EnvironmentData {
  /** The function bundle (an ES module exporting `handler`). */
  bundlePath: string;
  functionName: string;
  memoryMb: number;
  timeoutMs: number;
  region: string;
  logGroupName: string;
  logStreamName: string;
  /** Epoch ms at which the pool started the worker: the environment's clock starts there. */
  startedAt: number;
}

/** Lambda's error document: `{ errorType, errorMessage }`. */
export interface FunctionError {
  errorType: string;
  errorMessage: string;
}

export interface InvokeMessage {
  type: 'invoke';
  requestId: string;
  /** The event as JSON text. */
  event: string;
}

export type WorkerMessage =
  | { type: 'ready'; initDurationMs: number }
  | ({ type: 'init-error'; initDurationMs: number } & FunctionError)
  /** `payload`: the handler's result as JSON text. */
  | { type: 'result'; requestId: string; payload: string; durationMs: number }
  | ({ type: 'error'; requestId: string; durationMs: number } & FunctionError);
