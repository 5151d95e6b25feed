import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type ErrorResponse,
  type GetChatResponse,
  type GetChatsResponse,
  parseDynamoDbUsage,
  type SendMessageResponse,
} from '#contracts';
import { AI_BASE_URL, type Backend, call, startBackend } from '../support/backend.ts';
import { lambdaContext } from '../support/events.ts';
import { nextId } from '../support/ids.ts';

let backend: Backend;
let handlers: Awaited<ReturnType<Backend['loadHandlers']>>;
const aiRequests: Array<{ messages: Array<{ role: string; content: string }> }> = [];

beforeAll(async () => {
  backend = await startBackend();
  backend.ai.events.on('request:start', async ({ request }) => {
    if (request.url.startsWith(AI_BASE_URL)) aiRequests.push(await request.clone().json());
  });
  handlers = await backend.loadHandlers({ HISTORY_MAX_MESSAGES: '4', TELEMETRY_HEADERS: 'true' });
});
afterEach(() => {
  backend.ai.resetHandlers();
  backend.provider.reset();
  aiRequests.length = 0;
});
afterAll(async () => {
  await backend?.close();
});

function send(sub: string, chatId: string, messageId: string, content: string) {
  return call<SendMessageResponse & ErrorResponse>(handlers, 'send_message', {
    sub,
    pathParameters: { chatId },
    body: JSON.stringify({ messageId, content }),
  });
}

/** DynamoDB write units the request consumed, from its telemetry header. */
function writeUnits(result: { headers: Record<string, string> }): number | undefined {
  return parseDynamoDbUsage(result.headers['x-loopgauge-ddb'])?.wcu;
}

function readChat(sub: string, chatId: string) {
  return call<GetChatResponse & ErrorResponse>(handlers, 'get_chat', {
    sub,
    pathParameters: { chatId },
  });
}

