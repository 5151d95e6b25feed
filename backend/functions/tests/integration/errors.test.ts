import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ERROR_CODES,
  type ErrorCode,
  type ErrorResponse,
  type GetChatResponse,
  type GetChatsResponse,
  LIMITS,
  parseDynamoDbUsage,
  parseServerTiming,
} from '#contracts';
import {
  AI_BASE_URL,
  AI_KEY,
  ANTHROPIC_BASE_URL,
  type Backend,
  call,
  startBackend,
} from '../support/backend.ts';
import { lambdaContext } from '../support/events.ts';
import { nextId } from '../support/ids.ts';

const PROVIDER_SECRET = 'provider-body-org-4711-secret';
const COMPLETIONS = `${AI_BASE_URL}/chat/completions`;

let backend: Backend;
let handlers: Awaited<ReturnType<Backend['loadHandlers']>>;

beforeAll(async () => {
  backend = await startBackend();
  handlers = await backend.loadHandlers();
});
afterEach(() => {
  backend.ai.resetHandlers();
  backend.provider.reset();
});
afterAll(async () => {
  await backend?.close();
});

function send(sub: string | undefined, chatId: string, body: unknown, raw?: string) {
  return call<ErrorResponse>(handlers, 'send_message', {
    sub,
    pathParameters: { chatId },
    body: raw ?? JSON.stringify(body),
  });
}

function expectError(result: { status: number; body: ErrorResponse }, code: ErrorCode) {
  expect(result.status).toBe(ERROR_CODES[code].status);
  expect(result.body).toEqual({
    error: { code, message: expect.any(String), retryable: ERROR_CODES[code].retryable },
    requestId: expect.any(String),
  });
}

describe('client errors', () => {
  const sub = 'bad-input-user';
  const chatId = nextId();

  it.each([
    ['a malformed chatId', () => send(sub, 'not-a-ulid', { messageId: nextId(), content: 'hi' })],
    ['malformed JSON', () => send(sub, chatId, undefined, '{"messageId": ')],
    ['a JSON array', () => send(sub, chatId, [])],
    ['a missing messageId', () => send(sub, chatId, { content: 'hi' })],
    ['a numeric content', () => send(sub, chatId, { messageId: nextId(), content: 7 })],
    ['whitespace-only content', () => send(sub, chatId, { messageId: nextId(), content: ' \n ' })],
    [
      'content over 8,000 characters',
      () => send(sub, chatId, { messageId: nextId(), content: 'x'.repeat(8_001) }),
    ],
    ['an unknown field', () => send(sub, chatId, { messageId: nextId(), content: 'hi', extra: 1 })],
    ['a limit of 0', () => call(handlers, 'get_chats', { sub, query: { limit: '0' } })],
    [
      'a limit of 101',
      () =>
        call(handlers, 'get_chat', { sub, pathParameters: { chatId }, query: { limit: '101' } }),
    ],
    [
      'a forged cursor',
      () => call(handlers, 'get_chats', { sub, query: { cursor: 'eyJ2IjoxfQ.AAAA' } }),
    ],
  ])('answers %s with VALIDATION_ERROR', async (_label, request) => {
    expectError((await request()) as { status: number; body: ErrorResponse }, 'VALIDATION_ERROR');
  });

  it('answers a body over 32 KB with PAYLOAD_TOO_LARGE, before reading anything else', async () => {
    const content = 'x'.repeat(LIMITS.bodyMaxBytes);
    expectError(await send(sub, chatId, { messageId: nextId(), content }), 'PAYLOAD_TOO_LARGE');
    expectError(await send(sub, 'not-a-ulid', { messageId: 'bad', content }), 'PAYLOAD_TOO_LARGE');
  });

  it('wrote nothing for any of them', async () => {
    const listed = await call<GetChatsResponse>(handlers, 'get_chats', { sub });
    expect(listed.body.chats).toEqual([]);
  });

  it('answers an unknown chat, and a route this function does not serve, with NOT_FOUND', async () => {
    expectError(
      await call(handlers, 'get_chat', { sub, pathParameters: { chatId: nextId() } }),
      'NOT_FOUND',
    );
    const misrouted = await call<ErrorResponse>(handlers, 'get_chats', {
      sub,
      routeKey: 'DELETE /chats',
    });
    expectError(misrouted, 'NOT_FOUND');
  });

  it('rejects a request without a verified identity with UNAUTHORIZED', async () => {
    const result = await call<ErrorResponse>(handlers, 'get_chats', { sub: undefined });
    expect(result.status).toBe(401);
    expect(result.body.error.code).toBe('UNAUTHORIZED');
    // An ID token passes API Gateway's JWT authorizer; the function refuses it.
    const idToken = await call<ErrorResponse>(handlers, 'get_chats', { sub, tokenUse: 'id' });
    expect(idToken.status).toBe(401);
    expect(idToken.body.error.code).toBe('UNAUTHORIZED');
  });
});

