import { describe, expect, it } from 'vitest';
import { readUnits, type TableSchema, writeCost, writeUnits } from '../../capacity.ts';
import { type Item, itemSize, numberSize } from '../../item-size.ts';

/** https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html */
describe('itemSize', () => {
  it.each([
    ['an ASCII string', { a: { S: 'hello' } }, 1 + 5],
    ['a multibyte string, in UTF-8 bytes', { a: { S: '中文' } }, 1 + 6],
    ['an astral character (two UTF-16 units, four bytes)', { a: { S: '😀' } }, 1 + 4],
    ['a multibyte attribute name', { é: { S: 'x' } }, 2 + 1],
    ['a number: 1 byte per two significant digits, plus 1', { n: { N: '12345' } }, 1 + 4],
    ['a number without its leading and trailing zeros', { n: { N: '-00120.0500' } }, 1 + 4],
    ['raw binary bytes, not base64', { b: { B: Buffer.from('abcd').toString('base64') } }, 1 + 4],
    ['null and Boolean', { x: { NULL: true }, y: { BOOL: false } }, 1 + 1 + 1 + 1],
    ['a string set', { s: { SS: ['ab', 'ü'] } }, 1 + 2 + 2],
    ['a list: 3 bytes plus 1 per element', { l: { L: [{ S: 'ab' }, { N: '7' }] } }, 1 + 3 + 3 + 3],
    ['a map: 3 bytes plus each key, value and 1', { m: { M: { k: { S: 'v' } } } }, 1 + 3 + 3],
    ['an empty map', { m: { M: {} } }, 1 + 3],
  ] as Array<[string, Item, number]>)('counts %s', (_label, item, bytes) => {
    expect(itemSize(item)).toBe(bytes);
  });

  it('sizes zero as one byte', () => {
    expect(numberSize('0')).toBe(1);
  });
});

/** https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html */
describe('units', () => {
  it('bills writes per started KB and reads per started 4 KB, halved when eventually consistent', () => {
    expect([writeUnits(0), writeUnits(1_024), writeUnits(1_025)]).toEqual([1, 1, 2]);
    expect([readUnits(0, true), readUnits(0, false)]).toEqual([1, 0.5]);
    expect([readUnits(4_096, true), readUnits(4_097, true), readUnits(8_193, false)]).toEqual([
      1, 2, 1.5,
    ]);
  });
});

describe('writeCost', () => {
  const table: TableSchema = {
    name: 't',
    keys: ['pk', 'sk'],
    indexes: [
      { name: 'all', keys: ['g', 'h'], projection: 'ALL' },
      { name: 'keys', keys: ['g'], projection: 'KEYS_ONLY' },
    ],
  };
  const item = (extra: Item = {}): Item => ({ pk: { S: 'a' }, sk: { S: '1' }, ...extra });
  const summary = (cost: ReturnType<typeof writeCost>) => ({
    table: cost.table,
    indexes: cost.indexes.map((write) => `${write.index}:${write.units}`),
  });

  /** https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.Writes */
  it.each([
    ['an item outside every index', undefined, item(), 1, []],
    [
      'a new item in both indexes',
      undefined,
      item({ g: { S: 'u' }, h: { S: '1' } }),
      1,
      ['all:1', 'keys:1'],
    ],
    [
      'an unchanged rewrite (no index write)',
      item({ g: { S: 'u' }, h: { S: '1' } }),
      item({ g: { S: 'u' }, h: { S: '1' } }),
      1,
      [],
    ],
    [
      'a non-key change: one write where it is projected',
      item({ g: { S: 'u' }, h: { S: '1' } }),
      item({ g: { S: 'u' }, h: { S: '1' }, x: { S: 'y' } }),
      1,
      ['all:1'],
    ],
    [
      'an index sort key change: old entry out, new entry in',
      item({ g: { S: 'u' }, h: { S: '1' } }),
      item({ g: { S: 'u' }, h: { S: '2' } }),
      1,
      ['all:1', 'all:1'],
    ],
    [
      'an index key removed: the entry goes',
      item({ g: { S: 'u' }, h: { S: '1' } }),
      item({ h: { S: '1' } }),
      1,
      ['all:1', 'keys:1'],
    ],
    [
      'a delete of a larger item: the larger size',
      item({ d: { S: 'x'.repeat(2_000) } }),
      undefined,
      2,
      [],
    ],
  ] as Array<[string, Item | undefined, Item | undefined, number, string[]]>)(
    'costs %s',
    (_label, before, after, tableUnits, indexWrites) => {
      expect(summary(writeCost(table, before, after))).toEqual({
        table: tableUnits,
        indexes: indexWrites,
      });
    },
  );

  it('sizes index writes by the projected entry, the larger of old and new in place', () => {
    const big = item({ g: { S: 'u' }, h: { S: '1' }, d: { S: 'x'.repeat(2_000) } });
    const small = item({ g: { S: 'u' }, h: { S: '1' }, d: { S: 'x' } });

    expect(summary(writeCost(table, big, small))).toEqual({ table: 2, indexes: ['all:2'] });
    expect(summary(writeCost(table, undefined, big))).toEqual({
      table: 2,
      indexes: ['all:2', 'keys:1'],
    });
  });
});
