/**
 * Checks a stage's numbers against AWS limits, the functions' accepted
 * ranges and each other, and reports everything that is wrong at once.
 */
import { AI_LIMITS } from '../backend/pure.ts';
import { FUNCTION_NAMES } from '../contracts/index.ts';
import { BUILTIN_PROFILE_NAMES } from '../mock-provider/pure.ts';
import { AWS_QUOTAS } from './quotas.ts';
import { type ApiKeyParameter, STAGE_NAMES, type StageConfig, type Throttle } from './types.ts';

/**
 * Time the functions keep for everything around the AI call (DynamoDB,
 * answering) and for SDK backoff between attempts; the chat function keeps a
 * similar reserve before its deadline.
 */
export const AI_BUDGET_RESERVE_MS = 2_000;
export const AI_RETRY_BACKOFF_ALLOWANCE_MS = 1_000;

export class StageConfigError extends Error {
  readonly issues: readonly string[];

  constructor(stage: string, issues: readonly string[]) {
    super(`stage "${stage}" is invalid:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'StageConfigError';
    this.issues = issues;
  }
}

/** Throws a `StageConfigError` listing every problem of `stage`; returns it when valid. */
export function validateStage(stage: StageConfig): StageConfig {
  const issues = collectIssues(stage);
  if (issues.length > 0) throw new StageConfigError(String(stage.name), issues);
  return stage;
}

function collectIssues(stage: StageConfig): string[] {
  const issues: string[] = [];
  const check = (ok: boolean, issue: string): void => {
    if (!ok) issues.push(issue);
  };
  check(
    (STAGE_NAMES as readonly string[]).includes(stage.name),
    `name "${stage.name}" is not one of ${STAGE_NAMES.join(', ')}`,
  );
  check(
    stage.purpose === 'test' || stage.purpose === 'production',
    'purpose must be "test" or "production"',
  );
  for (const section of SECTIONS) section(stage, check, issues);
  return issues;
}

type Check = (ok: boolean, issue: string) => void;
type Section = (stage: StageConfig, check: Check, issues: string[]) => void;

/** API: throttles within the account's bucket; CORS origins well formed. */
function checkApi(stage: StageConfig, check: Check, issues: string[]): void {
  checkThrottle(issues, 'api.throttle', stage.api.throttle);
  for (const fn of FUNCTION_NAMES) {
    checkThrottle(issues, `api.routeThrottles.${fn}`, stage.api.routeThrottles[fn]);
  }
  check(stage.api.corsAllowedOrigins.length > 0, 'api.corsAllowedOrigins must not be empty');
  for (const origin of stage.api.corsAllowedOrigins) {
    if (origin === '*') {
      check(
        stage.purpose !== 'production',
        'api.corsAllowedOrigins: "*" is not allowed in a production stage',
      );
    } else {
      check(
        isOrigin(origin),
        `api.corsAllowedOrigins: "${origin}" is not an origin (scheme://host[:port], no path)`,
      );
    }
  }
}

/** Functions: timeout inside the integration limit, memory, reserved concurrency within the account. */
function checkFunctions(stage: StageConfig, check: Check, issues: string[]): void {
  const { apiGateway, lambda, cloudWatchLogs } = AWS_QUOTAS;
  const { functions } = stage;
  check(
    functions.architecture === 'arm64' || functions.architecture === 'x86_64',
    'functions.architecture must be "arm64" or "x86_64"',
  );
  check(
    isInt(functions.timeoutSeconds, 1, apiGateway.integrationTimeoutSeconds - 1),
    `functions.timeoutSeconds must be an integer from 1 to ${apiGateway.integrationTimeoutSeconds - 1} ` +
      `(under the HTTP API's ${apiGateway.integrationTimeoutSeconds} s integration limit), got ${functions.timeoutSeconds}`,
  );
  check(
    isInt(functions.idleEnvironmentSeconds, 1, 86_400),
    `functions.idleEnvironmentSeconds must be an integer from 1 to 86400, got ${functions.idleEnvironmentSeconds}`,
  );
  let reserved = 0;
  for (const fn of FUNCTION_NAMES) {
    const settings = functions.settings[fn];
    const path = `functions.settings.${fn}`;
    if (settings === undefined) {
      issues.push(`${path} is missing`);
      continue;
    }
    check(
      isInt(settings.memoryMb, lambda.minMemoryMb, lambda.maxMemoryMb),
      `${path}.memoryMb must be an integer from ${lambda.minMemoryMb} to ${lambda.maxMemoryMb}, got ${settings.memoryMb}`,
    );
    if (settings.reservedConcurrency !== null) {
      check(
        isInt(settings.reservedConcurrency, 1, lambda.accountConcurrency),
        `${path}.reservedConcurrency must be null or an integer of at least 1, got ${settings.reservedConcurrency}`,
      );
      reserved += settings.reservedConcurrency;
    }
  }
  const maxReserved = lambda.accountConcurrency - lambda.minUnreservedConcurrency;
  check(
    reserved <= maxReserved,
    `functions: reserved concurrency adds up to ${reserved}, over the ${maxReserved} that the default ` +
      `account quota of ${lambda.accountConcurrency} allows (${lambda.minUnreservedConcurrency} must stay unreserved)`,
  );

  check(
    (cloudWatchLogs.retentionDays as readonly number[]).includes(stage.logRetentionDays),
    `logRetentionDays must be one of ${cloudWatchLogs.retentionDays.join(', ')}, got ${stage.logRetentionDays}`,
  );
}

