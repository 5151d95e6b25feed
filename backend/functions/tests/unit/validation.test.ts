import { describe, expect, it } from 'vitest';
import { LIMITS } from '#contracts';
import { PayloadTooLargeError, ValidationError } from '../../commons/errors.ts';
import {
  decodeBody,
  parseChatId,
  parseCursorParam,
  parseLimit,
  parseSendMessageBody,
} from '../../commons/validation.ts';

const ULID = '01ARZ3NDEKTSV4RRFFQ69G5FAV';

describe('parseChatId', () => {
  it('returns a canonical ULID', () => {
    expect(parseChatId({ chatId: ULID })).toBe(ULID);
  });

  it.each([undefined, '', 'not-a-ulid', ULID.toLowerCase(), `${ULID}0`])('rejects %j', (chatId) => {
    expect(() => parseChatId(chatId === undefined ? undefined : { chatId })).toThrow(
      ValidationError,
    );
  });
});

describe('parseLimit', () => {
  const bounds = LIMITS.chatsPage;

  it('defaults when absent and accepts the bounds', () => {
    expect(parseLimit(undefined, bounds)).toBe(20);
    expect(parseLimit({ limit: '1' }, bounds)).toBe(1);
    expect(parseLimit({ limit: '100' }, bounds)).toBe(100);
  });

  it.each(['0', '101', '-1', '1.5', 'ten', '', ' 5', '1e2', '00000'])('rejects %j', (limit) => {
    expect(() => parseLimit({ limit }, bounds)).toThrow(ValidationError);
  });
});

describe('parseCursorParam', () => {
  it('passes a cursor through and rejects empty or oversized ones', () => {
    expect(parseCursorParam({ cursor: 'abc.def' })).toBe('abc.def');
    expect(parseCursorParam({})).toBeUndefined();
    expect(() => parseCursorParam({ cursor: '' })).toThrow(ValidationError);
    expect(() => parseCursorParam({ cursor: 'x'.repeat(2_049) })).toThrow(ValidationError);
  });
});

describe('decodeBody', () => {
  it('accepts exactly the limit and rejects one byte more with 413', () => {
    const atLimit = 'a'.repeat(LIMITS.bodyMaxBytes);
    expect(decodeBody(atLimit, false)).toHaveLength(LIMITS.bodyMaxBytes);
    expect(() => decodeBody(`${atLimit}a`, false)).toThrow(PayloadTooLargeError);
  });

  it('counts bytes, not characters', () => {
    const euros = '€'.repeat(Math.floor(LIMITS.bodyMaxBytes / 3) + 1);
    expect(() => decodeBody(euros, false)).toThrow(PayloadTooLargeError);
  });

  it('decodes base64 bodies before measuring them', () => {
    expect(decodeBody(Buffer.from('{"a":1}').toString('base64'), true)).toBe('{"a":1}');
    const big = Buffer.alloc(LIMITS.bodyMaxBytes + 1, 'a').toString('base64');
    expect(() => decodeBody(big, true)).toThrow(PayloadTooLargeError);
  });

  it('requires a body', () => {
    expect(() => decodeBody(undefined, false)).toThrow(ValidationError);
    expect(() => decodeBody('', false)).toThrow(ValidationError);
  });
});

describe('parseSendMessageBody', () => {
  const body = (value: unknown) => JSON.stringify(value);

  it('keeps characters outside the Basic Multilingual Plane (surrogate pairs)', () => {
    expect(parseSendMessageBody(body({ messageId: ULID, content: '😀 \u0000 𝄞' })).content).toBe(
      '😀 \u0000 𝄞',
    );
  });

  it('returns the message with its content trimmed', () => {
    expect(parseSendMessageBody(body({ messageId: ULID, content: '  hello \n' }))).toEqual({
      messageId: ULID,
      content: 'hello',
    });
  });

  it('accepts 8,000 characters after trimming and rejects 8,001', () => {
    const max = 'x'.repeat(LIMITS.contentMaxChars);
    expect(parseSendMessageBody(body({ messageId: ULID, content: ` ${max} ` })).content).toBe(max);
    expect(() => parseSendMessageBody(body({ messageId: ULID, content: `${max}x` }))).toThrow(
      /content must be 1 to 8000/,
    );
  });

  it.each([
    ['malformed JSON', '{"messageId":', /not valid JSON/],
    ['an array', '[]', /JSON object/],
    ['null', 'null', /JSON object/],
    ['a missing messageId', body({ content: 'hi' }), /messageId/],
    ['a lower-case messageId', body({ messageId: ULID.toLowerCase(), content: 'hi' }), /messageId/],
    ['numeric content', body({ messageId: ULID, content: 42 }), /content must be a string/],
    ['empty content', body({ messageId: ULID, content: '' }), /content must be 1/],
    ['whitespace-only content', body({ messageId: ULID, content: ' \n\t ' }), /content must be 1/],
    ['a lone high surrogate', body({ messageId: ULID, content: 'a\ud800b' }), /Unicode text/],
    ['a lone low surrogate', body({ messageId: ULID, content: '\udfff' }), /Unicode text/],
    [
      'an unknown field',
      body({ messageId: ULID, content: 'hi', role: 'system' }),
      /unknown field: role/,
    ],
  ])('rejects %s', (_label, text, message) => {
    expect(() => parseSendMessageBody(text)).toThrow(ValidationError);
    expect(() => parseSendMessageBody(text)).toThrow(message);
  });
});
