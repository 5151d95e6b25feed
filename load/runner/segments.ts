/**
 * k6 execution segments for N processes of one test: process i runs
 * `i/N:(i+1)/N` of the sequence `0,1/N,…,1`
 * (https://grafana.com/docs/k6/latest/using-k6/k6-options/reference/#execution-segment).
 */
export interface ExecutionSegment {
  segment: string;
  sequence: string;
}

/** One entry per process; `undefined` for a single process that runs the whole test. */
export function executionSegments(count: number): Array<ExecutionSegment | undefined> {
  if (count <= 1) return [undefined];
  const points = Array.from({ length: count + 1 }, (_, i) => fraction(i, count));
  const sequence = points.join(',');
  return Array.from({ length: count }, (_, i) => ({
    segment: `${points[i]}:${points[i + 1]}`,
    sequence,
  }));
}

function fraction(numerator: number, denominator: number): string {
  if (numerator === 0) return '0';
  if (numerator === denominator) return '1';
  const divisor = gcd(numerator, denominator);
  return `${numerator / divisor}/${denominator / divisor}`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
