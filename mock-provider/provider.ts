import { hash } from 'node:crypto';
import type { RequestHandler } from 'msw';
import { adminRoutes, MAX_CONVERSATION_ID } from './admin.ts';
import { admit } from './admission.ts';
import { anthropic } from './anthropic.ts';
import type { FaultKind, ScriptStep } from './directives.ts';
import { Exchange, round3 } from './exchange.ts';
import { chooseFault, planRequest, type RequestPlan, replyPieces } from './model.ts';
import { openai } from './openai.ts';
import { streamRng } from './prng.ts';
import { describeProfile, type Profile, type RateLimits, resolveProfile } from './profiles.ts';
import { type RateLimitDecision, RateLimiter } from './rate-limit.ts';
import { type Incoming, mswHandlers, type Outgoing, type Route } from './routes.ts';
import {
  type ConversationScript,
  type JournalEntry,
  type JournalFilter,
  type Metrics,
  MockState,
  type Outcome,
  type ProviderName,
} from './state.ts';
import { sleepUntil, timedStream, untilAborted } from './timing.ts';
import { contentText, type MessageContent } from './tokenizer.ts';
import { base62, type Dialect, JSON_CONTENT_TYPE, type Reply } from './wire.ts';

export interface MockProviderOptions {
  /** A profile name (built-in or from `profiles`) or a profile object. Default `instant`. */
  profile?: string | Profile;
  /** Default 1. */
  seed?: number;
  /** Custom profiles by name (see `parseProfilesConfig`). */
  profiles?: Record<string, Profile>;
  /** Origin the OpenAI handler answers on (a trailing `/v1` is ignored); `*` for any host. Default `https://api.openai.com`. */
  openaiBaseUrl?: string;
  /** Origin the Anthropic handler answers on (a trailing `/v1` is ignored); `*` for any host. Default `https://api.anthropic.com`. */
  anthropicBaseUrl?: string;
  /** Fault scripts per conversation, active from the start. */
  scripts?: ConversationScript[];
  /** Rate limits that replace the profile's. */
  rateLimits?: RateLimits;
  /** Largest request body accepted, bytes. Default 32 MiB: Anthropic's Messages limit (https://docs.claude.com/en/api/errors). */
  maxBodyBytes?: number;
  /** Context window, tokens; longer prompts get the provider's 400. */
  contextWindowTokens?: Partial<Record<ProviderName, number>>;
  /** Journal entries kept (the latest win). Default 10 000. */
  journalSize?: number;
  /** Wall clock for rate-limit buckets and `created` stamps. Default `Date.now`. */
  now?: () => number;
  /** Where ignored directives and internal errors are reported. Default `console.warn`. */
  log?: (line: string) => void;
}

export interface MockProvider {
  readonly profile: Profile;
  readonly seed: number;
  /** MSW handlers for `POST …/v1/chat/completions` and `POST …/v1/messages`. */
  readonly handlers: RequestHandler[];
  /** MSW handlers for `/__mock/*` on any host (health, journal, metrics, profile, reset, scripts). */
  readonly adminHandlers: RequestHandler[];
  /** The same provider and admin routes, for direct dispatch (the standalone server). */
  readonly routes: Route[];
  journal(filter?: JournalFilter): JournalEntry[];
  metrics(): Metrics;
  /** Forgets journal, counters, attempt counts, buckets and scripts set at run time. */
  reset(): void;
  /** Faults for the next requests of a conversation, in order; then normal behaviour. */
  setScript(conversation: string, steps: readonly ScriptStep[]): void;
  describe(): string;
}

/** Request header that names a conversation explicitly. */
export const CONVERSATION_HEADER = 'x-mock-conversation';

/** Anthropic's Messages request limit, 32 MB (https://docs.claude.com/en/api/errors). */
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;
const DEFAULT_JOURNAL_SIZE = 10_000;
/** Context windows of gpt-4o and Claude models (the vendors' model pages). */
const DEFAULT_CONTEXT_WINDOW: Record<ProviderName, number> = {
  openai: 128_000,
  anthropic: 200_000,
};

/** Stream ids for derived request ids (apart from the model's streams). */
const ID_STREAM = 90;
const REQUEST_ID_STREAM = 91;

/**
 * A request's conversation: the `x-mock-conversation` header when present,
 * else `c_` + 16 hex digits of SHA-256 of the first user message's text.
 */
export function conversationOf(
  headers: Incoming['headers'],
  messages: ReadonlyArray<{ role: string; content: MessageContent }>,
): string {
  const named = headers.get(CONVERSATION_HEADER)?.trim();
  if (named) return named.slice(0, MAX_CONVERSATION_ID);
  const first = messages.find((m) => m.role === 'user');
  const text = first ? contentText(first.content) : '';
  return `c_${hash('sha256', text, 'hex').slice(0, 16)}`;
}

