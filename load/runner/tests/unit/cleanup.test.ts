import type { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { type Backoff, type BatchWriter, CleanupError, deleteBatch } from '../../cleanup.ts';

const TABLE = 'chats';
const keys = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ pk: 'U#a#C#c', sk: `MSG#${i}` }));

/** A table that leaves `unprocessed[round]` deletes of each round unprocessed (then none). */
function throttledTable(unprocessed: number[]): BatchWriter & { rounds: number[] } {
  const rounds: number[] = [];
  return {
    rounds,
    async send(command: BatchWriteCommand) {
      const requests = command.input.RequestItems?.[TABLE] ?? [];
      rounds.push(requests.length);
      const left = Math.min(requests.length, unprocessed[rounds.length - 1] ?? 0);
      return left === 0 ? {} : { UnprocessedItems: { [TABLE]: requests.slice(0, left) } };
    },
  };
}

function backoff(budgetMs: number): Backoff & { waits: number[] } {
  const waits: number[] = [];
  return {
    baseMs: 100,
    capMs: 800,
    budgetMs,
    waits,
    sleep: async (ms) => {
      waits.push(ms);
    },
  };
}

describe('deleting a batch on a throttled table', () => {
  it('sends the unprocessed deletes again after a doubling, capped wait until none is left', async () => {
    const table = throttledTable([20, 15, 10, 10, 5, 1]);
    const wait = backoff(60_000);
    await deleteBatch(table, TABLE, keys(25), wait);
    expect(table.rounds).toEqual([25, 20, 15, 10, 10, 5, 1]);
    expect(wait.waits).toEqual([100, 200, 400, 800, 800, 800]);
  });

  it('does not wait when the first round processes everything', async () => {
    const table = throttledTable([]);
    const wait = backoff(60_000);
    await deleteBatch(table, TABLE, keys(3), wait);
    expect(table.rounds).toEqual([3]);
    expect(wait.waits).toEqual([]);
  });

  it('gives up with a CleanupError once the waits would pass the budget', async () => {
    const table = throttledTable(Array(1_000).fill(2));
    const wait = backoff(2_000);
    const failure = deleteBatch(table, TABLE, keys(5), wait);
    await expect(failure).rejects.toThrow(CleanupError);
    await expect(failure).rejects.toThrow(
      '2 of 5 deletes still unprocessed after 5 rounds and 1500 ms of backoff',
    );
    // 100 + 200 + 400 + 800 = 1,500 ms; the next 800 would pass 2,000.
    expect(wait.waits).toEqual([100, 200, 400, 800]);
    expect(table.rounds).toHaveLength(5);
  });
});
