/**
 * Lambda's control API for the emulator's functions, on REST-JSON as the
 * SDK speaks it (https://docs.aws.amazon.com/lambda/latest/api/API_Operations.html):
 *
 * - `GET /2015-03-31/functions/{FunctionName}/configuration` — GetFunctionConfiguration
 * - `PUT /2015-03-31/functions/{FunctionName}/configuration` — UpdateFunctionConfiguration
 *   of `Environment`, `MemorySize`, `Timeout`, `Description` (with `RevisionId`)
 * - `GET /2015-03-31/functions/{FunctionName}` — GetFunction
 *
 * A function is named by name, ARN or partial ARN, `$LATEST` the only
 * qualifier. An update retires the function's execution environments (the
 * next invocations cold-start, as after a configuration change on AWS) and
 * reports `LastUpdateStatus` `InProgress` until that is done, then
 * `Successful` (https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html);
 * a second update meanwhile is a `ResourceConflictException`. The
 * runtime's reserved variables (`AWS_REGION`, …) are neither shown nor
 * settable, as on AWS. Not modelled: versions and aliases, code, layers,
 * VPC, roles and any other operation.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { AWS_QUOTAS } from '#stages';
import type { FunctionPool, FunctionSettingsChange } from '../lambda/index.ts';
import { functionLogGroup } from './log-store.ts';
import type { AwsApi } from './server.ts';
import {
  AwsError,
  errorResponse,
  jsonResponse,
  parseJsonBody,
  validationMessage,
  type WireRequest,
  type WireResponse,
} from './wire.ts';

export const ACCOUNT_ID = '000000000000';
const API_PREFIX = '/2015-03-31/functions/';
/** Environment variables: 4 KB in all (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). */
const MAX_ENVIRONMENT_BYTES = 4_096;
/** Timeout range in seconds (https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html). */
const MAX_TIMEOUT_SECONDS = 900;
const MAX_DESCRIPTION_LENGTH = 256;

/**
 * Variables the runtime sets, which a configuration may not
 * (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime).
 */
const RESERVED_VARIABLES = new Set([
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_DEFAULT_REGION',
  'AWS_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
]);

/** The members UpdateFunctionConfiguration may carry that the emulator applies. */
const UPDATABLE = new Set(['Environment', 'MemorySize', 'Timeout', 'Description', 'RevisionId']);

export interface LambdaFunctionEntry {
  pool: Pick<FunctionPool, 'settings' | 'reconfigure'>;
  bundlePath: string;
  reservedConcurrency: number | null;
}

export interface LambdaApiOptions {
  region: string;
  /** `nodejs22.x`, as the stack deploys. */
  runtime: string;
  architecture: 'arm64' | 'x86_64';
  functions: Record<string, LambdaFunctionEntry>;
}

interface FunctionState {
  name: string;
  entry: LambdaFunctionEntry;
  description: string;
  revisionId: string;
  lastModified: Date;
  update:
    | { status: 'Successful' }
    | { status: 'InProgress' }
    | { status: 'Failed'; reason: string };
  code?: { sha256: string; size: number };
}

