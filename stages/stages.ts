/**
 * The stages. Edit the numbers here: the CDK stack, the local stage, the
 * load scenarios and the reports all read them from this one place.
 *
 * - `local`: the embedded copy of the request path on this machine (no AWS).
 * - `test`: a deployed stage against the mock provider, with telemetry headers.
 * - `throughput`: like `test`, with a provisioned table of fixed units so a
 *   DynamoDB throughput scenario meets a limit it chose.
 * - `small-table`: the local stage's shape with a provisioned table of 10
 *   write units and a short burst allowance, so a sends-only arrival-rate run
 *   in the emulator meets DynamoDB throttling within seconds (deployable too).
 * - `prod`: the production shape: a real provider, no telemetry, PITR, retained data.
 *
 * SLOs are this project's objectives for each stage, not AWS figures; the
 * send_message ones follow the stage's provider latency (the mock's
 * `realistic` profile: ~0.5 s to first token, ~20 ms per token).
 */
import type { MockProviderConfig, StageConfig, StageName, TableEmulation } from './types.ts';

/** Lambda timeout: one second under the HTTP API's 30 s integration limit (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html). */
const LAMBDA_TIMEOUT_SECONDS = 29;

const TEST_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];

/**
 * The table as the emulator runs it for an AWS-like stage: throttling on,
 * AWS's burst allowance (up to 300 s:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/burst-adaptive-capacity.html),
 * four partitions (a new on-demand table serves 4,000 write units:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html)
 * and the index a second behind the table (writes reach a GSI within about a
 * second: https://repost.aws/knowledge-center/dynamodb-missing-table-items-gsi).
 */
const AWS_LIKE_TABLE: TableEmulation = {
  throttling: true,
  burstSeconds: 300,
  partitions: 4,
  indexPropagationMs: 1_000,
};

const testProvider: MockProviderConfig = {
  kind: 'mock',
  api: 'openai',
  model: 'gpt-4o-mini',
  profile: 'realistic',
  seed: 42,
  apiKeyParameter: null,
  memoryMb: 256,
  timeoutSeconds: 30,
};

const test: StageConfig = {
  name: 'test',
  purpose: 'test',
  description: 'deployed stage against the mock provider (realistic profile), telemetry on',
  api: {
    throttle: { rateLimit: 200, burstLimit: 100 },
    routeThrottles: {
      get_chats: { rateLimit: 100, burstLimit: 50 },
      get_chat: { rateLimit: 100, burstLimit: 50 },
      send_message: { rateLimit: 50, burstLimit: 25 },
    },
    corsAllowedOrigins: TEST_ORIGINS,
  },
  functions: {
    architecture: 'arm64',
    timeoutSeconds: LAMBDA_TIMEOUT_SECONDS,
    settings: {
      get_chats: { memoryMb: 512, reservedConcurrency: 10 },
      get_chat: { memoryMb: 512, reservedConcurrency: 10 },
      send_message: { memoryMb: 512, reservedConcurrency: 30 },
    },
    idleEnvironmentSeconds: 300,
  },
  logRetentionDays: 14,
  table: { billing: { mode: 'on-demand' }, pointInTimeRecovery: false, emulation: AWS_LIKE_TABLE },
  removal: 'destroy',
  provider: testProvider,
  ai: {
    timeoutMs: 12_000,
    maxRetries: 1,
    // Caps the realistic profile's long replies (~20 ms/token) inside one attempt's timeout.
    maxOutputTokens: 400,
    historyMaxMessages: 20,
    historyMaxChars: 24_000,
    apiKeyCacheSeconds: 300,
  },
  telemetryHeaders: true,
  auth: { passwordAuth: true, accessTokenValidityMinutes: 1_440, refreshTokenValidityDays: 30 },
  slo: {
    routes: {
      get_chats: { p95Ms: 300, p99Ms: 1_000 },
      get_chat: { p95Ms: 300, p99Ms: 1_000 },
      send_message: { p95Ms: 9_000, p99Ms: 12_000 },
    },
    maxErrorRate: 0.01,
    coldStartInitP95Ms: 800,
  },
};

const local: StageConfig = {
  ...test,
  name: 'local',
  description: 'the embedded request path on this machine: mock provider (fast profile), no AWS',
  api: { ...test.api, corsAllowedOrigins: ['*'] },
  functions: {
    ...test.functions,
    // Few environments: each is a worker thread on this machine.
    settings: {
      get_chats: { memoryMb: 512, reservedConcurrency: 4 },
      get_chat: { memoryMb: 512, reservedConcurrency: 4 },
      send_message: { memoryMb: 512, reservedConcurrency: 8 },
    },
  },
  logRetentionDays: 1,
  // Tests and quick runs: no throttling, the index in step with the table.
  // A load run turns the index delay on (emulator option `indexPropagationMs`).
  table: {
    ...test.table,
    emulation: { ...AWS_LIKE_TABLE, throttling: false, indexPropagationMs: 0 },
  },
  provider: { ...testProvider, profile: 'fast' },
  slo: {
    routes: {
      get_chats: { p95Ms: 150, p99Ms: 400 },
      get_chat: { p95Ms: 150, p99Ms: 400 },
      send_message: { p95Ms: 400, p99Ms: 1_000 },
    },
    maxErrorRate: 0.01,
    coldStartInitP95Ms: 1_000,
  },
};