function parseRetryCount(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

export function createMockProvider(options: MockProviderOptions = {}): MockProvider {
  const profile =
    typeof options.profile === 'object'
      ? options.profile
      : resolveProfile(options.profile ?? 'instant', options.profiles);
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.warn(line));
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const contextWindow = { ...DEFAULT_CONTEXT_WINDOW, ...options.contextWindowTokens };
  const limits = options.rateLimits ?? profile.rateLimits;
  const limiter = limits ? new RateLimiter(limits) : undefined;
  const state = new MockState(options.journalSize ?? DEFAULT_JOURNAL_SIZE, options.scripts ?? []);
  let fallbackIds = 0;

  async function serve(dialect: Dialect, request: Incoming): Promise<Outgoing> {
    const exchange = new Exchange(
      state,
      dialect.name,
      parseRetryCount(request.headers.get('x-stainless-retry-count')),
    );
    fallbackIds += 1;
    let requestId = `req_mock${fallbackIds.toString(16).padStart(20, '0')}`;
    try {
      const admission = await admit(
        dialect,
        request,
        { maxBodyBytes, contextWindowTokens: contextWindow[dialect.name] },
        requestId,
      );
      if (!admission.ok) {
        const outcome = admission.error.status === 401 ? 'unauthorized' : 'invalid';
        return exchange.send(admission.error, outcome);
      }
      const turn = planTurn({ seed, profile, state, log }, request, admission, exchange.entry);
      requestId = turn.requestId;
      const decision = limiter?.check(
        `${dialect.name}:${admission.apiKey}`,
        admission.inputTokens + (admission.facts.maxTokens ?? turn.plan.outputTokens),
        now(),
      );
      return await answer(dialect, request, admission, turn, decision, exchange, now);
    } catch (error) {
      log(`mock-provider: internal error: ${(error as Error).stack ?? String(error)}`);
      if (exchange.closed) return { kind: 'drop' };
      return exchange.send(
        dialect.fault('500', { model: '', requestId, retryAfterMs: 0, nowMs: now() }),
        'fault',
      );
    }
  }

  const openaiRoute: Route = { method: 'POST', path: openai.path, handle: (r) => serve(openai, r) };
  const anthropicRoute: Route = {
    method: 'POST',
    path: anthropic.path,
    handle: (r) => serve(anthropic, r),
  };
  const provider: MockProvider = {
    profile,
    seed,
    handlers: [
      ...mswHandlers([openaiRoute], options.openaiBaseUrl ?? 'https://api.openai.com'),
      ...mswHandlers([anthropicRoute], options.anthropicBaseUrl ?? 'https://api.anthropic.com'),
    ],
    adminHandlers: [],
    routes: [openaiRoute, anthropicRoute],
    journal: (filter) => state.journal(filter),
    metrics: () => state.metrics(),
    reset: () => {
      state.reset();
      limiter?.reset();
    },
    setScript: (conversation, steps) => state.setScript(conversation, steps),
    describe: () => `${describeProfile(profile)}\n  seed: ${seed}`,
  };
  const admin = adminRoutes(provider);
  provider.routes.push(...admin);
  provider.adminHandlers.push(...mswHandlers(admin, '*'));
  return provider;
}

type Admitted = Extract<Awaited<ReturnType<typeof admit>>, { ok: true }>;

/** A request's plan: latency, output, fault, and the ids the journal and the answer carry. */
interface Turn {
  plan: RequestPlan;
  conversation: string;
  attempt: number;
  fault: FaultKind | null;
  requestId: string;
}

/** Plans an admitted request (a pure function of seed, profile and body, plus attempt counts) and journals the plan. */
function planTurn(
  provider: { seed: number; profile: Profile; state: MockState; log: (line: string) => void },
  request: Incoming,
  { body, facts }: Admitted,
  entry: JournalEntry,
): Turn {
  const { state } = provider;
  entry.model = facts.model;
  entry.stream = facts.stream;
  const plan = planRequest(provider.seed, provider.profile, body);
  const conversation = conversationOf(request.headers, facts.messages);
  const attempt = state.nextAttempt(plan.fingerprint);
  const conversationAttempt = state.nextConversationAttempt(conversation);
  const idRng = streamRng(plan.key, REQUEST_ID_STREAM, attempt);
  const requestId = `req_${base62(() => idRng.nextUint32(), 24)}`;
  const script = state.scriptFor(conversation);
  const { fault, source } = chooseFault(
    plan,
    provider.profile,
    attempt,
    script ? { script, attempt: conversationAttempt } : undefined,
  );
  Object.assign(entry, {
    conversation,
    fingerprint: plan.fingerprint,
    attempt,
    conversationAttempt,
    fault,
    faultSource: source,
    plan: {
      ttftMs: round3(plan.ttftMs),
      tpotMs: round3(plan.tpotMs),
      outputTokens: plan.outputTokens,
      totalMs: round3(plan.totalMs),
    },
    directives: plan.directives,
    directiveProblems: plan.directiveProblems,
  });
  for (const problem of plan.directiveProblems) {
    provider.log(`mock-provider: ignored directive ${problem} (request ${plan.fingerprint})`);
  }
  return { plan, conversation, attempt, fault, requestId };
}