export function createLambdaApi(options: LambdaApiOptions): AwsApi {
  const states = new Map<string, FunctionState>(
    Object.entries(options.functions).map(([name, entry]) => [
      name,
      {
        name,
        entry,
        description: '',
        revisionId: randomUUID(),
        lastModified: new Date(),
        update: { status: 'Successful' },
      },
    ]),
  );
  const arnOf = (name: string) => `arn:aws:lambda:${options.region}:${ACCOUNT_ID}:function:${name}`;

  const find = (reference: string, qualifier: string | null): FunctionState => {
    const parsed = parseFunctionReference(reference);
    const version = qualifier ?? parsed.qualifier;
    const state = parsed.name === undefined ? undefined : states.get(parsed.name);
    const wrongRegion = parsed.region !== undefined && parsed.region !== options.region;
    const wrongAccount = parsed.account !== undefined && parsed.account !== ACCOUNT_ID;
    if (!state || wrongRegion || wrongAccount || (version !== undefined && version !== '$LATEST')) {
      const arn = `${arnOf(parsed.name ?? reference)}${version ? `:${version}` : ''}`;
      throw new AwsError('ResourceNotFoundException', `Function not found: ${arn}`, {
        status: 404,
      });
    }
    return state;
  };

  const configuration = async (state: FunctionState) => {
    state.code ??= await codeOf(state.entry.bundlePath);
    const settings = state.entry.pool.settings();
    const variables = Object.fromEntries(
      Object.entries(settings.env).filter(([key]) => !RESERVED_VARIABLES.has(key)),
    );
    const { update } = state;
    return {
      FunctionName: state.name,
      FunctionArn: arnOf(state.name),
      Runtime: options.runtime,
      Role: `arn:aws:iam::${ACCOUNT_ID}:role/${state.name}-role`,
      Handler: 'index.handler',
      CodeSize: state.code.size,
      Description: state.description,
      Timeout: Math.ceil(settings.timeoutMs / 1_000),
      MemorySize: settings.memoryMb,
      LastModified: lambdaTimestamp(state.lastModified),
      CodeSha256: state.code.sha256,
      Version: '$LATEST',
      Environment: { Variables: variables },
      TracingConfig: { Mode: 'PassThrough' },
      RevisionId: state.revisionId,
      State: 'Active',
      LastUpdateStatus: update.status,
      ...(update.status === 'Failed'
        ? { LastUpdateStatusReason: update.reason, LastUpdateStatusReasonCode: 'InternalError' }
        : {}),
      PackageType: 'Zip',
      Architectures: [options.architecture],
      EphemeralStorage: { Size: 512 },
      LoggingConfig: { LogFormat: 'Text', LogGroup: functionLogGroup(state.name) },
    };
  };

  const update = async (state: FunctionState, body: Record<string, unknown>) => {
    const change = parseUpdate(body);
    // Read first: from the checks below to the answer nothing waits, so no other update
    // slips in between and the answer reports InProgress.
    state.code ??= await codeOf(state.entry.bundlePath);
    if (state.update.status === 'InProgress') {
      throw new AwsError(
        'ResourceConflictException',
        `The operation cannot be performed at this time. An update is in progress for resource: ${arnOf(state.name)}`,
        { status: 409 },
      );
    }
    if (change.revisionId !== undefined && change.revisionId !== state.revisionId) {
      throw new AwsError(
        'PreconditionFailedException',
        'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id',
        { status: 412 },
      );
    }
    const settings: FunctionSettingsChange = {};
    if (change.variables !== undefined) {
      // The runtime's own variables the pool passes stay; the configured ones are replaced.
      const current = state.entry.pool.settings().env;
      const kept = Object.entries(current).filter(([key]) => RESERVED_VARIABLES.has(key));
      settings.env = { ...Object.fromEntries(kept), ...change.variables };
    }
    if (change.memoryMb !== undefined) settings.memoryMb = change.memoryMb;
    if (change.timeoutSeconds !== undefined) settings.timeoutMs = change.timeoutSeconds * 1_000;
    if (change.description !== undefined) state.description = change.description;
    state.revisionId = randomUUID();
    state.lastModified = new Date();
    state.update = { status: 'InProgress' };
    // New environments take the settings at once; the current ones retire meanwhile.
    state.entry.pool.reconfigure(settings).then(
      () => {
        state.update = { status: 'Successful' };
      },
      (error: unknown) => {
        state.update = { status: 'Failed', reason: (error as Error).message };
      },
    );
    return configuration(state);
  };

  return {
    accepts: (request) => request.path.startsWith(API_PREFIX),
    async handle(request: WireRequest): Promise<WireResponse> {
      try {
        const rest = request.path.slice(API_PREFIX.length);
        const [rawName = '', resource, ...extra] = rest.split('/');
        const name = decodeURIComponent(rawName);
        const qualifier = request.query.get('Qualifier');
        if (extra.length === 0 && resource === 'configuration' && request.method === 'GET') {
          return jsonResponse('rest-json', await configuration(find(name, qualifier)));
        }
        if (extra.length === 0 && resource === 'configuration' && request.method === 'PUT') {
          const state = find(name, qualifier);
          const body = parseJsonBody(request.body, (message) => invalidValue(message));
          return jsonResponse('rest-json', await update(state, body));
        }
        if (
          extra.length === 0 &&
          (resource === undefined || resource === '') &&
          request.method === 'GET'
        ) {
          const state = find(name, qualifier);
          return jsonResponse('rest-json', {
            Configuration: await configuration(state),
            Code: { RepositoryType: 'S3', Location: `file://${state.entry.bundlePath}` },
            ...(state.entry.reservedConcurrency === null
              ? {}
              : { Concurrency: { ReservedConcurrentExecutions: state.entry.reservedConcurrency } }),
          });
        }
        throw new AwsError(
          'UnknownOperationException',
          `the emulator's Lambda API answers GetFunction, GetFunctionConfiguration and UpdateFunctionConfiguration, not ${request.method} ${request.path}`,
          { status: 404 },
        );
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        return errorResponse('rest-json', error);
      }
    },
  };
}

export interface ConfigurationChange {
  variables?: Record<string, string>;
  memoryMb?: number;
  timeoutSeconds?: number;
  description?: string;
  revisionId?: string;
}