describe('AI provider failures', () => {
  const sub = 'ai-failure-user';
  /** Text of the mock's error bodies, as the real APIs word them; none may reach a client. */
  const PROVIDER_WORDING = /Rate limit reached|had an error|overloaded|Could not parse/i;

  async function sendWith(env: Record<string, string>, content: string) {
    const loaded = await backend.loadHandlers({ AI_TIMEOUT_MS: '300', ...env });
    return call<ErrorResponse>(loaded, 'send_message', {
      sub,
      pathParameters: { chatId: nextId() },
      body: JSON.stringify({ messageId: nextId(), content }),
    });
  }

  const openai = {};
  const anthropic = { AI_PROVIDER: 'anthropic', AI_BASE_URL: ANTHROPIC_BASE_URL };

  it.each([
    ['OpenAI', '429', 'AI_RATE_LIMITED'],
    ['OpenAI', '500', 'AI_PROVIDER_ERROR'],
    ['OpenAI', '529', 'AI_PROVIDER_ERROR'],
    ['OpenAI', 'malformed', 'AI_PROVIDER_ERROR'],
    ['OpenAI', 'disconnect', 'AI_PROVIDER_ERROR'],
    ['OpenAI', 'hang', 'AI_TIMEOUT'],
    ['Anthropic', '429', 'AI_RATE_LIMITED'],
    ['Anthropic', '529', 'AI_PROVIDER_ERROR'],
    ['Anthropic', 'malformed', 'AI_PROVIDER_ERROR'],
    ['Anthropic', 'hang', 'AI_TIMEOUT'],
  ] as const)(
    'maps %s fault %s to %s without leaking the provider body',
    async (api, fault, code) => {
      const result = await sendWith(
        api === 'OpenAI' ? openai : anthropic,
        `hello [mock fault=${fault}]`,
      );
      expectError(result, code);
      expect(JSON.stringify(result)).not.toMatch(PROVIDER_WORDING);
      expect(backend.provider.journal().at(-1)?.fault).toBe(fault);
    },
  );

  it('answers through the Anthropic Messages API', async () => {
    const loaded = await backend.loadHandlers(anthropic);
    const result = await call<{ assistantMessage: { content: string }; usage: unknown }>(
      loaded,
      'send_message',
      {
        sub,
        pathParameters: { chatId: nextId() },
        body: JSON.stringify({ messageId: nextId(), content: 'hi' }),
      },
    );
    expect(result.status).toBe(200);
    expect(result.body.assistantMessage.content.length).toBeGreaterThan(0);
    expect(backend.provider.journal().at(-1)).toMatchObject({ provider: 'anthropic', status: 200 });
    expect(result.body.usage).toEqual(backend.provider.journal().at(-1)?.usage);
  });

  it('never passes on a provider body, whatever it holds', async () => {
    backend.ai.use(
      http.post(COMPLETIONS, () =>
        HttpResponse.json({ error: { message: PROVIDER_SECRET } }, { status: 500 }),
      ),
    );
    const result = await sendWith(openai, 'hello');
    expectError(result, 'AI_PROVIDER_ERROR');
    expect(JSON.stringify(result)).not.toContain(PROVIDER_SECRET);
  });

  it('treats a completion without choices as a provider error', async () => {
    backend.ai.use(
      http.post(COMPLETIONS, () =>
        HttpResponse.json({
          id: 'x',
          object: 'chat.completion',
          created: 0,
          model: 'm',
          choices: [],
        }),
      ),
    );
    expectError(await sendWith(openai, 'hello'), 'AI_PROVIDER_ERROR');
  });

  it('gives up on the provider when the Lambda deadline approaches, whatever the call timeout', async () => {
    const patient = await backend.loadHandlers({ AI_TIMEOUT_MS: '28000' });
    const result = await call<ErrorResponse>(
      patient,
      'send_message',
      {
        sub,
        pathParameters: { chatId: nextId() },
        body: JSON.stringify({ messageId: nextId(), content: 'hi [mock fault=hang]' }),
      },
      lambdaContext(1_800),
    );
    expectError(result, 'AI_TIMEOUT');
  });
});

