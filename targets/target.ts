/**
 * A target: a running stage the harness points at — a deployed stack, or the
 * emulator on this machine — described by a target file. The harness talks
 * to either through AWS's own APIs and SDKs; a local target only adds the
 * endpoints and credentials of the emulator that answers those APIs.
 *
 * Two file formats are read: the emulator's own (`LocalTargetFile`, written
 * by `npm run stage` to `.loopgauge/targets/local.json`) and the document
 * `cdk deploy --outputs-file` writes (`{ "<stack>": { "<OutputKey>": … } }`,
 * `npm run deploy` writes it to `.loopgauge/targets/<stack>.json`).
 */
import { readFile } from 'node:fs/promises';
import { FUNCTION_NAMES, type FunctionName } from '#contracts';
import { isStageName, parseDeployOutputs, type StageName } from '#stages';

/** AWS endpoints the emulator answers in place of the Region's own. */
export interface ServiceEndpoints {
  cognito: string;
  dynamodb: string;
  /** Lambda's control API (function configuration). */
  lambda: string;
  /** CloudWatch metrics (`GetMetricData`). */
  cloudwatch: string;
  /** CloudWatch Logs (`FilterLogEvents`). */
  logs: string;
}

/** The services of `ServiceEndpoints`, in the order the emulator lists them. */
export const SERVICES = [
  'cognito',
  'dynamodb',
  'lambda',
  'cloudwatch',
  'logs',
] as const satisfies readonly (keyof ServiceEndpoints)[];

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface Target {
  kind: 'local' | 'deployed';
  /** The stage definition the target runs. */
  stage: StageName;
  /** Base URL of the HTTP API, without a trailing `/`. */
  apiUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  tableName: string;
  functionNames: Record<FunctionName, string>;
  /** The mock AI provider's base URL, or `null` when the stage calls a real provider. */
  mockProviderUrl: string | null;
  /**
   * The HTTP API's id, when the API URL does not tell it (a deployed API's
   * default endpoint starts with it; the emulator writes its own).
   */
  apiId?: string;
  /** Seconds per data point of the stage's CloudWatch metrics; absent: AWS's one minute. */
  metricResolutionSeconds?: number;
  /** Local targets only: the emulator's endpoints, credentials and admin endpoint. */
  endpoints?: ServiceEndpoints;
  credentials?: Credentials;
  adminUrl?: string;
}

/** What the emulator writes: a target of kind `local`, with its endpoints. */
export interface LocalTargetFile extends Target {
  kind: 'local';
  endpoints: ServiceEndpoints;
  credentials: Credentials;
  adminUrl: string;
  /** The issuer of the emulator's access tokens. */
  issuer: string;
  apiId: string;
  metricResolutionSeconds: number;
}

export class TargetError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'TargetError';
  }
}

/** A target file whose local stage no longer answers (it was stopped, or it crashed). */
export class StageNotRunningError extends TargetError {
  constructor(path: string, url: string, options?: ErrorOptions) {
    super(
      `the local stage of ${path} is not running (nothing answers at ${url}); start it with: npm run stage`,
      options,
    );
    this.name = 'StageNotRunningError';
  }
}

/** How long a local stage may take to answer its health check. */
const HEALTH_TIMEOUT_MS = 3_000;

/**
 * Reads a target file (see `readTarget`) for a command that needs its stage
 * running: a local target's stage must answer on its admin endpoint, else
 * one `StageNotRunningError` says so and how to start it. Deployed targets
 * are taken as they are (their APIs answer, or the AWS SDK says why not).
 */
export async function readRunningTarget(path: string, stack?: string): Promise<Target> {
  const target = await readTarget(path, stack);
  if (target.kind === 'local' && target.adminUrl) {
    const url = target.adminUrl;
    const response = await fetch(`${url}/health`, {
      signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
    }).catch((cause: unknown) => {
      throw new StageNotRunningError(path, url, { cause });
    });
    await response.arrayBuffer();
    if (!response.ok) throw new StageNotRunningError(path, url);
  }
  return target;
}

/**
 * Reads a target file of either format; `stack` picks the stack of a deploy
 * outputs document that holds several. Throws one `TargetError` that says
 * what is wrong (and, for a missing local target, how to start one).
 */
