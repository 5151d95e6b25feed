import Anthropic, { type APIError } from '@anthropic-ai/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { countTokens, type MockProviderServer, startMockProviderServer } from '#mock-provider';

/** The official @anthropic-ai/sdk against the standalone server, for every response kind. */

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

function client(options: ConstructorParameters<typeof Anthropic>[0] = {}): Anthropic {
  return new Anthropic({
    apiKey: 'test-key',
    baseURL: server.url,
    maxRetries: 0,
    timeout: 2000,
    ...options,
  });
}

function ask(content: string, maxTokens = 256): Anthropic.MessageCreateParamsNonStreaming {
  return { model: 'claude-test', max_tokens: maxTokens, messages: [{ role: 'user', content }] };
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
  it('a message with usage that counts its own text', async () => {
    const { data, response } = await client().messages.create(ask('Hello there')).withResponse();
    const block = data.content[0];
    expect(data).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: 'claude-test',
      stop_reason: 'end_turn',
    });
    expect(data.id).toMatch(/^msg_01[0-9A-Za-z]{22}$/);
    expect(block?.type).toBe('text');
    expect(countTokens(block?.type === 'text' ? block.text : '')).toBe(data.usage.output_tokens);
    expect(data.usage).toMatchObject({ input_tokens: 9, output_tokens: 16 });
    expect(response.headers.get('request-id')).toMatch(/^req_/);
  });

  it('max_tokens caps the reply with stop_reason "max_tokens"', async () => {
    const data = await client().messages.create(ask('long [mock tokens=100]', 30));
    expect(data).toMatchObject({ stop_reason: 'max_tokens', usage: { output_tokens: 30 } });
  });

  it('a stream of message_start … message_stop events, assembled by the SDK', async () => {
    // Act
    const stream = client().messages.stream(ask('stream it [mock tokens=12 tpot=1ms]'));
    const events: string[] = [];
    stream.on('streamEvent', (event) => events.push(event.type));
    const message = await stream.finalMessage();

    // Assess
    expect(events[0]).toBe('message_start');
    expect(events.at(-1)).toBe('message_stop');
    expect(events.filter((e) => e === 'content_block_delta')).toHaveLength(12);
    expect(message).toMatchObject({ stop_reason: 'end_turn', usage: { output_tokens: 12 } });
    const block = message.content[0];
    expect(countTokens(block?.type === 'text' ? block.text : '')).toBe(12);
  });
});

describe('errors in the real shapes', () => {
  it('401 authentication_error when the key is missing', async () => {
    const noKey = client({ defaultHeaders: { 'x-api-key': null, authorization: null } });
    const error = await caught(noKey.messages.create(ask('hi')));
    expect(error).toBeInstanceOf(Anthropic.AuthenticationError);
    expect((error as APIError).error).toMatchObject({
      type: 'error',
      error: { type: 'authentication_error', message: 'x-api-key header is required' },
    });
  });

  it('400 invalid_request_error for a missing max_tokens', async () => {
    const params = {
      model: 'claude-test',
      messages: [{ role: 'user', content: 'hi' }],
    } as unknown as Anthropic.MessageCreateParamsNonStreaming;
    const error = await caught(client().messages.create(params));
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect((error as APIError).error).toMatchObject({
      error: { type: 'invalid_request_error', message: 'max_tokens: Field required' },
    });
  });

  it('500 api_error and 529 overloaded_error', async () => {
    const e500 = await caught(client().messages.create(ask('x [mock fault=500]')));
    const e529 = await caught(client().messages.create(ask('x [mock fault=529]')));
    expect(e500).toBeInstanceOf(Anthropic.InternalServerError);
    expect((e500 as APIError).error).toMatchObject({ error: { type: 'api_error' } });
    expect(e529).toMatchObject({ status: 529 });
    expect((e529 as APIError).error).toMatchObject({
      error: { type: 'overloaded_error', message: 'Overloaded' },
    });
  });

  it('malformed JSON, whole and mid-stream, fails to parse', async () => {
    expect(await caught(client().messages.create(ask('x [mock fault=malformed]')))).toBeInstanceOf(
      SyntaxError,
    );
    const stream = await client().messages.create({
      ...ask('x [mock fault=malformed tokens=8]'),
      stream: true,
    });
    let received = 0;
    const midStream = await caught(
      (async () => {
        for await (const _event of stream) received += 1;
      })(),
    );
    expect(midStream).toBeInstanceOf(SyntaxError);
    expect(received).toBeGreaterThan(0);
  });

  it('disconnects: a connection error before the headers, a cut stream after', async () => {
    expect(await caught(client().messages.create(ask('x [mock fault=disconnect]')))).toBeInstanceOf(
      Anthropic.APIConnectionError,
    );
    const stream = await client().messages.create({
      ...ask('y [mock fault=disconnect tokens=20]'),
      stream: true,
    });
    let received = 0;
    const midStream = await caught(
      (async () => {
        for await (const _event of stream) received += 1;
      })(),
    );
    expect((midStream as Error).message).toMatch(/terminated/);
    expect(received).toBeGreaterThan(0);
  });

  it('a hung response times out on the client and is closed on the server', async () => {
    const error = await caught(
      client({ timeout: 300 }).messages.create(ask('x [mock fault=hang]')),
    );
    expect(error).toBeInstanceOf(Anthropic.APIConnectionTimeoutError);
    await vi.waitFor(() => expect(server.provider.metrics().inFlight).toBe(0), { timeout: 2000 });
    expect(server.provider.journal()).toMatchObject([
      { provider: 'anthropic', fault: 'hang', outcome: 'fault' },
    ]);
  });
});