/** Answers a planned request: a rate-limit refusal, its fault, or the reply (JSON or a stream), on time. */
async function answer(
  dialect: Dialect,
  request: Incoming,
  { facts, inputTokens }: Admitted,
  { plan, conversation, attempt, fault, requestId }: Turn,
  decision: RateLimitDecision | undefined,
  exchange: Exchange,
  now: () => number,
): Promise<Outgoing> {
  const { signal } = request;
  const t0 = exchange.startedAt;
  const { entry } = exchange;
  const context = {
    model: facts.model,
    requestId,
    retryAfterMs: plan.retryAfterMs,
    nowMs: now(),
    ...(decision ? { decision } : {}),
  };
  const mockHeaders: Record<string, string> = {
    'x-mock-fingerprint': plan.fingerprint,
    'x-mock-attempt': String(attempt),
    'x-mock-planned-ms': plan.totalMs.toFixed(3),
    'x-mock-conversation': conversation,
  };
  if (fault) mockHeaders['x-mock-fault'] = fault;

  if (decision && !decision.allowed) {
    entry.fault = null;
    entry.faultSource = null;
    entry.retryAfterMs = round3(decision.retryAfterMs ?? 0);
    return exchange.send(dialect.rateLimited(decision, context), 'rate_limited', mockHeaders);
  }

  switch (fault) {
    case '429':
      entry.retryAfterMs = plan.retryAfterMs;
      return exchange.send(dialect.fault('429', context), 'fault', mockHeaders);
    case '500':
    case '529':
      if (!(await sleepUntil(t0 + plan.ttftMs, signal))) return exchange.drop('client_closed');
      return exchange.send(dialect.fault(fault, context), 'fault', mockHeaders);
    case 'hang':
      await untilAborted(signal);
      return exchange.drop('fault');
    case 'disconnect':
      if (!facts.stream) {
        if (!(await sleepUntil(t0 + plan.totalMs / 2, signal))) {
          return exchange.drop('client_closed');
        }
        return exchange.drop('fault');
      }
      break;
    default:
      break;
  }

  const textRng = streamRng(plan.key, ID_STREAM);
  const reply: Reply = {
    id:
      dialect.name === 'openai'
        ? `chatcmpl-${base62(() => textRng.nextUint32(), 29)}`
        : `msg_01${base62(() => textRng.nextUint32(), 22)}`,
    created: Math.floor(now() / 1000),
    model: facts.model,
    pieces: replyPieces(plan),
    plan,
    inputTokens,
    includeUsage: facts.includeUsage,
  };
  entry.usage = { inputTokens, outputTokens: plan.outputTokens };
  const outcome: Outcome = fault ? 'fault' : 'ok';
  const headers = {
    [dialect.requestIdHeader]: requestId,
    ...dialect.responseHeaders(facts.stream ? plan.ttftMs : plan.totalMs),
    ...(decision ? dialect.rateLimitHeaders(decision, context.nowMs) : {}),
    ...mockHeaders,
  };

  if (!facts.stream) {
    if (!(await sleepUntil(t0 + plan.totalMs, signal))) return exchange.drop('client_closed');
    let text = dialect.json(reply);
    if (fault === 'malformed') text = text.slice(0, Math.floor(text.length / 2));
    return exchange.send(
      { status: 200, headers: { 'content-type': JSON_CONTENT_TYPE, ...headers }, body: text },
      outcome,
    );
  }

  if (!(await sleepUntil(t0 + plan.ttftMs, signal))) return exchange.drop('client_closed');
  const events = dialect.events(reply);
  const half = Math.max(1, Math.ceil(events.length / 2));
  const stream = timedStream(events, {
    startAt: t0 + plan.ttftMs,
    signal,
    ...(fault === 'disconnect' ? { cutAfter: half, ending: 'fail' as const } : {}),
    ...(fault === 'malformed' ? { cutAfter: half, trailer: dialect.brokenEvent(reply) } : {}),
    onEnd: (end) => exchange.close(200, end === 'cancelled' ? 'client_closed' : outcome),
  });
  exchange.headersSent();
  return {
    kind: 'stream',
    status: 200,
    headers: {
      'content-type': dialect.streamContentType,
      'cache-control': 'no-cache',
      ...headers,
    },
    stream,
  };
}

/** The provider handlers of a fresh mock provider (see `createMockProvider` for the journal). */
export function createHandlers(options: MockProviderOptions = {}): RequestHandler[] {
  return createMockProvider(options).handlers;
}
