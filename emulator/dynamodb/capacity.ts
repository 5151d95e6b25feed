/**
 * Capacity units by AWS's rules, from item sizes:
 *
 * - a write costs 1 unit per started KB of the larger of the item before and
 *   after it, at least 1 (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html);
 * - a read costs 1 unit per started 4 KB, half for an eventually consistent
 *   read, and the same minimum when nothing is found (same page); a Query or
 *   Scan adds up its items before rounding, BatchGetItem rounds each item;
 * - each global secondary index whose entry a write changes costs writes of
 *   its own, sized by the projected entry: one to add or remove an entry or
 *   to rewrite its projected attributes, two (old entry out, new entry in)
 *   when an index key changes
 *   (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.Writes);
 * - a conditional write whose condition fails costs the size of the item it
 *   found, at least 1, on the table only
 *   (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithItems.html#WorkingWithItems.ConditionalWrites.ReturnConsumedCapacity).
 */
import { type AttributeValue, type Item, itemSize, KB } from './item-size.ts';

export interface IndexSchema {
  name: string;
  /** Partition key, then the sort key if any. */
  keys: string[];
  projection: 'ALL' | 'KEYS_ONLY' | { include: string[] };
}

export interface TableSchema {
  name: string;
  /** Partition key, then the sort key if any. */
  keys: string[];
  /** Global secondary indexes. */
  indexes: IndexSchema[];
}

/** One index entry a write puts or removes, with its cost. */
export interface IndexWrite {
  index: string;
  units: number;
  /** The entry's index partition key value, for partition limits. */
  partitionKey: AttributeValue | undefined;
}

export interface WriteCost {
  table: number;
  indexes: IndexWrite[];
}

export function writeUnits(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / KB));
}

/** Read units for `bytes` read together (0 bytes still costs the minimum). */
export function readUnits(bytes: number, consistent: boolean): number {
  return Math.max(1, Math.ceil(bytes / (4 * KB))) * (consistent ? 1 : 0.5);
}

/** The item's entry in `index`, or undefined when it lacks an index key (sparse index). */
export function indexEntry(
  table: TableSchema,
  index: IndexSchema,
  item: Item | undefined,
): Item | undefined {
  if (!item || index.keys.some((key) => item[key] === undefined)) return undefined;
  if (index.projection === 'ALL') return item;
  const names = new Set([...table.keys, ...index.keys]);
  if (index.projection !== 'KEYS_ONLY')
    for (const name of index.projection.include) names.add(name);
  const entry: Item = {};
  for (const name of names) {
    const value = item[name];
    if (value !== undefined) entry[name] = value;
  }
  return entry;
}

/** What a write that turns `before` into `after` costs (undefined: no item). */
export function writeCost(
  table: TableSchema,
  before: Item | undefined,
  after: Item | undefined,
): WriteCost {
  const size = Math.max(before ? itemSize(before) : 0, after ? itemSize(after) : 0);
  const indexes: IndexWrite[] = [];
  for (const index of table.indexes) {
    const old = indexEntry(table, index, before);
    const next = indexEntry(table, index, after);
    const write = (entry: Item, bytes = itemSize(entry)) =>
      indexes.push({
        index: index.name,
        units: writeUnits(bytes),
        partitionKey: entry[index.keys[0] ?? ''],
      });
    if (old && next) {
      if (sameValues(index.keys, old, next)) {
        if (!sameItem(old, next)) write(next, Math.max(itemSize(old), itemSize(next)));
      } else {
        write(old);
        write(next);
      }
    } else if (old) {
      write(old);
    } else if (next) {
      write(next);
    }
  }
  return { table: writeUnits(size), indexes };
}

/** The key attributes of `item` for a table (and an index, when given). */
export function keyOf(
  table: TableSchema,
  item: Item,
  index?: IndexSchema,
): Record<string, AttributeValue> {
  const key: Record<string, AttributeValue> = {};
  for (const name of index ? [...index.keys, ...table.keys] : table.keys) {
    const value = item[name];
    if (value !== undefined) key[name] = value;
  }
  return key;
}

function sameValues(names: string[], a: Item, b: Item): boolean {
  return names.every((name) => canonical(a[name]) === canonical(b[name]));
}

function sameItem(a: Item, b: Item): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && sameValues(names, a, b);
}

/** A stable text for a value (map keys sorted), to compare or hash it. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return `{${entries.map(([key, element]) => `${JSON.stringify(key)}:${canonical(element)}`).join(',')}}`;
}
