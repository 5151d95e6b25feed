import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type ChatItem, chatKey, type MessageItem, replyKey, userMessageKey } from '#backend';
import { replyIdOf } from '#contracts';
import type { JournalEntry } from '#mock-provider';
import {
  auditChats,
  type ChatContents,
  contentSha256,
  duplicateAiCalls,
  type SendRecord,
} from '../../audit.ts';

const SUB = 'auditor';
const CHAT = '01JDQ8Z5V4N2M3K1H0G9F8E7D6';
const [A, B, C] = [
  '01JDQ8Z5V4N2M3K1H0G9F8E7DA',
  '01JDQ8Z5V4N2M3K1H0G9F8E7DB',
  '01JDQ8Z5V4N2M3K1H0G9F8E7DC',
];
const AT = '2026-01-01T00:00:00.000Z';

const user = (id: string, content = `q ${id}`): MessageItem => ({
  ...userMessageKey(SUB, CHAT, id),
  messageId: id,
  role: 'user',
  content,
  createdAt: AT,
});
const reply = (id: string): MessageItem => ({
  ...replyKey(SUB, CHAT, id),
  messageId: replyIdOf(id),
  role: 'assistant',
  content: 'a',
  createdAt: AT,
});
const summary = (messageCount: number) =>
  ({
    ...chatKey(SUB, CHAT),
    chatId: CHAT,
    title: 't',
    createdAt: AT,
    updatedAt: AT,
    messageCount,
  }) as ChatItem;
const chat = (items: MessageItem[], count: number | null = items.length): ChatContents => ({
  sub: SUB,
  chatId: CHAT,
  summary: count === null ? undefined : summary(count),
  items,
});
const sent = (messageId: string, status: number, content = `q ${messageId}`): SendRecord => ({
  sub: SUB,
  chatId: CHAT,
  messageId,
  contentSha256: contentSha256(content),
  status,
});

describe('auditChats', () => {
  it('passes a chat that holds exactly what was answered, retries included', () => {
    const report = auditChats(
      [sent(A, 200), sent(B, 502), sent(B, 200), sent(C, 503)],
      [chat([user(A), reply(A), user(B), reply(B), user(C)])],
    );
    expect(report).toMatchObject({
      ok: true,
      checked: { sends: 4, messages: 3, chats: 1, storedMessages: 5 },
      findings: [],
      unanswered: [{ sub: SUB, chatId: CHAT, messageId: C }],
    });
  });

  it('reports lost, altered, duplicated, orphaned and miscounted messages', () => {
    const stray = { ...user(C), ...userMessageKey(SUB, CHAT, C) };
    const takenId = { ...user(B), messageId: replyIdOf(A) };
    const report = auditChats(
      [sent(A, 200), sent(B, 200, 'what was sent')],
      [chat([user(A), reply(A), takenId, stray, reply('01JDQ8Z5V4N2M3K1H0G9F8E7DZ')], 4)],
    );
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => [f.kind, f.messageId])).toEqual([
      ['duplicated', replyIdOf(A)],
      ['miscounted', undefined],
      ['orphaned', '01JDQ8Z5V4N2M3K1H0G9F8E7DZ'],
      ['orphaned', C],
      ['lost', B],
      ['altered', B],
    ]);
  });

  it("checks a load run's content digests, as k6/crypto writes them, against what is stored", () => {
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const digested = (messageId: string, content: string): SendRecord => ({
      sub: SUB,
      chatId: CHAT,
      messageId,
      contentSha256: sha256(content),
      status: 200,
    });
    const items = [user(A, 'naïve 😀 text'), reply(A), user(B, 'stored'), reply(B)];
    const report = auditChats(
      [digested(A, 'naïve 😀 text'), digested(B, 'what was sent')],
      [chat(items)],
    );
    expect(report.findings.map((f) => [f.kind, f.messageId])).toEqual([['altered', B]]);
    expect(auditChats([digested(A, 'naïve 😀 text')], [chat(items.slice(0, 2))]).ok).toBe(true);
  });

  it('reports messages stored without a chat summary as orphaned', () => {
    const report = auditChats([sent(A, 502)], [chat([user(A)], null)]);
    expect(report.findings.map((f) => f.kind)).toEqual(['orphaned']);
  });
});

describe('duplicateAiCalls', () => {
  const entry = (seq: number, fingerprint: string, outcome: JournalEntry['outcome']) =>
    ({ seq, fingerprint, outcome }) as JournalEntry;

  it('counts calls made again after one was answered, not retries of failures', () => {
    expect(
      duplicateAiCalls([
        entry(1, 'f1', 'fault'),
        entry(2, 'f1', 'ok'),
        entry(3, 'f2', 'ok'),
        entry(5, 'f2', 'ok'),
        entry(4, 'f1', 'ok'),
      ]),
    ).toBe(2);
  });
});