describe('send_message', () => {
  it('creates the chat, stores both messages and returns them', async () => {
    const chatId = nextId();
    const messageId = nextId();

    const sent = await send('loop-user', chatId, messageId, '  What is DynamoDB?  ');

    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({
      chat: {
        chatId,
        title: 'What is DynamoDB?',
        createdAt: expect.stringMatching(/Z$/),
        updatedAt: expect.stringMatching(/Z$/),
        messageCount: 2,
      },
      userMessage: {
        messageId,
        role: 'user',
        content: 'What is DynamoDB?',
        createdAt: expect.any(String),
      },
      assistantMessage: {
        messageId: `${messageId}.reply`,
        role: 'assistant',
        content: expect.stringMatching(/\S/),
        createdAt: expect.any(String),
      },
      usage: { inputTokens: expect.any(Number), outputTokens: expect.any(Number) },
    });
    // The usage is what the provider reported for this very call.
    const journal = backend.provider.journal();
    expect(journal).toHaveLength(1);
    expect(sent.body.usage).toEqual(journal[0]?.usage);
    expect(sent.body.usage.outputTokens).toBeGreaterThan(0);
    const stored = await readChat('loop-user', chatId);
    expect(stored.body.chat).toEqual(sent.body.chat);
    expect(stored.body.messages).toEqual([sent.body.userMessage, sent.body.assistantMessage]);
    const listed = await call<GetChatsResponse>(handlers, 'get_chats', { sub: 'loop-user' });
    expect(listed.body.chats).toEqual([sent.body.chat]);
  });

  it('sends the conversation so far, bounded by the history settings', async () => {
    const chatId = nextId();
    const replies: string[] = [];
    for (const n of [1, 2, 3]) {
      const sent = await send('history-user', chatId, nextId(), `q${n}`);
      expect(sent.status).toBe(200);
      replies.push(sent.body.assistantMessage.content);
    }

    await send('history-user', chatId, nextId(), 'q4');

    // HISTORY_MAX_MESSAGES=4: the system prompt, the newest four stored messages, then the new one.
    expect(aiRequests.at(-1)?.messages.map((m) => `${m.role}:${m.content}`)).toEqual([
      expect.stringMatching(/^system:/),
      'user:q2',
      `assistant:${replies[1]}`,
      'user:q3',
      `assistant:${replies[2]}`,
      'user:q4',
    ]);
  });

  it('returns the stored result for a repeated messageId, with no second AI call or write', async () => {
    const chatId = nextId();
    const messageId = nextId();
    const first = await send('idem-user', chatId, messageId, 'hello');
    const callsAfterFirst = aiRequests.length;

    const again = await send('idem-user', chatId, messageId, 'hello');

    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(aiRequests).toHaveLength(callsAfterFirst);
    expect(writeUnits(again)).toBe(0);
    const stored = await readChat('idem-user', chatId);
    expect(stored.body.messages).toHaveLength(2);
    expect(stored.body.chat.messageCount).toBe(2);
  });

  it('recognises a repeat that is older than the history window', async () => {
    const chatId = nextId();
    const firstId = nextId();
    const first = await send('old-repeat-user', chatId, firstId, 'first');
    for (const n of [1, 2, 3]) await send('old-repeat-user', chatId, nextId(), `later ${n}`);
    const calls = aiRequests.length;
    const before = await readChat('old-repeat-user', chatId);

    const again = await send('old-repeat-user', chatId, firstId, 'first');

    expect(again.body.userMessage).toEqual(first.body.userMessage);
    expect(again.body.assistantMessage).toEqual(first.body.assistantMessage);
    expect(aiRequests).toHaveLength(calls);
    expect(writeUnits(again)).toBe(0);
    expect(again.body.chat).toEqual(before.body.chat);
    const stored = await readChat('old-repeat-user', chatId);
    expect(stored.body.messages).toHaveLength(8);
    expect(stored.body.chat.messageCount).toBe(8);
  });

  it('reuses the stored user message when a retry follows an AI failure', async () => {
    const chatId = nextId();
    const messageId = nextId();
    // The mock fails the first attempt of this exact request, then answers.
    const content = 'will fail first [mock script=500]';

    const failed = await send('retry-user', chatId, messageId, content);

    expect(failed.status).toBe(502);
    expect(failed.body.error).toEqual({
      code: 'AI_PROVIDER_ERROR',
      message: expect.any(String),
      retryable: true,
    });
    const afterFailure = await readChat('retry-user', chatId);
    expect(afterFailure.body.messages).toEqual([
      { messageId, role: 'user', content, createdAt: expect.any(String) },
    ]);
    expect(afterFailure.body.chat.messageCount).toBe(1);

    const retried = await send('retry-user', chatId, messageId, content);

    expect(retried.status).toBe(200);
    expect(retried.body.userMessage).toEqual(afterFailure.body.messages[0]);
    expect(retried.body.chat.messageCount).toBe(2);
    expect(aiRequests).toHaveLength(2);
    const third = await send('retry-user', chatId, messageId, content);
    expect(third.body).toEqual(retried.body);
    expect(aiRequests).toHaveLength(2);
    const stored = await readChat('retry-user', chatId);
    expect(stored.body.messages).toEqual([retried.body.userMessage, retried.body.assistantMessage]);
    expect(stored.body.chat.messageCount).toBe(2);
  });

  it('answers concurrent duplicates with the one stored turn: one AI call, a true count', async () => {
    const chatId = nextId();
    const messageId = nextId();
    const content = 'once only [mock latency=1500ms]';

    const results = await Promise.all(
      Array.from({ length: 50 }, () => send('dup-user', chatId, messageId, content)),
    );

    expect(new Set(results.map((result) => result.status))).toEqual(new Set([200]));
    expect(new Set(results.map((result) => result.body.chat.messageCount))).toEqual(new Set([2]));
    expect(
      new Set(results.map((result) => JSON.stringify(result.body.assistantMessage))).size,
    ).toBe(1);
    expect(backend.provider.journal()).toHaveLength(1);
    const stored = await readChat('dup-user', chatId);
    expect(stored.body.messages).toHaveLength(2);
    expect(stored.body.chat.messageCount).toBe(2);
  });

  it('counts concurrent messages of one chat exactly, and no answer shows more than is stored', async () => {
    const chatId = nextId();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        send('busy-chat-user', chatId, nextId(), `m${n} [mock latency=200ms]`),
      ),
    );

    expect(results.map((result) => result.status)).toEqual(Array(10).fill(200));
    const stored = await readChat('busy-chat-user', chatId);
    expect(stored.body.messages).toHaveLength(20);
    expect(stored.body.chat.messageCount).toBe(20);
    for (const result of results) expect(result.body.chat.messageCount).toBeLessThanOrEqual(20);
  });

  it('keeps ids unique in a chat: a reply’s id cannot be sent as a message', async () => {
    const chatId = nextId();
    const first = await send('unique-user', chatId, nextId(), 'question');

    const taken = await send(
      'unique-user',
      chatId,
      first.body.assistantMessage.messageId,
      'mine now',
    );

    expect(taken.status).toBe(400);
    expect(taken.body.error.code).toBe('VALIDATION_ERROR');
    const stored = await readChat('unique-user', chatId);
    const ids = stored.body.messages.map((message) => message.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(stored.body.chat.messageCount).toBe(2);
  });

  it('rejects a repeated messageId with different content and writes nothing', async () => {
    const chatId = nextId();
    const messageId = nextId();
    const original = await send('conflict-user', chatId, messageId, 'original');

    const conflicting = await send('conflict-user', chatId, messageId, 'changed');

    expect(conflicting.status).toBe(400);
    expect(conflicting.body.error.code).toBe('VALIDATION_ERROR');
    expect(writeUnits(conflicting)).toBe(0);
    const stored = await readChat('conflict-user', chatId);
    expect(stored.body.messages.map((m) => m.content)).toEqual([
      'original',
      original.body.assistantMessage.content,
    ]);
  });

  it('retries a rate-limited provider call within the request budget', async () => {
    const retrying = await backend.loadHandlers({ AI_MAX_RETRIES: '1' });
    const content = 'busy first [mock script=429 retry-after=50ms]';

    const result = await call<SendMessageResponse>(retrying, 'send_message', {
      sub: 'ai-retry-user',
      pathParameters: { chatId: nextId() },
      body: JSON.stringify({ messageId: nextId(), content }),
    });

    expect(result.status).toBe(200);
    expect(backend.provider.journal().map((entry) => [entry.attempt, entry.status])).toEqual([
      [1, 429],
      [2, 200],
    ]);
  });

  it('does not wait out a retry-after longer than the request has left', async () => {
    const retrying = await backend.loadHandlers({ AI_MAX_RETRIES: '3' });

    const result = await call<ErrorResponse>(
      retrying,
      'send_message',
      {
        sub: 'ai-retry-user',
        pathParameters: { chatId: nextId() },
        body: JSON.stringify({
          messageId: nextId(),
          content: 'busy [mock fault=429 retry-after=60s]',
        }),
      },
      lambdaContext(5_000),
    );

    expect(result.status).toBe(503);
    expect(result.body.error.code).toBe('AI_RATE_LIMITED');
    expect(backend.provider.journal()).toHaveLength(1);
  });

  it('tells the provider who the user is, so users sending the same words are independent', async () => {
    const content = 'same words [mock script=500]';

    const [first, second] = await Promise.all(
      ['same-words-a', 'same-words-b'].map((sub) => send(sub, nextId(), nextId(), content)),
    );

    // The mock keys a script on the request body: each user's first attempt meets its 500.
    expect([first?.status, second?.status]).toEqual([502, 502]);
    const users = aiRequests.map(
      (body) => (body as { safety_identifier?: string }).safety_identifier,
    );
    expect(new Set(users).size).toBe(2);
    expect(users.every((user) => /^[0-9a-f]{32}$/.test(user ?? ''))).toBe(true);
    expect(users).not.toContain('same-words-a');
  });
});