/** Table: billing within the table quotas, the emulator's settings, removal. */
function checkTable(stage: StageConfig, check: Check): void {
  const { dynamodb } = AWS_QUOTAS;
  const { billing } = stage.table;
  if (billing.mode === 'provisioned') {
    for (const key of ['readUnits', 'indexReadUnits'] as const) {
      check(
        isInt(billing[key], 1, dynamodb.tableReadUnits),
        `table.billing.${key} must be an integer from 1 to ${dynamodb.tableReadUnits}, got ${billing[key]}`,
      );
    }
    for (const key of ['writeUnits', 'indexWriteUnits'] as const) {
      check(
        isInt(billing[key], 1, dynamodb.tableWriteUnits),
        `table.billing.${key} must be an integer from 1 to ${dynamodb.tableWriteUnits}, got ${billing[key]}`,
      );
    }
  } else {
    check(billing.mode === 'on-demand', 'table.billing.mode must be "on-demand" or "provisioned"');
  }
  const { emulation } = stage.table;
  check(
    typeof emulation.throttling === 'boolean',
    'table.emulation.throttling must be true or false',
  );
  check(
    isInt(emulation.burstSeconds, 0, dynamodb.burstSeconds),
    `table.emulation.burstSeconds must be an integer from 0 to ${dynamodb.burstSeconds}, got ${emulation.burstSeconds}`,
  );
  check(
    isInt(emulation.partitions, 1, 1_000),
    `table.emulation.partitions must be an integer from 1 to 1000, got ${emulation.partitions}`,
  );
  check(
    isInt(emulation.indexPropagationMs, 0, 60_000),
    `table.emulation.indexPropagationMs must be an integer from 0 to 60000, got ${emulation.indexPropagationMs}`,
  );
  check(
    stage.removal === 'destroy' || stage.removal === 'retain',
    'removal must be "destroy" or "retain"',
  );
}

/** Provider: the mock's profile, seed and Lambda, or a live provider's key parameter. */
function checkProvider(stage: StageConfig, check: Check, issues: string[]): void {
  const { lambda } = AWS_QUOTAS;
  const { provider } = stage;
  check(provider.model.trim().length > 0, 'provider.model must not be empty');
  if (provider.kind === 'mock') {
    check(
      provider.api === 'openai' || provider.api === 'anthropic',
      'provider.api must be "openai" or "anthropic"',
    );
    check(
      (BUILTIN_PROFILE_NAMES as readonly string[]).includes(provider.profile),
      `provider.profile must be one of ${BUILTIN_PROFILE_NAMES.join(', ')}, got "${provider.profile}"`,
    );
    check(
      isInt(provider.seed, 0, 2 ** 32 - 1),
      `provider.seed must be an integer from 0 to ${2 ** 32 - 1}, got ${provider.seed}`,
    );
    check(
      isInt(provider.memoryMb, lambda.minMemoryMb, lambda.maxMemoryMb),
      `provider.memoryMb must be an integer from ${lambda.minMemoryMb} to ${lambda.maxMemoryMb}, got ${provider.memoryMb}`,
    );
    check(
      isInt(provider.timeoutSeconds, 1, 900),
      `provider.timeoutSeconds must be an integer from 1 to 900, got ${provider.timeoutSeconds}`,
    );
    if (provider.apiKeyParameter !== null) {
      checkParameter(issues, provider.apiKeyParameter);
    }
  } else {
    check(
      provider.kind === 'openai' || provider.kind === 'anthropic',
      'provider.kind must be "mock", "openai" or "anthropic"',
    );
    checkParameter(issues, provider.apiKeyParameter);
  }
}

/** AI budget: every attempt (plus backoff) ends inside the Lambda timeout. */
function checkAi(stage: StageConfig, check: Check): void {
  const { functions } = stage;
  const { ai } = stage;
  const aiRange = (key: keyof typeof AI_LIMITS): void => {
    const { min, max } = AI_LIMITS[key];
    check(
      isInt(ai[key], min, max),
      `ai.${key} must be an integer from ${min} to ${max}, got ${ai[key]}`,
    );
  };
  aiRange('timeoutMs');
  aiRange('maxRetries');
  const budgetMs =
    (ai.maxRetries + 1) * ai.timeoutMs + ai.maxRetries * AI_RETRY_BACKOFF_ALLOWANCE_MS;
  const availableMs = functions.timeoutSeconds * 1_000 - AI_BUDGET_RESERVE_MS;
  check(
    budgetMs <= availableMs,
    `ai: ${ai.maxRetries + 1} attempt(s) of ${ai.timeoutMs} ms plus backoff need ${budgetMs} ms, more than the ` +
      `${availableMs} ms the ${functions.timeoutSeconds} s Lambda timeout leaves; lower ai.timeoutMs or ai.maxRetries`,
  );
  aiRange('maxOutputTokens');
  aiRange('historyMaxMessages');
  aiRange('historyMaxChars');
  aiRange('apiKeyCacheSeconds');
}

