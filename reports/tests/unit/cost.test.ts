import { describe, expect, it } from 'vitest';
import { getStage, type StageConfig } from '#stages';
import { parseCapacityFile } from '../../capacity-file.ts';
import { costModel, HOURS_PER_MONTH, lambdaCost } from '../../cost.ts';
import { figures } from '../../figures.ts';
import { trafficOf } from '../../model.ts';
import { type ModelInputs, modelInputs } from '../../model-inputs.ts';
import { AWS_PRICES } from '../../prices.ts';
import { type RouteSpec, run } from '../support/reports.ts';

describe('lambdaCost', () => {
  it('prices 1M requests × 512 MB × 3 s on x86_64 at $25.00 of compute plus $0.20 of requests', () => {
    const bill = lambdaCost(
      { invocations: 1_000_000, memoryMb: 512, billedMs: 3_000 },
      {
        requestsPerMillion: AWS_PRICES.lambdaRequests.usd,
        perGbSecond: AWS_PRICES.lambdaGbSecondX86.usd,
      },
    );
    expect(bill.gbSeconds).toBe(1_500_000);
    expect(bill.computeUsd).toBeCloseTo(25.0, 2);
    expect(bill.requestsUsd).toBeCloseTo(0.2, 10);
  });

  it('prices the same on arm64 at $20.00 of compute', () => {
    const bill = lambdaCost(
      { invocations: 1_000_000, memoryMb: 512, billedMs: 3_000 },
      { requestsPerMillion: 0.2, perGbSecond: AWS_PRICES.lambdaGbSecondArm64.usd },
    );
    expect(bill.computeUsd).toBeCloseTo(20.0, 2);
  });
});

/** One message = one send; 3 s billed at 512 MB, 2 write units and 1 read unit, no cold starts. */
function sendOnly(
  extra: Record<string, unknown> = {},
  units: Partial<RouteSpec> = {},
): ModelInputs {
  const inputs = modelInputs(
    [
      run({
        routes: [
          {
            route: 'POST /chats/{chatId}/messages',
            requests: 100,
            handlerMs: 3_000,
            aiMs: 0,
            readUnits: 1,
            writeUnits: 2,
            ...units,
          },
        ],
        kind: 'deployed',
      }),
    ],
    parseCapacityFile({
      version: 1,
      traffic: {
        dailyActiveUsers: 0,
        messagesPerUserPerDay: 10,
        peakToAverage: 2,
        requestsPerMessage: { get_chats: 0, get_chat: 0 },
      },
      lambda: { coldStartShare: 0 },
      ...extra,
    }),
  );
  return inputs;
}

const x86 = (stage: StageConfig): StageConfig => ({
  ...stage,
  functions: { ...stage.functions, architecture: 'x86_64' },
});

describe('costModel', () => {
  it('adds Lambda, HTTP API and on-demand DynamoDB per 1,000 messages by hand-worked figures', () => {
    const stage = x86(getStage('test'));
    const cost = costModel(stage, sendOnly(), null, null, figures(null));
    const line = (item: string) =>
      cost.lines.find((l) => l.item.startsWith(item))?.usdPer1000Messages;
    expect(line('requests')).toBeCloseTo(0.0002, 10);
    expect(line('duration')).toBeCloseTo(0.025, 6);
    expect(line('HTTP API')).toBeCloseTo(0.001, 10);
    // 2 writes at $0.625/M + 1 read at $0.125/M = $1.375 per million messages.
    expect(line('on-demand')).toBeCloseTo(0.001375, 10);
    expect(cost.usdPer1000Messages.x86_64).toBeCloseTo(0.0002 + 0.025 + 0.001 + 0.001375, 6);
    expect(cost.usdPer1000Messages.arm64).toBeCloseTo(0.0002 + 0.02 + 0.001 + 0.001375, 5);
  });

  it('bills the index’s units on demand as the table’s: the totals', () => {
    const inputs = sendOnly({}, { indexReadUnits: 0, indexWriteUnits: 1 });
    const cost = costModel(getStage('test'), inputs, null, null, figures(null));
    // Table and index alike: 2 writes at $0.625/M + 1 read at $0.125/M, as without the split.
    expect(cost.lines.find((l) => l.item.startsWith('on-demand'))?.usdPer1000Messages).toBeCloseTo(
      0.001375,
      10,
    );
  });

  it('says what it cannot price instead of inventing it', () => {
    const cost = costModel(getStage('test'), sendOnly(), null, null, figures(null));
    expect(cost.lines.find((l) => l.service === 'AI provider')?.usdPer1000Messages).toBeNull();
    expect(cost.usdPerMonth.arm64).toBeNull();
    expect(cost.usdPer1000Messages.arm64).toBeGreaterThan(0);
    expect(cost.missing.join(' ')).toMatch(/AI tokens/);
    expect(cost.missing.join(' ')).toMatch(/traffic \(no capacity file\)/);
  });

  it('prices AI tokens and a month of traffic from the capacity file', () => {
    const ai = {
      inputTokensPerMessage: 1_000,
      outputTokensPerMessage: 200,
      usdPerMillionInputTokens: 0.15,
      usdPerMillionOutputTokens: 0.6,
    };
    const capacity = parseCapacityFile({
      version: 1,
      traffic: { dailyActiveUsers: 1_000, messagesPerUserPerDay: 10, peakToAverage: 2 },
      ai,
    });
    const cost = costModel(
      getStage('test'),
      sendOnly({ ai }),
      capacity,
      trafficOf(capacity),
      figures(capacity),
    );
    const line = cost.lines.find((l) => l.service === 'AI provider');
    expect(line?.usdPer1000Messages).toBeCloseTo(0.15 + 0.12, 10);
    const messagesPerMonth = 10_000 * (HOURS_PER_MONTH / 24);
    expect(line?.usdPerMonth).toBeCloseTo((0.27 / 1_000) * messagesPerMonth, 6);
  });

  it('bills a provisioned table by the hour whatever the traffic', () => {
    const capacity = parseCapacityFile({
      version: 1,
      traffic: { dailyActiveUsers: 0, messagesPerUserPerDay: 10, peakToAverage: 2 },
    });
    const cost = costModel(
      getStage('throughput'),
      sendOnly(),
      capacity,
      trafficOf(capacity),
      figures(capacity),
    );
    const table = cost.lines.find((l) => l.service === 'DynamoDB');
    // 100 RCU × $0.00013 + 100 WCU × $0.00065 per hour, 730 hours.
    expect(table?.usdPerMonth).toBeCloseTo((100 * 0.00013 + 100 * 0.00065) * 730, 6);
    expect(table?.usdPer1000Messages).toBeNull();
  });

  it('uses a price from the capacity file over AWS’s', () => {
    const capacity = parseCapacityFile({
      version: 1,
      traffic: { dailyActiveUsers: 1, messagesPerUserPerDay: 1, peakToAverage: 1 },
      prices: { httpApiRequests: 0.9 },
    });
    const cost = costModel(
      getStage('test'),
      sendOnly(),
      capacity,
      trafficOf(capacity),
      figures(capacity),
    );
    expect(cost.lines.find((l) => l.item === 'HTTP API requests')?.usdPer1000Messages).toBeCloseTo(
      0.0009,
      10,
    );
    expect(figures(capacity).prices.find((p) => p.key === 'httpApiRequests')?.overridden).toBe(
      true,
    );
  });
});
