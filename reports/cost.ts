/**
 * Cost per 1,000 messages and per month, by service: Lambda requests and
 * GB-seconds (INIT included: billed for on-demand ZIP functions since
 * 1 Aug 2025, https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase),
 * HTTP API requests, DynamoDB (on-demand units, or provisioned hours),
 * SSM/KMS for the AI key, AI tokens at the capacity file's prices — for
 * arm64 and x86_64. A month is 730 hours, as AWS's pricing pages count it.
 */
import { FUNCTION_NAMES, type FunctionName } from '#contracts';
import type { StageConfig } from '#stages';
import type { CapacityFile } from './capacity-file.ts';
import type { Figures } from './figures.ts';
import type { Traffic } from './model.ts';
import { SECONDS_PER_DAY } from './model.ts';
import type { ModelInputs } from './model-inputs.ts';
import { busyMs as billedMs } from './model-inputs.ts';
import type { Capacity, CostLine } from './report-schema.ts';

export const HOURS_PER_MONTH = 730;
export const ARCHITECTURES = ['arm64', 'x86_64'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

export interface LambdaUsage {
  invocations: number;
  memoryMb: number;
  /** Mean billed time per invocation, ms (INIT included on cold starts). */
  billedMs: number;
}

/** Lambda's bill for `usage`: requests plus GB-seconds. */
export function lambdaCost(
  usage: LambdaUsage,
  prices: { requestsPerMillion: number; perGbSecond: number },
) {
  const gbSeconds = usage.invocations * (usage.memoryMb / 1_024) * (usage.billedMs / 1_000);
  return {
    gbSeconds,
    requestsUsd: (usage.invocations / 1e6) * prices.requestsPerMillion,
    computeUsd: gbSeconds * prices.perGbSecond,
  };
}

interface Line {
  service: string;
  item: string;
  /** USD per message per architecture (`null`: not known). */
  perMessage: Record<Architecture, number | null>;
  /** A fixed monthly bill instead (provisioned capacity). */
  perMonth?: number;
  basis: string;
}

const same = (value: number | null): Record<Architecture, number | null> => ({
  arm64: value,
  x86_64: value,
});

export function costModel(
  stage: StageConfig,
  inputs: ModelInputs,
  capacity: CapacityFile | null,
  traffic: Traffic | null,
  figures: Figures,
): Capacity['cost'] {
  const missing: string[] = [];
  const lines: Line[] = [];
  const mix = (fn: FunctionName) => inputs.routes[fn].mix.value;
  const invocations = FUNCTION_NAMES.every((fn) => mix(fn) !== null)
    ? FUNCTION_NAMES.reduce((n, fn) => n + (mix(fn) ?? 0), 0)
    : null;
  if (invocations === null)
    missing.push('the request mix (no run sent messages, and the capacity file gives none)');

  lines.push({
    service: 'Lambda',
    item: 'requests',
    perMessage: same(
      invocations === null ? null : (invocations / 1e6) * figures.price('lambdaRequests'),
    ),
    basis: `${invocations === null ? '?' : round(invocations)} invocations per message`,
  });
  const compute = {} as Record<Architecture, number | null>;
  for (const arch of ARCHITECTURES) {
    const perGbSecond = figures.price(
      arch === 'arm64' ? 'lambdaGbSecondArm64' : 'lambdaGbSecondX86',
    );
    let total: number | null = 0;
    for (const fn of FUNCTION_NAMES) {
      const r = inputs.routes[fn];
      const m = mix(fn);
      if (m === 0) continue;
      const billed = billedMs(r);
      if (m === null || billed === null) {
        total = null;
        break;
      }
      total += lambdaCost(
        { invocations: m, memoryMb: stage.functions.settings[fn].memoryMb, billedMs: billed },
        { requestsPerMillion: 0, perGbSecond },
      ).computeUsd;
    }
    compute[arch] = total;
  }
  if (compute.arm64 === null) missing.push('Lambda durations (see the inputs marked missing)');
  lines.push({
    service: 'Lambda',
    item: 'duration (GB-seconds, INIT included)',
    perMessage: compute,
    basis: FUNCTION_NAMES.map(
      (fn) =>
        `${fn} ${stage.functions.settings[fn].memoryMb} MB × ${fmtMs(billedMs(inputs.routes[fn]))}`,
    ).join(', '),
  });
  lines.push({
    service: 'API Gateway',
    item: 'HTTP API requests',
    perMessage: same(
      invocations === null ? null : (invocations / 1e6) * figures.price('httpApiRequests'),
    ),
    basis: 'one request per invocation (each under 512 KB)',
  });

  const billing = stage.table.billing;
  // On demand, the index's units are billed as the table's: "the total provisioned throughput
  // cost for a write consists of the sum of write capacity units consumed by writing to the base
  // table and those consumed by updating the global secondary indexes"
  // (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.ThroughputConsiderations),
  // and on-demand has one price per read and per write request unit
  // (https://aws.amazon.com/dynamodb/pricing/on-demand/): so the totals.
  if (billing.mode === 'on-demand') {
    let usd: number | null = 0;
    for (const fn of FUNCTION_NAMES) {
      const m = mix(fn);
      if (m === 0) continue;
      const reads = inputs.routes[fn].readUnits.value;
      const writes = inputs.routes[fn].writeUnits.value;
      if (m === null || reads === null || writes === null) {
        usd = null;
        break;
      }
      usd +=
        (m * reads * figures.price('dynamodbOnDemandRead') +
          m * writes * figures.price('dynamodbOnDemandWrite')) /
        1e6;
    }
    if (usd === null) missing.push('DynamoDB units per request (no run measured them)');
    lines.push({
      service: 'DynamoDB',
      item: 'on-demand read and write units',
      perMessage: same(usd),
      basis:
        'units per request as measured, table and index alike (both billed per request unit) × the request mix',
    });
  } else {
    const monthly =
      (billing.readUnits + billing.indexReadUnits) *
        HOURS_PER_MONTH *
        figures.price('dynamodbProvisionedRead') +
      (billing.writeUnits + billing.indexWriteUnits) *
        HOURS_PER_MONTH *
        figures.price('dynamodbProvisionedWrite');
    lines.push({
      service: 'DynamoDB',
      item: 'provisioned capacity (table and index)',
      perMessage: same(null),
      perMonth: monthly,
      basis: `${billing.readUnits + billing.indexReadUnits} RCU and ${billing.writeUnits + billing.indexWriteUnits} WCU for ${HOURS_PER_MONTH} h, whatever the traffic`,
    });
  }

  if (stage.provider.apiKeyParameter !== null) {
    const send = inputs.routes.send_message;
    const busy = billedMs(send);
    const calls =
      busy === null
        ? null
        : (send.coldShare.value ?? 0) + busy / 1_000 / stage.ai.apiKeyCacheSeconds;
    lines.push({
      service: 'SSM + KMS',
      item: 'GetParameter with decryption (the AI key)',
      perMessage: same(
        calls === null
          ? null
          : (calls / 10_000) *
              (figures.price('ssmStandardGetParameter') + figures.price('kmsRequests')),
      ),
      basis: `one call per new environment and one per environment every ${stage.ai.apiKeyCacheSeconds} s`,
    });
  }

  const ai = capacity?.ai;
  const tokensIn = inputs.inputTokens.value;
  const tokensOut = inputs.outputTokens.value;
  const aiUsd =
    tokensIn === null ||
    tokensOut === null ||
    ai?.usdPerMillionInputTokens === undefined ||
    ai.usdPerMillionOutputTokens === undefined
      ? null
      : (tokensIn * ai.usdPerMillionInputTokens + tokensOut * ai.usdPerMillionOutputTokens) / 1e6;
  if (aiUsd === null)
    missing.push(
      'AI tokens: set ai.inputTokensPerMessage, ai.outputTokensPerMessage and their prices in the capacity file',
    );
  lines.push({
    service: 'AI provider',
    item: 'tokens',
    perMessage: same(aiUsd),
    basis:
      aiUsd === null
        ? 'not priced'
        : `${tokensIn} input + ${tokensOut} output tokens at the capacity file’s prices`,
  });

  const messagesPerMonth =
    traffic === null
      ? null
      : traffic.averageMessagesPerUser *
        SECONDS_PER_DAY *
        traffic.dailyActiveUsers *
        (HOURS_PER_MONTH / 24);
  const arch = stage.functions.architecture;
  const out: CostLine[] = lines.map((line) => {
    const perMessage = line.perMessage[arch];
    const per1000 =
      line.perMonth !== undefined
        ? messagesPerMonth
          ? (line.perMonth / messagesPerMonth) * 1_000
          : null
        : perMessage === null
          ? null
          : perMessage * 1_000;
    const perMonth =
      line.perMonth !== undefined
        ? line.perMonth
        : perMessage === null || messagesPerMonth === null
          ? null
          : perMessage * messagesPerMonth;
    return {
      service: line.service,
      item: line.item,
      usdPer1000Messages: per1000,
      usdPerMonth: perMonth,
      basis: line.basis,
    };
  });
  const totals = (pick: (line: Line, a: Architecture) => number | null) =>
    Object.fromEntries(
      ARCHITECTURES.map((a) => {
        const values = lines.map((line) => pick(line, a)).filter((v) => v !== null);
        return [a, values.length === 0 ? null : values.reduce<number>((s, v) => s + v, 0)];
      }),
    );
  return {
    architecture: arch,
    lines: out,
    usdPer1000Messages: totals((line, a) =>
      line.perMonth !== undefined
        ? messagesPerMonth
          ? (line.perMonth / messagesPerMonth) * 1_000
          : null
        : line.perMessage[a] === null
          ? null
          : (line.perMessage[a] ?? 0) * 1_000,
    ),
    usdPerMonth: totals((line, a) =>
      line.perMonth !== undefined
        ? line.perMonth
        : line.perMessage[a] === null || messagesPerMonth === null
          ? null
          : (line.perMessage[a] ?? 0) * messagesPerMonth,
    ),
    missing: [
      ...new Set([
        ...missing,
        ...(traffic === null ? ['traffic (no capacity file): monthly figures'] : []),
      ]),
    ],
  };
}

function round(n: number): number {
  return Math.round(n * 1_000) / 1_000;
}

function fmtMs(ms: number | null): string {
  return ms === null ? '? ms' : `${Math.round(ms)} ms`;
}