function checkAuth(stage: StageConfig, check: Check): void {
  const { cognito } = AWS_QUOTAS;
  const { auth } = stage;
  check(
    isInt(
      auth.accessTokenValidityMinutes,
      cognito.minAccessTokenMinutes,
      cognito.maxAccessTokenMinutes,
    ),
    `auth.accessTokenValidityMinutes must be an integer from ${cognito.minAccessTokenMinutes} to ` +
      `${cognito.maxAccessTokenMinutes}, got ${auth.accessTokenValidityMinutes}`,
  );
  check(
    isInt(auth.refreshTokenValidityDays, 1, 3_650) &&
      auth.refreshTokenValidityDays * 1_440 > auth.accessTokenValidityMinutes,
    `auth.refreshTokenValidityDays must be an integer from 1 to 3650 and outlast the access token, got ${auth.refreshTokenValidityDays}`,
  );
}

function checkSlo(stage: StageConfig, check: Check, issues: string[]): void {
  for (const fn of FUNCTION_NAMES) {
    const slo = stage.slo.routes[fn];
    const path = `slo.routes.${fn}`;
    if (slo === undefined) {
      issues.push(`${path} is missing`);
      continue;
    }
    check(isPositive(slo.p95Ms), `${path}.p95Ms must be a positive number, got ${slo.p95Ms}`);
    check(
      isPositive(slo.p99Ms) && slo.p99Ms >= slo.p95Ms,
      `${path}.p99Ms must be a positive number of at least p95Ms, got ${slo.p99Ms}`,
    );
  }
  check(
    Number.isFinite(stage.slo.maxErrorRate) &&
      stage.slo.maxErrorRate >= 0 &&
      stage.slo.maxErrorRate < 1,
    `slo.maxErrorRate must be a fraction from 0 to under 1, got ${stage.slo.maxErrorRate}`,
  );
  check(
    isPositive(stage.slo.coldStartInitP95Ms),
    `slo.coldStartInitP95Ms must be a positive number, got ${stage.slo.coldStartInitP95Ms}`,
  );
}

/** What a production stage must not do. */
function checkProduction(stage: StageConfig, check: Check): void {
  const { provider, auth } = stage;
  if (stage.purpose === 'production') {
    check(!stage.telemetryHeaders, 'telemetryHeaders must be false in a production stage');
    check(provider.kind !== 'mock', 'provider must not be the mock in a production stage');
    check(!auth.passwordAuth, 'auth.passwordAuth must be false in a production stage');
    check(
      stage.table.pointInTimeRecovery,
      'table.pointInTimeRecovery must be true in a production stage',
    );
    check(stage.removal === 'retain', 'removal must be "retain" in a production stage');
  }
}

const SECTIONS: readonly Section[] = [
  checkApi,
  checkFunctions,
  checkTable,
  checkProvider,
  checkAi,
  checkAuth,
  checkSlo,
  checkProduction,
];

function checkThrottle(issues: string[], path: string, throttle: Throttle | undefined): void {
  const { accountRateLimit, accountBurstLimit } = AWS_QUOTAS.apiGateway;
  if (throttle === undefined) {
    issues.push(`${path} is missing`);
    return;
  }
  if (!(isPositive(throttle.rateLimit) && throttle.rateLimit <= accountRateLimit)) {
    issues.push(
      `${path}.rateLimit must be a positive number of at most the account's ${accountRateLimit} rps, got ${throttle.rateLimit}`,
    );
  }
  if (!isInt(throttle.burstLimit, 0, accountBurstLimit)) {
    issues.push(
      `${path}.burstLimit must be an integer from 0 to the account's ${accountBurstLimit}, got ${throttle.burstLimit}`,
    );
  }
}

/** SSM parameter names: letters, digits and `_.-/`, fully qualified (https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-su-create.html). */
const PARAMETER_NAME = /^\/[A-Za-z0-9_.\-/]{1,1010}$/;
const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;

function checkParameter(issues: string[], parameter: ApiKeyParameter): void {
  if (!PARAMETER_NAME.test(parameter.name) || /^\/aws|^\/ssm/i.test(parameter.name)) {
    issues.push(
      `provider.apiKeyParameter.name must be a parameter name like "/loopgauge/prod/ai-api-key" ` +
        `(starts with "/", not "/aws" or "/ssm"), got "${parameter.name}"`,
    );
  }
  if (parameter.kmsKeyArn !== null && !KMS_KEY_ARN.test(parameter.kmsKeyArn)) {
    issues.push(
      `provider.apiKeyParameter.kmsKeyArn must be null or a KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>), got "${parameter.kmsKeyArn}"`,
    );
  }
}

function isInt(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function isPositive(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}

/** `scheme://host[:port]` with nothing after it (k6 has no global `URL`, so a pattern). */
const ORIGIN =
  /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?::\d{1,5})?$/;

function isOrigin(value: string): boolean {
  return ORIGIN.test(value);
}
