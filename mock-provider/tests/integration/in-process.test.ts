import Anthropic from '@anthropic-ai/sdk';
import { setupServer } from 'msw/node';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, createMockProvider } from '#mock-provider';

/**
 * In-process: the handlers under msw/node's setupServer, with the SDKs on
 * their default base URLs (api.openai.com, api.anthropic.com) intercepted.
 */

const provider = createMockProvider({ profile: 'instant', seed: 3, log: () => undefined });
const server = setupServer(...provider.handlers);

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

afterAll(() => {
  server.close();
});

beforeEach(() => {
  provider.reset();
});

// Clients are made after `listen()`: the SDKs keep the `fetch` they find at construction.
let openai: OpenAI;
let anthropic: Anthropic;

beforeAll(() => {
  openai = new OpenAI({ apiKey: 'k', maxRetries: 0, timeout: 2000 });
  anthropic = new Anthropic({ apiKey: 'k', maxRetries: 0, timeout: 2000 });
});

describe('in-process (msw/node)', () => {
  it('answers the OpenAI SDK on its default base URL, JSON and streaming', async () => {
    const reply = await openai.chat.completions.create({
      model: 'm',
      messages: [{ role: 'user', content: 'hi' }],
    });
    const stream = await openai.chat.completions.create({
      model: 'm',
      stream: true,
      messages: [{ role: 'user', content: 'hi [mock tokens=5]' }],
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(reply.usage?.completion_tokens).toBe(16);
    expect(text.split(' ').length).toBeGreaterThan(1);
    expect(provider.journal().map((e) => e.provider)).toEqual(['openai', 'openai']);
  });

  it('answers the Anthropic SDK on its default base URL', async () => {
    const message = await anthropic.messages
      .stream({
        model: 'claude',
        max_tokens: 50,
        messages: [{ role: 'user', content: 'hi [mock tokens=7]' }],
      })
      .finalMessage();
    expect(message.usage.output_tokens).toBe(7);
  });

  it('cuts a stream mid-way and times out a hung request', async () => {
    const stream = await openai.chat.completions.create({
      model: 'm',
      stream: true,
      messages: [{ role: 'user', content: '[mock fault=disconnect tokens=10]' }],
    });
    let chunks = 0;
    const cut = await (async () => {
      for await (const _chunk of stream) chunks += 1;
    })().then(
      () => 'completed',
      () => 'cut',
    );
    const hung = await openai.chat.completions
      .create(
        { model: 'm', messages: [{ role: 'user', content: '[mock fault=hang]' }] },
        { timeout: 200 },
      )
      .then(
        () => 'answered',
        (error: unknown) => (error as Error).constructor.name,
      );
    expect(cut).toBe('cut');
    expect(chunks).toBeGreaterThan(0);
    expect(hung).toBe('APIConnectionTimeoutError');
    await vi.waitFor(() => expect(provider.metrics().inFlight).toBe(0), { timeout: 2000 });
  });

  it('createHandlers answers on a custom base URL (with or without /v1) only', async () => {
    const custom = setupServer(
      ...createHandlers({ openaiBaseUrl: 'https://llm.internal.example' }),
      ...createHandlers({ openaiBaseUrl: 'https://sdk-style.example/v1' }),
    );
    server.close();
    custom.listen({ onUnhandledRequest: 'error' });
    try {
      const client = new OpenAI({
        apiKey: 'k',
        baseURL: 'https://llm.internal.example/v1',
        maxRetries: 0,
      });
      const defaultUrl = new OpenAI({ apiKey: 'k', maxRetries: 0 });
      const reply = await client.chat.completions.create({
        model: 'm',
        messages: [{ role: 'user', content: 'x' }],
      });
      const sdkStyle = new OpenAI({
        apiKey: 'k',
        baseURL: 'https://sdk-style.example/v1',
        maxRetries: 0,
      });
      const viaV1 = await sdkStyle.chat.completions.create({
        model: 'm',
        messages: [{ role: 'user', content: 'y' }],
      });
      const elsewhere = await defaultUrl.chat.completions
        .create({ model: 'm', messages: [{ role: 'user', content: 'x' }] })
        .then(
          () => 'answered',
          () => 'unhandled',
        );
      expect(reply.object).toBe('chat.completion');
      expect(viaV1.object).toBe('chat.completion');
      expect(elsewhere).toBe('unhandled');
    } finally {
      custom.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});
