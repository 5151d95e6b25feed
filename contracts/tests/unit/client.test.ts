import { describe, expect, it } from 'vitest';
import {
  BackendError,
  ChatApiError,
  DEFAULT_RETRY_POLICY,
  GATEWAY_RESPONSES,
  GatewayError,
  getChatRequest,
  listChatsRequest,
  readResponse,
  retryDelayMs,
  sendMessageRequest,
  UnexpectedResponseError,
} from '#contracts';
import { ChatApiClient } from '#contracts/client';

const CHAT_ID = '01JDQ8Z5V4N2M3K1H0G9F8E7D6';
const MESSAGE_ID = '01JDQ8Z5V4N2M3K1H0G9F8E7D7';

describe('request builders', () => {
  it('build paths and query strings without URL or URLSearchParams', () => {
    expect(listChatsRequest()).toEqual({ method: 'GET', path: '/chats', headers: {} });
    expect(listChatsRequest({ limit: 2, cursor: 'a+b/c=' }).path).toBe(
      '/chats?limit=2&cursor=a%2Bb%2Fc%3D',
    );
    expect(getChatRequest(CHAT_ID, { cursor: 'x' }).path).toBe(`/chats/${CHAT_ID}?cursor=x`);
  });

  it('send only the two fields of a message, as JSON', () => {
    const message = { messageId: MESSAGE_ID, content: 'Hi', extra: 1 };
    const request = sendMessageRequest(CHAT_ID, message);
    expect(request).toEqual({
      method: 'POST',
      path: `/chats/${CHAT_ID}/messages`,
      headers: { 'content-type': 'application/json' },
      body: `{"messageId":"${MESSAGE_ID}","content":"Hi"}`,
    });
  });
});

describe('readResponse', () => {
  it('returns the body of a success', () => {
    expect(readResponse(200, '{"chats":[],"nextCursor":null}')).toEqual({
      ok: true,
      body: { chats: [], nextCursor: null },
    });
  });

  it('types the backend error shape, keeping code, retryable and request id', () => {
    const body = JSON.stringify({
      error: { code: 'AI_RATE_LIMITED', message: 'busy', retryable: true },
      requestId: 'req-1',
    });
    const outcome = readResponse(503, body);
    expect(outcome.ok).toBe(false);
    const error = outcome.ok ? undefined : outcome.error;
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({
      code: 'AI_RATE_LIMITED',
      status: 503,
      retryable: true,
      requestId: 'req-1',
      message: 'busy',
    });
  });

  it.each(
    Object.entries(GATEWAY_RESPONSES) as Array<
      [keyof typeof GATEWAY_RESPONSES, { status: number; body: string }]
    >,
  )('types API Gateway’s %s answer', (kind, { status, body }) => {
    const outcome = readResponse(status, body, status === 429 ? '2' : null);
    const error = outcome.ok ? undefined : outcome.error;
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ kind, status, retryable: status === 429 || status === 503 });
    expect(error?.retryAfterSeconds).toBe(status === 429 ? 2 : undefined);
  });

  it('calls a body that is neither shape unexpected, and keeps its start', () => {
    const html = readResponse(502, '<html>Bad gateway</html>');
    const odd = readResponse(404, '{"message":"Not Found","extra":true}');
    const mismatched = readResponse(
      500,
      '{"error":{"code":"NOT_FOUND","message":"x","retryable":false},"requestId":"r"}',
    );
    for (const outcome of [html, odd, mismatched]) {
      expect(outcome.ok ? undefined : outcome.error).toBeInstanceOf(UnexpectedResponseError);
    }
    expect(html.ok ? '' : (html.error as UnexpectedResponseError).bodySnippet).toBe(
      '<html>Bad gateway</html>',
    );
  });
});

describe('retryDelayMs', () => {
  const policy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 350 };
  const retryable = new ChatApiError('busy', { status: 503, retryable: true });

  it('draws a full-jitter wait under an exponential ceiling capped at the maximum', () => {
    expect(retryDelayMs(retryable, 1, policy, () => 0.999)).toBe(99);
    expect(retryDelayMs(retryable, 2, policy, () => 0.5)).toBe(100);
    expect(retryDelayMs(retryable, 3, policy, () => 0.999)).toBe(349);
    expect(retryDelayMs(retryable, 1, policy, () => 0)).toBe(0);
  });

  it('stops after the last attempt and never retries what is not retryable', () => {
    expect(retryDelayMs(retryable, 4, policy, () => 0.5)).toBeUndefined();
    const refused = new ChatApiError('bad', { status: 400, retryable: false });
    expect(retryDelayMs(refused, 1, policy, () => 0.5)).toBeUndefined();
  });

  it('waits out a retry-after, up to the maximum', () => {
    const later = (seconds: number) =>
      new ChatApiError('slow down', { status: 429, retryable: true, retryAfterSeconds: seconds });
    expect(retryDelayMs(later(0), 1, policy, () => 0.9)).toBe(0);
    expect(retryDelayMs(later(10), 1, policy, () => 0.9)).toBe(350);
  });
});

