/**
 * The functions' configuration, read once at init from the environment that
 * the CDK stack (or the local stage) sets. Only entry points pass
 * `process.env` in; everything below receives typed values.
 */
import { AI_LIMITS } from './ai-limits.ts';
import { ConfigError } from './errors.ts';

export type AiProviderName = 'openai' | 'anthropic';

export interface StoreConfig {
  tableName: string;
  /** Overrides the DynamoDB endpoint (dynalite, DynamoDB Local). */
  endpoint: string | undefined;
  region: string;
}

export interface AiConfig {
  provider: AiProviderName;
  model: string;
  /** Overrides the provider SDK's base URL (the mock provider in test stages). */
  baseUrl: string | undefined;
  /** Exactly one of these: the SSM SecureString name, or a literal key (tests, local stage). */
  apiKeyParameterName: string | undefined;
  apiKey: string | undefined;
  /** How long a fetched key is reused inside one execution environment. */
  apiKeyCacheSeconds: number;
  /** Per-attempt timeout of one provider call. */
  timeoutMs: number;
  /** Retries the provider SDK may make; all of them still end inside the request deadline. */
  maxRetries: number;
  maxOutputTokens: number;
  /** Bounds on the conversation history sent with each call. */
  historyMaxMessages: number;
  historyMaxChars: number;
}

export interface HttpConfig {
  /** Adds Server-Timing and x-loopgauge-* headers (test stages only). */
  telemetryHeaders: boolean;
  /** HMAC key for pagination cursors; at least 32 characters. */
  cursorSecret: string;
}

/** The environment variables the functions read, by name. The CDK stack and local stage set these. */
export const ENV = {
  tableName: 'TABLE_NAME',
  dynamodbEndpoint: 'DYNAMODB_ENDPOINT',
  region: 'AWS_REGION',
  aiProvider: 'AI_PROVIDER',
  aiModel: 'AI_MODEL',
  aiBaseUrl: 'AI_BASE_URL',
  aiApiKeyParameter: 'AI_API_KEY_PARAMETER',
  aiApiKey: 'AI_API_KEY',
  aiApiKeyCacheSeconds: 'AI_API_KEY_CACHE_SECONDS',
  aiTimeoutMs: 'AI_TIMEOUT_MS',
  aiMaxRetries: 'AI_MAX_RETRIES',
  aiMaxOutputTokens: 'AI_MAX_OUTPUT_TOKENS',
  historyMaxMessages: 'HISTORY_MAX_MESSAGES',
  historyMaxChars: 'HISTORY_MAX_CHARS',
  telemetryHeaders: 'TELEMETRY_HEADERS',
  cursorSecret: 'CURSOR_SECRET',
} as const;

type Env = Readonly<Record<string, string | undefined>>;

export function readStoreConfig(env: Env): StoreConfig {
  return {
    tableName: required(env, ENV.tableName),
    endpoint: optionalUrl(env, ENV.dynamodbEndpoint),
    region: env[ENV.region] ?? 'us-east-1',
  };
}

export function readHttpConfig(env: Env): HttpConfig {
  const cursorSecret = required(env, ENV.cursorSecret);
  if (cursorSecret.length < 32) {
    throw new ConfigError(`${ENV.cursorSecret} must be at least 32 characters`);
  }
  return { telemetryHeaders: flag(env, ENV.telemetryHeaders), cursorSecret };
}

export function readAiConfig(env: Env): AiConfig {
  const provider = env[ENV.aiProvider] ?? 'openai';
  if (provider !== 'openai' && provider !== 'anthropic') {
    throw new ConfigError(`${ENV.aiProvider} must be "openai" or "anthropic", got "${provider}"`);
  }
  const apiKeyParameterName = env[ENV.aiApiKeyParameter] || undefined;
  const apiKey = env[ENV.aiApiKey] || undefined;
  if ((apiKeyParameterName === undefined) === (apiKey === undefined)) {
    throw new ConfigError(`set exactly one of ${ENV.aiApiKeyParameter} and ${ENV.aiApiKey}`);
  }
  return {
    provider,
    model: env[ENV.aiModel] ?? (provider === 'openai' ? 'gpt-4o-mini' : 'claude-sonnet-4-5'),
    baseUrl: optionalUrl(env, ENV.aiBaseUrl),
    apiKeyParameterName,
    apiKey,
    apiKeyCacheSeconds: integer(env, ENV.aiApiKeyCacheSeconds, 300, AI_LIMITS.apiKeyCacheSeconds),
    timeoutMs: integer(env, ENV.aiTimeoutMs, 12_000, AI_LIMITS.timeoutMs),
    maxRetries: integer(env, ENV.aiMaxRetries, 1, AI_LIMITS.maxRetries),
    maxOutputTokens: integer(env, ENV.aiMaxOutputTokens, 1_024, AI_LIMITS.maxOutputTokens),
    historyMaxMessages: integer(env, ENV.historyMaxMessages, 20, AI_LIMITS.historyMaxMessages),
    historyMaxChars: integer(env, ENV.historyMaxChars, 24_000, AI_LIMITS.historyMaxChars),
  };
}

function required(env: Env, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(`${name} is required`);
  return value;
}

function optionalUrl(env: Env, name: string): string | undefined {
  const value = env[name];
  if (!value) return undefined;
  if (!URL.canParse(value)) throw new ConfigError(`${name} must be a URL, got "${value}"`);
  return value;
}

function flag(env: Env, name: string): boolean {
  const value = env[name];
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

function integer(
  env: Env,
  name: string,
  fallback: number,
  { min, max }: { min: number; max: number },
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}
