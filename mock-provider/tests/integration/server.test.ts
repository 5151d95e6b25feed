import OpenAI from 'openai';
import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type JournalEntry,
  type MockProviderServer,
  startMockProviderServer,
} from '#mock-provider';

/** The standalone server's admin surface, wire-level errors, shutdown and command line. */

let server: MockProviderServer;

beforeAll(async () => {
  server = await startMockProviderServer({
    profile: 'instant',
    maxBodyBytes: 4096,
    contextWindowTokens: { openai: 300, anthropic: 300 },
    log: () => undefined,
  });
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  const reset = await request(`${server.url}/__mock/reset`, { method: 'POST' });
  await reset.body.json();
});

async function post(path: string, body: string, headers: Record<string, string> = {}) {
  const response = await request(`${server.url}${path}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  return {
    status: response.statusCode,
    headers: response.headers,
    body: (await response.body.json()) as Record<string, unknown>,
  };
}

async function get(path: string) {
  const response = await request(`${server.url}${path}`);
  return {
    status: response.statusCode,
    body: (await response.body.json()) as Record<string, unknown>,
  };
}

const openaiAuth = { authorization: 'Bearer k' };
const anthropicAuth = { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' };
const chat = (content: string) =>
  JSON.stringify({ model: 'm', messages: [{ role: 'user', content }] });
const message = (content: string) =>
  JSON.stringify({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content }] });

describe('admin endpoints', () => {
  it('health, profile and metrics', async () => {
    expect(await get('/__mock/health')).toMatchObject({
      status: 200,
      body: { status: 'ok', profile: 'instant', seed: 1 },
    });
    expect((await get('/__mock/profile')).body.text).toMatch(/^profile instant: /);
    await post('/v1/chat/completions', chat('count me'), openaiAuth);
    expect((await get('/__mock/metrics')).body).toMatchObject({
      requests: 1,
      byStatus: { '200': 1 },
      inFlight: 0,
    });
  });

  it('the journal filters by conversation and limit; reset empties it', async () => {
    // Prepare
    await post('/v1/chat/completions', chat('first conversation'), openaiAuth);
    await post('/v1/chat/completions', chat('second conversation'), openaiAuth);
    const conversation = (
      await post('/v1/chat/completions', chat('first conversation'), openaiAuth)
    ).headers['x-mock-conversation'] as string;

    // Act
    const filtered = await get(`/__mock/journal?conversation=${conversation}`);
    const limited = await get('/__mock/journal?limit=1');
    await post('/__mock/reset', '');
    const afterReset = await get('/__mock/journal');

    // Assess
    const entries = filtered.body.entries as JournalEntry[];
    expect(entries.map((e) => [e.conversationAttempt, e.attempt])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect((limited.body.entries as JournalEntry[]).map((e) => e.seq)).toEqual([3]);
    expect(afterReset.body.entries).toEqual([]);
    expect((await get('/__mock/journal?limit=0')).status).toBe(400);
  });

  it('scripts a conversation: "429 twice, then succeed" through the SDK', async () => {
    // Prepare: one request of the conversation before the script is set
    const openai = new OpenAI({
      apiKey: 'k',
      baseURL: `${server.url}/v1`,
      maxRetries: 0,
      defaultHeaders: { 'x-mock-conversation': 'chat-42' },
    });
    const ask = (content: string) =>
      openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content }] }).then(
        () => 200,
        (error: { status?: number }) => error.status,
      );
    const before = await ask('a');
    const scripted = await post(
      '/__mock/scripts',
      JSON.stringify({ conversation: 'chat-42', steps: ['429', '429'] }),
    );

    // Act: the script counts the conversation's requests from when it was set
    const statuses = [await ask('a'), await ask('a'), await ask('b'), await ask('c')];

    // Assess
    expect(before).toBe(200);
    expect(scripted.status).toBe(200);
    expect(statuses).toEqual([429, 429, 200, 200]);
    expect((await get('/__mock/journal?conversation=chat-42')).body.entries).toMatchObject([
      { fault: null },
      { faultSource: 'script', attempt: 2 },
      { faultSource: 'script', attempt: 3 },
      { fault: null },
      { fault: null },
    ]);
  });

  it('rejects a bad script with one clear message', async () => {
    const bad = await post(
      '/__mock/scripts',
      JSON.stringify({ conversation: 'c', steps: ['teapot'] }),
    );
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringMatching(/step "teapot"/) } },
    });
  });
});

describe('bad input gets the providers’ error shapes', () => {
  it.each([
    [
      '/v1/chat/completions',
      openaiAuth,
      '{"model":',
      400,
      { error: { type: 'invalid_request_error', param: null } },
    ],
    [
      '/v1/chat/completions',
      openaiAuth,
      '{"model":"m","messages":"hi"}',
      400,
      { error: { param: 'messages', code: 'invalid_type' } },
    ],
    [
      '/v1/chat/completions',
      openaiAuth,
      '{"model":"m","messages":[{"content":"x"}]}',
      400,
      { error: { param: 'messages[0].role', code: 'missing_required_parameter' } },
    ],
    [
      '/v1/chat/completions',
      openaiAuth,
      chat('x'.repeat(5000)),
      413,
      { error: { code: 'request_too_large' } },
    ],
    [
      '/v1/chat/completions',
      openaiAuth,
      chat('word '.repeat(400)),
      400,
      { error: { code: 'context_length_exceeded' } },
    ],
    [
      '/v1/messages',
      anthropicAuth,
      '{"model":',
      400,
      {
        type: 'error',
        error: {
          type: 'invalid_request_error',
          message: expect.stringMatching(/^The request body is not valid JSON: /),
        },
      },
    ],
    [
      '/v1/messages',
      anthropicAuth,
      '{"model":"m","max_tokens":5}',
      400,
      { error: { message: 'messages: Field required' } },
    ],
    [
      '/v1/messages',
      anthropicAuth,
      '{"model":"m","max_tokens":5,"messages":[{"role":"system","content":"x"}]}',
      400,
      { error: { message: "messages.0.role: Input should be 'user' or 'assistant'" } },
    ],
    [
      '/v1/messages',
      { 'x-api-key': 'k' },
      message('hi'),
      400,
      { error: { message: 'anthropic-version: header is required' } },
    ],
    [
      '/v1/messages',
      anthropicAuth,
      message('x'.repeat(5000)),
      413,
      { error: { type: 'request_too_large' } },
    ],
    [
      '/v1/messages',
      anthropicAuth,
      message('word '.repeat(400)),
      400,
      {
        error: { message: expect.stringMatching(/^prompt is too long: \d+ tokens > 300 maximum$/) },
      },
    ],
  ])('%s %j: %s → %i', async (path, headers, body, status, shape) => {
    const response = await post(path, body, headers);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject(shape);
  });

  it('an unknown route is a 404 in OpenAI’s shape', async () => {
    expect(await get('/v1/models')).toMatchObject({
      status: 404,
      body: { error: { message: 'Invalid URL (GET /v1/models)', type: 'invalid_request_error' } },
    });
  });
});

describe('MSW resolution answers like direct dispatch', () => {
  it('the same request gets the same reply through both', async () => {
    const viaMsw = await startMockProviderServer({
      profile: 'fast',
      seed: 9,
      resolution: 'msw',
      log: () => undefined,
    });
    const direct = await startMockProviderServer({
      profile: 'fast',
      seed: 9,
      log: () => undefined,
    });
    try {
      const ask = async (url: string) => {
        const openai = new OpenAI({ apiKey: 'k', baseURL: `${url}/v1`, maxRetries: 0 });
        const { created: _created, ...reply } = await openai.chat.completions.create({
          model: 'm',
          messages: [{ role: 'user', content: 'parity [mock tokens=20]' }],
        });
        return reply;
      };
      expect(await ask(viaMsw.url)).toEqual(await ask(direct.url));
      expect(viaMsw.provider.journal()[0]?.plan).toEqual(direct.provider.journal()[0]?.plan);
    } finally {
      await viaMsw.close();
      await direct.close();
    }
  });
});

describe('shutdown', () => {
  it('close() ends hung and streaming responses by destroying their sockets', async () => {
    // Prepare
    const doomed = await startMockProviderServer({ profile: 'instant', log: () => undefined });
    const hung = request(`${doomed.url}/v1/chat/completions`, {
      method: 'POST',
      headers: openaiAuth,
      body: chat('wait forever [mock fault=hang]'),
    }).then(
      () => 'answered',
      () => 'dropped',
    );
    const streaming = await request(`${doomed.url}/v1/chat/completions`, {
      method: 'POST',
      headers: openaiAuth,
      body: JSON.stringify({
        model: 'm',
        stream: true,
        messages: [{ role: 'user', content: '[mock tokens=100 tpot=1s]' }],
      }),
    });
    const streamed = streaming.body.text().then(
      () => 'completed',
      () => 'dropped',
    );

    // Act
    await doomed.close();

    // Assess
    expect(await hung).toBe('dropped');
    expect(await streamed).toBe('dropped');
    await vi.waitFor(() => expect(doomed.provider.metrics().inFlight).toBe(0), { timeout: 2000 });
  });
});
