/**
 * Forcing fresh execution environments on a stage, through the Lambda API
 * alone, so a deployed stage and the emulator take the same calls: a
 * configuration change retires a function's environments and the next
 * invocations cold-start
 * (https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html).
 * For each function: read its configuration, write it back with every
 * variable kept and one marker variable changed, then wait until
 * `LastUpdateStatus` is `Successful`.
 *
 * IAM: `lambda:GetFunctionConfiguration` and `lambda:UpdateFunctionConfiguration`
 * on the stage's functions. On a deployed stage the marker variable stays
 * until the next deploy, which writes the stack's variables back.
 */
import { randomBytes } from 'node:crypto';
import {
  type FunctionConfiguration,
  GetFunctionConfigurationCommand,
  LambdaClient,
  ResourceConflictException,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { FUNCTION_NAMES, type FunctionName } from '#contracts';
import type { ForceFreshOptions } from './stage-metrics-types.ts';
import { clientConfig, type Target, TargetError } from './target.ts';

/** The variable whose new value makes each update a real configuration change. */
export const FRESH_MARKER_VARIABLE = 'LOOPGAUGE_FRESH_ENVIRONMENTS';

const DEFAULT_TIMEOUT_MS = 120_000;

export async function forceFreshEnvironments(
  target: Target,
  functions: FunctionName[] = FUNCTION_NAMES,
  options: ForceFreshOptions = {},
): Promise<void> {
  const unknown = functions.filter((name) => !FUNCTION_NAMES.includes(name));
  if (unknown.length > 0) {
    throw new TargetError(
      `unknown function ${unknown.join(', ')} (known: ${FUNCTION_NAMES.join(', ')})`,
    );
  }
  const client = new LambdaClient(clientConfig(target, 'lambda'));
  const marker = `${new Date().toISOString()}-${randomBytes(4).toString('hex')}`;
  try {
    const results = await Promise.allSettled(
      [...new Set(functions)].map((name) =>
        refresh(
          client,
          target.functionNames[name],
          marker,
          options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        ),
      ),
    );
    const failures = results.flatMap((result) =>
      result.status === 'rejected' ? [result.reason as unknown] : [],
    );
    if (failures.length === 1) throw failures[0];
    if (failures.length > 1) {
      throw new TargetError(
        `forcing fresh environments failed: ${failures.map((error) => (error as Error).message).join('; ')}`,
        { cause: new AggregateError(failures) },
      );
    }
  } finally {
    client.destroy();
  }
}

async function refresh(
  client: LambdaClient,
  functionName: string,
  marker: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const read = () =>
    client.send(new GetFunctionConfigurationCommand({ FunctionName: functionName }));
  const update = async () => {
    const current = await call(functionName, 'GetFunctionConfiguration', read);
    const variables = { ...current.Environment?.Variables, [FRESH_MARKER_VARIABLE]: marker };
    await client.send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: functionName,
        Environment: { Variables: variables },
        // Lambda refuses the update if the configuration changed since it was read.
        ...(current.RevisionId ? { RevisionId: current.RevisionId } : {}),
      }),
    );
  };
  try {
    await update();
  } catch (error) {
    // An update already under way (a deploy, another run): let it finish, then ours.
    if (!(error instanceof ResourceConflictException)) throw describe(functionName, error);
    await awaitUpdate(functionName, read, { deadline });
    await call(functionName, 'UpdateFunctionConfiguration', update);
  }
  await awaitUpdate(functionName, read, { deadline });
}

export interface AwaitUpdateOptions {
  /** Epoch milliseconds after which waiting fails. */
  deadline: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Polls a function's configuration until `LastUpdateStatus` is `Successful`:
 * 250 ms first, doubling up to 2 s. Throws a `TargetError` on `Failed` (with
 * Lambda's reason) or when the deadline passes.
 */
export async function awaitUpdate(
  functionName: string,
  read: () => Promise<FunctionConfiguration>,
  options: AwaitUpdateOptions,
): Promise<void> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise((done) => setTimeout(done, ms)));
  let delayMs = 250;
  for (;;) {
    const configuration = await call(functionName, 'GetFunctionConfiguration', read);
    const status = configuration.LastUpdateStatus;
    // A function that never had an update reports no status (Lambda omits it on some runtimes).
    if (status === 'Successful' || status === undefined) return;
    if (status === 'Failed') {
      const reason = [
        configuration.LastUpdateStatusReasonCode,
        configuration.LastUpdateStatusReason,
      ]
        .filter(Boolean)
        .join(': ');
      throw new TargetError(
        `the configuration update of ${functionName} failed${reason ? ` (${reason})` : ''}`,
      );
    }
    if (now() + delayMs > options.deadline) {
      throw new TargetError(
        `the configuration update of ${functionName} was still ${status} when the wait ran out`,
      );
    }
    await sleep(delayMs);
    delayMs = Math.min(delayMs * 2, 2_000);
  }
}

async function call<T>(functionName: string, action: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw describe(functionName, error, action);
  }
}

function describe(functionName: string, error: unknown, action = 'UpdateFunctionConfiguration') {
  if (error instanceof TargetError) return error;
  const { name, message } = error as Error;
  const hint = name === 'AccessDeniedException' ? ` (the caller needs lambda:${action})` : '';
  return new TargetError(`${action} on ${functionName} failed: ${name}: ${message}${hint}`, {
    cause: error,
  });
}
