import OpenAI, { type APIError } from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { countTokens, type MockProviderServer, startMockProviderServer } from '#mock-provider';

/** The official openai SDK against the standalone server, for every response kind. */

let server: MockProviderServer;

beforeAll(async () => {
  server = await startMockProviderServer({ profile: 'instant', seed: 42, log: () => undefined });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.provider.reset();
});

function client(options: ConstructorParameters<typeof OpenAI>[0] = {}): OpenAI {
  return new OpenAI({
    apiKey: 'test-key',
    baseURL: `${server.url}/v1`,
    maxRetries: 0,
    timeout: 2000,
    ...options,
  });
}

function ask(content: string, extra: Partial<OpenAI.ChatCompletionCreateParamsNonStreaming> = {}) {
  return { model: 'gpt-4o-mini', messages: [{ role: 'user' as const, content }], ...extra };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('successful responses', () => {
  it('a chat completion with usage that counts its own text', async () => {
    // Act
    const { data, response } = await client()
      .chat.completions.create(ask('Hello there'))
      .withResponse();

    // Assess
    const content = data.choices[0]?.message.content ?? '';
    expect(data).toMatchObject({ object: 'chat.completion', model: 'gpt-4o-mini' });
    expect(data.id).toMatch(/^chatcmpl-[0-9A-Za-z]{29}$/);
    expect(data.choices[0]?.finish_reason).toBe('stop');
    expect(data.usage).toMatchObject({
      prompt_tokens: 3 + 3 + 1 + 2,
      completion_tokens: 16,
      total_tokens: 25,
    });
    expect(countTokens(content)).toBe(16);
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(server.provider.journal()).toMatchObject([{ status: 200, outcome: 'ok', attempt: 1 }]);
  });

  it('tokens= and max_tokens: finish_reason "length" at the cap', async () => {
    const data = await client().chat.completions.create(
      ask('long please [mock tokens=300]', { max_tokens: 40 }),
    );
    expect(data.choices[0]?.finish_reason).toBe('length');
    expect(data.usage?.completion_tokens).toBe(40);
  });

  it('a stream of chat.completion.chunk events ending in a usage chunk and [DONE]', async () => {
    // Act
    const stream = await client().chat.completions.create({
      ...ask('stream it [mock tokens=12 tpot=1ms]'),
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks: OpenAI.ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);

    // Assess
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(
      chunks.every((c) => c.object === 'chat.completion.chunk' && c.id === chunks[0]?.id),
    ).toBe(true);
    expect(countTokens(text)).toBe(12);
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { completion_tokens: 12 } });
    expect(server.provider.journal()).toMatchObject([{ stream: true, status: 200, outcome: 'ok' }]);
  });
});

describe('latency', () => {
  it('holds a response at least its planned latency (journal, server clock)', async () => {
    await client().chat.completions.create(ask('slowly [mock latency=60ms]'));
    const stream = await client().chat.completions.create({
      ...ask('streamed [mock ttft=40ms tpot=5ms tokens=5]'),
      stream: true,
    });
    for await (const _chunk of stream) {
      // drain
    }
    const [json, streamed] = server.provider.journal();
    expect(json?.plan?.totalMs).toBe(60);
    expect(json?.headersMs).toBeGreaterThanOrEqual(60);
    expect(streamed?.plan).toMatchObject({ ttftMs: 40, tpotMs: 5, totalMs: 60 });
    expect(streamed?.headersMs).toBeGreaterThanOrEqual(40);
    expect(streamed?.durationMs).toBeGreaterThanOrEqual(60);
  });
});

describe('errors in the real shapes', () => {
  it('401 when the key is missing', async () => {
    const error = await caught(
      client({ defaultHeaders: { authorization: null } }).chat.completions.create(ask('hi')),
    );
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((error as APIError).error).toMatchObject({ type: 'invalid_request_error' });
    expect((error as APIError).message).toMatch(/You didn't provide an API key/);
  });

  it('400 for an empty messages array, with param and code', async () => {
    const error = await caught(
      client().chat.completions.create({ model: 'gpt-4o-mini', messages: [] }),
    );
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error).toMatchObject({ status: 400, param: 'messages', code: 'empty_array' });
  });

  it('400 for a missing messages parameter', async () => {
    const params = {
      model: 'gpt-4o-mini',
    } as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming;
    const error = await caught(client().chat.completions.create(params));
    expect(error).toMatchObject({
      status: 400,
      param: 'messages',
      code: 'missing_required_parameter',
    });
  });

  it('500 and 503 (the 529 fault) as InternalServerError', async () => {
    const e500 = await caught(client().chat.completions.create(ask('x [mock fault=500]')));
    const e503 = await caught(client().chat.completions.create(ask('x [mock fault=529]')));
    expect(e500).toBeInstanceOf(OpenAI.InternalServerError);
    expect(e500).toMatchObject({ status: 500, type: 'server_error' });
    expect(e503).toMatchObject({ status: 503, type: 'server_error' });
  });

  it('malformed JSON, whole and mid-stream, fails to parse', async () => {
    const whole = await caught(client().chat.completions.create(ask('x [mock fault=malformed]')));
    expect(whole).toBeInstanceOf(SyntaxError);

    const stream = await client().chat.completions.create({
      ...ask('x [mock fault=malformed tokens=8]'),
      stream: true,
    });
    let received = 0;
    const midStream = await caught(
      (async () => {
        for await (const _chunk of stream) received += 1;
      })(),
    );
    expect(midStream).toBeInstanceOf(SyntaxError);
    expect(received).toBeGreaterThan(0);
  });

  it('a disconnect before the headers is a connection error; mid-stream it ends the stream early', async () => {
    const before = await caught(client().chat.completions.create(ask('x [mock fault=disconnect]')));
    expect(before).toBeInstanceOf(OpenAI.APIConnectionError);

    const stream = await client().chat.completions.create({
      ...ask('y [mock fault=disconnect tokens=20]'),
      stream: true,
    });
    let received = 0;
    const midStream = await caught(
      (async () => {
        for await (const _chunk of stream) received += 1;
      })(),
    );
    expect((midStream as Error).message).toMatch(/terminated/);
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(20);
    expect(server.provider.journal().map((e) => [e.fault, e.outcome])).toEqual([
      ['disconnect', 'fault'],
      ['disconnect', 'fault'],
    ]);
  });

  it('a hung response times out on the client and is closed on the server', async () => {
    const error = await caught(
      client({ timeout: 300 }).chat.completions.create(ask('x [mock fault=hang]')),
    );
    expect(error).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    await vi.waitFor(() => expect(server.provider.metrics().inFlight).toBe(0), { timeout: 2000 });
    expect(server.provider.journal()).toMatchObject([
      { fault: 'hang', status: null, outcome: 'fault' },
    ]);
  });
});

