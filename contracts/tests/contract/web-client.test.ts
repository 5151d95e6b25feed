/**
 * The reference frontend client's contract with the chat API: one test per
 * interaction, each running the real client against Pact's mock server.
 * Responses are matched by shape (ids as ULIDs, times as ISO-8601, counts as
 * integers) and pin exact values only where the client depends on them:
 * statuses, error codes, `retryable`, roles, and the ids it sent.
 */
import { Matchers } from '@pact-foundation/pact';
import { Agent, fetch as undiciFetch } from 'undici';
import { describe, expect, inject, it } from 'vitest';
import { BackendError, GatewayError, LIMITS, replyIdOf } from '#contracts';
import { ChatApiClient } from '#contracts/client';
import {
  type AiFailure,
  CONSUMERS,
  consumerPact,
  interaction,
  match,
  state,
} from '#contracts/verify';

const { like, integer, constrainedArrayLike, eachLike, nullValue } = Matchers;

const pact = consumerPact(CONSUMERS.web, inject('pactDir'));

const CHAT = '01JDQ8Z5V4N2M3K1H0G9F8E7A1';
const NEW_CHAT = '01JDQ8Z5V4N2M3K1H0G9F8E7B2';
const MESSAGE = '01JDQ8Z5V4N2M3K1H0G9F8E7C3';
const CURSOR = 'cursor-from-the-first-page';

/**
 * Each test's client has its own connection pool: Pact starts a mock server
 * per test, and a kept-alive connection to an earlier one on a reused port
 * would carry this test's request to that server instead.
 */
const client = (url: string, token: string | undefined = 'consumer-test-token') => {
  const dispatcher = new Agent();
  return new ChatApiClient({
    baseUrl: url,
    getToken: () => token,
    fetch: ((input: string, init: RequestInit) =>
      undiciFetch(input, { ...(init as object), dispatcher })) as unknown as typeof fetch,
  });
};

const summary = (chatId = CHAT) => ({
  chatId: match.ulid(chatId),
  title: like('Hello there'),
  createdAt: match.isoTime(),
  updatedAt: match.isoTime(),
  messageCount: integer(2),
});

const message = (role: 'user' | 'assistant', messageId = '01JDQ8Z5V4N2M3K1H0G9F8E7M1') => ({
  messageId: role === 'user' ? match.ulid(messageId) : match.replyId(replyIdOf(messageId)),
  role,
  content: like(role === 'user' ? 'Hello there' : 'Hi! How can I help?'),
  createdAt: match.isoTime(),
});

const exchange = (sent: { messageId: string; content: unknown }) => ({
  chat: summary(),
  userMessage: {
    messageId: sent.messageId,
    role: 'user',
    content: sent.content,
    createdAt: match.isoTime(),
  },
  assistantMessage: message('assistant', '01JDQ8Z5V4N2M3K1H0G9F8E7M2'),
  usage: { inputTokens: integer(12), outputTokens: integer(8) },
});

const backendError = (code: string, retryable: boolean) => ({
  error: { code, message: like('what went wrong'), retryable },
  requestId: like('JKJaXmPLvHcESHA='),
});

const authorized = { authorization: match.bearer() };

