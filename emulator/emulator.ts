/**
 * The emulator: a stage's whole request path on one machine — an embedded
 * DynamoDB-compatible server, the mock AI provider, a Cognito-compatible
 * identity provider, the handlers in emulated Lambda execution environments,
 * and the HTTP API gateway in front — each on a loopback port, checked
 * before the emulator reports ready, and all stopped by `close()`. Running
 * the `local` stage definition, it is what the tools call the local stage.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { functionEnvironment } from '#backend';
import { FUNCTION_NAMES, type FunctionName } from '#contracts';
import { startMockProviderServer } from '#mock-provider';
import { AWS_QUOTAS, getStage, LOCAL_TARGET_FILE, type StageConfig, WORKSPACE_DIR } from '#stages';
import { API_STAGE, type LocalTargetFile } from '#targets';
import { type AdminServer, startAdmin } from './admin.ts';
import { createCloudWatchApi } from './aws/cloudwatch.ts';
import { createLambdaApi } from './aws/lambda-api.ts';
import { functionLogGroup, LogStore } from './aws/log-store.ts';
import { createLogsApi } from './aws/logs.ts';
import { MetricStore } from './aws/metric-store.ts';
import { StageMetricsRecorder } from './aws/recorders.ts';
import { startAwsServer } from './aws/server.ts';
import { LOCAL_CREDENTIALS } from './credentials.ts';
import {
  createChatTable,
  type DynamoDbServer,
  startDynamoDb,
  startDynamoDbLocal,
} from './dynamodb/index.ts';
import { type Gateway, type InvokeOutcome, startGateway } from './gateway/gateway.ts';
import {
  createJwtAuthorizer,
  type IdentityProvider,
  startIdentityProvider,
} from './identity/index.ts';
import {
  buildFunctionBundles,
  ConcurrencyLimiter,
  FunctionPool,
  type LogSink,
} from './lambda/index.ts';
import { EmulatorMetrics } from './metrics.ts';

export interface EmulatorPorts {
  api: number;
  admin: number;
  identity: number;
  dynamodb: number;
  mockProvider: number;
  /** Lambda, CloudWatch and CloudWatch Logs APIs. */
  aws: number;
}

export interface EmulatorOptions {
  /** Default: the `local` stage of `#stages`. */
  stage?: StageConfig;
  /** 0 (the default for each) picks a free port. */
  ports?: Partial<EmulatorPorts>;
  /** An external DynamoDB-compatible endpoint instead of the embedded one. */
  dynamodbEndpoint?: string | undefined;
  /**
   * Which DynamoDB to start when no endpoint is given: `embedded` (the
   * default: dynalite behind the layer that counts and throttles like AWS)
   * or `local-jar` (AWS's DynamoDB Local; needs Java and an opt-in install;
   * no throttling, no index delay).
   */
  dynamodb?: 'embedded' | 'local-jar';
  /**
   * Milliseconds before a write shows in the table's global secondary index.
   * Default: the stage's `table.emulation.indexPropagationMs`.
   */
  indexPropagationMs?: number;
  /**
   * Where bundles and the target file go: `<workDir>/bundles/`,
   * `<workDir>/targets/local.json`. Default `.loopgauge`.
   */
  workDir?: string;
  /** Where the functions' own log lines go: this process's stdout/stderr (default), nowhere, or a function. */
  functionLogs?: 'inherit' | 'silent' | LogSink;
  /** Where the mock provider's reports go (ignored directives, internal errors). Default: dropped. */
  log?: (line: string) => void;
  /**
   * Tests only: changes each function's result on its way to the gateway
   * (rename a field, change a status), so a test can play a broken backend
   * without editing it.
   */
  responseHook?: ResponseHook;
}

/** A function's payload 2.0 result as the gateway will read it. */
export interface FunctionResult {
  statusCode: number;
  headers?: Record<string, string>;
  body?: string;
  [field: string]: unknown;
}

export type ResponseHook = (result: FunctionResult, functionName: FunctionName) => FunctionResult;

/** A running emulator: its target (also written to its target file) and its parts. */
export interface Emulator extends LocalTargetFile {
  targetFile: string;
  metrics: EmulatorMetrics;
  pools: Record<FunctionName, FunctionPool>;
  identity: IdentityProvider;
  /** The embedded DynamoDB (undefined when `dynamodbEndpoint` named another). */
  dynamodb: DynamoDbServer | undefined;
  close(): Promise<void>;
}

