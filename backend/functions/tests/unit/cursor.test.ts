import { describe, expect, it } from 'vitest';
import { CursorCodec } from '../../commons/cursor.ts';
import { ValidationError } from '../../commons/errors.ts';

const codec = new CursorCodec('a-secret-that-is-long-enough-0123456789');
const alice = { listing: 'chats', sub: 'alice' };
const anything = (_value: unknown): _value is unknown => true;

describe('CursorCodec', () => {
  it('round-trips a position for the same caller and listing', () => {
    const cursor = codec.encode(alice, { activity: '2026-01-01T00:00:00.000Z#X', chatId: 'X' });
    expect(codec.decode(alice, cursor, anything)).toEqual({
      activity: '2026-01-01T00:00:00.000Z#X',
      chatId: 'X',
    });
  });

  it('is opaque: the caller does not appear in it', () => {
    const cursor = codec.encode(alice, { chatId: 'X' });
    expect(Buffer.from(cursor.split('.')[0] ?? '', 'base64url').toString()).not.toContain('alice');
  });

  it('rejects a cursor issued to another user', () => {
    const cursor = codec.encode(alice, { chatId: 'X' });
    expect(() => codec.decode({ ...alice, sub: 'mallory' }, cursor, anything)).toThrow(
      ValidationError,
    );
  });

  it('rejects a cursor of another listing', () => {
    const cursor = codec.encode({ listing: 'chat:A', sub: 'alice' }, { sk: 'MSG#1' });
    expect(() => codec.decode({ listing: 'chat:B', sub: 'alice' }, cursor, anything)).toThrow(
      ValidationError,
    );
  });

  it('rejects a forged payload with the original signature', () => {
    const cursor = codec.encode(alice, { chatId: 'X' });
    const [, mac] = cursor.split('.');
    const forged = Buffer.from(JSON.stringify({ v: 1, l: 'chats', p: { chatId: 'Y' } })).toString(
      'base64url',
    );
    expect(() => codec.decode(alice, `${forged}.${mac}`, anything)).toThrow(ValidationError);
  });

  it('rejects a cursor signed with another secret', () => {
    const other = new CursorCodec('another-secret-that-is-long-enough-0123');
    expect(() => codec.decode(alice, other.encode(alice, { chatId: 'X' }), anything)).toThrow(
      ValidationError,
    );
  });

  it('accepts exactly one spelling of a cursor: its canonical base64url', () => {
    // A payload and MAC whose base64url uses '-' and '_', so the standard alphabet differs.
    const position = { chatId: '\u00fb\u00ff\u00fe\u00ff\u00fb', n: 4 };
    let cursor = codec.encode(alice, position);
    for (let n = 0; !/[-_]/.test(cursor); n++) cursor = codec.encode(alice, { ...position, n });
    const [payload = '', mac = ''] = cursor.split('.');
    const standard = (text: string) => text.replaceAll('-', '+').replaceAll('_', '/');
    const variants = [
      `${standard(payload)}.${standard(mac)}`,
      `${payload}=.${mac}`,
      `${payload}.${mac}==`,
      `${payload}!.${mac}`,
      `${payload}.${mac} `,
      ` ${payload}.${mac}`,
      `${payload.slice(0, 4)} ${payload.slice(4)}.${mac}`,
      `${payload}.${mac.slice(0, -1)}${String.fromCharCode(mac.charCodeAt(mac.length - 1) + 1)}`,
    ].filter((variant) => variant !== cursor);

    expect(codec.decode(alice, cursor, anything)).toMatchObject({ chatId: position.chatId });
    for (const variant of variants) {
      expect(() => codec.decode(alice, variant, anything), variant).toThrow(ValidationError);
    }
  });

  it.each(['', 'abc', 'a.b.c', '..', '%%%.###'])('rejects garbage %j', (cursor) => {
    expect(() => codec.decode(alice, cursor, anything)).toThrow(ValidationError);
  });

  it('rejects an intact cursor whose position is not of the listing’s shape', () => {
    const cursor = codec.encode(alice, { chatId: 42 });
    const isChat = (value: unknown): value is { chatId: string } =>
      typeof (value as { chatId?: unknown } | null)?.chatId === 'string';
    expect(() => codec.decode(alice, cursor, isChat)).toThrow(ValidationError);
  });
});
