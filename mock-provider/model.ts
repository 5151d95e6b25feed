import {
  type Directives,
  FAULT_KINDS,
  type FaultKind,
  type ParsedDirectives,
  parseDirectives,
  type ScriptStep,
} from './directives.ts';
import { quantile } from './distributions.ts';
import { canonicalJson, keyHex, type RequestKey, requestKey, STREAM, streamRng } from './prng.ts';
import type { Profile } from './profiles.ts';
import { generatePieces } from './text.ts';
import { contentText, type MessageContent } from './tokenizer.ts';

/**
 * The latency model. For a request body B, seed S and profile P:
 *
 *   key        = SHA-256(S, canonical JSON of B)
 *   ttft       = P.ttftMs⁻¹(u₁)          u₁ from stream "ttft" of key
 *   tpot       = P.tpotMs⁻¹(u₂)          u₂ from stream "tpot"
 *   tokens     = max(1, round(P.outputTokens⁻¹(u₃)))
 *   tokens     = min(tokens, max_tokens)  finish "length" when capped
 *   latency    = ttft + (tokens − 1) · tpot
 *   fault(n)   = the fault whose cumulative rate band holds u₄(n), the
 *                draw of stream "fault" for the request's n-th attempt
 *
 * Directives in the last user message replace the drawn values. The draws do
 * not depend on the profile (common random numbers: a request sits at the
 * same quantile under every profile), on arrival order, or on concurrency.
 */

export interface LatencyPlan {
  ttftMs: number;
  tpotMs: number;
  outputTokens: number;
  /** Time from the start of the request to its last token. */
  totalMs: number;
  finishReason: 'stop' | 'length';
}

export interface RequestPlan extends LatencyPlan {
  key: RequestKey;
  /** 16 hex digits of the key: one spelling per distinct (seed, body). */
  fingerprint: string;
  directives: Directives;
  directiveProblems: string[];
  /** The wait advertised by a 429 for this request; null: none advertised. */
  retryAfterMs: number | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of the last `user` message of a request body (either API), or "". */
export function lastUserText(body: unknown): string {
  if (!isRecord(body) || !Array.isArray(body.messages)) return '';
  for (let i = body.messages.length - 1; i >= 0; i--) {
    const message: unknown = body.messages[i];
    if (isRecord(message) && message.role === 'user') {
      const content = message.content;
      if (typeof content === 'string' || Array.isArray(content)) {
        return contentText(content as MessageContent);
      }
      return '';
    }
  }
  return '';
}

/** The request's cap on output tokens (`max_completion_tokens`, else `max_tokens`), if any. */
export function maxOutputTokens(body: unknown): number | undefined {
  if (!isRecord(body)) return undefined;
  const cap = body.max_completion_tokens ?? body.max_tokens;
  return typeof cap === 'number' && Number.isInteger(cap) && cap >= 1 ? cap : undefined;
}

function applyLatency(
  profile: Profile,
  key: RequestKey,
  body: unknown,
  parsed: ParsedDirectives,
): LatencyPlan {
  const { directives } = parsed;
  let ttftMs = directives.ttftMs ?? quantile(profile.ttftMs, streamRng(key, STREAM.ttft).uniform());
  let tpotMs = directives.tpotMs ?? quantile(profile.tpotMs, streamRng(key, STREAM.tpot).uniform());
  let outputTokens =
    directives.tokens ??
    Math.max(
      1,
      Math.round(quantile(profile.outputTokens, streamRng(key, STREAM.outputTokens).uniform())),
    );
  let finishReason: LatencyPlan['finishReason'] = 'stop';
  const cap = maxOutputTokens(body);
  if (cap !== undefined && outputTokens > cap) {
    outputTokens = cap;
    finishReason = 'length';
  }
  if (directives.latencyMs !== undefined) {
    const modelTotal = ttftMs + (outputTokens - 1) * tpotMs;
    if (modelTotal > 0) {
      const factor = directives.latencyMs / modelTotal;
      ttftMs *= factor;
      tpotMs *= factor;
    } else {
      ttftMs = directives.latencyMs;
      tpotMs = 0;
    }
  }
  return {
    ttftMs,
    tpotMs,
    outputTokens,
    totalMs: ttftMs + (outputTokens - 1) * tpotMs,
    finishReason,
  };
}

/** Everything the model decides about a request body, before any state (attempts, buckets). */
export function planRequest(seed: number, profile: Profile, body: unknown): RequestPlan {
  const key = requestKey(seed, canonicalJson(body));
  const parsed = parseDirectives(lastUserText(body));
  return {
    ...applyLatency(profile, key, body, parsed),
    key,
    fingerprint: keyHex(key),
    directives: parsed.directives,
    directiveProblems: parsed.problems,
    retryAfterMs:
      parsed.directives.retryAfterMs === undefined
        ? profile.retryAfterMs
        : parsed.directives.retryAfterMs,
  };
}

/** The latency, output length and finish reason of a request: a pure function of its inputs. */
export function latencyFor(seed: number, profile: Profile, body: unknown): LatencyPlan {
  const { ttftMs, tpotMs, outputTokens, totalMs, finishReason } = planRequest(seed, profile, body);
  return { ttftMs, tpotMs, outputTokens, totalMs, finishReason };
}

/**
 * The fault of the n-th attempt (1-based) of a planned request: the `fault`
 * directive if given, else a seeded draw. Each attempt draws afresh, so a
 * seeded fault clears on retry with the profile's probability, as transient
 * faults of the real APIs do; attempt 1 depends on nothing but the inputs.
 */
export function seededFault(
  plan: RequestPlan,
  profile: Profile,
  attempt: number,
): FaultKind | null {
  const forced = plan.directives.fault;
  if (forced !== undefined) return forced === 'none' ? null : forced;
  const u = streamRng(plan.key, STREAM.fault, attempt).uniform();
  let band = 0;
  for (const kind of FAULT_KINDS) {
    band += profile.faults[kind] ?? 0;
    if (u < band) return kind;
  }
  return null;
}

export interface FaultChoice {
  fault: FaultKind | null;
  source: 'seed' | 'directive' | 'script' | null;
}

function fromStep(step: ScriptStep | undefined): FaultChoice {
  return { fault: step === undefined || step === 'ok' ? null : step, source: 'script' };
}

/**
 * Which fault a request gets, first match wins: the `script=` directive for
 * this attempt of this body, then the conversation's script for its n-th
 * request, then the `fault=` directive or the seeded draw.
 */
export function chooseFault(
  plan: RequestPlan,
  profile: Profile,
  attempt: number,
  conversation?: { script: readonly ScriptStep[]; attempt: number },
): FaultChoice {
  const requestScript = plan.directives.script;
  if (requestScript && attempt <= requestScript.length) return fromStep(requestScript[attempt - 1]);
  if (conversation && conversation.attempt <= conversation.script.length) {
    return fromStep(conversation.script[conversation.attempt - 1]);
  }
  const fault = seededFault(plan, profile, attempt);
  if (!fault) return { fault: null, source: null };
  return { fault, source: plan.directives.fault !== undefined ? 'directive' : 'seed' };
}

/** The reply, one piece per output token. */
export function replyPieces(plan: RequestPlan): string[] {
  return generatePieces(streamRng(plan.key, STREAM.text), plan.outputTokens);
}