const REGION = 'us-east-1';
const TABLE_NAME = 'loopgauge-local-chats';
/** The key the functions send to the mock provider, which accepts any. */
const MOCK_API_KEY = 'local-mock-key';
/** How often the number of execution environments is sampled for the metrics. */
const CONCURRENCY_SAMPLE_MS = 1_000;

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const stage = options.stage ?? getStage('local');
  const ports = {
    api: 0,
    admin: 0,
    identity: 0,
    dynamodb: 0,
    mockProvider: 0,
    aws: 0,
    ...options.ports,
  };
  const workDir = options.workDir ?? WORKSPACE_DIR;
  // The HTTP API's id: ten lower-case letters and digits, like API Gateway's.
  const apiId = randomBytes(8).toString('hex').slice(0, 10);
  const log = options.log ?? (() => undefined);
  const closers: Array<() => Promise<void>> = [];
  const closeAll = async () => {
    const errors: unknown[] = [];
    for (const close of closers.reverse())
      await close().catch((error: unknown) => errors.push(error));
    closers.length = 0;
    if (errors.length > 0) throw new AggregateError(errors, 'the emulator did not stop cleanly');
  };

  // What CloudWatch would hold: every hop records into it (a DynamoDB layer through
  // `recorder.recordDynamoDbActivity`), the AWS API server answers from it.
  const metricStore = new MetricStore();
  const recorder = new StageMetricsRecorder(metricStore, { apiId, stage: API_STAGE });

  const bundlesReady = buildFunctionBundles(join(workDir, 'bundles'), stage);
  // Awaited below; until then a failure must not surface as an unhandled rejection.
  bundlesReady.catch(() => undefined);
  try {
    let dynamodbEndpoint = options.dynamodbEndpoint;
    let dynamodb: DynamoDbServer | undefined;
    if (!dynamodbEndpoint) {
      const { emulation } = stage.table;
      const started =
        options.dynamodb === 'local-jar'
          ? await startDynamoDbLocal(ports.dynamodb)
          : await startDynamoDb({
              port: ports.dynamodb,
              region: REGION,
              throttling: emulation.throttling && {
                burstSeconds: emulation.burstSeconds,
                partitions: emulation.partitions,
              },
              indexPropagationMs: options.indexPropagationMs ?? emulation.indexPropagationMs,
              onActivity: (activity) => recorder.recordDynamoDbActivity(activity),
            });
      dynamodb = started;
      closers.push(() => started.close());
      dynamodbEndpoint = started.endpoint;
    }
    await createChatTable(dynamodbEndpoint, TABLE_NAME, {
      region: REGION,
      billing: stage.table.billing,
    });

    const { provider } = stage;
    if (provider.kind !== 'mock') {
      throw new Error(
        `the emulator runs stages on the mock provider; stage "${stage.name}" uses ${provider.kind}`,
      );
    }
    const mock = await startMockProviderServer({
      port: ports.mockProvider,
      profile: provider.profile,
      seed: provider.seed,
      log,
    });
    closers.push(() => mock.close());
    await expectStatus(`${mock.url}/__mock/health`, 'mock provider');

    const identity = await startIdentityProvider({
      port: ports.identity,
      region: REGION,
      accessTokenValidityMinutes: stage.auth.accessTokenValidityMinutes,
      refreshTokenValidityDays: stage.auth.refreshTokenValidityDays,
      passwordAuth: stage.auth.passwordAuth,
    });
    closers.push(() => identity.close());
    await expectStatus(identity.jwksUri, 'identity provider');

    const bundles = await bundlesReady;
    const wiring = {
      tableName: TABLE_NAME,
      cursorSecret: randomBytes(32).toString('base64url'),
      aiBaseUrl: provider.api === 'openai' ? `${mock.url}/v1` : mock.url,
      aiKey: { value: MOCK_API_KEY },
      dynamodbEndpoint,
    };
    const accountPool = new ConcurrencyLimiter(unreservedConcurrency(stage));
    const logStore = new LogStore();
    const functionLogs = logStore.sink(options.functionLogs ?? 'inherit');
    const pools = {} as Record<FunctionName, FunctionPool>;
    for (const name of FUNCTION_NAMES) {
      const settings = stage.functions.settings[name];
      pools[name] = new FunctionPool({
        name,
        bundlePath: bundles[name],
        env: { ...functionEnvironment(stage, name, wiring), AWS_REGION: REGION },
        memoryMb: settings.memoryMb,
        timeoutMs: stage.functions.timeoutSeconds * 1_000,
        reservedConcurrency: settings.reservedConcurrency,
        idleTimeoutMs: stage.functions.idleEnvironmentSeconds * 1_000,
        concurrency: accountPool,
        logs: functionLogs,
      });
      closers.push(() => pools[name].close());
      logStore.createGroup(functionLogGroup(name));
    }

    const metrics = new EmulatorMetrics(dynamodb);
    const sampler = setInterval(
      () => metrics.recordConcurrency(environments(pools)),
      CONCURRENCY_SAMPLE_MS,
    );
    sampler.unref();
    closers.push(async () => clearInterval(sampler));

    const gateway: Gateway = await startGateway({
      stage,
      port: ports.api,
      metrics,
      authorizer: createJwtAuthorizer({
        issuer: identity.issuer,
        jwksUri: identity.jwksUri,
        clientId: identity.clientId,
      }),
      functions: {
        invoke: recorder.instrument(
          (name, event) => hooked(pools[name].invoke(event), name, options),
          () => busyEnvironments(pools),
        ),
      },
      onAnswer: (answer) => recorder.recordApiResponse(answer),
    });
    closers.push(() => gateway.close());
    const admin: AdminServer = await startAdmin({
      port: ports.admin,
      metrics,
      environments: () => environments(pools),
      recycle: async () => {
        await Promise.all(FUNCTION_NAMES.map((name) => pools[name].recycle()));
      },
      setRouteThrottle: (name, throttle) => gateway.setRouteThrottle(name, throttle),
    });
    closers.push(() => admin.close());
    const aws = await startAwsServer({
      port: ports.aws,
      apis: [
        createLambdaApi({
          region: REGION,
          // What runs the functions here (the environments say so too, in AWS_EXECUTION_ENV).
          runtime: `nodejs${process.versions.node.split('.')[0]}.x`,
          architecture: stage.functions.architecture,
          functions: Object.fromEntries(
            FUNCTION_NAMES.map((name) => [
              name,
              {
                pool: pools[name],
                bundlePath: bundles[name],
                reservedConcurrency: stage.functions.settings[name].reservedConcurrency,
              },
            ]),
          ),
        }),
        createCloudWatchApi(metricStore),
        createLogsApi(logStore),
      ],
    });
    closers.push(() => aws.close());
    await expectStatus(`${gateway.url}/`, 'gateway', 404);
    await expectStatus(`${admin.url}/health`, 'admin endpoint');
    // The health checks are not part of any run.
    metrics.reset();

    const target: LocalTargetFile = {
      kind: 'local',
      stage: stage.name,
      apiUrl: gateway.url,
      region: REGION,
      userPoolId: identity.userPoolId,
      userPoolClientId: identity.clientId,
      tableName: TABLE_NAME,
      // Each function answers to its own name, as its route's Lambda function would.
      functionNames: Object.fromEntries(FUNCTION_NAMES.map((name) => [name, name])) as Record<
        FunctionName,
        string
      >,
      mockProviderUrl: mock.url,
      endpoints: {
        cognito: identity.endpoint,
        dynamodb: dynamodbEndpoint,
        lambda: aws.endpoint,
        cloudwatch: aws.endpoint,
        logs: aws.endpoint,
      },
      credentials: { ...LOCAL_CREDENTIALS },
      adminUrl: admin.url,
      issuer: identity.issuer,
      apiId,
      metricResolutionSeconds: 1,
    };
    const targetFile = join(workDir, LOCAL_TARGET_FILE);
    await mkdir(dirname(targetFile), { recursive: true });
    await writeFile(targetFile, `${JSON.stringify(target, null, 2)}\n`);

    return { ...target, targetFile, metrics, pools, identity, dynamodb, close: closeAll };
  } catch (error) {
    await closeAll().catch(() => undefined);
    throw error;
  }
}

