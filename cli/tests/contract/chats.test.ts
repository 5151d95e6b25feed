/**
 * `loopgauge chats`' contract with the chat API: a second consumer, with a
 * pact of its own, pinning only what it reads of a chat summary.
 */
import { Matchers } from '@pact-foundation/pact';
import { describe, expect, inject, it } from 'vitest';
import { ChatApiClient } from '#contracts/client';
import { CONSUMERS, consumerPact, interaction, match, state } from '#contracts/verify';
import { chatsPage } from '../../chats-command.ts';

const { like, integer, eachLike, nullValue } = Matchers;

const pact = consumerPact(CONSUMERS.cli, inject('pactDir'));
const CHAT = '01JDQ8Z5V4N2M3K1H0G9F8E7A1';

describe('loopgauge chats', () => {
  it("prints a page of the user's chats, most recently active first", async () => {
    await interaction(
      pact,
      "a listing of a user's chats, 20 at a time",
      state('userWithChats', { chatCount: 2 }),
    )
      .withRequest('GET', '/chats', (request) =>
        request.query({ limit: '20' }).headers({ authorization: match.bearer() }),
      )
      .willRespondWith(200, (response) =>
        response.jsonBody({
          chats: eachLike(
            {
              chatId: match.ulid(CHAT),
              title: like('Hello there'),
              updatedAt: match.isoTime('2026-11-27T14:42:04.123Z'),
              messageCount: integer(2),
            },
            2,
          ),
          nextCursor: nullValue(),
        }),
      )
      .executeTest(async (server) => {
        const client = new ChatApiClient({ baseUrl: server.url, getToken: () => 'token' });
        const text = await chatsPage(client, 20, undefined);
        const lines = text.trimEnd().split('\n');
        expect(lines).toHaveLength(3);
        expect(lines[1]).toBe(`2026-11-27T14:42:04.123Z         2  ${CHAT}  Hello there`);
        expect(text).not.toContain('more:');
      });
  });
});
