import { describe, expect, it } from 'vitest';
import type { Message } from '#contracts';
import { conversation, titleOf } from '../../commons/chat-service.ts';
import type { MessageItem } from '../../commons/store.ts';

function item(n: number, role: Message['role'], content: string): MessageItem {
  return { pk: 'p', sk: `MSG#${n}`, messageId: `${n}`, role, content, createdAt: '' };
}

const current: Message = { messageId: 'new', role: 'user', content: 'now?', createdAt: '' };

describe('conversation', () => {
  const newestFirst = [
    item(4, 'assistant', 'd'),
    item(3, 'user', 'c'),
    item(2, 'assistant', 'b'),
    item(1, 'user', 'a'),
  ];

  it('sends the history oldest first, then the new message', () => {
    expect(conversation(newestFirst, current, { maxMessages: 10, maxChars: 1_000 })).toEqual([
      { role: 'user', content: 'a' },
      { role: 'assistant', content: 'b' },
      { role: 'user', content: 'c' },
      { role: 'assistant', content: 'd' },
      { role: 'user', content: 'now?' },
    ]);
  });

  it('keeps the newest messages that fit the count bound', () => {
    const turns = conversation(newestFirst, current, { maxMessages: 2, maxChars: 1_000 });
    expect(turns.map((t) => t.content)).toEqual(['c', 'd', 'now?']);
  });

  it('keeps the newest messages that fit the size bound, never starting with a reply', () => {
    const long = [item(2, 'assistant', 'x'.repeat(10)), item(1, 'user', 'y'.repeat(10))];
    expect(conversation(long, current, { maxMessages: 10, maxChars: 15 })).toEqual([
      { role: 'user', content: 'now?' },
    ]);
  });

  it('sends only the new message when history is switched off', () => {
    expect(conversation(newestFirst, current, { maxMessages: 0, maxChars: 1_000 })).toHaveLength(1);
  });
});

describe('titleOf', () => {
  it('folds white space and cuts long first messages', () => {
    expect(titleOf('  Hello\n\n world ')).toBe('Hello world');
    const title = titleOf('word '.repeat(40));
    expect(title).toHaveLength(60);
    expect(title.endsWith('…')).toBe(true);
  });

  it('never splits a character outside the Basic Multilingual Plane', () => {
    const title = titleOf('😀'.repeat(80));
    expect(Array.from(title)).toHaveLength(60);
    expect(title).toBe(`${'😀'.repeat(59)}…`);
  });
});