/**
 * Account concurrency left to functions without a reservation
 * (https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html).
 */
function unreservedConcurrency(stage: StageConfig): number {
  const reserved = FUNCTION_NAMES.reduce(
    (sum, name) => sum + (stage.functions.settings[name].reservedConcurrency ?? 0),
    0,
  );
  return Math.max(0, AWS_QUOTAS.lambda.accountConcurrency - reserved);
}

function busyEnvironments(pools: Record<FunctionName, FunctionPool>): Record<FunctionName, number> {
  return Object.fromEntries(FUNCTION_NAMES.map((name) => [name, pools[name].busy()])) as Record<
    FunctionName,
    number
  >;
}

function environments(pools: Record<FunctionName, FunctionPool>) {
  return Object.fromEntries(
    FUNCTION_NAMES.map((name) => {
      const stats = pools[name].stats();
      return [name, { total: stats.environments, busy: stats.busy }];
    }),
  );
}

/** The invocation's structured result, through the test's response hook when there is one. */
async function hooked<T extends InvokeOutcome>(
  invocation: Promise<T>,
  name: FunctionName,
  options: EmulatorOptions,
): Promise<T> {
  const outcome = await invocation;
  const { responseHook } = options;
  const payload = outcome.kind === 'result' ? (outcome.payload as FunctionResult | null) : null;
  if (!responseHook || typeof payload?.statusCode !== 'number') return outcome;
  return { ...outcome, payload: responseHook(payload, name) } as T;
}

/** Health check: `url` answers `status` (default: any 2xx). */
async function expectStatus(url: string, what: string, status?: number): Promise<void> {
  const response = await fetch(url).catch((cause: unknown) => {
    throw new Error(`${what} at ${url} is not reachable`, { cause });
  });
  await response.arrayBuffer();
  if (status === undefined ? !response.ok : response.status !== status) {
    throw new Error(`${what} at ${url} answered ${response.status}`);
  }
}
