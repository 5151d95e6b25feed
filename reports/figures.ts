/**
 * The published figures a report uses — AWS's quotas (one source:
 * `AWS_QUOTAS` and `AWS_QUOTA_SOURCES` in `stages/`) and prices
 * (`AWS_PRICES` here) — with a capacity file's replacements applied. Every
 * figure keeps its source URL and the day it was taken, and says when the
 * capacity file replaced it.
 */
import { AWS_QUOTA_SOURCES, AWS_QUOTAS, type QuotaKey } from '#stages';
import type { CapacityFile } from './capacity-file.ts';
import { AWS_PRICES, type PriceKey } from './prices.ts';
import type { Figure } from './report-schema.ts';

type CapacityQuotas = NonNullable<CapacityFile['quotas']>;

/** The quotas the capacity model compares against, their unit, and the capacity-file field that replaces each. */
export const MODEL_QUOTAS = {
  'apiGateway.accountRateLimit': { unit: 'requests/s', override: 'apiGatewayAccountRps' },
  'apiGateway.accountBurstLimit': { unit: 'requests', override: 'apiGatewayAccountBurst' },
  'lambda.accountConcurrency': { unit: 'environments', override: 'lambdaAccountConcurrency' },
  'lambda.minUnreservedConcurrency': { unit: 'environments', override: null },
  'lambda.scalingEnvironmentsPer10Seconds': { unit: 'environments / 10 s', override: null },
  'dynamodb.tableReadUnits': { unit: 'read units/s', override: 'dynamodbTableReadUnits' },
  'dynamodb.tableWriteUnits': { unit: 'write units/s', override: 'dynamodbTableWriteUnits' },
  'dynamodb.partitionReadUnits': { unit: 'read units/s', override: null },
  'dynamodb.partitionWriteUnits': { unit: 'write units/s', override: null },
  'dynamodb.onDemandInitialReadUnits': { unit: 'read units/s', override: null },
  'dynamodb.onDemandInitialWriteUnits': { unit: 'write units/s', override: null },
  'cognito.userAuthenticationRps': { unit: 'requests/s', override: 'cognitoUserAuthenticationRps' },
  'ssm.standardThroughputTps': { unit: 'calls/s', override: 'ssmGetParameterTps' },
} as const satisfies Partial<
  Record<QuotaKey, { unit: string; override: keyof CapacityQuotas | null }>
>;

export type ModelQuotaKey = keyof typeof MODEL_QUOTAS;

function awsQuota(key: QuotaKey): number {
  const [service, name] = key.split('.') as [keyof typeof AWS_QUOTAS, string];
  const value = (AWS_QUOTAS[service] as Record<string, unknown>)[name];
  if (typeof value !== 'number') throw new Error(`quota ${key} is not a number`);
  return value;
}

export interface Figures {
  quota(key: ModelQuotaKey): number;
  price(key: PriceKey): number;
  quotas: Figure[];
  prices: Figure[];
}

export function figures(capacity: CapacityFile | null): Figures {
  const quotas = (Object.keys(MODEL_QUOTAS) as ModelQuotaKey[]).map((key): Figure => {
    const { unit, override } = MODEL_QUOTAS[key];
    const replaced = override === null ? undefined : capacity?.quotas?.[override];
    const source = AWS_QUOTA_SOURCES[key];
    return {
      key,
      label: source.label,
      value: replaced ?? awsQuota(key),
      unit,
      url: source.url,
      confirmedBy: source.confirmedBy ?? null,
      taken: source.taken,
      overridden: replaced !== undefined,
    };
  });
  const prices = (Object.keys(AWS_PRICES) as PriceKey[]).map((key): Figure => {
    const price = AWS_PRICES[key];
    const replaced = capacity?.prices?.[key];
    return {
      key,
      label: price.label,
      value: replaced ?? price.usd,
      unit: `USD per ${price.unit}`,
      url: price.url,
      confirmedBy: 'confirmedBy' in price ? price.confirmedBy : null,
      taken: price.taken,
      overridden: replaced !== undefined,
    };
  });
  const byKey = new Map([...quotas, ...prices].map((figure) => [figure.key, figure.value]));
  const value = (key: string) => {
    const found = byKey.get(key);
    if (found === undefined) throw new Error(`no figure ${key}`);
    return found;
  };
  return { quota: value, price: value, quotas, prices };
}