const throughput: StageConfig = {
  ...test,
  name: 'throughput',
  description: 'test stage with a provisioned table of fixed units, for DynamoDB throughput runs',
  api: {
    throttle: { rateLimit: 1_000, burstLimit: 500 },
    routeThrottles: {
      get_chats: { rateLimit: 500, burstLimit: 250 },
      get_chat: { rateLimit: 500, burstLimit: 250 },
      send_message: { rateLimit: 300, burstLimit: 150 },
    },
    corsAllowedOrigins: TEST_ORIGINS,
  },
  functions: {
    ...test.functions,
    // No reservation: the table, not Lambda, is the limit under test.
    settings: {
      get_chats: { memoryMb: 512, reservedConcurrency: null },
      get_chat: { memoryMb: 512, reservedConcurrency: null },
      send_message: { memoryMb: 512, reservedConcurrency: null },
    },
  },
  logRetentionDays: 7,
  table: {
    billing: {
      mode: 'provisioned',
      readUnits: 50,
      writeUnits: 50,
      indexReadUnits: 50,
      indexWriteUnits: 50,
    },
    pointInTimeRecovery: false,
    emulation: AWS_LIKE_TABLE,
  },
  provider: { ...testProvider, profile: 'instant' },
  slo: {
    routes: {
      get_chats: { p95Ms: 300, p99Ms: 1_000 },
      get_chat: { p95Ms: 300, p99Ms: 1_000 },
      send_message: { p95Ms: 600, p99Ms: 1_500 },
    },
    maxErrorRate: 0.01,
    coldStartInitP95Ms: 800,
  },
};

const prod: StageConfig = {
  name: 'prod',
  purpose: 'production',
  description: 'production shape: OpenAI, no telemetry headers, PITR, data retained',
  api: {
    throttle: { rateLimit: 1_000, burstLimit: 500 },
    routeThrottles: {
      get_chats: { rateLimit: 500, burstLimit: 250 },
      get_chat: { rateLimit: 500, burstLimit: 250 },
      // The AI route costs money per call: keep its ceiling lowest.
      send_message: { rateLimit: 100, burstLimit: 50 },
    },
    corsAllowedOrigins: ['https://chat.example.com'],
  },
  functions: {
    architecture: 'arm64',
    timeoutSeconds: LAMBDA_TIMEOUT_SECONDS,
    settings: {
      get_chats: { memoryMb: 512, reservedConcurrency: null },
      get_chat: { memoryMb: 512, reservedConcurrency: null },
      send_message: { memoryMb: 512, reservedConcurrency: 100 },
    },
    idleEnvironmentSeconds: 300,
  },
  logRetentionDays: 90,
  table: { billing: { mode: 'on-demand' }, pointInTimeRecovery: true, emulation: AWS_LIKE_TABLE },
  removal: 'retain',
  provider: {
    kind: 'openai',
    model: 'gpt-4o-mini',
    apiKeyParameter: { name: '/loopgauge/prod/ai-api-key', kmsKeyArn: null },
  },
  ai: {
    timeoutMs: 12_000,
    maxRetries: 1,
    maxOutputTokens: 1_024,
    historyMaxMessages: 20,
    historyMaxChars: 24_000,
    apiKeyCacheSeconds: 300,
  },
  telemetryHeaders: false,
  auth: { passwordAuth: false, accessTokenValidityMinutes: 60, refreshTokenValidityDays: 30 },
  slo: {
    routes: {
      get_chats: { p95Ms: 300, p99Ms: 1_000 },
      get_chat: { p95Ms: 300, p99Ms: 1_000 },
      send_message: { p95Ms: 10_000, p99Ms: 20_000 },
    },
    maxErrorRate: 0.01,
    coldStartInitP95Ms: 800,
  },
};

/**
 * A send costs about 3 write units on the table and 1–2 on the index, so 10
 * write units take about 3 sends a second; 30 s of burst (AWS keeps up to
 * 300 s, best effort) lets a run meet the limit within a minute. Throttled
 * sends wait out the SDK's retries, so send_message may hold more
 * environments at once than on the local stage.
 */
const smallTable: StageConfig = {
  ...local,
  name: 'small-table',
  description:
    'the local stage with a provisioned table of 10 write units and throttling on, for DynamoDB throttling runs',
  functions: {
    ...local.functions,
    settings: {
      ...local.functions.settings,
      send_message: { memoryMb: 512, reservedConcurrency: 16 },
    },
  },
  table: {
    billing: {
      mode: 'provisioned',
      readUnits: 10,
      writeUnits: 10,
      indexReadUnits: 10,
      indexWriteUnits: 10,
    },
    pointInTimeRecovery: false,
    emulation: { ...AWS_LIKE_TABLE, burstSeconds: 30 },
  },
  provider: { ...testProvider, profile: 'instant' },
};

export const STAGES: Readonly<Record<StageName, StageConfig>> = {
  local,
  test,
  throughput,
  'small-table': smallTable,
  prod,
};
