import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.ts';
import { rampingSteps } from '../../plan.ts';
import { parseSegment, parseSequence, SegmentedIndex, Tuple } from '../../segments.ts';

// The sequence k6 documents for its striping (lib/execution_segment.go): 50%, 25% and 25%.
const SEQUENCE = parseSequence('0,1/2,3/4,1');
const tuples = ['0:1/2', '1/2:3/4', '3/4:1'].map((s) => Tuple.of(parseSegment(s), SEQUENCE));

function owned(tuple: Tuple, count: number): number[] {
  const index = new SegmentedIndex(tuple);
  return Array.from({ length: count }, () => index.next().unscaled - 1);
}

describe('execution segments', () => {
  it('parses segments and sequences as k6 does', () => {
    expect(parseSegment('1/3:2/3').toString()).toBe('1/3:2/3');
    expect(parseSegment('50%').toString()).toBe('0:1/2');
    expect(parseSegment('0.25:0.5').toString()).toBe('1/4:1/2');
    expect(parseSequence('0,1/3,2/3,1').map((s) => s.toString())).toEqual([
      '0:1/3',
      '1/3:2/3',
      '2/3:1',
    ]);
    expect(() => parseSegment('2/3:1/3')).toThrow(ConfigError);
    expect(() => parseSequence('0')).toThrow(/at least 2 points/);
    expect(() => Tuple.of(parseSegment('0:1/4'), SEQUENCE)).toThrow(/couldn't find segment 0:1\/4/);
  });

  it("stripes the whole numbers between the segments like k6's example", () => {
    expect(owned(tuples[0] as Tuple, 6)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(owned(tuples[1] as Tuple, 3)).toEqual([1, 5, 9]);
    expect(owned(tuples[2] as Tuple, 3)).toEqual([3, 7, 11]);
  });

  it('scales whole numbers so the shares always add up', () => {
    const shares = (n: number) => tuples.map((t) => t.scale(n));
    expect([1, 2, 3, 4, 5, 6, 12].map(shares)).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [2, 1, 0],
      [2, 1, 1],
      [3, 1, 1],
      [3, 2, 1],
      [6, 3, 3],
    ]);
    for (let n = 0; n < 50; n++) expect(shares(n).reduce((a, b) => a + b, 0)).toBe(n);
  });

  it('splits ramping-vus steps so the VU counts add up at every step', () => {
    const stages = [
      { durationMs: 1000, target: 5 },
      { durationMs: 1000, target: 0 },
    ];
    const whole = rampingSteps(Tuple.of(undefined, []), 0, stages, true);
    const at = (steps: { atMs: number; vus: number }[], t: number) =>
      steps.filter((s) => s.atMs <= t).at(-1)?.vus ?? 0;
    const split = tuples.map((t) => rampingSteps(t, 0, stages, true));
    for (const t of [0, 200, 400, 600, 800, 1000, 1200, 1400, 1600, 1800, 2000]) {
      expect(
        split.reduce((sum, steps) => sum + at(steps, t), 0),
        `at ${t} ms`,
      ).toBe(at(whole, t));
    }
  });
});
