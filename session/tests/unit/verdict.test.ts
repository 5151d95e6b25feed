import { describe, expect, it } from 'vitest';
import type { Report } from '#reports';
import {
  routeLatencies,
  type ScenarioOutcome,
  type SessionOutcome,
  sessionPassed,
  verdictLines,
} from '../../verdict.ts';

const dist = (count: number, p95: number) => ({
  count,
  mean: p95,
  min: p95,
  p50: p95,
  p90: p95,
  p95,
  p99: p95,
  max: p95,
});

function route(name: string, cold: [number, number] | null, warm: [number, number] | null) {
  return {
    route: name,
    function: name === 'GET /chats' ? 'get_chats' : 'send_message',
    latency: {
      all: null,
      cold: cold ? dist(...cold) : null,
      warm: warm ? dist(...warm) : null,
    },
  };
}

/** The parts of a report the verdict reads. */
function report(overrides: { checks?: Report['verdict']['checks'] } = {}): Report {
  const checks = overrides.checks ?? [
    {
      scenario: 'smoke',
      route: 'GET /chats',
      name: 'p95 latency',
      passed: true,
      gating: false,
      measured: 40,
      objective: 150,
      detail: '40 ms against 150 ms',
    },
  ];
  return {
    runs: [
      { scenario: 'smoke', routes: [route('GET /chats', null, [20, 40])] },
      { scenario: 'cold-start', routes: [route('GET /chats', [7, 900], [3, 35])] },
      // A throttled request is fast: the throttle run's warm figure must not be taken.
      { scenario: 'throttle', routes: [route('GET /chats', null, [500, 2])] },
    ],
    capacity: {
      traffic: { dailyActiveUsers: 50_000 },
      limits: [
        {
          id: 'lambda-reserved-send_message',
          label: 'Lambda reserved concurrency, send_message',
          breaksAtDailyActiveUsers: 12_500,
          change: 'functions.settings.send_message.reservedConcurrency',
        },
      ],
      firstBottleneck: 'lambda-reserved-send_message',
      cost: {
        architecture: 'arm64',
        usdPer1000Messages: { arm64: 0.354, x86_64: 0.4 },
        missing: [],
      },
    },
    verdict: { passed: checks.every((c) => c.passed || !c.gating), checks },
  } as unknown as Report;
}

function outcome(overrides: Partial<SessionOutcome> = {}): SessionOutcome {
  return {
    target: { kind: 'local', stage: 'local', apiUrl: 'http://127.0.0.1:3000' },
    profile: 'quick',
    contracts: { ok: true, verified: 19, failed: 0, localOnly: 0 },
    scenarios: [
      {
        scenario: 'smoke',
        folder: '/s/smoke',
        exitCode: 0,
        audit: { ok: true, sends: 12, findings: 0 },
        failedCriteria: [],
      },
    ],
    report: report(),
    reportPath: '/s/index.html',
    latencyGates: false,
    stopped: false,
    seconds: 200,
    ...overrides,
  };
}

const slowCheck = {
  scenario: 'smoke',
  route: 'GET /chats',
  name: 'p95 latency',
  passed: false,
  gating: false,
  measured: 400,
  objective: 150,
  detail: '400 ms against 150 ms',
};

describe('the session verdict', () => {
  it('passes only when contracts, scenarios, audit and the gating checks pass', () => {
    expect(sessionPassed(outcome())).toBe(true);
    expect(
      sessionPassed(outcome({ contracts: { ok: false, verified: 19, failed: 1, localOnly: 0 } })),
    ).toBe(false);
    expect(sessionPassed(outcome({ contracts: null }))).toBe(false);
    const smoke = outcome().scenarios[0] as ScenarioOutcome;
    expect(sessionPassed(outcome({ scenarios: [{ ...smoke, exitCode: 99 }] }))).toBe(false);
    expect(
      sessionPassed(
        outcome({ scenarios: [{ ...smoke, audit: { ok: false, sends: 12, findings: 1 } }] }),
      ),
    ).toBe(false);
    expect(sessionPassed(outcome({ scenarios: [] }))).toBe(false);
    expect(sessionPassed(outcome({ report: null }))).toBe(false);
    expect(sessionPassed(outcome({ stopped: true }))).toBe(false);
  });

  it('reports latency SLOs locally and gates on them when asked', () => {
    const slow = report({ checks: [slowCheck] });
    expect(sessionPassed(outcome({ report: slow }))).toBe(true);
    expect(sessionPassed(outcome({ report: slow, latencyGates: true }))).toBe(false);
    const text = verdictLines(outcome({ report: slow }), { markdown: false }).join('\n');
    expect(text).toContain('· smoke GET /chats p95 latency: 400 ms against 150 ms');
    expect(text).toContain('0 failed that gate, 1 informational');
  });

  it('takes p95 cold from the run with most cold requests, warm from runs that do not refuse', () => {
    expect(routeLatencies(report())).toEqual([{ route: 'GET /chats', cold: 900, warm: 40 }]);
  });

  it('says the first bottleneck, the headroom, the cost, the audit and where the report is', () => {
    const lines = verdictLines(outcome(), { markdown: false });
    const text = lines.join('\n');
    expect(lines[1]).toBe('PASS — the local stage (local), profile quick, 3 min 20 s');
    expect(text).toMatch(
      /first bottleneck +Lambda reserved concurrency, send_message — breaks at 12,500 daily users/,
    );
    expect(text).toMatch(/headroom +×0\.25 at 50,000 daily users — over the limit/);
    expect(text).toMatch(/p95 cold \/ warm +GET \/chats 900 ms \/ 40 ms/);
    expect(text).toMatch(/cost +\$0\.354 per 1,000 messages \(arm64\)/);
    expect(text).toMatch(/contracts +✓ 19 of 19 interactions verified/);
    expect(text).toMatch(/audit +✓ 12 sends in 1 run checked: no lost, duplicated/);
    expect(text).toMatch(/report +\/s\/index\.html/);
  });

  it('writes the same rows as a Markdown table', () => {
    const markdown = verdictLines(outcome(), { markdown: true });
    expect(markdown[0]).toBe(
      '# loopgauge verdict: PASS — the local stage (local), profile quick, 3 min 20 s',
    );
    expect(markdown).toContain('| contracts | ✓ 19 of 19 interactions verified |');
  });
});
