import type { Directives, FaultKind, ScriptStep } from './directives.ts';

/**
 * The mock's memory: the request journal, counters, attempt counts and
 * fault scripts. Everything here is bounded, so a long load run keeps a
 * fixed footprint: the journal is a ring of the latest entries and the
 * attempt maps forget their oldest keys first.
 */

export type ProviderName = 'openai' | 'anthropic';

export type Outcome =
  | 'pending'
  | 'ok'
  | 'fault'
  | 'rate_limited'
  | 'invalid'
  | 'unauthorized'
  | 'client_closed';

export type FaultSource = 'seed' | 'directive' | 'script';

export interface JournalEntry {
  seq: number;
  /** When the request arrived (ISO-8601). */
  at: string;
  provider: ProviderName;
  model: string | null;
  stream: boolean;
  /** See README "Conversations": `x-mock-conversation`, else a hash of the first user message. */
  conversation: string | null;
  /** 16 hex digits identifying (seed, canonical body); retries of one request share it. */
  fingerprint: string | null;
  /** 1 for the first request with this fingerprint, 2 for its first retry, … */
  attempt: number;
  /** The n-th request of this conversation. */
  conversationAttempt: number;
  /** `x-stainless-retry-count` as the official SDKs send it. */
  clientRetryCount: number | null;
  /** The status sent, or null when no response was sent (hang, dropped connection). */
  status: number | null;
  outcome: Outcome;
  fault: FaultKind | null;
  faultSource: FaultSource | null;
  plan: { ttftMs: number; tpotMs: number; outputTokens: number; totalMs: number } | null;
  usage: { inputTokens: number; outputTokens: number } | null;
  directives: Directives;
  directiveProblems: string[];
  /** The wait advertised with a 429. */
  retryAfterMs: number | null;
  /** Milliseconds from arrival to the last byte sent, or to the client leaving. */
  durationMs: number | null;
  /** Milliseconds from arrival to the response headers. */
  headersMs: number | null;
}

export interface JournalFilter {
  limit?: number;
  conversation?: string;
  fingerprint?: string;
  provider?: ProviderName;
}

export interface Metrics {
  startedAt: string;
  requests: number;
  inFlight: number;
  maxInFlight: number;
  byProvider: Record<string, number>;
  byStatus: Record<string, number>;
  byOutcome: Record<string, number>;
  byFault: Record<string, number>;
  inputTokens: number;
  outputTokens: number;
  directiveProblems: number;
  journalDropped: number;
}

export interface ConversationScript {
  conversation: string;
  steps: ScriptStep[];
}

/** Keys kept at most in each attempt map. */
const MAX_TRACKED_KEYS = 100_000;

function bump(record: Record<string, number>, key: string, by = 1): void {
  record[key] = (record[key] ?? 0) + by;
}

function boundedIncrement(map: Map<string, number>, key: string): number {
  const next = (map.get(key) ?? 0) + 1;
  if (!map.has(key) && map.size >= MAX_TRACKED_KEYS) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
  map.set(key, next);
  return next;
}

function emptyMetrics(): Metrics {
  return {
    startedAt: new Date().toISOString(),
    requests: 0,
    inFlight: 0,
    maxInFlight: 0,
    byProvider: {},
    byStatus: {},
    byOutcome: {},
    byFault: {},
    inputTokens: 0,
    outputTokens: 0,
    directiveProblems: 0,
    journalDropped: 0,
  };
}

export class MockState {
  private ring: JournalEntry[] = [];
  private head = 0;
  private seq = 0;
  private counters: Metrics = emptyMetrics();
  private readonly attempts = new Map<string, number>();
  private readonly conversationAttempts = new Map<string, number>();
  private readonly scripts = new Map<string, ScriptStep[]>();

  constructor(
    private readonly journalSize: number,
    private readonly initialScripts: readonly ConversationScript[] = [],
  ) {
    for (const script of initialScripts) this.scripts.set(script.conversation, [...script.steps]);
  }

  /** Opens a journal entry for an arriving request (visible at once, as `pending`). */
  begin(provider: ProviderName, clientRetryCount: number | null): JournalEntry {
    this.seq += 1;
    const entry: JournalEntry = {
      seq: this.seq,
      at: new Date().toISOString(),
      provider,
      model: null,
      stream: false,
      conversation: null,
      fingerprint: null,
      attempt: 0,
      conversationAttempt: 0,
      clientRetryCount,
      status: null,
      outcome: 'pending',
      fault: null,
      faultSource: null,
      plan: null,
      usage: null,
      directives: {},
      directiveProblems: [],
      retryAfterMs: null,
      durationMs: null,
      headersMs: null,
    };
    if (this.ring.length < this.journalSize) {
      this.ring.push(entry);
    } else {
      this.ring[this.head] = entry;
      this.head = (this.head + 1) % this.journalSize;
      this.counters.journalDropped += 1;
    }
    const m = this.counters;
    m.requests += 1;
    m.inFlight += 1;
    m.maxInFlight = Math.max(m.maxInFlight, m.inFlight);
    bump(m.byProvider, provider);
    return entry;
  }

  /** Closes an entry: counts its outcome. Called once per entry. */
  finish(entry: JournalEntry): void {
    const m = this.counters;
    m.inFlight = Math.max(0, m.inFlight - 1);
    bump(m.byStatus, entry.status === null ? 'none' : String(entry.status));
    bump(m.byOutcome, entry.outcome);
    if (entry.fault) bump(m.byFault, entry.fault);
    if (entry.usage && entry.outcome === 'ok') {
      m.inputTokens += entry.usage.inputTokens;
      m.outputTokens += entry.usage.outputTokens;
    }
    m.directiveProblems += entry.directiveProblems.length;
  }

  nextAttempt(fingerprint: string): number {
    return boundedIncrement(this.attempts, fingerprint);
  }

  nextConversationAttempt(conversation: string): number {
    return boundedIncrement(this.conversationAttempts, conversation);
  }

  /** Scripts a conversation from its next request on (replacing any script it had). */
  setScript(conversation: string, steps: readonly ScriptStep[]): void {
    this.scripts.set(conversation, [...steps]);
    this.conversationAttempts.delete(conversation);
  }

  scriptFor(conversation: string): readonly ScriptStep[] | undefined {
    return this.scripts.get(conversation);
  }

  journal(filter: JournalFilter = {}): JournalEntry[] {
    const ordered =
      this.ring.length < this.journalSize
        ? [...this.ring]
        : [...this.ring.slice(this.head), ...this.ring.slice(0, this.head)];
    const matching = ordered.filter(
      (e) =>
        (filter.conversation === undefined || e.conversation === filter.conversation) &&
        (filter.fingerprint === undefined || e.fingerprint === filter.fingerprint) &&
        (filter.provider === undefined || e.provider === filter.provider),
    );
    return filter.limit !== undefined ? matching.slice(-filter.limit) : matching;
  }

  metrics(): Metrics {
    return structuredClone(this.counters);
  }

  /** Forgets the journal (numbering restarts), counters, attempts, and scripts set at run time. */
  reset(): void {
    const inFlight = this.counters.inFlight;
    this.ring = [];
    this.head = 0;
    this.seq = 0;
    this.counters = emptyMetrics();
    this.counters.inFlight = inFlight;
    this.attempts.clear();
    this.conversationAttempts.clear();
    this.scripts.clear();
    for (const script of this.initialScripts)
      this.scripts.set(script.conversation, [...script.steps]);
  }
}
