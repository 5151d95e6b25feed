import { FAULT_KINDS, type FaultKind } from './directives.ts';
import {
  type Distribution,
  describeDistribution,
  ProfileConfigError,
  parseDistribution,
} from './distributions.ts';

/** Probability per request of each seeded fault; their sum is at most 1. */
export type FaultRates = Partial<Record<FaultKind, number>>;

/** Requests-per-minute and tokens-per-minute buckets, per API key. */
export interface RateLimits {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
}

export interface Profile {
  name: string;
  description: string;
  /** Time to first token, ms. */
  ttftMs: Distribution;
  /** Time per output token after the first, ms (drawn once per request). */
  tpotMs: Distribution;
  /** Output length, tokens (rounded, at least 1). */
  outputTokens: Distribution;
  faults: FaultRates;
  /** The wait a seeded or scripted 429 advertises. */
  retryAfterMs: number;
  rateLimits?: RateLimits;
}

export const BUILTIN_PROFILE_NAMES = ['instant', 'fast', 'realistic', 'slow', 'flaky'] as const;
export type BuiltinProfileName = (typeof BUILTIN_PROFILE_NAMES)[number];

export const BUILTIN_PROFILES: Readonly<Record<BuiltinProfileName, Profile>> = {
  instant: {
    name: 'instant',
    description: 'no latency, short replies, no faults: for functional tests',
    ttftMs: { kind: 'constant', value: 0 },
    tpotMs: { kind: 'constant', value: 0 },
    outputTokens: { kind: 'constant', value: 16 },
    faults: {},
    retryAfterMs: 1000,
  },
  fast: {
    name: 'fast',
    description: 'a small, quick model: tens of milliseconds, no faults',
    ttftMs: { kind: 'lognormal', p50: 20, p99: 60 },
    tpotMs: { kind: 'normal', p50: 1, p99: 2 },
    outputTokens: { kind: 'uniform', min: 16, max: 64 },
    faults: {},
    retryAfterMs: 1000,
  },
  realistic: {
    name: 'realistic',
    description:
      'a hosted chat model: ~0.5 s to first token, ~50 tokens/s, a few seconds per reply',
    ttftMs: { kind: 'lognormal', p50: 500, p99: 2000 },
    tpotMs: { kind: 'normal', p50: 20, p99: 35 },
    outputTokens: { kind: 'lognormal', p50: 150, p99: 600 },
    faults: {},
    retryAfterMs: 1000,
  },
  slow: {
    name: 'slow',
    description:
      'a congested provider: seconds to first token, ~25 tokens/s; the tail meets timeouts',
    ttftMs: { kind: 'lognormal', p50: 2000, p99: 8000 },
    tpotMs: { kind: 'normal', p50: 40, p99: 70 },
    outputTokens: { kind: 'lognormal', p50: 200, p99: 500 },
    faults: {},
    retryAfterMs: 2000,
  },
  flaky: {
    name: 'flaky',
    description: 'quick replies, but about one request in ten faults',
    ttftMs: { kind: 'lognormal', p50: 50, p99: 300 },
    tpotMs: { kind: 'normal', p50: 2, p99: 5 },
    outputTokens: { kind: 'uniform', min: 16, max: 128 },
    faults: {
      '429': 0.05,
      '500': 0.02,
      '529': 0.01,
      malformed: 0.01,
      disconnect: 0.01,
      hang: 0.005,
    },
    retryAfterMs: 1000,
  },
};

const NAME = /^[a-z][a-z0-9-]{0,39}$/;
const PROFILE_FIELDS = [
  'extends',
  'description',
  'ttftMs',
  'tpotMs',
  'outputTokens',
  'faults',
  'retryAfterMs',
  'rateLimits',
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseFaults(value: unknown, path: string): FaultRates {
  if (!isRecord(value)) throw new ProfileConfigError(`${path} must be an object of rates`);
  const rates: FaultRates = {};
  let sum = 0;
  for (const [key, rate] of Object.entries(value)) {
    if (!(FAULT_KINDS as readonly string[]).includes(key)) {
      throw new ProfileConfigError(
        `${path}.${key} is not a fault (expected ${FAULT_KINDS.join(', ')})`,
      );
    }
    if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) {
      throw new ProfileConfigError(`${path}.${key} must be a probability between 0 and 1`);
    }
    rates[key as FaultKind] = rate;
    sum += rate;
  }
  if (sum > 1 + 1e-9) throw new ProfileConfigError(`${path}: the rates add up to ${sum}, over 1`);
  return rates;
}

function positiveInteger(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new ProfileConfigError(`${path} must be a positive integer`);
  }
  return value;
}

function parseRateLimits(value: unknown, path: string): RateLimits {
  if (!isRecord(value)) throw new ProfileConfigError(`${path} must be an object`);
  const limits: RateLimits = {};
  for (const [key, limit] of Object.entries(value)) {
    if (key === 'requestsPerMinute' || key === 'tokensPerMinute') {
      limits[key] = positiveInteger(limit, `${path}.${key}`);
    } else {
      throw new ProfileConfigError(
        `${path}.${key} is not a known field (expected requestsPerMinute, tokensPerMinute)`,
      );
    }
  }
  return limits;
}

