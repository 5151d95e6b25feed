/**
 * k6 durations: options take Go duration strings (`"1m30s"`, `"500ms"`) or
 * plain numbers of milliseconds; k6 prints them with Go's `Duration.String()`.
 * https://grafana.com/docs/k6/latest/using-k6/k6-options/reference/
 */
import { ConfigError } from './errors.ts';

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

const PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h|d)/y;

/** Parses a k6 duration into milliseconds. `what` names the option in errors. */
export function parseDuration(value: unknown, what: string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) {
      throw new ConfigError(`${what}: ${value} is not a valid duration`);
    }
    return value;
  }
  if (typeof value !== 'string') {
    throw new ConfigError(
      `${what}: expected a duration such as "30s", got ${JSON.stringify(value)}`,
    );
  }
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) {
    // A bare number on the command line is a count of seconds, as in k6.
    return Number(text) * 1000;
  }
  let sign = 1;
  let rest = text;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  let total = 0;
  PART.lastIndex = 0;
  let consumed = 0;
  while (consumed < rest.length) {
    PART.lastIndex = consumed;
    const m = PART.exec(rest);
    if (!m || m[1] === undefined || m[2] === undefined) {
      throw new ConfigError(
        `${what}: "${value}" is not a valid duration (examples: "500ms", "30s", "1m30s")`,
      );
    }
    total += Number(m[1]) * (UNIT_MS[m[2]] ?? Number.NaN);
    consumed = PART.lastIndex;
  }
  if (rest.length === 0 || sign < 0) {
    throw new ConfigError(
      `${what}: "${value}" is not a valid duration (examples: "500ms", "30s", "1m30s")`,
    );
  }
  return total;
}

/** Formats milliseconds the way Go's `time.Duration.String()` does (k6's banner and progress). */
export function formatDuration(ms: number): string {
  let ns = Math.round(ms * 1e6);
  if (ns === 0) return '0s';
  const neg = ns < 0;
  if (neg) ns = -ns;
  let out: string;
  if (ns < 1e9) {
    if (ns < 1e3) out = `${ns}ns`;
    else if (ns < 1e6) out = `${trimFraction(ns, 1e3)}µs`;
    else out = `${trimFraction(ns, 1e6)}ms`;
  } else {
    const hours = Math.floor(ns / 3.6e12);
    ns -= hours * 3.6e12;
    const minutes = Math.floor(ns / 6e10);
    ns -= minutes * 6e10;
    const seconds = trimFraction(ns, 1e9);
    out = `${seconds}s`;
    if (hours > 0 || minutes > 0) out = `${minutes}m${out}`;
    if (hours > 0) out = `${hours}h${out}`;
  }
  return neg ? `-${out}` : out;
}

function trimFraction(value: number, unit: number): string {
  const whole = Math.floor(value / unit);
  const frac = value - whole * unit;
  if (frac === 0) return String(whole);
  const digits = String(unit).length - 1;
  const fracText = String(frac).padStart(digits, '0').replace(/0+$/, '');
  return `${whole}.${fracText}`;
}
