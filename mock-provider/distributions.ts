/**
 * Named distributions, each drawn by its inverse CDF from one uniform draw,
 * so a draw is a pure function of that uniform and the configured
 * parameters. Normal and lognormal are given by their p50 and p99, the two
 * figures a capacity plan is written in.
 */

export type Distribution =
  | { kind: 'constant'; value: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'normal'; p50: number; p99: number }
  | { kind: 'lognormal'; p50: number; p99: number };

export type DistributionKind = Distribution['kind'];

/** The standard normal's 99th percentile, Φ⁻¹(0.99). */
export const Z99 = 2.3263478740408408;

/** Thrown for a distribution or profile that cannot be used; the message names the field. */
export class ProfileConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ProfileConfigError';
  }
}

// Peter Acklam's rational approximation of the inverse normal CDF
// (relative error below 1.15e-9 over the whole open interval).
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
] as const;
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
] as const;
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
] as const;
const D = [
  7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416,
] as const;
const P_LOW = 0.02425;

/** Φ⁻¹(u) for u in (0, 1). */
export function probit(u: number): number {
  if (u <= 0 || u >= 1 || Number.isNaN(u)) throw new RangeError(`probit needs 0 < u < 1, got ${u}`);
  if (u < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(u));
    return (
      (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
      ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
    );
  }
  if (u > 1 - P_LOW) {
    const q = Math.sqrt(-2 * Math.log(1 - u));
    return -(
      (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
      ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
    );
  }
  const q = u - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}

/**
 * The value at quantile `u` (0 < u < 1). Normal draws below zero are clamped
 * to zero (a duration or a count is never negative); the clamp moves only
 * the lower tail, never p50 or p99 while p50 ≥ 0.
 */
export function quantile(distribution: Distribution, u: number): number {
  switch (distribution.kind) {
    case 'constant':
      return distribution.value;
    case 'uniform':
      return distribution.min + (distribution.max - distribution.min) * u;
    case 'normal': {
      const sigma = (distribution.p99 - distribution.p50) / Z99;
      return Math.max(0, distribution.p50 + sigma * probit(u));
    }
    case 'lognormal': {
      const sigma = Math.log(distribution.p99 / distribution.p50) / Z99;
      return distribution.p50 * Math.exp(sigma * probit(u));
    }
  }
}

/** The configured p50 and p99 of a distribution (before the zero clamp). */
export function configuredPercentiles(distribution: Distribution): { p50: number; p99: number } {
  switch (distribution.kind) {
    case 'constant':
      return { p50: distribution.value, p99: distribution.value };
    case 'uniform':
      return {
        p50: quantile(distribution, 0.5),
        p99: quantile(distribution, 0.99),
      };
    case 'normal':
    case 'lognormal':
      return { p50: distribution.p50, p99: distribution.p99 };
  }
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
}

/** One line, e.g. `lognormal p50=20ms p99=60ms`. */
export function describeDistribution(distribution: Distribution, unit = ''): string {
  const f = (v: number) => `${formatNumber(v)}${unit}`;
  switch (distribution.kind) {
    case 'constant':
      return `constant ${f(distribution.value)}`;
    case 'uniform':
      return `uniform ${f(distribution.min)}..${f(distribution.max)}`;
    case 'normal':
    case 'lognormal':
      return `${distribution.kind} p50=${f(distribution.p50)} p99=${f(distribution.p99)}`;
  }
}

function finiteNumber(value: unknown, path: string, min = 0): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ProfileConfigError(`${path} must be a finite number, got ${JSON.stringify(value)}`);
  }
  if (value < min) throw new ProfileConfigError(`${path} must be >= ${min}, got ${value}`);
  return value;
}

function onlyKeys(record: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) {
      throw new ProfileConfigError(
        `${path}.${key} is not a known field (expected ${allowed.join(', ')})`,
      );
    }
  }
}

/** Checks an untrusted value (from a config file) and returns it as a distribution. */
export function parseDistribution(value: unknown, path: string): Distribution {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProfileConfigError(`${path} must be an object with a "kind"`);
  }
  const record = value as Record<string, unknown>;
  switch (record.kind) {
    case 'constant':
      onlyKeys(record, ['kind', 'value'], path);
      return { kind: 'constant', value: finiteNumber(record.value, `${path}.value`) };
    case 'uniform': {
      onlyKeys(record, ['kind', 'min', 'max'], path);
      const min = finiteNumber(record.min, `${path}.min`);
      const max = finiteNumber(record.max, `${path}.max`);
      if (max < min) throw new ProfileConfigError(`${path}.max must be >= ${path}.min`);
      return { kind: 'uniform', min, max };
    }
    case 'normal':
    case 'lognormal': {
      onlyKeys(record, ['kind', 'p50', 'p99'], path);
      const p50 = finiteNumber(record.p50, `${path}.p50`, record.kind === 'lognormal' ? 1e-9 : 0);
      const p99 = finiteNumber(record.p99, `${path}.p99`);
      if (p99 < p50) throw new ProfileConfigError(`${path}.p99 must be >= ${path}.p50`);
      return { kind: record.kind, p50, p99 };
    }
    default:
      throw new ProfileConfigError(
        `${path}.kind must be one of constant, uniform, normal, lognormal; got ${JSON.stringify(record.kind)}`,
      );
  }
}
