/**
 * Per-request directives, written in the last user message so a client of
 * the chat API can shape the provider through the backend:
 *
 *   [mock latency=1500ms tokens=200 fault=429]
 *
 * Grammar: `[mock` then whitespace-separated `key=value` pairs then `]`.
 * Several blocks may appear; keys are lower case and may appear once.
 * Parsing is strict: an unknown key, a bad value or a repeated key is
 * reported as a problem and that pair is ignored; the rest still apply.
 */

/** Faults the mock can inject. `529` is Anthropic's overloaded error (503 on OpenAI). */
export const FAULT_KINDS = ['429', '500', '529', 'malformed', 'hang', 'disconnect'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A step of a fault script: a fault, or `ok` for a normal response. */
export type ScriptStep = FaultKind | 'ok';

export interface Directives {
  /** Total time of the response; TTFT and per-token time are scaled to fit it. */
  latencyMs?: number;
  /** Time to first token. */
  ttftMs?: number;
  /** Time per output token after the first. */
  tpotMs?: number;
  /** Output length in tokens (still capped by the request's max tokens). */
  tokens?: number;
  /** A fault for this request, or `none` to suppress a seeded fault. */
  fault?: FaultKind | 'none';
  /** Faults for the 1st, 2nd, … attempt of this exact request; later attempts behave normally. */
  script?: ScriptStep[];
  /** The wait advertised by a 429 (`retry-after`, `retry-after-ms`); null: a 429 with neither header. */
  retryAfterMs?: number | null;
}

export interface ParsedDirectives {
  directives: Directives;
  /** One line per ignored pair, for the log and the journal. */
  problems: string[];
}

/** Longest duration a directive may ask for: the 10-minute default timeout of the OpenAI SDK. */
export const MAX_DIRECTIVE_MS = 600_000;
export const MAX_DIRECTIVE_TOKENS = 32_768;
export const MAX_SCRIPT_STEPS = 20;

const BLOCK = /\[mock(?=[\s\]])([^\]]*)\]/g;
const DURATION = /^(\d+(?:\.\d+)?)(ms|s)$/;
const INTEGER = /^[1-9]\d*$/;

function parseDuration(value: string): number | string {
  const match = DURATION.exec(value);
  if (!match) return `expected a duration such as 250ms or 1.5s, got "${value}"`;
  const ms = Number(match[1]) * (match[2] === 's' ? 1000 : 1);
  if (ms > MAX_DIRECTIVE_MS) return `duration ${value} is over the ${MAX_DIRECTIVE_MS}ms maximum`;
  return ms;
}

function isFault(value: string): value is FaultKind {
  return (FAULT_KINDS as readonly string[]).includes(value);
}

type Setter = (value: string, into: Directives) => string | undefined;

function durationSetter(field: 'latencyMs' | 'ttftMs' | 'tpotMs' | 'retryAfterMs'): Setter {
  return (value, into) => {
    const ms = parseDuration(value);
    if (typeof ms === 'string') return ms;
    into[field] = ms;
    return undefined;
  };
}

const SETTERS: Record<string, Setter> = {
  latency: durationSetter('latencyMs'),
  ttft: durationSetter('ttftMs'),
  tpot: durationSetter('tpotMs'),
  'retry-after': (value, into) => {
    if (value === 'none') {
      into.retryAfterMs = null;
      return undefined;
    }
    return durationSetter('retryAfterMs')(value, into);
  },
  tokens: (value, into) => {
    if (!INTEGER.test(value)) return `expected a positive integer, got "${value}"`;
    const tokens = Number(value);
    if (tokens > MAX_DIRECTIVE_TOKENS) {
      return `${tokens} tokens is over the ${MAX_DIRECTIVE_TOKENS} maximum`;
    }
    into.tokens = tokens;
    return undefined;
  },
  fault: (value, into) => {
    if (value !== 'none' && !isFault(value)) {
      return `expected one of ${FAULT_KINDS.join(', ')}, none; got "${value}"`;
    }
    into.fault = value;
    return undefined;
  },
  script: (value, into) => {
    const steps = value.split(',');
    if (steps.length > MAX_SCRIPT_STEPS) return `a script has at most ${MAX_SCRIPT_STEPS} steps`;
    for (const step of steps) {
      if (step !== 'ok' && !isFault(step)) {
        return `script step "${step}" is not one of ${FAULT_KINDS.join(', ')}, ok`;
      }
    }
    into.script = steps as ScriptStep[];
    return undefined;
  },
};

export const DIRECTIVE_KEYS = Object.keys(SETTERS);

export function parseDirectives(text: string): ParsedDirectives {
  const directives: Directives = {};
  const problems: string[] = [];
  if (!text.includes('[mock')) return { directives, problems };
  const seen = new Set<string>();
  for (const block of text.matchAll(BLOCK)) {
    const body = (block[1] ?? '').trim();
    if (body === '') continue;
    for (const pair of body.split(/\s+/)) {
      const eq = pair.indexOf('=');
      if (eq <= 0 || eq === pair.length - 1) {
        problems.push(`"${pair}": expected key=value`);
        continue;
      }
      const key = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const setter = SETTERS[key];
      if (!setter) {
        problems.push(`"${pair}": unknown key "${key}" (known: ${DIRECTIVE_KEYS.join(', ')})`);
        continue;
      }
      if (seen.has(key)) {
        problems.push(`"${pair}": "${key}" was already given; the first value stays`);
        continue;
      }
      const problem = setter(value, directives);
      if (problem) problems.push(`"${pair}": ${problem}`);
      else seen.add(key);
    }
  }
  if (
    directives.latencyMs !== undefined &&
    (directives.ttftMs ?? directives.tpotMs) !== undefined
  ) {
    problems.push('"latency" cannot be combined with "ttft" or "tpot"; latency ignored');
    delete directives.latencyMs;
  }
  return { directives, problems };
}

/**
 * The directive block for `directives`, e.g. `[mock latency=1500ms tokens=200]`,
 * or `''` when there is nothing to ask for. `parseDirectives` reads it back
 * unchanged; durations are written in milliseconds (to the microsecond).
 */
export function formatDirectives(directives: Directives): string {
  const ms = (value: number) => `${Math.round(value * 1_000) / 1_000}ms`;
  const pairs: string[] = [];
  if (directives.latencyMs !== undefined) pairs.push(`latency=${ms(directives.latencyMs)}`);
  if (directives.ttftMs !== undefined) pairs.push(`ttft=${ms(directives.ttftMs)}`);
  if (directives.tpotMs !== undefined) pairs.push(`tpot=${ms(directives.tpotMs)}`);
  if (directives.tokens !== undefined) pairs.push(`tokens=${directives.tokens}`);
  if (directives.fault !== undefined) pairs.push(`fault=${directives.fault}`);
  if (directives.script !== undefined) pairs.push(`script=${directives.script.join(',')}`);
  if (directives.retryAfterMs !== undefined) {
    pairs.push(
      `retry-after=${directives.retryAfterMs === null ? 'none' : ms(directives.retryAfterMs)}`,
    );
  }
  return pairs.length === 0 ? '' : `[mock ${pairs.join(' ')}]`;
}
