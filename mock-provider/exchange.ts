/**
 * One request's passage through the mock provider, as its journal entry
 * records it: when the headers went out, how it ended and how long it took.
 * Every answer of `serve` goes through `send`, `drop` or a stream's end.
 */
import type { Outgoing } from './routes.ts';
import type { JournalEntry, MockState, Outcome, ProviderName } from './state.ts';
import type { WireResponse } from './wire.ts';

export class Exchange {
  readonly entry: JournalEntry;
  readonly #state: MockState;
  readonly #startedAt = performance.now();
  #closed = false;

  constructor(state: MockState, provider: ProviderName, clientRetryCount: number | null) {
    this.#state = state;
    this.entry = state.begin(provider, clientRetryCount);
  }

  /** `performance.now()` when the request arrived. */
  get startedAt(): number {
    return this.#startedAt;
  }

  get closed(): boolean {
    return this.#closed;
  }

  headersSent(): void {
    this.entry.headersMs = round3(performance.now() - this.#startedAt);
  }

  /** Ends the entry once: status (`null` when nothing was answered) and outcome. */
  close(status: number | null, outcome: Outcome): void {
    if (this.#closed) return;
    this.#closed = true;
    this.entry.status = status;
    this.entry.outcome = outcome;
    this.entry.durationMs = round3(performance.now() - this.#startedAt);
    this.#state.finish(this.entry);
  }

  send(wire: WireResponse, outcome: Outcome, extra: Record<string, string> = {}): Outgoing {
    this.headersSent();
    this.close(wire.status, outcome);
    return {
      kind: 'body',
      status: wire.status,
      headers: { ...wire.headers, ...extra },
      body: wire.body,
    };
  }

  drop(outcome: Outcome): Outgoing {
    this.close(null, outcome);
    return { kind: 'drop' };
  }
}

export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
