/**
 * The Lambda runtime's job inside one execution environment (a worker
 * thread): INIT imports the function bundle once and measures it, then each
 * invocation gets a Lambda `Context`, runs the handler, and sends back the
 * result or Lambda's `{ errorType, errorMessage }`. The pool sends one
 * invocation at a time. Bundled to plain JS by `environment.ts`.
 */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { Context } from 'aws-lambda';
import type { EnvironmentData, FunctionError, InvokeMessage, WorkerMessage } from './protocol.ts';

type Handler = (event: unknown, context: Context) => unknown;

const data = workerData as EnvironmentData;
const port = parentPort ?? missingPort();
const send = (message: WorkerMessage): void => port.postMessage(message);

startClockAtEnvironmentStart(data.startedAt);
// As in Lambda's Node.js runtime, a rejection nobody handles ends the environment.
process.on('unhandledRejection', (reason) => {
  throw Object.assign(new Error(String(reason)), { name: 'Runtime.UnhandledPromiseRejection' });
});
void main();

async function main(): Promise<void> {
  let handler: Handler;
  try {
    handler = handlerOf(await import(pathToFileURL(data.bundlePath).href));
  } catch (thrown) {
    const error = functionError(thrown);
    logError('Init Error', error);
    send({ type: 'init-error', initDurationMs: performance.now(), ...error });
    return;
  }
  send({ type: 'ready', initDurationMs: performance.now() });
  port.on('message', (message: InvokeMessage) => void invoke(handler, message));
}

async function invoke(handler: Handler, { requestId, event }: InvokeMessage): Promise<void> {
  const started = performance.now();
  try {
    const result = await handler(JSON.parse(event), contextFor(requestId));
    const payload = JSON.stringify(result) ?? 'null';
    send({ type: 'result', requestId, payload, durationMs: performance.now() - started });
  } catch (thrown) {
    const error = functionError(thrown);
    logError('Invoke Error', error, requestId);
    send({ type: 'error', requestId, durationMs: performance.now() - started, ...error });
  }
}

function missingPort(): never {
  throw new Error('the Lambda runtime runs inside a worker thread');
}

function handlerOf(module: Record<string, unknown>): Handler {
  const handler = module.handler;
  if (typeof handler !== 'function') {
    throw Object.assign(new Error('index.handler is undefined or not exported'), {
      name: 'Runtime.HandlerNotFound',
    });
  }
  return handler as Handler;
}

function contextFor(requestId: string): Context {
  const deadline = Date.now() + data.timeoutMs;
  const legacy = (): never => {
    throw new Error('context.done/succeed/fail are not supported here: return a value instead');
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: data.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${data.region}:000000000000:function:${data.functionName}`,
    memoryLimitInMB: String(data.memoryMb),
    awsRequestId: requestId,
    logGroupName: data.logGroupName,
    logStreamName: data.logStreamName,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: legacy,
    fail: legacy,
    succeed: legacy,
  };
}

/** As the Node.js runtime reports a thrown value: the error's name and message, or its type. */
function functionError(thrown: unknown): FunctionError {
  if (thrown instanceof Error) {
    const missing = (thrown as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND';
    return {
      errorType: missing ? 'Runtime.ImportModuleError' : thrown.name,
      errorMessage: thrown.message,
    };
  }
  return { errorType: typeof thrown, errorMessage: String(thrown) };
}

function logError(label: string, error: FunctionError, requestId?: string): void {
  const prefix = requestId === undefined ? 'ERROR' : `${requestId}\tERROR`;
  console.error(`${prefix}\t${label}\t${JSON.stringify(error)}`);
}

/**
 * In Lambda each environment is a fresh process, so `performance.now()`
 * counts from the environment's start; handlers rely on that to measure
 * their own init. A worker shares the process's time origin (Node 20), so
 * shift `now()` to count from when the pool started this worker.
 */
function startClockAtEnvironmentStart(startedAt: number): void {
  const shift = startedAt - performance.timeOrigin;
  const now = performance.now.bind(performance);
  Object.defineProperty(performance, 'now', { value: () => now() - shift, configurable: true });
}