/** What a call rejected with (undefined when it resolved). */
const failureOf = (call: Promise<unknown>) =>
  call.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('listing chats', () => {
  it('gets an empty page for a user with no chats', async () => {
    await interaction(
      pact,
      'a request for the chats of a user who has none',
      state('userWithChats', { chatCount: 0 }),
    )
      .withRequest('GET', '/chats', (request) => request.headers(authorized))
      .willRespondWith(200, (response) => response.jsonBody({ chats: [], nextCursor: null }))
      .executeTest(async (server) => {
        const page = await client(server.url).listChats();
        expect(page).toEqual({ chats: [], nextCursor: null });
      });
  });

  it('gets at most `limit` chats and a cursor to the rest', async () => {
    await interaction(
      pact,
      'a request for the first page of chats, two at a time',
      state('userWithChats', { chatCount: 3 }),
    )
      .withRequest('GET', '/chats', (request) => request.query({ limit: '2' }).headers(authorized))
      .willRespondWith(200, (response) =>
        response.jsonBody({
          chats: constrainedArrayLike(summary(), 1, 2, 2),
          nextCursor: like('opaque-cursor'),
        }),
      )
      .executeTest(async (server) => {
        const page = await client(server.url).listChats({ limit: 2 });
        expect(page.chats).toHaveLength(2);
        expect(page.chats[0]).toMatchObject({ chatId: CHAT, messageCount: 2 });
        expect(page.nextCursor).toEqual(expect.any(String));
      });
  });

  it('follows the cursor to the last page, which has none', async () => {
    await interaction(
      pact,
      'a request for the next page of chats',
      state('userWithChatsPaged', { chatCount: 3, pageSize: 2 }),
    )
      .withRequest('GET', '/chats', (request) =>
        request
          .query({ limit: '2', cursor: match.fromState('nextCursor', CURSOR) })
          .headers(authorized),
      )
      .willRespondWith(200, (response) =>
        response.jsonBody({ chats: eachLike(summary(), 1), nextCursor: nullValue() }),
      )
      .executeTest(async (server) => {
        const page = await client(server.url).listChats({ limit: 2, cursor: CURSOR });
        expect(page.chats.length).toBeGreaterThan(0);
        expect(page.nextCursor).toBeNull();
      });
  });

  it('is told when a page size is out of range', async () => {
    await interaction(
      pact,
      'a request for a page of 500 chats',
      state('userWithChats', { chatCount: 0 }),
    )
      .withRequest('GET', '/chats', (request) =>
        request.query({ limit: '500' }).headers(authorized),
      )
      .willRespondWith(400, (response) =>
        response.jsonBody(backendError('VALIDATION_ERROR', false)),
      )
      .executeTest(async (server) => {
        const failure = await failureOf(client(server.url).listChats({ limit: 500 }));
        expect(failure).toBeInstanceOf(BackendError);
        expect(failure).toMatchObject({ code: 'VALIDATION_ERROR', status: 400, retryable: false });
      });
  });
});

describe('reading a chat', () => {
  it('gets the chat and its messages, oldest first', async () => {
    await interaction(
      pact,
      "a request for a chat's messages",
      state('chatWithMessages', { chatId: CHAT, messageCount: 4 }),
    )
      .withRequest('GET', `/chats/${CHAT}`, (request) => request.headers(authorized))
      .willRespondWith(200, (response) =>
        response.jsonBody({
          chat: { ...summary(), messageCount: integer(4) },
          messages: [message('user'), message('assistant'), message('user'), message('assistant')],
          nextCursor: nullValue(),
        }),
      )
      .executeTest(async (server) => {
        const read = await client(server.url).getChat(CHAT);
        expect(read.chat.chatId).toBe(CHAT);
        expect(read.messages.map((m) => m.role)).toEqual([
          'user',
          'assistant',
          'user',
          'assistant',
        ]);
        expect(read.nextCursor).toBeNull();
      });
  });

  it('follows the cursor to a later page of messages', async () => {
    await interaction(
      pact,
      "a request for the next page of a chat's messages",
      state('chatWithMessagesPaged', { chatId: CHAT, messageCount: 4, pageSize: 2 }),
    )
      .withRequest('GET', `/chats/${CHAT}`, (request) =>
        request
          .query({ limit: '2', cursor: match.fromState('nextCursor', CURSOR) })
          .headers(authorized),
      )
      .willRespondWith(200, (response) =>
        response.jsonBody({
          chat: summary(),
          messages: [message('user'), message('assistant')],
          nextCursor: nullValue(),
        }),
      )
      .executeTest(async (server) => {
        const read = await client(server.url).getChat(CHAT, { limit: 2, cursor: CURSOR });
        expect(read.messages).toHaveLength(2);
        expect(read.nextCursor).toBeNull();
      });
  });

  it('gets NOT_FOUND for a chat that does not exist', async () => {
    await interaction(
      pact,
      'a request for a chat that does not exist',
      state('userWithChats', { chatCount: 0 }),
    )
      .withRequest('GET', `/chats/${CHAT}`, (request) => request.headers(authorized))
      .willRespondWith(404, (response) => response.jsonBody(backendError('NOT_FOUND', false)))
      .executeTest(async (server) => {
        const failure = await failureOf(client(server.url).getChat(CHAT));
        expect(failure).toMatchObject({ code: 'NOT_FOUND', status: 404, retryable: false });
      });
  });

  it("gets NOT_FOUND for another user's chat, as if it did not exist", async () => {
    await interaction(
      pact,
      "a request for another user's chat",
      state('chatOfAnotherUser', { chatId: CHAT }),
    )
      .withRequest('GET', `/chats/${CHAT}`, (request) => request.headers(authorized))
      .willRespondWith(404, (response) => response.jsonBody(backendError('NOT_FOUND', false)))
      .executeTest(async (server) => {
        const failure = await failureOf(client(server.url).getChat(CHAT));
        expect(failure).toBeInstanceOf(BackendError);
        expect(failure).toMatchObject({ code: 'NOT_FOUND' });
      });
  });
});