describe('429 and retries', () => {
  it('rate_limit_error with retry-after in seconds and anthropic-ratelimit-* headers', async () => {
    const error = await caught(client().messages.create(ask('x [mock fault=429 retry-after=2s]')));
    expect(error).toBeInstanceOf(Anthropic.RateLimitError);
    const headers = (error as APIError).headers;
    expect(headers?.get('retry-after')).toBe('2');
    expect(headers?.get('retry-after-ms')).toBeNull();
    expect(headers?.get('anthropic-ratelimit-requests-remaining')).toBe('0');
    expect(headers?.get('anthropic-ratelimit-requests-reset')).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
    );
    expect((error as APIError).error).toMatchObject({ error: { type: 'rate_limit_error' } });
  });

  it('sends no retry-after at all when told so (retry-after=none)', async () => {
    const error = await caught(
      client().messages.create(ask('x [mock fault=429 retry-after=none]')),
    );
    expect(error).toBeInstanceOf(Anthropic.RateLimitError);
    expect((error as APIError).headers?.get('retry-after')).toBeNull();
  });

  it('the SDK waits retry-after seconds: "429 once, then succeed" takes two requests', async () => {
    // Prepare: 1 s is longer than the SDK's own first backoff (at most 500 ms)
    const retrying = client({ maxRetries: 2 });

    // Act
    const message = await retrying.messages.create(
      ask('retry me [mock script=429 retry-after=1s]'),
    );

    // Assess
    expect(message.stop_reason).toBe('end_turn');
    const journal = server.provider.journal();
    expect(journal.map((e) => [e.attempt, e.status])).toEqual([
      [1, 429],
      [2, 200],
    ]);
    const arrivals = journal.map((e) => Date.parse(e.at));
    expect((arrivals[1] ?? 0) - (arrivals[0] ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it('rate-limit buckets answer with the bucket that refused', async () => {
    const limited = await startMockProviderServer({
      profile: 'instant',
      rateLimits: { requestsPerMinute: 1 },
      log: () => undefined,
    });
    try {
      const anthropic = new Anthropic({ apiKey: 'k', baseURL: limited.url, maxRetries: 0 });
      const first = await anthropic.messages.create(ask('one')).withResponse();
      const refused = await caught(anthropic.messages.create(ask('two')));
      expect(first.response.headers.get('anthropic-ratelimit-requests-remaining')).toBe('0');
      expect(refused).toBeInstanceOf(Anthropic.RateLimitError);
      expect((refused as APIError).headers?.get('retry-after')).toBe('60');
    } finally {
      await limited.close();
    }
  });
});