describe('ChatApiClient', () => {
  interface Sent {
    url: string;
    method: string;
    headers: Record<string, string>;
    body: string | undefined;
  }

  /** A fetch that answers from a list and records what it was sent. */
  function scripted(
    answers: Array<{ status: number; body: string; headers?: Record<string, string> }>,
  ) {
    const sent: Sent[] = [];
    const fetchFn = (async (url: string, init: RequestInit) => {
      sent.push({
        url,
        method: String(init.method),
        headers: init.headers as Record<string, string>,
        body: init.body as string | undefined,
      });
      const answer = answers.shift();
      if (!answer) throw new Error('no more answers');
      return new Response(answer.body, { status: answer.status, headers: answer.headers });
    }) as typeof fetch;
    return { sent, fetchFn };
  }

  const busy = JSON.stringify({
    error: { code: 'AI_PROVIDER_ERROR', message: 'failed', retryable: true },
    requestId: 'r1',
  });
  const pair = {
    chat: { chatId: CHAT_ID, title: 'Hi', createdAt: 't', updatedAt: 't', messageCount: 2 },
    userMessage: { messageId: MESSAGE_ID, role: 'user', content: 'Hi', createdAt: 't' },
    assistantMessage: { messageId: 'A', role: 'assistant', content: 'Hello', createdAt: 't' },
    usage: { inputTokens: 1, outputTokens: 1 },
  };

  it('sends the token it is given for each attempt, and none when there is none', async () => {
    const { sent, fetchFn } = scripted([
      { status: 200, body: '{"chats":[],"nextCursor":null}' },
      { status: 401, body: '{"message":"Unauthorized"}' },
    ]);
    const tokens = ['t1', undefined];
    const client = new ChatApiClient({
      baseUrl: 'https://api.example/',
      getToken: async () => tokens.shift(),
      fetch: fetchFn,
    });

    await expect(client.listChats({ limit: 5 })).resolves.toEqual({ chats: [], nextCursor: null });
    const failure = await client.listChats().catch((error: unknown) => error);

    expect(sent[0]).toMatchObject({
      url: 'https://api.example/chats?limit=5',
      headers: { authorization: 'Bearer t1' },
    });
    expect(sent[1]?.headers).toEqual({});
    expect(failure).toBeInstanceOf(GatewayError);
    expect(failure).toMatchObject({ kind: 'unauthorized', status: 401 });
  });

  it('does not retry unless asked to', async () => {
    const { sent, fetchFn } = scripted([{ status: 502, body: busy }]);
    const client = new ChatApiClient({ baseUrl: 'http://h', getToken: () => 't', fetch: fetchFn });
    await expect(
      client.sendMessage(CHAT_ID, { messageId: MESSAGE_ID, content: 'Hi' }),
    ).rejects.toBeInstanceOf(BackendError);
    expect(sent).toHaveLength(1);
  });

  it('retries a retryable answer with the same messageId, after the jittered waits', async () => {
    const { sent, fetchFn } = scripted([
      { status: 502, body: busy },
      { status: 429, body: '{"message":"Too Many Requests"}' },
      { status: 200, body: JSON.stringify(pair) },
    ]);
    const waits: number[] = [];
    const client = new ChatApiClient({
      baseUrl: 'http://h',
      getToken: () => 't',
      fetch: fetchFn,
      retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 },
      random: () => 0.5,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });

    const result = await client.sendMessage(CHAT_ID, { messageId: MESSAGE_ID, content: 'Hi' });

    expect(result.assistantMessage.content).toBe('Hello');
    expect(waits).toEqual([50, 100]);
    expect(new Set(sent.map((request) => request.body))).toEqual(
      new Set([`{"messageId":"${MESSAGE_ID}","content":"Hi"}`]),
    );
  });

  it('gives up after the last attempt with the last error', async () => {
    const { sent, fetchFn } = scripted([
      { status: 503, body: busy.replace('AI_PROVIDER_ERROR', 'AI_RATE_LIMITED') },
      { status: 503, body: busy.replace('AI_PROVIDER_ERROR', 'STORE_THROTTLED') },
    ]);
    const client = new ChatApiClient({
      baseUrl: 'http://h',
      getToken: () => 't',
      fetch: fetchFn,
      retry: { maxAttempts: 2 },
      sleep: async () => undefined,
    });
    const failure = await client.getChat(CHAT_ID).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'STORE_THROTTLED', status: 503 });
    expect(sent).toHaveLength(2);
    expect(DEFAULT_RETRY_POLICY.maxAttempts).toBe(3);
  });

  it('never retries an answer that says a retry cannot help', async () => {
    const invalid = JSON.stringify({
      error: {
        code: 'VALIDATION_ERROR',
        message: 'content must be 1 to 8000 characters',
        retryable: false,
      },
      requestId: 'r2',
    });
    const { sent, fetchFn } = scripted([{ status: 400, body: invalid }]);
    const client = new ChatApiClient({
      baseUrl: 'http://h',
      getToken: () => 't',
      fetch: fetchFn,
      retry: true,
      sleep: async () => undefined,
    });
    const failure = await client
      .sendMessage(CHAT_ID, { messageId: MESSAGE_ID, content: ' ' })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'VALIDATION_ERROR', retryable: false });
    expect(sent).toHaveLength(1);
  });
});
