import { describe, expect, it } from 'vitest';
import { getStage } from '#stages';
import { verdict } from '../../verdict.ts';
import { run } from '../support/reports.ts';

const stage = getStage('test');
const stages = (...ids: string[]) => new Map(ids.map((id) => [id, stage]));

describe('the verdict', () => {
  it('passes routes within the stage’s SLOs', () => {
    const r = run({
      routes: [{ route: 'GET /chats', requests: 100, p95: 100, p99: 200 }],
      kind: 'deployed',
    });
    const result = verdict([r], stages(r.id), [], 0.1);
    expect(result.passed).toBe(true);
    expect(result.checks.find((c) => c.name === 'p95 latency')).toMatchObject({
      passed: true,
      gating: true,
      measured: 100,
      objective: 300,
    });
  });

  it('fails a deployed run over its latency SLO, but only informs about a local run’s', () => {
    const deployed = run({
      routes: [{ route: 'GET /chats', requests: 100, p95: 400, p99: 500 }],
      kind: 'deployed',
      id: 'd',
    });
    const local = run({
      routes: [{ route: 'GET /chats', requests: 100, p95: 400, p99: 500 }],
      kind: 'local',
      id: 'l',
    });
    expect(verdict([deployed], stages('d'), [], 0.1).passed).toBe(false);
    const result = verdict([local], stages('l'), [], 0.1);
    expect(result.passed).toBe(true);
    expect(result.checks.find((c) => c.name === 'p95 latency')).toMatchObject({
      passed: false,
      gating: false,
    });
  });

  it('fails an error rate over the SLO, except in scenarios that refuse on purpose', () => {
    const smoke = run({ routes: [{ route: 'GET /chats', requests: 100, failed: 5 }], id: 's' });
    const throttle = run({
      routes: [{ route: 'GET /chats', requests: 100, failed: 50 }],
      scenario: 'throttle',
      id: 't',
    });
    expect(verdict([smoke], stages('s'), [], 0.1).passed).toBe(false);
    expect(verdict([throttle], stages('t'), [], 0.1).passed).toBe(true);
  });

  it('takes ai-latency’s send failures as a measurement, but not its reads’', () => {
    const sends = run({
      routes: [{ route: 'POST /chats/{chatId}/messages', requests: 100, failed: 18 }],
      scenario: 'ai-latency',
      id: 'a',
    });
    const reads = run({
      routes: [{ route: 'GET /chats', requests: 100, failed: 5 }],
      scenario: 'ai-latency',
      id: 'b',
    });
    expect(verdict([sends], stages('a'), [], 0.1).passed).toBe(true);
    expect(verdict([reads], stages('b'), [], 0.1).passed).toBe(false);
  });

  it('fails on the load runner’s gating thresholds and failed criteria', () => {
    const r = run({ routes: [{ route: 'GET /chats', requests: 10 }], id: 'r' });
    r.runner = {
      exitCode: 99,
      criteriaPassed: false,
      failedThresholds: ['x'],
      gatingThresholds: ['x'],
    };
    const result = verdict([r], stages('r'), [], 0.1);
    expect(result.passed).toBe(false);
    expect(result.checks.filter((c) => !c.passed).map((c) => c.name)).toEqual([
      'scenario criteria',
      'gating thresholds',
    ]);
  });

  it('flags regressions beyond the tolerance against the baseline of the same scenario', () => {
    const base = run({
      routes: [{ route: 'GET /chats', requests: 100, readUnits: 1, failed: 0 }],
      id: 'base',
    });
    const within = run({
      routes: [{ route: 'GET /chats', requests: 100, readUnits: 1.09 }],
      id: 'a',
    });
    const beyond = run({
      routes: [{ route: 'GET /chats', requests: 100, readUnits: 1.2 }],
      id: 'b',
    });
    const name = 'DynamoDB read units per request vs baseline';
    expect(
      verdict([within], new Map(), [base], 0.1).checks.find((c) => c.name === name)?.passed,
    ).toBe(true);
    const result = verdict([beyond], new Map(), [base], 0.1);
    expect(result.checks.find((c) => c.name === name)).toMatchObject({
      passed: false,
      gating: true,
      objective: 1.1,
    });
    expect(result.passed).toBe(false);
  });

  it('ignores a tiny error rate over a zero baseline', () => {
    const base = run({ routes: [{ route: 'GET /chats', requests: 10_000 }], id: 'base' });
    const now = run({ routes: [{ route: 'GET /chats', requests: 10_000, failed: 5 }], id: 'now' });
    const check = verdict([now], new Map(), [base], 0.1).checks.find(
      (c) => c.name === 'error rate vs baseline',
    );
    expect(check?.passed).toBe(true);
  });
});