describe('store failures', () => {
  let throttling: Server;
  let throttled = 0;
  /** Operations the endpoint throttles (`*`: all; `PutItem:reply`: Puts of replies only); the rest go on to dynalite. */
  let throttle = new Set<string>();
  /** BatchGetItem calls still to answer with every key unprocessed. */
  let unprocessedBatches = 0;

  beforeAll(async () => {
    // A DynamoDB endpoint in front of dynalite that throttles the chosen
    // operations as DynamoDB does (HTTP 400,
    // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html).
    throttling = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const operation = String(request.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      if (operation === 'BatchGetItem' && unprocessedBatches > 0) {
        // Throttled BatchGetItem: a 200 that hands every key back unprocessed.
        unprocessedBatches -= 1;
        const { RequestItems } = JSON.parse(Buffer.concat(chunks).toString()) as {
          RequestItems: unknown;
        };
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
        response.end(JSON.stringify({ Responses: {}, UnprocessedKeys: RequestItems }));
        return;
      }
      const isReply =
        operation === 'PutItem' && /"sk":\{"S":"MSG#[^"]*#A"\}/.test(String(Buffer.concat(chunks)));
      if (
        throttle.has('*') ||
        throttle.has(operation) ||
        (isReply && throttle.has('PutItem:reply'))
      ) {
        throttled += 1;
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
        response.end(
          JSON.stringify({
            __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
            message: 'The level of configured provisioned throughput for the table was exceeded.',
          }),
        );
        return;
      }
      const upstream = await fetch(`${backend.dynamodb.endpoint}${request.url}`, {
        method: request.method ?? 'POST',
        headers: Object.fromEntries(
          Object.entries(request.headers).filter(
            ([name]) => name !== 'host' && name !== 'content-length',
          ),
        ) as Record<string, string>,
        body: Buffer.concat(chunks),
      });
      response.writeHead(upstream.status, {
        'content-type': upstream.headers.get('content-type') ?? '',
      });
      response.end(Buffer.from(await upstream.arrayBuffer()));
    });
    await new Promise<void>((resolve) => throttling.listen(0, '127.0.0.1', resolve));
  });
  afterEach(() => {
    throttle = new Set();
    throttled = 0;
    unprocessedBatches = 0;
  });
  afterAll(async () => {
    await new Promise((resolve) => throttling.close(resolve));
  });

  function throttledEndpoint(): string {
    return `http://127.0.0.1:${(throttling.address() as AddressInfo).port}`;
  }

  it('reads unprocessed batch keys again, and calls the store throttled only when they stay', async () => {
    const loaded = await backend.loadHandlers({ DYNAMODB_ENDPOINT: throttledEndpoint() });
    const request = {
      sub: 'batch-user',
      pathParameters: { chatId: nextId() },
      body: JSON.stringify({ messageId: nextId(), content: 'asked twice' }),
    };
    const first = await call(loaded, 'send_message', request);

    unprocessedBatches = 2;
    const repeated = await call(loaded, 'send_message', request);
    unprocessedBatches = 10;
    const starved = await call<ErrorResponse>(loaded, 'send_message', request);

    expect(first.status).toBe(200);
    expect(repeated.body).toEqual(first.body);
    expectError(starved, 'STORE_THROTTLED');
  });

  it('stores nothing when the first write fails, and the retry stores the turn once', async () => {
    const loaded = await backend.loadHandlers({ DYNAMODB_ENDPOINT: throttledEndpoint() });
    const chatId = nextId();
    const body = JSON.stringify({ messageId: nextId(), content: 'stored on the second try' });
    const read = () =>
      call<GetChatResponse>(loaded, 'get_chat', { sub: 'midway-user', pathParameters: { chatId } });
    throttle = new Set(['PutItem']);

    const failed = await call<ErrorResponse>(loaded, 'send_message', {
      sub: 'midway-user',
      pathParameters: { chatId },
      body,
    });
    const afterFailure = await read();
    throttle = new Set();
    const retried = await call(loaded, 'send_message', {
      sub: 'midway-user',
      pathParameters: { chatId },
      body,
    });
    const afterRetry = await read();

    expectError(failed, 'STORE_THROTTLED');
    expect(afterFailure.status).toBe(404);
    expect(retried.status).toBe(200);
    expect(afterRetry.body.messages).toHaveLength(2);
    expect(afterRetry.body.chat.messageCount).toBe(2);
  });

  it.each([
    ['gives the reply’s count back when the reply cannot be stored', ['PutItem:reply'], 1],
    // Nothing can be counted, so no chat exists until the retry (its user message waits uncounted).
    [
      'leaves the turn to the retry when no count can be written',
      ['PutItem:reply', 'UpdateItem'],
      0,
    ],
  ])(
    '%s, and the retry completes the turn once',
    async (_name, operations, countedAfterFailure) => {
      const loaded = await backend.loadHandlers({ DYNAMODB_ENDPOINT: throttledEndpoint() });
      const chatId = nextId();
      const body = JSON.stringify({ messageId: nextId(), content: 'replied on the second try' });
      const read = () =>
        call<GetChatResponse>(loaded, 'get_chat', {
          sub: 'reply-user',
          pathParameters: { chatId },
        });
      throttle = new Set(operations);

      const failed = await call<ErrorResponse>(
        loaded,
        'send_message',
        { sub: 'reply-user', pathParameters: { chatId }, body },
        lambdaContext(4_000),
      );
      throttle = new Set();
      const afterFailure = await read();
      const retried = await call(loaded, 'send_message', {
        sub: 'reply-user',
        pathParameters: { chatId },
        body,
      });
      const afterRetry = await read();

      expectError(failed, 'STORE_THROTTLED');
      expect(afterFailure.body.chat?.messageCount ?? 0).toBe(countedAfterFailure);
      expect(retried.status).toBe(200);
      expect(afterRetry.body.messages).toHaveLength(2);
      expect(afterRetry.body.chat.messageCount).toBe(2);
    },
  );

  it('answers STORE_THROTTLED once the SDK has spent its retries', async () => {
    throttle = new Set(['*']);
    const throttledHandlers = await backend.loadHandlers({
      DYNAMODB_ENDPOINT: throttledEndpoint(),
      TELEMETRY_HEADERS: 'true',
    });

    const result = await call<ErrorResponse>(throttledHandlers, 'get_chats', {
      sub: 'throttled-user',
    });

    expectError(result, 'STORE_THROTTLED');
    // Every attempt after the first is a retry, and the header counts exactly those.
    expect(throttled).toBeGreaterThan(1);
    expect(parseDynamoDbUsage(result.headers['x-loopgauge-ddb'])?.retries).toBe(throttled - 1);
  });

  it('answers INTERNAL for an unexpected store error, without its details', async () => {
    const broken = await backend.loadHandlers({ TABLE_NAME: 'no-such-table' });
    const result = await call<ErrorResponse>(broken, 'get_chats', { sub: 'internal-user' });
    expectError(result, 'INTERNAL');
    expect(JSON.stringify(result.body)).not.toMatch(/no-such-table|ResourceNotFound/);
  });
});