/**
 * Custom profiles from a config file:
 * `{ "profiles": { "<name>": { "extends"?: "<built-in>", ...fields } } }`.
 * A profile without `extends` must give ttftMs, tpotMs and outputTokens.
 */
export function parseProfilesConfig(value: unknown): Record<string, Profile> {
  if (!isRecord(value) || !isRecord(value.profiles)) {
    throw new ProfileConfigError('a profiles config must be an object with a "profiles" object');
  }
  const out: Record<string, Profile> = {};
  for (const [name, raw] of Object.entries(value.profiles)) {
    const path = `profiles.${name}`;
    if (!NAME.test(name)) {
      throw new ProfileConfigError(`${path}: a profile name is lower case letters, digits and "-"`);
    }
    if ((BUILTIN_PROFILE_NAMES as readonly string[]).includes(name)) {
      throw new ProfileConfigError(`${path}: "${name}" is a built-in profile; choose another name`);
    }
    if (!isRecord(raw)) throw new ProfileConfigError(`${path} must be an object`);
    for (const key of Object.keys(raw)) {
      if (!(PROFILE_FIELDS as readonly string[]).includes(key)) {
        throw new ProfileConfigError(
          `${path}.${key} is not a known field (expected ${PROFILE_FIELDS.join(', ')})`,
        );
      }
    }
    let base: Profile | undefined;
    if (raw.extends !== undefined) {
      if (!(BUILTIN_PROFILE_NAMES as readonly unknown[]).includes(raw.extends)) {
        throw new ProfileConfigError(
          `${path}.extends must be one of ${BUILTIN_PROFILE_NAMES.join(', ')}`,
        );
      }
      base = BUILTIN_PROFILES[raw.extends as BuiltinProfileName];
    }
    const distribution = (field: 'ttftMs' | 'tpotMs' | 'outputTokens'): Distribution => {
      if (raw[field] !== undefined) return parseDistribution(raw[field], `${path}.${field}`);
      if (base) return base[field];
      throw new ProfileConfigError(`${path}.${field} is required when there is no "extends"`);
    };
    const profile: Profile = {
      name,
      description:
        typeof raw.description === 'string' ? raw.description : `custom (${base?.name ?? 'new'})`,
      ttftMs: distribution('ttftMs'),
      tpotMs: distribution('tpotMs'),
      outputTokens: distribution('outputTokens'),
      faults:
        raw.faults !== undefined ? parseFaults(raw.faults, `${path}.faults`) : { ...base?.faults },
      retryAfterMs:
        raw.retryAfterMs !== undefined
          ? positiveInteger(raw.retryAfterMs, `${path}.retryAfterMs`)
          : (base?.retryAfterMs ?? 1000),
    };
    const limits =
      raw.rateLimits !== undefined
        ? parseRateLimits(raw.rateLimits, `${path}.rateLimits`)
        : base?.rateLimits;
    if (limits) profile.rateLimits = limits;
    out[name] = profile;
  }
  return out;
}

/** The profile of a name: a built-in one or one of `custom`. */
export function resolveProfile(name: string, custom: Record<string, Profile> = {}): Profile {
  const profile =
    custom[name] ?? (BUILTIN_PROFILES as Readonly<Record<string, Profile | undefined>>)[name];
  if (!profile) {
    const known = [...BUILTIN_PROFILE_NAMES, ...Object.keys(custom)].join(', ');
    throw new ProfileConfigError(`unknown profile "${name}" (known: ${known})`);
  }
  return profile;
}

/** Several lines describing a profile's model, for logs and load reports. */
export function describeProfile(profile: Profile): string {
  const faults = Object.entries(profile.faults)
    .filter(([, rate]) => (rate ?? 0) > 0)
    .map(([kind, rate]) => `${kind} ${((rate ?? 0) * 100).toFixed(1)}%`)
    .join(', ');
  const limits = profile.rateLimits
    ? [
        profile.rateLimits.requestsPerMinute !== undefined
          ? `${profile.rateLimits.requestsPerMinute} requests/min`
          : undefined,
        profile.rateLimits.tokensPerMinute !== undefined
          ? `${profile.rateLimits.tokensPerMinute} tokens/min`
          : undefined,
      ]
        .filter((part) => part !== undefined)
        .join(', ')
    : 'none';
  return [
    `profile ${profile.name}: ${profile.description}`,
    `  time to first token: ${describeDistribution(profile.ttftMs, 'ms')}`,
    `  time per output token: ${describeDistribution(profile.tpotMs, 'ms')}`,
    `  output tokens: ${describeDistribution(profile.outputTokens)}`,
    '  latency = ttft + (tokens - 1) * tpot',
    `  seeded faults: ${faults || 'none'} (429s advertise ${profile.retryAfterMs}ms)`,
    `  rate limits: ${limits}`,
  ].join('\n');
}
