import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES, latencyFor, type Profile, planRequest } from '#mock-provider';
import { chooseFault, replyPieces, seededFault } from '../../model.ts';

function body(content: string, extra: Record<string, unknown> = {}) {
  return { model: 'gpt-4o-mini', messages: [{ role: 'user', content }], ...extra };
}

const fast = BUILTIN_PROFILES.fast;

describe('planRequest: a pure function of (seed, profile, body)', () => {
  it('gives the same plan and text for the same inputs, whatever the key order', () => {
    // Prepare
    const a = { model: 'm', messages: [{ role: 'user', content: 'same' }], temperature: 0.2 };
    const b = { temperature: 0.2, messages: [{ content: 'same', role: 'user' }], model: 'm' };

    // Act
    const planA = planRequest(3, fast, a);
    const planB = planRequest(3, fast, b);

    // Assess
    expect(planB.fingerprint).toBe(planA.fingerprint);
    expect(latencyFor(3, fast, b)).toEqual(latencyFor(3, fast, a));
    expect(replyPieces(planB)).toEqual(replyPieces(planA));
  });

  it('changes with the seed and with the body', () => {
    const base = planRequest(1, fast, body('hello'));
    expect(planRequest(2, fast, body('hello')).fingerprint).not.toBe(base.fingerprint);
    expect(planRequest(1, fast, body('hello!')).fingerprint).not.toBe(base.fingerprint);
    expect(latencyFor(2, fast, body('hello'))).not.toEqual(latencyFor(1, fast, body('hello')));
  });

  it('puts a request at the same quantile under every profile (common random numbers)', () => {
    const ttft = Object.values(BUILTIN_PROFILES)
      .filter((p) => p.ttftMs.kind === 'lognormal')
      .map((p) => {
        const d = p.ttftMs as { p50: number; p99: number };
        return Math.log(planRequest(5, p, body('x')).ttftMs / d.p50) / Math.log(d.p99 / d.p50);
      });
    for (const value of ttft) expect(value).toBeCloseTo(ttft[0] ?? Number.NaN, 9);
  });

  it('latency = ttft + (tokens - 1) * tpot', () => {
    const plan = latencyFor(9, BUILTIN_PROFILES.realistic, body('sum'));
    expect(plan.totalMs).toBeCloseTo(plan.ttftMs + (plan.outputTokens - 1) * plan.tpotMs, 9);
  });
});

describe('directives shape the plan', () => {
  it('tokens= sets the output length and max_tokens caps it with finish "length"', () => {
    expect(latencyFor(1, fast, body('[mock tokens=200]')).outputTokens).toBe(200);
    const capped = latencyFor(1, fast, body('[mock tokens=200]', { max_tokens: 50 }));
    expect(capped).toMatchObject({ outputTokens: 50, finishReason: 'length' });
    const completionCap = latencyFor(
      1,
      fast,
      body('[mock tokens=9]', { max_completion_tokens: 5 }),
    );
    expect(completionCap).toMatchObject({ outputTokens: 5, finishReason: 'length' });
  });

  it('latency= scales ttft and tpot to the requested total', () => {
    // Prepare: model total = 10 + (11 - 1) * 2 = 30 ms
    const fixed: Profile = {
      ...fast,
      ttftMs: { kind: 'constant', value: 10 },
      tpotMs: { kind: 'constant', value: 2 },
      outputTokens: { kind: 'constant', value: 11 },
    };

    // Act
    const plan = latencyFor(1, fixed, body('scale me [mock latency=1500ms]'));

    // Assess: both parts scaled by 1500 / 30
    expect(plan.totalMs).toBeCloseTo(1500, 9);
    expect(plan.ttftMs).toBeCloseTo(500, 9);
    expect(plan.tpotMs).toBeCloseTo(100, 9);
  });

  it('latency= on a zero-latency profile becomes time to first token', () => {
    const plan = latencyFor(1, BUILTIN_PROFILES.instant, body('[mock latency=40ms]'));
    expect(plan).toMatchObject({ ttftMs: 40, tpotMs: 0, totalMs: 40 });
  });

  it('reads directives from the last user message only', () => {
    const request = {
      model: 'm',
      messages: [
        { role: 'user', content: '[mock tokens=3]' },
        { role: 'assistant', content: '[mock tokens=4]' },
        { role: 'user', content: [{ type: 'text', text: 'now [mock tokens=5]' }] },
      ],
    };
    expect(latencyFor(1, fast, request).outputTokens).toBe(5);
  });

  it('records invalid directives as problems and keeps the drawn values', () => {
    const plan = planRequest(1, fast, body('x [mock tokens=lots]'));
    expect(plan.directiveProblems).toHaveLength(1);
    expect(plan.outputTokens).toBe(latencyFor(1, fast, body('x [mock tokens=lots]')).outputTokens);
    expect(plan.directives).toEqual({});
  });
});

