import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../duration.ts';
import { ConfigError } from '../../errors.ts';
import { resolveOptions } from '../../options.ts';

describe('durations', () => {
  it.each([
    ['30s', 30_000],
    ['1m30s', 90_000],
    ['500ms', 500],
    ['1h', 3_600_000],
    ['1.5s', 1500],
    ['0', 0],
    [250, 250],
  ])('parses %s', (text, ms) => {
    // Act / Assess
    expect(parseDuration(text, 'test')).toBe(ms);
  });

  it('refuses what is not a duration', () => {
    // Act / Assess
    expect(() => parseDuration('ten seconds', 'duration')).toThrow(
      /duration: "ten seconds" is not a valid duration/,
    );
    expect(() => parseDuration('-1s', 'duration')).toThrow(ConfigError);
  });

  it("prints durations as Go's time.Duration does", () => {
    // Act / Assess
    expect(
      [0, 500, 4000, 30_000, 34_000, 60_000, 90_000, 3_600_000, 600_000].map(formatDuration),
    ).toEqual(['0s', '500ms', '4s', '30s', '34s', '1m0s', '1m30s', '1h0m0s', '10m0s']);
  });
});

describe('options', () => {
  it('turns the shortcuts into k6 default scenarios', () => {
    // Act
    const none = resolveOptions({}, {});
    const warnings: string[] = [];
    const vusAlone = resolveOptions({ vus: 5 }, {}, (m) => warnings.push(m));
    const iterations = resolveOptions({ vus: 2, iterations: 10 }, {});
    const duration = resolveOptions({ vus: 3, duration: '1m' }, {});
    const stages = resolveOptions({ stages: [{ duration: '10s', target: 5 }] }, {});
    // Assess
    expect(vusAlone.scenarios).toEqual(none.scenarios);
    expect(warnings).toEqual([
      '`vus=5` option will be ignored, it only works in conjunction with `iterations`, `duration`, or `stages`',
    ]);
    expect(none.scenarios[0]).toMatchObject({
      name: 'default',
      executor: 'per-vu-iterations',
      vus: 1,
      iterations: 1,
      maxDurationMs: 600_000,
      gracefulStopMs: 30_000,
      exec: 'default',
    });
    expect(iterations.scenarios[0]).toMatchObject({
      executor: 'shared-iterations',
      vus: 2,
      iterations: 10,
    });
    expect(duration.scenarios[0]).toMatchObject({
      executor: 'constant-vus',
      vus: 3,
      durationMs: 60_000,
    });
    expect(stages.scenarios[0]).toMatchObject({
      executor: 'ramping-vus',
      startVUs: 1,
      gracefulRampDownMs: 30_000,
    });
  });

  it('lets --vus/--duration/--iterations replace the script scenarios, as k6 does', () => {
    // Prepare
    const script = {
      scenarios: { a: { executor: 'constant-vus', vus: 1, duration: '1s' } },
      tags: { team: 'x' },
    };
    // Act
    const resolved = resolveOptions(script, { vus: 4, duration: '2s', tags: { run: 'ci' } });
    // Assess
    expect(resolved.scenarios).toHaveLength(1);
    expect(resolved.scenarios[0]).toMatchObject({
      name: 'default',
      executor: 'constant-vus',
      vus: 4,
      durationMs: 2000,
    });
    expect(resolved.tags).toEqual({ team: 'x', run: 'ci' });
  });

  it('applies executor defaults (timeUnit, maxVUs = preAllocatedVUs, startRate 0)', () => {
    // Act
    const r = resolveOptions(
      {
        scenarios: {
          c: { executor: 'constant-arrival-rate', rate: 10, duration: '1s', preAllocatedVUs: 3 },
          r: {
            executor: 'ramping-arrival-rate',
            preAllocatedVUs: 2,
            stages: [{ target: 5, duration: '1s' }],
          },
        },
      },
      {},
    );
    // Assess
    expect(r.scenarios[0]).toMatchObject({ timeUnitMs: 1000, maxVUs: 3 });
    expect(r.scenarios[1]).toMatchObject({ startRate: 0, maxVUs: 2 });
  });

  it.each([
    [
      { scenarios: { s: { executor: 'constant-vus', vus: 1 } } },
      /scenarios\.s\.duration is required/,
    ],
    [{ scenarios: { s: { executor: 'bogus' } } }, /executor must be one of/],
    [
      { scenarios: { s: { executor: 'externally-controlled' } } },
      /not supported by the built-in engine/,
    ],
    [
      { scenarios: { s: { executor: 'shared-iterations', vus: 5, iterations: 2 } } },
      /can't be less than the number of VUs/,
    ],
    [
      { scenarios: { s: { executor: 'constant-vus', duration: '1s', vu: 2 } } },
      /unknown option "vu"/,
    ],
    [
      { duration: '1s', stages: [{ duration: '1s', target: 1 }] },
      /using `duration` and `stages` options simultaneously is not allowed/,
    ],
    [{ rps: 10 }, /option "rps" is not supported by the built-in engine/],
    [{ summaryTrendStats: ['avg', 'p99'] }, /stat 'p99' is not supported/],
  ])('refuses %j with one clear message', (opts, message) => {
    // Act / Assess
    expect(() => resolveOptions(opts, {})).toThrow(message);
  });
});
