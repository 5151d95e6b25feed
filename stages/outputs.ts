/**
 * What a running stage tells the other tools, and where: the stack's name,
 * its output keys (`cdk deploy --outputs-file` writes them), and the files
 * of the workspace folder (`.loopgauge/`, git-ignored) where deploy outputs,
 * the emulator's target file, test users and bundles live.
 */
import { FUNCTION_NAMES, type FunctionName } from '../contracts/index.ts';
import { STAGE_NAMES, type StageName } from './types.ts';

/** The workspace folder, relative to the repository root. */
export const WORKSPACE_DIR = '.loopgauge';

/** The emulator's target file, relative to the workspace folder. */
export const LOCAL_TARGET_FILE = 'targets/local.json';

/** Where `npm run users` writes test users' tokens by default. */
export const USERS_FILE = `${WORKSPACE_DIR}/users.json`;

/** CloudFormation output keys of the chat stack. */
export const STACK_OUTPUTS = {
  stage: 'StageName',
  apiUrl: 'ApiUrl',
  region: 'Region',
  userPoolId: 'UserPoolId',
  userPoolClientId: 'UserPoolClientId',
  tableName: 'TableName',
  /** Stages on the mock provider only. */
  mockProviderUrl: 'MockProviderUrl',
} as const;

/** The output key of a function's name: `get_chats` → `GetChatsFunctionName`. */
export function functionNameOutput(name: FunctionName): string {
  const pascal = name
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return `${pascal}FunctionName`;
}

/** A per-developer suffix: lower-case letters, digits and `-`, up to 20 characters. */
const INSTANCE = /^[a-z0-9](?:[a-z0-9-]{0,18}[a-z0-9])?$/;

/** `loopgauge-<stage>[-<instance>]`: several stages and developers share one account. */
export function stackName(stage: StageName, instance?: string): string {
  if (!(STAGE_NAMES as readonly string[]).includes(stage)) {
    throw new Error(`unknown stage "${stage}" (known: ${STAGE_NAMES.join(', ')})`);
  }
  if (instance === undefined || instance === '') return `loopgauge-${stage}`;
  if (!INSTANCE.test(instance)) {
    throw new Error(
      `instance "${instance}" must be 1-20 lower-case letters, digits or "-", not starting or ending with "-"`,
    );
  }
  return `loopgauge-${stage}-${instance}`;
}

/** Where `npm run deploy` writes a stack's outputs (its target file), relative to the repository root. */
export function deployOutputsFile(stack: string): string {
  return `${WORKSPACE_DIR}/targets/${stack}.json`;
}

/** The emulator's target file, relative to the repository root. */
export const LOCAL_TARGET_PATH = `${WORKSPACE_DIR}/${LOCAL_TARGET_FILE}`;

export interface DeployedStage {
  stackName: string;
  stage: StageName;
  /** Base URL of the HTTP API, ending in `/`. */
  apiUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  tableName: string;
  functionNames: Record<FunctionName, string>;
  /** The mock provider's Function URL, or `null` when the stage uses a real provider. */
  mockProviderUrl: string | null;
}

/**
 * Reads one stack's outputs from a `cdk deploy --outputs-file` document
 * (`{ "<stack>": { "<OutputKey>": "<value>" } }`); throws one error naming
 * everything missing.
 */
export function parseDeployOutputs(document: unknown, stack: string): DeployedStage {
  if (!isRecord(document)) throw new Error('deploy outputs must be a JSON object of stacks');
  const outputs = document[stack];
  if (!isRecord(outputs)) {
    const known = Object.keys(document).join(', ') || 'none';
    throw new Error(`deploy outputs have no stack "${stack}" (stacks: ${known})`);
  }
  const missing: string[] = [];
  const read = (key: string): string => {
    const value = outputs[key];
    if (typeof value === 'string' && value.length > 0) return value;
    missing.push(key);
    return '';
  };
  const stage = read(STACK_OUTPUTS.stage);
  const deployed: DeployedStage = {
    stackName: stack,
    stage: stage as StageName,
    apiUrl: read(STACK_OUTPUTS.apiUrl),
    region: read(STACK_OUTPUTS.region),
    userPoolId: read(STACK_OUTPUTS.userPoolId),
    userPoolClientId: read(STACK_OUTPUTS.userPoolClientId),
    tableName: read(STACK_OUTPUTS.tableName),
    functionNames: Object.fromEntries(
      FUNCTION_NAMES.map((name) => [name, read(functionNameOutput(name))]),
    ) as Record<FunctionName, string>,
    mockProviderUrl: (() => {
      const value = outputs[STACK_OUTPUTS.mockProviderUrl];
      return typeof value === 'string' && value.length > 0 ? value : null;
    })(),
  };
  if (missing.length > 0) {
    throw new Error(`deploy outputs of "${stack}" lack ${missing.join(', ')}`);
  }
  if (!(STAGE_NAMES as readonly string[]).includes(stage)) {
    throw new Error(`deploy outputs of "${stack}" name an unknown stage "${stage}"`);
  }
  return deployed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