describe('sending a message', () => {
  const send = (url: string, chatId: string, content: string) =>
    client(url).sendMessage(chatId, { messageId: MESSAGE, content });

  it('starts a chat with its first message and gets the reply', async () => {
    await interaction(
      pact,
      'a first message, which starts a chat',
      state('userWithChats', { chatCount: 0 }),
    )
      .withRequest('POST', `/chats/${NEW_CHAT}/messages`, (request) =>
        request.headers(authorized).jsonBody({ messageId: MESSAGE, content: 'Hello there' }),
      )
      .willRespondWith(200, (response) =>
        response.jsonBody({
          ...exchange({ messageId: MESSAGE, content: like('Hello there') }),
          chat: summary(NEW_CHAT),
        }),
      )
      .executeTest(async (server) => {
        const sent = await send(server.url, NEW_CHAT, 'Hello there');
        expect(sent.userMessage).toMatchObject({ messageId: MESSAGE, role: 'user' });
        expect(sent.assistantMessage.role).toBe('assistant');
        expect(sent.usage.outputTokens).toEqual(expect.any(Number));
      });
  });

  it('adds a message to a chat that has history', async () => {
    await interaction(
      pact,
      'a message in a chat with history',
      state('chatWithMessages', { chatId: CHAT, messageCount: 2 }),
    )
      .withRequest('POST', `/chats/${CHAT}/messages`, (request) =>
        request.headers(authorized).jsonBody({ messageId: MESSAGE, content: 'Tell me more' }),
      )
      .willRespondWith(200, (response) =>
        response.jsonBody({
          ...exchange({ messageId: MESSAGE, content: like('Tell me more') }),
          chat: { ...summary(), messageCount: integer(4) },
        }),
      )
      .executeTest(async (server) => {
        const sent = await send(server.url, CHAT, 'Tell me more');
        expect(sent.chat.messageCount).toBe(4);
        expect(sent.userMessage.messageId).toBe(MESSAGE);
      });
  });

  it('gets the stored pair back when it sends the same message again', async () => {
    await interaction(
      pact,
      'the same message sent again',
      state('answeredMessage', { chatId: CHAT, messageId: MESSAGE, content: 'Hello again' }),
    )
      .withRequest('POST', `/chats/${CHAT}/messages`, (request) =>
        request.headers(authorized).jsonBody({ messageId: MESSAGE, content: 'Hello again' }),
      )
      .willRespondWith(200, (response) =>
        response.jsonBody(exchange({ messageId: MESSAGE, content: 'Hello again' })),
      )
      .executeTest(async (server) => {
        const sent = await send(server.url, CHAT, 'Hello again');
        expect(sent.userMessage).toMatchObject({ messageId: MESSAGE, content: 'Hello again' });
      });
  });

  it('is told VALIDATION_ERROR for a message without content', async () => {
    await interaction(pact, 'a message without content', state('userWithChats', { chatCount: 0 }))
      .withRequest('POST', `/chats/${NEW_CHAT}/messages`, (request) =>
        request.headers(authorized).jsonBody({ messageId: MESSAGE, content: '   ' }),
      )
      .willRespondWith(400, (response) =>
        response.jsonBody(backendError('VALIDATION_ERROR', false)),
      )
      .executeTest(async (server) => {
        const failure = await failureOf(send(server.url, NEW_CHAT, '   '));
        expect(failure).toMatchObject({ code: 'VALIDATION_ERROR', status: 400, retryable: false });
      });
  });

  it('is told PAYLOAD_TOO_LARGE for a body over 32 KB', async () => {
    const content = 'x'.repeat(LIMITS.bodyMaxBytes + 1);
    await interaction(pact, 'a message over 32 KB', state('userWithChats', { chatCount: 0 }))
      .withRequest('POST', `/chats/${NEW_CHAT}/messages`, (request) =>
        request.headers(authorized).jsonBody({ messageId: MESSAGE, content }),
      )
      .willRespondWith(413, (response) =>
        response.jsonBody(backendError('PAYLOAD_TOO_LARGE', false)),
      )
      .executeTest(async (server) => {
        const failure = await failureOf(send(server.url, NEW_CHAT, content));
        expect(failure).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
      });
  });

  const aiFailures: Array<[AiFailure, number, string]> = [
    ['rate limit', 503, 'AI_RATE_LIMITED'],
    ['provider error', 502, 'AI_PROVIDER_ERROR'],
    ['timeout', 504, 'AI_TIMEOUT'],
  ];
  it.each(aiFailures)(
    'is told a retry may help when the AI call ends in a %s',
    async (failure, status, code) => {
      await interaction(
        pact,
        `a message whose AI call ends in a ${failure}`,
        state('aiFailing', { chatId: CHAT, failure }),
      )
        .withRequest('POST', `/chats/${CHAT}/messages`, (request) =>
          request.headers(authorized).jsonBody({ messageId: MESSAGE, content: 'Are you there?' }),
        )
        .willRespondWith(status, (response) => response.jsonBody(backendError(code, true)))
        .executeTest(async (server) => {
          const error = await failureOf(send(server.url, CHAT, 'Are you there?'));
          expect(error).toBeInstanceOf(BackendError);
          expect(error).toMatchObject({ code, status, retryable: true });
        });
    },
  );
});

describe("API Gateway's own answers", () => {
  it('gets 401 Unauthorized without an access token', async () => {
    await interaction(pact, 'a request without an access token')
      .withRequest('GET', '/chats')
      .willRespondWith(401, (response) => response.jsonBody({ message: like('Unauthorized') }))
      .executeTest(async (server) => {
        const failure = await failureOf(client(server.url, undefined).listChats());
        expect(failure).toBeInstanceOf(GatewayError);
        expect(failure).toMatchObject({ kind: 'unauthorized', status: 401, retryable: false });
      });
  });

  it('gets 429 Too Many Requests while the route is throttled', async () => {
    await interaction(
      pact,
      'a request while its route is throttled',
      state('routeThrottled', { route: 'GET /chats' }),
    )
      .withRequest('GET', '/chats', (request) => request.headers(authorized))
      .willRespondWith(429, (response) => response.jsonBody({ message: like('Too Many Requests') }))
      .executeTest(async (server) => {
        const failure = await failureOf(client(server.url).listChats());
        expect(failure).toBeInstanceOf(GatewayError);
        expect(failure).toMatchObject({ kind: 'throttled', status: 429, retryable: true });
      });
  });
});
