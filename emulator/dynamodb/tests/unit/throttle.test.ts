import { describe, expect, it } from 'vitest';
import { type TableCapacity, TableThrottle } from '../../throttle.ts';

const ARN = 'arn:aws:dynamodb:us-east-1:000000000000:table/t';

function throttle(capacity: TableCapacity, settings = { burstSeconds: 0, partitions: 4 }) {
  let now = 0;
  const table = new TableThrottle({
    arn: ARN,
    capacity,
    indexes: ['gsi1'],
    settings,
    now: () => now,
  });
  return {
    table,
    advance(ms: number) {
      now += ms;
    },
  };
}

const provisioned = (write: number, indexWrite = write): TableCapacity => ({
  mode: 'provisioned',
  table: { read: 10, write },
  indexes: { gsi1: { read: 10, write: indexWrite } },
});

describe('provisioned throughput', () => {
  it('serves the provisioned units a second, then throttles with the table reason', () => {
    const { table, advance } = throttle(provisioned(10));
    for (let i = 0; i < 10; i++) {
      expect(table.check(undefined, 'Write', { S: `k${i}` })).toBeUndefined();
      table.charge(undefined, 'Write', 1, { S: `k${i}` });
    }

    expect(table.check(undefined, 'Write', { S: 'k' })).toEqual({
      exception: 'ProvisionedThroughputExceededException',
      reason: 'TableWriteProvisionedThroughputExceeded',
      resource: ARN,
      message: expect.stringContaining('provisioned throughput for the table'),
    });
    expect(table.check(undefined, 'Read', { S: 'k' })).toBeUndefined();
    advance(100);
    expect(table.check(undefined, 'Write', { S: 'k' })).toBeUndefined();
  });

  it('keeps up to burstSeconds of unused units', () => {
    const { table } = throttle(provisioned(10), { burstSeconds: 3, partitions: 4 });
    table.charge(undefined, 'Write', 29.5, undefined);
    expect(table.check(undefined, 'Write', undefined)).toBeUndefined();
    table.charge(undefined, 'Write', 1, undefined);
    expect(table.check(undefined, 'Write', undefined)).toBeDefined();
  });

  it('lets a large write pass on any units left, then makes later writes wait out its debt', () => {
    const { table, advance } = throttle(provisioned(10));
    table.charge(undefined, 'Write', 40, undefined);
    advance(2_000);
    expect(table.check(undefined, 'Write', undefined)).toBeDefined();
    advance(1_100);
    expect(table.check(undefined, 'Write', undefined)).toBeUndefined();
  });

  it('throttles an index by its own units, with the index reason and ARN', () => {
    const { table } = throttle(provisioned(100, 2));
    table.charge('gsi1', 'Write', 2, { S: 'u' });
    expect(table.check('gsi1', 'Write', { S: 'u' })).toMatchObject({
      reason: 'IndexWriteProvisionedThroughputExceeded',
      resource: `${ARN}/index/gsi1`,
    });
    expect(table.check(undefined, 'Write', { S: 'u' })).toBeUndefined();
  });
});

describe('on-demand throughput', () => {
  it('serves a new table 4,000 write units a second at once, then throttles', () => {
    const { table, advance } = throttle({ mode: 'on-demand' }, { burstSeconds: 0, partitions: 8 });
    table.charge(undefined, 'Write', 3_999, undefined);
    expect(table.check(undefined, 'Write', undefined)).toBeUndefined();
    table.charge(undefined, 'Write', 1, undefined);
    expect(table.check(undefined, 'Write', undefined)).toMatchObject({
      exception: 'ProvisionedThroughputExceededException',
      reason: 'TableWriteKeyRangeThroughputExceeded',
    });
    advance(1_000);
    expect(table.check(undefined, 'Write', undefined)).toBeUndefined();
  });

  it('raises the ceiling to double a new peak only after 30 minutes', () => {
    const { table, advance } = throttle({ mode: 'on-demand' }, { burstSeconds: 0, partitions: 20 });
    // A peak of 3,000 a second for a while: under the initial 4,000 ceiling.
    for (let second = 0; second < 5; second++) {
      table.charge(undefined, 'Write', 3_000, undefined);
      advance(1_000);
    }
    table.charge(undefined, 'Write', 4_000, undefined);
    expect(table.check(undefined, 'Write', undefined)).toBeDefined();

    advance(31 * 60 * 1_000);
    table.charge(undefined, 'Write', 5_999, undefined);
    expect(table.check(undefined, 'Write', undefined)).toBeUndefined();
  });
});

describe('partitions', () => {
  it('caps one partition key at 1,000 write units a second in either mode, reads at a third', () => {
    const { table } = throttle({ mode: 'on-demand' }, { burstSeconds: 0, partitions: 4 });
    const hot = { S: 'hot-key' };
    table.charge(undefined, 'Write', 999, hot);
    table.charge(undefined, 'Read', 2.9, hot);
    expect(table.check(undefined, 'Write', hot)).toBeUndefined();
    table.charge(undefined, 'Read', 0.2, hot);

    expect(table.check(undefined, 'Read', hot)).toMatchObject({
      reason: 'TableReadKeyRangeThroughputExceeded',
    });
    const other = [1, 2, 3, 4, 5, 6, 7, 8]
      .map((n) => ({ S: `key-${n}` }))
      .find((key) => table.partitionOf(key) !== table.partitionOf(hot));
    expect(other && table.check(undefined, 'Write', other)).toBeUndefined();
  });
});
