/**
 * AWS defaults that bound a stage's numbers. `validateStage` checks against
 * them, and the reports compare measured load with them. Each figure carries
 * its source URL.
 */
export const AWS_QUOTAS = {
  apiGateway: {
    /**
     * Account throttle per Region, shared by all APIs: 10,000 rps with a
     * 5,000-request burst bucket
     * (https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html). Route and
     * stage limits cannot exceed it (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-throttling.html).
     */
    accountRateLimit: 10_000,
    accountBurstLimit: 5_000,
    /**
     * Maximum integration timeout of an HTTP API, not adjustable
     * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html).
     */
    integrationTimeoutSeconds: 30,
    /**
     * Request line and header values together, in bytes, not adjustable
     * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html).
     */
    requestLineAndHeadersMaxBytes: 10_240,
  },
  lambda: {
    /** Default regional concurrency (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). */
    accountConcurrency: 1_000,
    /**
     * Unreserved executions that must remain
     * (https://docs.amazonaws.cn/sdkfornet/v3/apidocs/items/Lambda/TPutFunctionConcurrencyRequest.html).
     */
    minUnreservedConcurrency: 100,
    /** Memory range in MB (https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html). */
    minMemoryMb: 128,
    maxMemoryMb: 10_240,
    /** Scaling rate per function: 1,000 environments every 10 s (https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html). */
    scalingEnvironmentsPer10Seconds: 1_000,
  },
  dynamodb: {
    /** Per-table default for on-demand and provisioned (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html). */
    tableReadUnits: 40_000,
    tableWriteUnits: 40_000,
    /** Per-partition ceiling (https://repost.aws/knowledge-center/on-demand-table-throttling-dynamodb). */
    partitionReadUnits: 3_000,
    partitionWriteUnits: 1_000,
    /**
     * Unused provisioned capacity retained for bursts, at most, best effort
     * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/burst-adaptive-capacity.html).
     */
    burstSeconds: 300,
  },
  cognito: {
    /** Access-token lifetime range per app client (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html). */
    minAccessTokenMinutes: 5,
    maxAccessTokenMinutes: 1_440,
    /** UserAuthentication (InitiateAuth) default rate (https://github.com/awsdocs/amazon-cognito-developer-guide/blob/master/doc_source/limits.md). */
    userAuthenticationRps: 120,
  },
  ssm: {
    /** Standard GetParameter throughput, [V-3p] (https://docs.aws.amazon.com/general/latest/gr/ssm.html). */
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