/** Validates an UpdateFunctionConfiguration body as Lambda does, in its error shapes. */
export function parseUpdate(body: Record<string, unknown>): ConfigurationChange {
  const unsupported = Object.keys(body).filter((key) => !UPDATABLE.has(key));
  if (unsupported.length > 0) {
    throw invalidValue(
      `the emulator does not change ${unsupported.join(', ')}; it applies Environment, MemorySize, Timeout and Description`,
    );
  }
  const change: ConfigurationChange = {};
  const { minMemoryMb, maxMemoryMb } = AWS_QUOTAS.lambda;
  if (body.MemorySize !== undefined) {
    change.memoryMb = boundedInteger(body.MemorySize, 'memorySize', minMemoryMb, maxMemoryMb);
  }
  if (body.Timeout !== undefined) {
    change.timeoutSeconds = boundedInteger(body.Timeout, 'timeout', 1, MAX_TIMEOUT_SECONDS);
  }
  if (body.Description !== undefined) {
    if (typeof body.Description !== 'string' || body.Description.length > MAX_DESCRIPTION_LENGTH) {
      throw validation(
        'description',
        body.Description,
        `Member must have length less than or equal to ${MAX_DESCRIPTION_LENGTH}`,
      );
    }
    change.description = body.Description;
  }
  if (body.RevisionId !== undefined) {
    if (typeof body.RevisionId !== 'string') throw invalidValue('RevisionId must be a string');
    change.revisionId = body.RevisionId;
  }
  if (body.Environment !== undefined) change.variables = parseVariables(body.Environment);
  return change;
}

function parseVariables(environment: unknown): Record<string, string> {
  if (typeof environment !== 'object' || environment === null || Array.isArray(environment)) {
    throw invalidValue('Environment must be an object with Variables');
  }
  const variables = (environment as { Variables?: unknown }).Variables ?? {};
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) {
    throw invalidValue('Environment.Variables must be a map of names to strings');
  }
  const entries = Object.entries(variables);
  for (const [key, value] of entries) {
    if (!/^[a-zA-Z][a-zA-Z0-9_]+$/.test(key)) {
      throw validation(
        'environment.variables',
        key,
        'Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+',
      );
    }
    if (typeof value !== 'string') throw invalidValue(`the value of ${key} must be a string`);
  }
  const reserved = entries.map(([key]) => key).filter((key) => RESERVED_VARIABLES.has(key));
  if (reserved.length > 0) {
    throw invalidValue(
      `Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${reserved.join(',')}`,
    );
  }
  const measured = JSON.stringify(variables);
  if (Buffer.byteLength(measured) > MAX_ENVIRONMENT_BYTES) {
    throw invalidValue(
      `Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: ${measured}`,
    );
  }
  return variables as Record<string, string>;
}

export interface FunctionReference {
  name: string | undefined;
  qualifier?: string;
  region?: string;
  account?: string;
}

/**
 * `my-function`, `my-function:$LATEST`, `123456789012:function:my-function`,
 * `arn:aws:lambda:us-east-1:123456789012:function:my-function[:qualifier]`.
 */
export function parseFunctionReference(reference: string): FunctionReference {
  const full =
    /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([a-zA-Z0-9-_]+)(?::([^:]+))?$/.exec(
      reference,
    );
  if (full) {
    return {
      name: full[3],
      region: full[1] as string,
      account: full[2] as string,
      ...(full[4] ? { qualifier: full[4] } : {}),
    };
  }
  const partial = /^(\d{12}):function:([a-zA-Z0-9-_]+)(?::([^:]+))?$/.exec(reference);
  if (partial) {
    return {
      name: partial[2],
      account: partial[1] as string,
      ...(partial[3] ? { qualifier: partial[3] } : {}),
    };
  }
  const plain = /^([a-zA-Z0-9-_]{1,64})(?::([^:]+))?$/.exec(reference);
  if (plain) return { name: plain[1], ...(plain[2] ? { qualifier: plain[2] } : {}) };
  return { name: undefined };
}

/** Lambda's `LastModified`: `2026-12-01T05:55:10.195+0000`. */
export function lambdaTimestamp(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

async function codeOf(bundlePath: string): Promise<{ sha256: string; size: number }> {
  const code = await readFile(bundlePath);
  return { sha256: createHash('sha256').update(code).digest('base64'), size: code.length };
}

function boundedInteger(value: unknown, member: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw validation(member, value, 'Member must be a whole number');
  }
  if (value < min)
    throw validation(member, value, `Member must have value greater than or equal to ${min}`);
  if (value > max)
    throw validation(member, value, `Member must have value less than or equal to ${max}`);
  return value;
}

function invalidValue(message: string): AwsError {
  return new AwsError('InvalidParameterValueException', message);
}

function validation(member: string, value: unknown, constraint: string): AwsError {
  return new AwsError('ValidationException', validationMessage(member, value, constraint));
}
