/**
 * The local stage: the whole request path on one machine — an embedded
 * DynamoDB-compatible server, the mock AI provider, a Cognito-compatible
 * identity provider, the handlers in emulated Lambda execution environments,
 * and the HTTP API gateway in front — each on a loopback port, checked
 * before the stage reports ready, and all stopped by `close()`.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { FUNCTION_NAMES, type FunctionName } from '#contracts';
import { startMockProviderServer } from '#mock-provider';
import { AWS_QUOTAS, getStage, type StageConfig } from '#stages';
import { functionEnvironment } from '../functions/commons/environment.ts';
import { type AdminServer, startAdmin } from './admin.ts';
import {
  createChatTable,
  type DynamoDbServer,
  LOCAL_CREDENTIALS,
  startDynalite,
} from './dynamodb.ts';
import { type Gateway, startGateway } from './gateway/gateway.ts';
import {
  createJwtAuthorizer,
  type IdentityProvider,
  startIdentityProvider,
} from './identity/index.ts';
import { buildFunctionBundles, ConcurrencyLimiter, FunctionPool } from './lambda/index.ts';
import { StageMetrics } from './metrics.ts';

export interface LocalStagePorts {
  api: number;
  admin: number;
  identity: number;
  dynamodb: number;
  mockProvider: number;
}

export interface LocalStageOptions {
  /** Default: the `local` stage of `#stages`. */
  stage?: StageConfig;
  /** 0 (the default for each) picks a free port. */
  ports?: Partial<LocalStagePorts>;
  /** An external DynamoDB-compatible endpoint instead of the embedded one. */
  dynamodbEndpoint?: string | undefined;
  /** Where bundles and the outputs file go. Default `.stage`. */
  workDir?: string;
  /** Where the functions' own log lines go. Default: this process's stdout/stderr. */
  functionLogs?: 'inherit' | 'silent';
  /** Where the mock provider's reports go (ignored directives, internal errors). Default: dropped. */
  log?: (line: string) => void;
}

/** What the other tools need to reach the stage; also written to `<workDir>/local.json`. */
export interface LocalStageOutputs {
  stage: string;
  apiUrl: string;
  adminUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  identityEndpoint: string;
  issuer: string;
  tableName: string;
  dynamodbEndpoint: string;
  mockProviderUrl: string;
}

export interface LocalStage extends LocalStageOutputs {
  outputsFile: string;
  metrics: StageMetrics;
  pools: Record<FunctionName, FunctionPool>;
  identity: IdentityProvider;
  close(): Promise<void>;
}

const REGION = 'us-east-1';
const TABLE_NAME = 'loopgauge-local-chats';
/** The key the functions send to the mock provider, which accepts any. */
const MOCK_API_KEY = 'local-mock-key';
/** How often the number of execution environments is sampled for the metrics. */
const CONCURRENCY_SAMPLE_MS = 1_000;

export async function startLocalStage(options: LocalStageOptions = {}): Promise<LocalStage> {
  const stage = options.stage ?? getStage('local');
  const ports = { api: 0, admin: 0, identity: 0, dynamodb: 0, mockProvider: 0, ...options.ports };
  const workDir = options.workDir ?? '.stage';
  const log = options.log ?? (() => undefined);
  const closers: Array<() => Promise<void>> = [];
  const closeAll = async () => {
    const errors: unknown[] = [];
    for (const close of closers.reverse())
      await close().catch((error: unknown) => errors.push(error));
    closers.length = 0;
    if (errors.length > 0) throw new AggregateError(errors, 'the local stage did not stop cleanly');
  };

  const bundlesReady = buildFunctionBundles(`${workDir}/bundles`, stage);
  // Awaited below; until then a failure must not surface as an unhandled rejection.
  bundlesReady.catch(() => undefined);
  try {
    let dynamodbEndpoint = options.dynamodbEndpoint;
    if (!dynamodbEndpoint) {
      const dynamodb: DynamoDbServer = await startDynalite(ports.dynamodb);
      closers.push(() => dynamodb.close());
      dynamodbEndpoint = dynamodb.endpoint;
    }
    await createChatTable(dynamodbEndpoint, TABLE_NAME, REGION);

    const { provider } = stage;
    if (provider.kind !== 'mock') {
      throw new Error(
        `the local stage runs on the mock provider; stage "${stage.name}" uses ${provider.kind}`,
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
    const pools = {} as Record<FunctionName, FunctionPool>;
    for (const name of FUNCTION_NAMES) {
      const settings = stage.functions.settings[name];
      pools[name] = new FunctionPool({
        name,
        bundlePath: bundles[name],
        env: {
          ...functionEnvironment(stage, name, wiring),
          AWS_REGION: REGION,
          AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
          AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
        },
        memoryMb: settings.memoryMb,
        timeoutMs: stage.functions.timeoutSeconds * 1_000,
        reservedConcurrency: settings.reservedConcurrency,
        idleTimeoutMs: stage.functions.idleEnvironmentSeconds * 1_000,
        concurrency: accountPool,
        logs: options.functionLogs ?? 'inherit',
      });
      closers.push(() => pools[name].close());
    }

    const metrics = new StageMetrics();
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
      functions: { invoke: (name, event) => pools[name].invoke(event) },
    });
    closers.push(() => gateway.close());
    const admin: AdminServer = await startAdmin({
      port: ports.admin,
      metrics,
      environments: () => environments(pools),
      recycle: async () => {
        await Promise.all(FUNCTION_NAMES.map((name) => pools[name].recycle()));
      },
    });
    closers.push(() => admin.close());
    await expectStatus(`${gateway.url}/`, 'gateway', 404);
    await expectStatus(`${admin.url}/health`, 'admin endpoint');
    // The health checks are not part of any run.
    metrics.reset();

    const outputs: LocalStageOutputs = {
      stage: stage.name,
      apiUrl: gateway.url,
      adminUrl: admin.url,
      region: REGION,
      userPoolId: identity.userPoolId,
      userPoolClientId: identity.clientId,
      identityEndpoint: identity.endpoint,
      issuer: identity.issuer,
      tableName: TABLE_NAME,
      dynamodbEndpoint,
      mockProviderUrl: mock.url,
    };
    const outputsFile = `${workDir}/local.json`;
    await mkdir(dirname(outputsFile), { recursive: true });
    await writeFile(outputsFile, `${JSON.stringify(outputs, null, 2)}\n`);

    return { ...outputs, outputsFile, metrics, pools, identity, close: closeAll };
  } catch (error) {
    await closeAll().catch(() => undefined);
    throw error;
  }
}

/** Account concurrency left to functions without a reservation (facts.md §1.1). */
function unreservedConcurrency(stage: StageConfig): number {
  const reserved = FUNCTION_NAMES.reduce(
    (sum, name) => sum + (stage.functions.settings[name].reservedConcurrency ?? 0),
    0,
  );
  return Math.max(0, AWS_QUOTAS.lambda.accountConcurrency - reserved);
}

function environments(pools: Record<FunctionName, FunctionPool>) {
  return Object.fromEntries(
    FUNCTION_NAMES.map((name) => {
      const stats = pools[name].stats();
      return [name, { total: stats.environments, busy: stats.busy }];
    }),
  );
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
