import { describe, expect, it } from 'vitest';
import {
  CHAT_SORT_KEY,
  chatKey,
  messageIdOfSortKey,
  replyKey,
  userMessageKey,
  userPartition,
} from '../../commons/keys.ts';

const CHAT = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
const FIRST = '01ARZ3NDEKTSV4RRFFQ69G5FA1';
const SECOND = '01ARZ3NDEKTSV4RRFFQ69G5FA2';

describe('key derivation', () => {
  it('derives every key from the caller', () => {
    expect(chatKey('alice', CHAT).pk).not.toBe(chatKey('bob', CHAT).pk);
    expect(userMessageKey('alice', CHAT, FIRST).pk).toBe(chatKey('alice', CHAT).pk);
    expect(userPartition('alice')).toBe('U#alice');
  });

  it('refuses parts that could forge another key', () => {
    expect(() => userPartition('alice#C#x')).toThrow(TypeError);
    expect(() => userPartition('')).toThrow(TypeError);
    expect(() => chatKey('alice', 'A#B')).toThrow(TypeError);
  });

  it('orders the summary first, then each message followed by its reply', () => {
    const keys = [
      replyKey('a', CHAT, SECOND).sk,
      userMessageKey('a', CHAT, SECOND).sk,
      CHAT_SORT_KEY,
      replyKey('a', CHAT, FIRST).sk,
      userMessageKey('a', CHAT, FIRST).sk,
    ];
    expect([...keys].sort()).toEqual([
      CHAT_SORT_KEY,
      userMessageKey('a', CHAT, FIRST).sk,
      replyKey('a', CHAT, FIRST).sk,
      userMessageKey('a', CHAT, SECOND).sk,
      replyKey('a', CHAT, SECOND).sk,
    ]);
  });

  it('recovers the message id from a message or reply key', () => {
    expect(messageIdOfSortKey(userMessageKey('a', CHAT, FIRST).sk)).toBe(FIRST);
    expect(messageIdOfSortKey(replyKey('a', CHAT, FIRST).sk)).toBe(FIRST);
    expect(messageIdOfSortKey(CHAT_SORT_KEY)).toBeUndefined();
  });
});
