/**
 * AWS prices the cost model uses (us-east-1, on-demand, no free tier, no
 * volume tiers beyond the first). Every price carries its source page and
 * the day it was taken; where AWS's own pricing page renders its figures in
 * the browser only, `confirmedBy` names the page the figure was read from.
 * A capacity file may replace any of them (`prices` in the capacity file).
 */
import type { FigureSource } from '#stages';

export interface Price extends FigureSource {
  /** US dollars per `unit`. */
  usd: number;
  unit: string;
}

const TAKEN = '2026-12-01';

export const AWS_PRICES = {
  lambdaRequests: {
    label: 'Lambda requests',
    usd: 0.2,
    unit: '1M requests',
    url: 'https://aws.amazon.com/lambda/pricing/',
    confirmedBy:
      'https://git.mcrn.ar/mariano/lambda_local_runner/src/branch/main/docs/lambdas-md/lambda-13-cost.md',
    taken: TAKEN,
  },
  lambdaGbSecondX86: {
    label: 'Lambda duration, x86_64 (first 6B GB-s a month)',
    usd: 0.0000166667,
    unit: 'GB-second',
    url: 'https://aws.amazon.com/lambda/pricing/',
    confirmedBy: 'https://app.unpkg.com/artillery@2.0.28/files/lib/platform/aws-lambda/prices.js',
    taken: TAKEN,
  },
  lambdaGbSecondArm64: {
    label: 'Lambda duration, arm64 (first 7.5B GB-s a month)',
    usd: 0.0000133334,
    unit: 'GB-second',
    url: 'https://aws.amazon.com/lambda/pricing/',
    confirmedBy: 'https://app.unpkg.com/artillery@2.0.28/files/lib/platform/aws-lambda/prices.js',
    taken: TAKEN,
  },
  httpApiRequests: {
    label: 'API Gateway HTTP API requests (first 300M a month, per 512 KB)',
    usd: 1.0,
    unit: '1M requests',
    url: 'https://aws.amazon.com/api-gateway/pricing/',
    confirmedBy: 'https://www.learnaws.org/2021/01/10/api-gateway-pricing/',
    taken: TAKEN,
  },
  dynamodbOnDemandWrite: {
    label: 'DynamoDB on-demand write request units (Standard table class)',
    usd: 0.625,
    unit: '1M write request units',
    url: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
    confirmedBy: 'https://airbyte.com/data-engineering-resources/dynamodb-pricing',
    taken: TAKEN,
  },
  dynamodbOnDemandRead: {
    label: 'DynamoDB on-demand read request units (Standard table class)',
    usd: 0.125,
    unit: '1M read request units',
    url: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
    confirmedBy: 'https://airbyte.com/data-engineering-resources/dynamodb-pricing',
    taken: TAKEN,
  },
  dynamodbProvisionedWrite: {
    label: 'DynamoDB provisioned write capacity',
    usd: 0.00065,
    unit: 'WCU-hour',
    url: 'https://aws.amazon.com/dynamodb/pricing/provisioned/',
    confirmedBy:
      'https://zeonedge.com/en/blog/dynamodb-cost-optimization-on-demand-provisioned-dax-single-table',
    taken: TAKEN,
  },
  dynamodbProvisionedRead: {
    label: 'DynamoDB provisioned read capacity',
    usd: 0.00013,
    unit: 'RCU-hour',
    url: 'https://aws.amazon.com/dynamodb/pricing/provisioned/',
    confirmedBy:
      'https://zeonedge.com/en/blog/dynamodb-cost-optimization-on-demand-provisioned-dax-single-table',
    taken: TAKEN,
  },
  ssmStandardGetParameter: {
    label: 'SSM GetParameter, standard throughput (standard parameters)',
    usd: 0,
    unit: '10,000 calls',
    url: 'https://aws.amazon.com/systems-manager/pricing/',
    taken: TAKEN,
  },
  kmsRequests: {
    label: 'KMS requests (Decrypt of a SecureString)',
    usd: 0.03,
    unit: '10,000 requests',
    url: 'https://aws.amazon.com/kms/pricing/',
    confirmedBy: 'https://www.wring.co/blog/aws-kms-pricing-guide',
    taken: TAKEN,
  },
} as const satisfies Record<string, Price>;

export type PriceKey = keyof typeof AWS_PRICES;
export type Prices = Record<PriceKey, Price>;