export async function readTarget(path: string, stack?: string): Promise<Target> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new TargetError(`cannot read the target file ${path}`, { cause });
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (cause) {
    throw new TargetError(`${path} is not valid JSON`, { cause });
  }
  return parseTarget(document, path, stack);
}

export function parseTarget(document: unknown, path: string, stack?: string): Target {
  if (!isRecord(document)) throw new TargetError(`${path} must hold a JSON object`);
  if (document.kind === 'local') return parseLocalTarget(document, path);
  const stacks = Object.keys(document);
  const name = stack ?? (stacks.length === 1 ? stacks[0] : undefined);
  if (name === undefined) {
    throw new TargetError(`${path} holds ${stacks.length} stacks; name one with --stack`);
  }
  try {
    const deployed = parseDeployOutputs(document, name);
    return {
      kind: 'deployed',
      stage: deployed.stage,
      apiUrl: deployed.apiUrl.replace(/\/+$/, ''),
      region: deployed.region,
      userPoolId: deployed.userPoolId,
      userPoolClientId: deployed.userPoolClientId,
      tableName: deployed.tableName,
      functionNames: deployed.functionNames,
      mockProviderUrl: deployed.mockProviderUrl,
    };
  } catch (cause) {
    throw new TargetError(`${path}: ${(cause as Error).message}`, { cause });
  }
}

function parseLocalTarget(document: Record<string, unknown>, path: string): LocalTargetFile {
  const missing: string[] = [];
  const text = (record: Record<string, unknown>, key: string, prefix = ''): string => {
    const value = record[key];
    if (typeof value === 'string' && value.length > 0) return value;
    missing.push(`${prefix}${key}`);
    return '';
  };
  const nested = (key: string): Record<string, unknown> => {
    const value = document[key];
    if (isRecord(value)) return value;
    missing.push(key);
    return {};
  };
  const endpoints = nested('endpoints');
  const credentials = nested('credentials');
  const functionNames = nested('functionNames');
  const target: LocalTargetFile = {
    kind: 'local',
    stage: text(document, 'stage') as StageName,
    apiUrl: text(document, 'apiUrl'),
    region: text(document, 'region'),
    userPoolId: text(document, 'userPoolId'),
    userPoolClientId: text(document, 'userPoolClientId'),
    tableName: text(document, 'tableName'),
    functionNames: Object.fromEntries(
      FUNCTION_NAMES.map((name) => [name, text(functionNames, name, 'functionNames.')]),
    ) as Record<FunctionName, string>,
    mockProviderUrl: text(document, 'mockProviderUrl'),
    endpoints: Object.fromEntries(
      SERVICES.map((service) => [service, text(endpoints, service, 'endpoints.')]),
    ) as Record<(typeof SERVICES)[number], string>,
    credentials: {
      accessKeyId: text(credentials, 'accessKeyId', 'credentials.'),
      secretAccessKey: text(credentials, 'secretAccessKey', 'credentials.'),
    },
    adminUrl: text(document, 'adminUrl'),
    issuer: text(document, 'issuer'),
    apiId: text(document, 'apiId'),
    metricResolutionSeconds: (() => {
      const value = document.metricResolutionSeconds;
      if (typeof value === 'number' && value > 0) return value;
      missing.push('metricResolutionSeconds');
      return 0;
    })(),
  };
  if (missing.length > 0) throw new TargetError(`${path} lacks ${missing.join(', ')}`);
  if (!isStageName(target.stage)) {
    throw new TargetError(`${path} names an unknown stage "${target.stage}"`);
  }
  return target;
}

/**
 * Client settings for one AWS service of a target: the Region, and for a
 * local target the emulator's endpoint and credentials (deployed targets use
 * the caller's own AWS credentials).
 */
export function clientConfig(
  target: Target,
  service: keyof ServiceEndpoints,
): { region: string; endpoint?: string; credentials?: Credentials } {
  return {
    region: target.region,
    ...(target.endpoints ? { endpoint: target.endpoints[service] } : {}),
    ...(target.credentials ? { credentials: target.credentials } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
