import { describe, expect, it } from 'vitest';
import { getStage } from '#stages';
import { admittedRate, evaluateCriteria, measureOnsets, perSecond } from '../../criteria.ts';
import { engineArgs } from '../../run.ts';
import type { RequestRecord, SampleDigest } from '../../samples.ts';
import { executionSegments } from '../../segments.ts';
import { thresholdOutcome } from '../../thresholds.ts';

const ROUTE = 'POST /chats/{chatId}/messages';

/**
 * Sends arriving at `rate(t)` per second through an exact token bucket
 * (rate 50/s, burst 25) in front of a function that throttles from `lambdaFrom` ms.
 */
function simulate(rate: (t: number) => number, seconds: number, lambdaFrom: number): SampleDigest {
  const requests: RequestRecord[] = [];
  const failures: SampleDigest['failures'] = [];
  let tokens = 25;
  let last = 0;
  let due = 0;
  for (let t = 0; t < seconds * 1_000; t += 1) {
    due += rate(t);
    while (due >= 1_000) {
      due -= 1_000;
      tokens = Math.min(25, tokens + ((t - last) / 1_000) * 50);
      last = t;
      const message = `m${requests.length}`;
      let layer: string | undefined;
      if (tokens >= 1) {
        tokens -= 1;
        if (t >= lambdaFrom && requests.length % 3 === 0) layer = 'lambda_throttle';
      } else layer = 'gateway_throttle';
      const start = 1_700_000_000_000 + t;
      const status = layer === 'gateway_throttle' ? 429 : layer ? 500 : 200;
      const tags = { route: ROUTE, message };
      requests.push({
        start,
        end: start + 5,
        durationMs: 5,
        route: ROUTE,
        status,
        tags,
        ...(layer ? { layer } : {}),
      });
      if (layer) failures.push({ time: start + 5, layer, route: ROUTE, tags });
    }
  }
  return { requests, failures, values: new Map() };
}

describe('the throttle measurements', () => {
  it('measures the rate a token bucket admits while it throttles', () => {
    // A ramp from 0 to 100/s over 12 s, then 4 s at 100/s.
    const samples = simulate((t) => Math.min(100, (100 * t) / 12_000), 16, 2_000);
    const admitted = admittedRate(samples.requests, ROUTE);
    expect(admitted?.rate).toBeGreaterThan(45);
    expect(admitted?.rate).toBeLessThan(55);
    // The bucket starts full: the first 429 comes after its 25 requests and what refilled.
    expect(admitted?.sentBeforeFirst429).toBeGreaterThan(25);
  });

  it('orders the onsets and gives the offered rate at each', () => {
    const samples = simulate((t) => Math.min(100, (100 * t) / 12_000), 16, 2_000);
    const onsets = measureOnsets(samples, ROUTE);
    expect(onsets.map((o) => o.layer)).toEqual(['lambda_throttle', 'gateway_throttle']);
    expect(onsets[1]?.offeredRate).toBeGreaterThan(50);
  });

  it('passes the throttle criteria for the stage the run matched, and fails them otherwise', () => {
    const samples = simulate((t) => Math.min(100, (100 * t) / 12_000), 16, 2_000);
    const input = {
      scenario: 'throttle' as const,
      profile: 'quick' as const,
      targetKind: 'local' as const,
      samples,
      checkFailures: {},
    };
    const local = evaluateCriteria({ ...input, stage: getStage('local') });
    expect(local.criteria.map((c) => [c.name, c.passed])).toEqual([
      ['the expected layers refused, in the expected order', true],
      ['while the gateway throttled it admitted the route rate (±10 %)', true],
      ['the first 429 came only once the burst bucket was spent', true],
    ]);
    // The throughput stage's send route admits 300/s: 50/s is far outside 10 %.
    const other = evaluateCriteria({ ...input, stage: getStage('throughput') });
    expect(other.passed).toBe(false);
  });

  it('counts requests per second, failures by when they failed', () => {
    const samples = simulate(() => 100, 3, 0);
    const windows = perSecond(samples);
    expect(windows.map((w) => w.offered)).toEqual([100, 100, 100]);
    expect(windows.reduce((sum, w) => sum + w.failed, 0)).toBe(samples.failures.length);
    // The full burst bucket spares the first second some refusals.
    expect(windows[0]?.failed).toBeLessThan(windows[2]?.failed ?? 0);
  });
});

describe('thresholdOutcome', () => {
  const summary = {
    metrics: {
      http_req_failed: {
        type: 'rate',
        contains: 'default',
        thresholds: { 'rate<0.01': { ok: false } },
      },
      'http_req_duration{route:GET /chats}': {
        type: 'trend',
        contains: 'time',
        thresholds: { 'p(95)<150': { ok: false }, 'p(99)<400': { ok: true } },
      },
      checks: { type: 'rate', contains: 'default', thresholds: { 'rate==1': { ok: true } } },
    },
  };

  it('reports latency but gates on it only against a deployed stage', () => {
    expect(thresholdOutcome(summary, 'local')).toEqual({
      failed: ['http_req_failed: rate<0.01', 'http_req_duration{route:GET /chats}: p(95)<150'],
      gating: ['http_req_failed: rate<0.01'],
    });
    expect(thresholdOutcome(summary, 'deployed').gating).toHaveLength(2);
  });
});

describe('executionSegments', () => {
  it('splits a test into equal segments of one sequence', () => {
    expect(executionSegments(1)).toEqual([undefined]);
    expect(executionSegments(4)).toEqual([
      { segment: '0:1/4', sequence: '0,1/4,1/2,3/4,1' },
      { segment: '1/4:1/2', sequence: '0,1/4,1/2,3/4,1' },
      { segment: '1/2:3/4', sequence: '0,1/4,1/2,3/4,1' },
      { segment: '3/4:1', sequence: '0,1/4,1/2,3/4,1' },
    ]);
  });
});

describe('engineArgs', () => {
  it('gives both engines the same k6 command line, with a segment when split', () => {
    const args = engineArgs({
      scenario: 'smoke',
      profile: 'quick',
      target: {
        kind: 'local',
        stage: 'local',
        apiUrl: 'http://127.0.0.1:3000',
      } as Parameters<typeof engineArgs>[0]['target'],
      usersFile: '/w/users.json',
      summaryFile: '/r/summary-1.json',
      samplesFile: '/r/samples-1.ndjson',
      segment: executionSegments(2)[1],
    });
    expect(args.slice(0, 2)).toEqual(['run', '--quiet']);
    expect(args).toContain('API_URL=http://127.0.0.1:3000');
    expect(args).toContain('SUMMARY_FILE=/r/summary-1.json');
    expect(args.join(' ')).toContain(
      '--out json=/r/samples-1.ndjson --execution-segment 1/2:1 --execution-segment-sequence 0,1/2,1',
    );
    expect(args.at(-1)).toMatch(/load\/scenarios\/smoke\.ts$/);
  });
});
