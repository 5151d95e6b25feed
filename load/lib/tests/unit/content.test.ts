import { describe, expect, it } from 'vitest';
import { isUlid, LIMITS } from '#contracts';
import { parseDirectives } from '#mock-provider';
import { makeContent, utf8Length } from '../../content.ts';
import { ulid } from '../../ids.ts';
import { mockDirective } from '../../mock.ts';

describe('utf8Length', () => {
  it.each(['', 'ascii', 'café', '日本語', '🙂𝄞', 'a€🙂'])('counts %j as Node does', (text) => {
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});

describe('makeContent', () => {
  it.each([
    ['ascii', 2_000],
    ['multibyte', 2_000],
    ['multibyte', 10],
  ] as const)('fills %s content up to %d bytes', (alphabet, bytes) => {
    const text = makeContent({ bytes, alphabet, seed: 7 });
    const size = Buffer.byteLength(text, 'utf8');
    expect(size).toBeLessThanOrEqual(bytes);
    expect(size).toBeGreaterThan(bytes - 12);
    expect(makeContent({ bytes, alphabet, seed: 7 })).toBe(text);
  });

  it('writes multibyte content: more bytes than characters', () => {
    const text = makeContent({ bytes: 1_000, alphabet: 'multibyte', seed: 1 });
    expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThan(text.length * 1.5);
  });

  it('keeps a directive suffix whole and within the size', () => {
    const suffix = mockDirective({ latencyMs: 320 });
    const text = makeContent({ bytes: 120, alphabet: 'ascii', seed: 3, suffix });
    expect(text.endsWith(` ${suffix}`)).toBe(true);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(120);
    expect(parseDirectives(text).directives).toEqual({ latencyMs: 320 });
  });

  it('stays within the API limit in characters', () => {
    const text = makeContent({ bytes: 1_000_000, alphabet: 'ascii', seed: 1 });
    expect(text.length).toBeLessThanOrEqual(LIMITS.contentMaxChars);
  });
});

describe('ulid', () => {
  it('makes canonical ULIDs that sort by time', () => {
    const ids = [ulid(1_000), ulid(2_000), ulid(Date.now())];
    for (const id of ids) expect(isUlid(id)).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(Array.from({ length: 1_000 }, () => ulid())).size).toBe(1_000);
  });
});