describe('logs and telemetry', () => {
  it('logs one structured line per request with the cold-start flag, and nothing secret', async () => {
    const lines: string[] = [];
    // Powertools writes warnings and errors to stderr, the rest to stdout.
    const spies = [process.stdout, process.stderr].map((stream) =>
      vi.spyOn(stream, 'write').mockImplementation((chunk) => {
        lines.push(String(chunk));
        return true;
      }),
    );
    try {
      backend.ai.use(
        http.post(
          COMPLETIONS,
          () => HttpResponse.json({ error: { message: PROVIDER_SECRET } }, { status: 500 }),
          {
            once: true,
          },
        ),
      );
      const logged = await backend.loadHandlers({ POWERTOOLS_LOG_LEVEL: 'INFO' });
      const chatId = nextId();
      const body = JSON.stringify({ messageId: nextId(), content: 'log me' });
      await call(logged, 'send_message', { sub: 'log-user', pathParameters: { chatId }, body });
      await call(logged, 'send_message', { sub: 'log-user', pathParameters: { chatId }, body });
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    const records = lines
      .flatMap((line) => line.split('\n'))
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    const requests = records.filter((record) => record.message === 'request');
    expect(requests.map((record) => [record.cold_start, record.status])).toEqual([
      [true, 502],
      [false, 200],
    ]);
    expect(records.find((record) => record.message === 'request failed')).toMatchObject({
      level: 'ERROR',
      code: 'AI_PROVIDER_ERROR',
      causeStatus: 500,
    });
    const text = lines.join('');
    expect(text).not.toContain(PROVIDER_SECRET);
    expect(text).not.toContain(AI_KEY);
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('adds the telemetry headers only when the stage enables them', async () => {
    const quiet = await call<GetChatResponse>(handlers, 'get_chats', { sub: 'telemetry-user' });
    expect(Object.keys(quiet.headers)).toEqual(['content-type']);

    const instrumented = await backend.loadHandlers({ TELEMETRY_HEADERS: 'true' });
    const chatId = nextId();
    const body = JSON.stringify({ messageId: nextId(), content: 'measure me' });
    const cold = await call(instrumented, 'send_message', {
      sub: 'telemetry-user',
      pathParameters: { chatId },
      body,
    });
    const read = () =>
      call(instrumented, 'get_chat', { sub: 'telemetry-user', pathParameters: { chatId } });
    // Each function has environments of its own: get_chat's first call is its own cold start.
    expect((await read()).headers['x-loopgauge-cold-start']).toBe('1');
    const warm = await read();

    expect(cold.headers['x-loopgauge-cold-start']).toBe('1');
    expect(Object.keys(parseServerTiming(cold.headers['server-timing']))).toEqual([
      'init',
      'ssm',
      'ddb',
      'ai',
      'app',
    ]);
    // A new chat: the history Query finds nothing and still costs the
    // strongly consistent minimum; the chat summary, the message and the
    // reply are one write each, and the summary's new index entry one more.
    expect(parseDynamoDbUsage(cold.headers['x-loopgauge-ddb'])).toEqual({
      rcu: 1,
      wcu: 4,
      idxRcu: 0,
      idxWcu: 1,
      retries: 0,
    });
    expect(warm.headers['x-loopgauge-cold-start']).toBe('0');
    expect(parseServerTiming(warm.headers['server-timing']).init).toBeUndefined();
    expect(parseDynamoDbUsage(warm.headers['x-loopgauge-ddb'])?.rcu).toBeGreaterThan(0);
  });
});
