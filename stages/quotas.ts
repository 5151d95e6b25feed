/**
 * AWS defaults that bound a stage's numbers. `validateStage` checks against
 * them, and the reports compare measured load with them. Each figure's
 * source URL and the date it was taken are in `AWS_QUOTA_SOURCES` below
 * (the reports print them next to the figure).
 */
export const AWS_QUOTAS = {
  apiGateway: {
    /** Account throttle per Region, shared by all APIs; route and stage limits cannot exceed it. */
    accountRateLimit: 10_000,
    accountBurstLimit: 5_000,
    /** Maximum integration timeout of an HTTP API, not adjustable. */
    integrationTimeoutSeconds: 30,
    /** Request line and header values together, in bytes, not adjustable. */
    requestLineAndHeadersMaxBytes: 10_240,
  },
  lambda: {
    /** Default regional concurrency. */
    accountConcurrency: 1_000,
    /** Unreserved executions that must remain. */
    minUnreservedConcurrency: 100,
    /** Memory range in MB. */
    minMemoryMb: 128,
    maxMemoryMb: 10_240,
    /** Scaling rate per function: 1,000 environments every 10 s. */
    scalingEnvironmentsPer10Seconds: 1_000,
  },
  dynamodb: {
    /** Per-table default for on-demand and provisioned. */
    tableReadUnits: 40_000,
    tableWriteUnits: 40_000,
    /** Per-partition ceiling, both modes. */
    partitionReadUnits: 3_000,
    partitionWriteUnits: 1_000,
    /** What a new on-demand table sustains at once (it then doubles its previous peak, at most every 30 minutes). */
    onDemandInitialReadUnits: 12_000,
    onDemandInitialWriteUnits: 4_000,
    /** Unused provisioned capacity retained for bursts, at most, best effort. */
    burstSeconds: 300,
  },
  cognito: {
    /** Access-token lifetime range per app client. */
    minAccessTokenMinutes: 5,
    maxAccessTokenMinutes: 1_440,
    /** UserAuthentication (InitiateAuth) default rate per account and Region. */
    userAuthenticationRps: 120,
  },
  ssm: {
    /** Standard GetParameter throughput per account and Region (shared with GetParameters, GetParametersByPath). */
    standardThroughputTps: 40,
  },
  cloudWatchLogs: {
    /** Retention values CloudWatch Logs accepts, in days (AWS::Logs::LogGroup RetentionInDays). */
    retentionDays: [
      1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922,
      3288, 3653,
    ],
  },
} as const;

/** Where a published figure comes from. */
export interface FigureSource {
  /** What the figure is, in words a reader of a report understands. */
  label: string;
  /** The page that states it. */
  url: string;
  /** A second page that confirms the figure where the first renders it in the browser only. */
  confirmedBy?: string;
  /** The day the figure was taken from the page (YYYY-MM-DD). */
  taken: string;
}

type Quotas = typeof AWS_QUOTAS;
/** `service.name` of every figure in `AWS_QUOTAS`. */
export type QuotaKey = {
  [S in keyof Quotas]: `${S}.${keyof Quotas[S] & string}`;
}[keyof Quotas];

const TAKEN = '2026-12-01';

/** The source of every figure in `AWS_QUOTAS` (the compiler insists on one per figure). */
export const AWS_QUOTA_SOURCES: Readonly<Record<QuotaKey, FigureSource>> = {
  'apiGateway.accountRateLimit': {
    label: 'API Gateway account throttle (requests/s per Region, all APIs)',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
    taken: TAKEN,
  },
  'apiGateway.accountBurstLimit': {
    label: 'API Gateway account burst bucket (requests)',
    url: 'https://docs.amazonaws.cn/en_us/apigateway/latest/developerguide/limits.md',
    taken: TAKEN,
  },
  'apiGateway.integrationTimeoutSeconds': {
    label: 'HTTP API integration timeout (s, not adjustable)',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
    taken: TAKEN,
  },
  'apiGateway.requestLineAndHeadersMaxBytes': {
    label: 'HTTP API request line and headers (bytes, not adjustable)',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
    taken: TAKEN,
  },
  'lambda.accountConcurrency': {
    label: 'Lambda concurrent executions per Region (default)',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
    taken: TAKEN,
  },
  'lambda.minUnreservedConcurrency': {
    label: 'Lambda unreserved concurrency that must remain',
    url: 'https://docs.amazonaws.cn/sdkfornet/v3/apidocs/items/Lambda/TPutFunctionConcurrencyRequest.html',
    taken: TAKEN,
  },
  'lambda.minMemoryMb': {
    label: 'Lambda memory, lowest (MB)',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
    taken: TAKEN,
  },
  'lambda.maxMemoryMb': {
    label: 'Lambda memory, highest (MB)',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
    taken: TAKEN,
  },
  'lambda.scalingEnvironmentsPer10Seconds': {
    label: 'Lambda scaling rate (new environments per 10 s, per function)',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html',
    taken: TAKEN,
  },
  'dynamodb.tableReadUnits': {
    label: 'DynamoDB read units per table and second (default quota)',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html',
    taken: TAKEN,
  },
  'dynamodb.tableWriteUnits': {
    label: 'DynamoDB write units per table and second (default quota)',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html',
    taken: TAKEN,
  },
  'dynamodb.partitionReadUnits': {
    label: 'DynamoDB read units per partition and second',
    url: 'https://repost.aws/knowledge-center/on-demand-table-throttling-dynamodb',
    taken: TAKEN,
  },
  'dynamodb.partitionWriteUnits': {
    label: 'DynamoDB write units per partition and second',
    url: 'https://repost.aws/knowledge-center/on-demand-table-throttling-dynamodb',
    taken: TAKEN,
  },
  'dynamodb.onDemandInitialReadUnits': {
    label: 'DynamoDB on-demand: read units/s a new table sustains at once',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html',
    taken: TAKEN,
  },
  'dynamodb.onDemandInitialWriteUnits': {
    label: 'DynamoDB on-demand: write units/s a new table sustains at once',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html',
    taken: TAKEN,
  },
  'dynamodb.burstSeconds': {
    label: 'DynamoDB provisioned burst: seconds of unused capacity retained (best effort)',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/burst-adaptive-capacity.html',
    taken: TAKEN,
  },
  'cognito.minAccessTokenMinutes': {
    label: 'Cognito access-token lifetime, shortest (min)',
    url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html',
    taken: TAKEN,
  },
  'cognito.maxAccessTokenMinutes': {
    label: 'Cognito access-token lifetime, longest (min)',
    url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html',
    taken: TAKEN,
  },
  'cognito.userAuthenticationRps': {
    label: 'Cognito UserAuthentication (sign-ins/s per account and Region)',
    url: 'https://github.com/awsdocs/amazon-cognito-developer-guide/blob/master/doc_source/limits.md',
    taken: TAKEN,
  },
  'ssm.standardThroughputTps': {
    label: 'SSM GetParameter standard throughput (calls/s per account and Region)',
    url: 'https://docs.aws.amazon.com/general/latest/gr/ssm.html',
    confirmedBy: 'https://dev.classmethod.jp/',
    taken: TAKEN,
  },
  'cloudWatchLogs.retentionDays': {
    label: 'CloudWatch Logs retention values (days)',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-loggroup.html',
    taken: TAKEN,
  },
};
