import { describe, expect, it } from 'vitest';
import {
  formatDynamoDbUsage,
  formatServerTiming,
  isErrorResponse,
  isUlid,
  parseDynamoDbUsage,
  parseServerTiming,
} from '#contracts';

describe('isUlid', () => {
  it('accepts a canonical ULID', () => {
    expect(isUlid('01ARZ3NDEKTSV4RRFFQ69G5FAV')).toBe(true);
  });

  it.each([
    ['lower case', '01arz3ndektsv4rrffq69g5fav'],
    ['too short', '01ARZ3NDEKTSV4RRFFQ69G5FA'],
    ['too long', '01ARZ3NDEKTSV4RRFFQ69G5FAVX'],
    ['excluded letter I', '01ARZ3NDEKTSV4RRFFQ69G5FAI'],
    ['timestamp overflow', '81ARZ3NDEKTSV4RRFFQ69G5FAV'],
    ['not a string', 42],
  ])('rejects %s', (_label, value) => {
    expect(isUlid(value)).toBe(false);
  });
});

describe('telemetry headers', () => {
  it('round-trips Server-Timing in the documented order', () => {
    const header = formatServerTiming({ app: 12.345, init: 200, ddb: 3 });
    expect(header).toBe('init;dur=200, ddb;dur=3, app;dur=12.35');
    expect(parseServerTiming(header)).toEqual({ init: 200, ddb: 3, app: 12.35 });
  });

  it('ignores unknown and malformed Server-Timing entries', () => {
    expect(parseServerTiming('cdn;dur=4, ai;dur=x, ssm;dur=7')).toEqual({ ssm: 7 });
  });

  it('round-trips the DynamoDB usage header and rejects a partial one', () => {
    const header = formatDynamoDbUsage({ rcu: 0.5, wcu: 4, retries: 1 });
    expect(header).toBe('rcu=0.5;wcu=4;retries=1');
    expect(parseDynamoDbUsage(header)).toEqual({ rcu: 0.5, wcu: 4, retries: 1 });
    expect(parseDynamoDbUsage('rcu=1;wcu=2')).toBeUndefined();
  });

  it('carries the index units apart, and parsers skip fields they do not know', () => {
    const usage = { rcu: 1, wcu: 5, idxRcu: 0, idxWcu: 2, retries: 0 };
    const header = formatDynamoDbUsage(usage);

    expect(header).toBe('rcu=1;wcu=5;idx_rcu=0;idx_wcu=2;retries=0');
    expect(parseDynamoDbUsage(header)).toEqual(usage);
    expect(parseDynamoDbUsage('rcu=1;wcu=5;future_field=7;retries=0')).toEqual({
      rcu: 1,
      wcu: 5,
      retries: 0,
    });
  });
});

describe('isErrorResponse', () => {
  it('recognises the backend error shape only', () => {
    expect(
      isErrorResponse({
        error: { code: 'NOT_FOUND', message: 'x', retryable: false },
        requestId: 'r',
      }),
    ).toBe(true);
    expect(isErrorResponse({ message: 'Unauthorized' })).toBe(false);
    expect(isErrorResponse({ error: { code: 'NOPE' } })).toBe(false);
  });
});