describe('429 and retries', () => {
  it('sends retry-after, retry-after-ms and x-ratelimit-* headers', async () => {
    const error = await caught(
      client().chat.completions.create(ask('x [mock fault=429 retry-after=1500ms]')),
    );
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    const headers = (error as APIError).headers;
    expect(headers?.get('retry-after')).toBe('2');
    expect(headers?.get('retry-after-ms')).toBe('1500');
    expect(headers?.get('x-ratelimit-remaining-requests')).toBe('0');
    expect(headers?.get('x-ratelimit-reset-requests')).toBe('1.5s');
    expect(error).toMatchObject({ type: 'requests', code: 'rate_limit_exceeded' });
  });

  it('sends no retry-after at all when told so (retry-after=none)', async () => {
    const error = await caught(
      client().chat.completions.create(ask('x [mock fault=429 retry-after=none]')),
    );
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    const headers = (error as APIError).headers;
    expect([headers?.get('retry-after'), headers?.get('retry-after-ms')]).toEqual([null, null]);
    expect(headers?.get('x-ratelimit-remaining-requests')).toBe('0');
  });

  it('the SDK waits retry-after-ms: "429 twice, then succeed" takes three requests', async () => {
    // Prepare: 700 ms is longer than the SDK's own first backoff (at most 500 ms)
    const retrying = client({ maxRetries: 2 });

    // Act
    const data = await retrying.chat.completions.create(
      ask('retry me [mock script=429,429 retry-after=700ms]'),
    );

    // Assess
    expect(data.choices[0]?.message.content).toBeTruthy();
    const journal = server.provider.journal();
    expect(journal.map((e) => [e.attempt, e.status, e.clientRetryCount])).toEqual([
      [1, 429, 0],
      [2, 429, 1],
      [3, 200, 2],
    ]);
    expect(new Set(journal.map((e) => e.fingerprint)).size).toBe(1);
    const arrivals = journal.map((e) => Date.parse(e.at));
    expect((arrivals[1] ?? 0) - (arrivals[0] ?? 0)).toBeGreaterThanOrEqual(700);
  });

  it('gives up when the script outlasts maxRetries', async () => {
    const error = await caught(
      client({ maxRetries: 1 }).chat.completions.create(
        ask('z [mock script=429,429,429 retry-after=10ms]'),
      ),
    );
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(server.provider.journal()).toHaveLength(2);
  });
});

describe('rate-limit buckets', () => {
  let limited: MockProviderServer;

  beforeAll(async () => {
    limited = await startMockProviderServer({
      profile: 'instant',
      rateLimits: { requestsPerMinute: 2, tokensPerMinute: 1000 },
      log: () => undefined,
    });
  });

  afterAll(async () => {
    await limited.close();
  });

  it('count requests per key and refuse the third with type "requests"', async () => {
    // Prepare
    const openai = new OpenAI({ apiKey: 'rpm-key', baseURL: `${limited.url}/v1`, maxRetries: 0 });

    // Act
    const first = await openai.chat.completions.create(ask('one')).withResponse();
    const second = await openai.chat.completions.create(ask('two')).withResponse();
    const third = await caught(openai.chat.completions.create(ask('three')));

    // Assess
    expect(first.response.headers.get('x-ratelimit-limit-requests')).toBe('2');
    expect(first.response.headers.get('x-ratelimit-remaining-requests')).toBe('1');
    expect(second.response.headers.get('x-ratelimit-remaining-requests')).toBe('0');
    expect(third).toBeInstanceOf(OpenAI.RateLimitError);
    expect(third).toMatchObject({ type: 'requests', code: 'rate_limit_exceeded' });
    const headers = (third as APIError).headers;
    expect(Number(headers?.get('retry-after-ms'))).toBeGreaterThan(29_000);
    expect(headers?.get('retry-after')).toBe('30');
  });

  it('count tokens (prompt + max_tokens) and refuse with type "tokens"', async () => {
    const openai = new OpenAI({ apiKey: 'tpm-key', baseURL: `${limited.url}/v1`, maxRetries: 0 });
    await openai.chat.completions.create(ask('big', { max_tokens: 900 }));
    const refused = await caught(
      openai.chat.completions.create(ask('bigger', { max_tokens: 900 })),
    );
    expect(refused).toMatchObject({ status: 429, type: 'tokens' });
    expect((refused as APIError).message).toMatch(/on tokens per min \(TPM\): Limit 1000/);
  });
});
