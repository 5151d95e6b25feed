/**
 * smoke: every route and every error the API documents, once per user, with
 * checks on status and shape. Errors the stage cannot be made to produce on
 * demand (STORE_THROTTLED, INTERNAL) are left to the scenarios that load it.
 */
import { check } from 'k6';
import exec from 'k6/execution';
import type { Options } from 'k6/options';
import { LIMITS } from '../../contracts/index.ts';
import { k6Thresholds } from '../../stages/index.ts';
import { ChatClient } from '../lib/client.ts';
import { readConfig } from '../lib/config.ts';
import { makeContent } from '../lib/content.ts';
import { pause } from '../lib/flows.ts';
import { ulid } from '../lib/ids.ts';
import { mockDirective } from '../lib/mock.ts';
import { profileOf } from '../lib/profiles.ts';
import {
  isErrorWithCode,
  isGetChatResponse,
  isGetChatsResponse,
  isSendMessageResponse,
} from '../lib/shapes.ts';
import { SUMMARY_TREND_STATS, writeSummary } from '../lib/summary.ts';
import { loadUsers, pickUser } from '../lib/users.ts';

const config = readConfig(__ENV);
const profile = profileOf('smoke', config.profile);
const users = loadUsers(config.usersFile);

export const options: Options = {
  scenarios: {
    smoke: {
      executor: 'per-vu-iterations',
      vus: Math.min(profile.users, users.length),
      iterations: 1,
      maxDuration: profile.aiTimeout ? '90s' : '30s',
    },
  },
  thresholds: { ...k6Thresholds(config.stage.slo), checks: ['rate==1'] },
  summaryTrendStats: SUMMARY_TREND_STATS,
};

const GATEWAY_UNAUTHORIZED = '{"message":"Unauthorized"}';

export default async function smoke(): Promise<void> {
  const client = new ChatClient(config.apiUrl, pickUser(users, exec.vu.idInTest - 1));
  const chatId = ulid();
  const messageId = ulid();
  const content = makeContent({ bytes: 200, alphabet: 'multibyte', seed: exec.vu.idInTest });

  const listed = await client.listChats();
  check(listed, { 'GET /chats: 200 with chats': (c) => isGetChatsResponse(c.body) });

  const sent = await client.sendMessage(chatId, messageId, { messageId, content });
  check(sent, { 'POST messages: 200 with both messages': (c) => isSendMessageResponse(c.body) });
  const again = await client.sendMessage(chatId, messageId, { messageId, content });
  check(again, {
    'POST messages again: the stored answer': (c) =>
      isSendMessageResponse(c.body) &&
      isSendMessageResponse(sent.body) &&
      c.body.assistantMessage.messageId === sent.body.assistantMessage.messageId,
  });

  const read = await client.readChat(chatId);
  check(read, {
    'GET /chats/{chatId}: 200 with its messages': (c) =>
      isGetChatResponse(c.body) && c.body.messages.length === 2,
  });
  // The list reads an index that lags the table (on AWS within about a second): ask again a few times.
  let listsIt = false;
  for (let attempt = 0; attempt < 12 && !listsIt; attempt++) {
    if (attempt > 0) await pause(250);
    const relisted = await client.listChats('?limit=5');
    listsIt =
      isGetChatsResponse(relisted.body) &&
      relisted.body.chats.some((chat) => chat.chatId === chatId);
  }
  check(listsIt, { 'GET /chats: lists the new chat within 3 s': (found) => found });

  // The documented errors.
  const badId = await client.readChat('not-a-ulid', '', { expect: [400] });
  check(badId, {
    '400 VALIDATION_ERROR for a bad chat id': (c) => isErrorWithCode(c.body, 'VALIDATION_ERROR'),
  });
  const empty = ulid();
  const blank = await client.sendMessage(
    chatId,
    empty,
    { messageId: empty, content: '   ' },
    { expect: [400] },
  );
  check(blank, {
    '400 VALIDATION_ERROR for blank content': (c) => isErrorWithCode(c.body, 'VALIDATION_ERROR'),
  });
  const missing = await client.readChat(ulid(), '', { expect: [404] });
  check(missing, {
    '404 NOT_FOUND for an unknown chat': (c) => isErrorWithCode(c.body, 'NOT_FOUND'),
  });
  const big = ulid();
  const tooLarge = await client.sendMessage(
    chatId,
    big,
    JSON.stringify({ messageId: big, content: 'x'.repeat(LIMITS.bodyMaxBytes) }),
    { expect: [413] },
  );
  check(tooLarge, {
    '413 PAYLOAD_TOO_LARGE for a large body': (c) => isErrorWithCode(c.body, 'PAYLOAD_TOO_LARGE'),
  });
  for (const [what, authorization] of [
    ['no token', null],
    ['a bad token', 'Bearer not.a.token'],
  ] as const) {
    const denied = await client.listChats('', { expect: [401], authorization });
    check(denied, {
      [`401 from the authorizer for ${what}`]: (c) => c.response.body === GATEWAY_UNAUTHORIZED,
    });
  }
  const faults: Array<[number, string, string]> = [
    [503, 'AI_RATE_LIMITED', mockDirective({ fault: '429', retryAfterMs: 10 })],
    [502, 'AI_PROVIDER_ERROR', mockDirective({ fault: '500' })],
  ];
  if (profile.aiTimeout) faults.push([504, 'AI_TIMEOUT', mockDirective({ fault: 'hang' })]);
  for (const [status, code, directive] of faults) {
    const id = ulid();
    const failed = await client.sendMessage(
      chatId,
      id,
      { messageId: id, content: `fault ${directive}` },
      { expect: [status] },
    );
    check(failed, {
      [`${status} ${code} when the AI provider fails`]: (c) => isErrorWithCode(c.body, code),
    });
  }
}

export const handleSummary = writeSummary;
