/**
 * The eventually consistent index: a second engine holds a copy of every
 * item that has an entry in a global secondary index, and each write reaches
 * that copy only `delayMs` after it succeeded on the table, in order per item.
 * Index reads go to the copy, so a listing right after a write may not show
 * it yet, as on AWS, where a write reaches an index within about a second
 * (https://repost.aws/knowledge-center/dynamodb-missing-table-items-gsi).
 */
import type { Engine } from './engine.ts';
import type { Item } from './item-size.ts';

export class IndexReplica {
  readonly engine: Engine;
  readonly #delayMs: number;
  readonly #chains = new Map<string, Promise<void>>();
  readonly #timers = new Set<NodeJS.Timeout>();
  #closed = false;

  constructor(engine: Engine, delayMs: number) {
    this.engine = engine;
    this.#delayMs = delayMs;
  }

  /** Applies an item's new image (or its removal) to the copy after the delay. */
  schedule(table: string, id: string, key: Item, image: Item | undefined): void {
    if (this.#closed) return;
    const due = performance.now() + this.#delayMs;
    const chainKey = `${table}\u0000${id}`;
    const previous = this.#chains.get(chainKey) ?? Promise.resolve();
    const next = previous
      .then(() => this.#sleepUntil(due))
      .then(async () => {
        if (this.#closed) return;
        const answer = image
          ? await this.engine.call('PutItem', { TableName: table, Item: image })
          : await this.engine.call('DeleteItem', { TableName: table, Key: key });
        if (answer.status !== 200) throw new Error(`index copy: ${answer.text}`);
      })
      .catch(() => undefined);
    this.#chains.set(chainKey, next);
    void next.then(() => {
      if (this.#chains.get(chainKey) === next) this.#chains.delete(chainKey);
    });
  }

  /** Resolves once every scheduled write has reached the copy. */
  async settled(): Promise<void> {
    while (this.#chains.size > 0) await Promise.all([...this.#chains.values()]);
  }

  close(): Promise<void> {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#chains.clear();
    return this.engine.close();
  }

  #sleepUntil(due: number): Promise<void> {
    const wait = due - performance.now();
    if (wait <= 0 || this.#closed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        resolve();
      }, wait);
      timer.unref();
      this.#timers.add(timer);
    });
  }
}
