/**
 * The shape of a stage: every number the CDK stack deploys, the emulator
 * runs, and the load scenarios and reports probe or judge against.
 *
 * Plain data only. This folder imports no Node built-ins and no aws-cdk-lib,
 * and reaches other folders by relative paths to their k6-safe entries (k6
 * resolves neither `node:` modules nor package `imports` aliases), so k6
 * scripts can import it as it is.
 */
import type { FunctionName } from '../contracts/index.ts';
import type { BuiltinProfileName } from '../mock-provider/pure.ts';

export const STAGE_NAMES = ['local', 'test', 'throughput', 'small-table', 'prod'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** A built-in latency profile of the mock provider. */
export type MockProfile = BuiltinProfileName;

/** The wire API the chat function speaks: which SDK it uses. */
export type AiApi = 'openai' | 'anthropic';

/** A token bucket: `rateLimit` requests per second refill a bucket of `burstLimit`. */
export interface Throttle {
  rateLimit: number;
  burstLimit: number;
}

export interface FunctionSettings {
  memoryMb: number;
  /** Reserved concurrency; `null` draws from the account's unreserved pool. */
  reservedConcurrency: number | null;
}

export type TableBilling =
  | { mode: 'on-demand' }
  | {
      mode: 'provisioned';
      /** Fixed units (no auto scaling), so a throughput test finds the limit it configured. */
      readUnits: number;
      writeUnits: number;
      /** Units of the activity index (get_chats reads it, every chat write updates it). */
      indexReadUnits: number;
      indexWriteUnits: number;
    };

/**
 * How the emulator runs the table when it runs this stage; deployed stages
 * ignore it (AWS decides these there).
 */
export interface TableEmulation {
  /**
   * Throttle like AWS: provisioned token buckets or on-demand ceilings, and
   * per-partition limits. Off: count capacity, never throttle.
   */
  throttling: boolean;
  /** Provisioned mode: seconds of unused units kept for bursts (AWS keeps up to 300, best effort). */
  burstSeconds: number;
  /** Partitions the table and its index each spread keys over (1,000 WCU / 3,000 RCU each a second). */
  partitions: number;
  /** Milliseconds before a write shows in the activity index (AWS: within about a second); 0: at once. */
  indexPropagationMs: number;
}

/** An SSM SecureString the stack references by name; CDK never creates or reads its value. */
export interface ApiKeyParameter {
  /** Full parameter name, starting with `/`. */
  name: string;
  /**
   * The customer managed KMS key that encrypts it, or `null` for the AWS
   * managed `alias/aws/ssm` key (whose key policy already lets every principal
   * in the account decrypt through SSM, so no `kms:Decrypt` grant is needed).
   */
  kmsKeyArn: string | null;
}

/** The mock AI provider: a Lambda with a Function URL in deployed stages, an HTTP server locally. */
export interface MockProviderConfig {
  kind: 'mock';
  /** Which SDK the chat function uses against the mock. */
  api: AiApi;
  model: string;
  profile: MockProfile;
  seed: number;
  /**
   * `null`: the chat function gets a fixed dummy key (the mock accepts any)
   * and no SSM access. A parameter: the key is read from SSM as in
   * production, so runs include the SSM hop in cold starts.
   */
  apiKeyParameter: ApiKeyParameter | null;
  /** The mock provider Lambda (deployed stages). */
  memoryMb: number;
  timeoutSeconds: number;
}

/** A real provider, its key in SSM. */
export interface LiveProviderConfig {
  kind: AiApi;
  model: string;
  apiKeyParameter: ApiKeyParameter;
}

export type ProviderConfig = MockProviderConfig | LiveProviderConfig;

/** The AI call's budget and the conversation it sends (functions' `AI_*`/`HISTORY_*` env). */
export interface AiSettings {
  /** Per-attempt timeout of one provider call. */
  timeoutMs: number;
  /** Retries the provider SDK may make after the first attempt. */
  maxRetries: number;
  maxOutputTokens: number;
  historyMaxMessages: number;
  historyMaxChars: number;
  /** How long one execution environment reuses the key it read from SSM. */
  apiKeyCacheSeconds: number;
}

export interface AuthSettings {
  /** Allows `USER_PASSWORD_AUTH` on the app client (load-test users log in with it). */
  passwordAuth: boolean;
  accessTokenValidityMinutes: number;
  refreshTokenValidityDays: number;
}

/** Latency objectives of one route, in milliseconds (k6 `http_req_duration`). */
export interface RouteSlo {
  p95Ms: number;
  p99Ms: number;
}

export interface Slo {
  routes: Record<FunctionName, RouteSlo>;
  /** Highest acceptable share of failed requests (k6 `http_req_failed` rate), 0–1. */
  maxErrorRate: number;
  /** p95 of the init duration of cold starts (Server-Timing `init`), in milliseconds. */
  coldStartInitP95Ms: number;
}

export interface StageConfig {
  name: StageName;
  /** `production` stages get the strict checks of `validateStage` (no mock, no telemetry, …). */
  purpose: 'test' | 'production';
  description: string;
  api: {
    /** Stage default throttle (applies to any route without its own). */
    throttle: Throttle;
    /** Per-route throttles, keyed by the function that serves the route. */
    routeThrottles: Record<FunctionName, Throttle>;
    /** Origins allowed by CORS: `https://host[:port]`, or `*` in test stages. */
    corsAllowedOrigins: string[];
  };
  functions: {
    architecture: 'arm64' | 'x86_64';
    /** Lambda timeout of the three chat functions. */
    timeoutSeconds: number;
    settings: Record<FunctionName, FunctionSettings>;
    /**
     * Local stage only: how long an idle execution environment lives before
     * it is reaped (the next request then cold-starts). AWS publishes no such
     * figure; deployed stages ignore this.
     */
    idleEnvironmentSeconds: number;
  };
  /** CloudWatch Logs retention of function and access logs. */
  logRetentionDays: number;
  table: {
    billing: TableBilling;
    pointInTimeRecovery: boolean;
    emulation: TableEmulation;
  };
  /** What `cdk destroy` does with the table, logs and secrets. */
  removal: 'destroy' | 'retain';
  provider: ProviderConfig;
  ai: AiSettings;
  /** Server-Timing and x-loopgauge-* headers on every response (never in production). */
  telemetryHeaders: boolean;
  auth: AuthSettings;
  slo: Slo;
}
