/**
 * A latency (or any non-negative value) distribution: an HDR histogram for
 * percentiles (`hdr-histogram-js`, values kept to 3 significant digits, so a
 * percentile is within 0.1 % of the exact one), plus the exact count, sum,
 * min and max. Histograms of several runners add up exactly, which is what
 * makes the merge of a distributed run equal a single run.
 */
import * as hdr from 'hdr-histogram-js';

/** Values are recorded in thousandths of their unit (µs for milliseconds). */
const SCALE = 1_000;

export interface DistributionSummary {
  count: number;
  mean: number;
  min: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
}

export class Distribution {
  readonly #histogram: hdr.Histogram;
  count = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  /** `digits`: significant digits kept (3 for the run's distributions, 2 for per-second ones). */
  constructor(readonly digits: 2 | 3 = 3) {
    this.#histogram = hdr.build({
      bitBucketSize: 'packed',
      lowestDiscernibleValue: 1,
      highestTrackableValue: 2 * SCALE,
      numberOfSignificantValueDigits: digits,
      autoResize: true,
      useWebAssembly: false,
    });
  }

  record(value: number): void {
    if (!Number.isFinite(value) || value < 0) return;
    this.count += 1;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    this.#histogram.recordValue(Math.round(value * SCALE));
  }

  /** Adds another distribution's values to this one. */
  add(other: Distribution): void {
    if (other.count === 0) return;
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    this.#histogram.add(other.#histogram);
  }

  /** The value at percentile `p` (0–100), clamped to the exact extremes; `null` when empty. */
  percentile(p: number): number | null {
    if (this.count === 0) return null;
    const value = this.#histogram.getValueAtPercentile(p) / SCALE;
    return Math.min(this.max, Math.max(this.min, value));
  }

  summary(): DistributionSummary | null {
    if (this.count === 0) return null;
    const at = (p: number) => this.percentile(p) ?? 0;
    return {
      count: this.count,
      mean: this.sum / this.count,
      min: this.min,
      p50: at(50),
      p90: at(90),
      p95: at(95),
      p99: at(99),
      max: this.max,
    };
  }

  /** `[percentile, value]` points from p0 to p99.9 (for percentile-curve charts). */
  curve(): [number, number][] {
    if (this.count === 0) return [];
    return CURVE_PERCENTILES.map((p) => [p, this.percentile(p) ?? 0]);
  }
}

const CURVE_PERCENTILES = [
  0, 10, 20, 30, 40, 50, 60, 70, 75, 80, 85, 90, 92.5, 95, 97.5, 99, 99.5, 99.9,
];