describe('seeded faults', () => {
  const flaky = BUILTIN_PROFILES.flaky;

  it('occur at the configured rates over 10,000 requests', () => {
    // Prepare
    const counts: Record<string, number> = {};

    // Act
    for (let i = 0; i < 10_000; i++) {
      const fault = seededFault(planRequest(11, flaky, body(`req ${i}`)), flaky, 1);
      counts[fault ?? 'none'] = (counts[fault ?? 'none'] ?? 0) + 1;
    }

    // Assess: each rate within 4 binomial standard errors
    for (const [kind, rate] of Object.entries(flaky.faults)) {
      const expected = (rate ?? 0) * 10_000;
      const sd = Math.sqrt(expected * (1 - (rate ?? 0)));
      expect(Math.abs((counts[kind] ?? 0) - expected)).toBeLessThanOrEqual(4 * sd);
    }
  });

  it('draw afresh per attempt, and a fault directive wins over the draw', () => {
    const always: Profile = { ...flaky, faults: { '500': 1 } };
    const never: Profile = { ...flaky, faults: {} };
    const plan = planRequest(1, always, body('x'));
    expect(seededFault(plan, always, 1)).toBe('500');
    expect(seededFault(plan, never, 1)).toBeNull();
    expect(seededFault(planRequest(1, always, body('x [mock fault=none]')), always, 1)).toBeNull();
    expect(seededFault(planRequest(1, never, body('x [mock fault=hang]')), never, 3)).toBe('hang');

    const half: Profile = { ...flaky, faults: { '429': 0.5 } };
    const attempts = Array.from({ length: 40 }, (_, i) =>
      seededFault(planRequest(1, half, body('y')), half, i + 1),
    );
    expect(new Set(attempts)).toEqual(new Set(['429', null]));
  });
});

describe('chooseFault', () => {
  const always500: Profile = { ...fast, faults: { '500': 1 } };

  it('takes the script= directive for its attempts, then the conversation script, then the draw', () => {
    // Prepare
    const plan = planRequest(1, always500, body('x [mock script=429,ok]'));
    const conversation = { script: ['hang', 'disconnect'] as const, attempt: 2 };

    // Act
    const choices = [1, 2, 3].map((attempt) =>
      chooseFault(plan, always500, attempt, {
        script: [...conversation.script],
        attempt: conversation.attempt,
      }),
    );
    const afterScripts = chooseFault(plan, always500, 3, { script: ['hang'], attempt: 2 });

    // Assess
    expect(choices).toEqual([
      { fault: '429', source: 'script' },
      { fault: null, source: 'script' },
      { fault: 'disconnect', source: 'script' },
    ]);
    expect(afterScripts).toEqual({ fault: '500', source: 'seed' });
    expect(chooseFault(planRequest(1, fast, body('y [mock fault=529]')), fast, 1)).toEqual({
      fault: '529',
      source: 'directive',
    });
  });
});
