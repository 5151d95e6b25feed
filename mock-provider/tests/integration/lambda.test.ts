import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LambdaFunctionURLEvent } from 'aws-lambda';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FunctionUrlHandler } from '#mock-provider';

/**
 * The Lambda entry point as the CDK stack ships it: bundled by esbuild into
 * one file, then invoked with Function URL events.
 */

const entry = fileURLToPath(new URL('../../lambda.ts', import.meta.url));
let dir: string;
let bundle: string;
let handler: FunctionUrlHandler;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mock-provider-lambda-'));
  bundle = join(dir, 'index.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    outfile: bundle,
    logLevel: 'silent',
  });
  vi.stubEnv('MOCK_PROVIDER_PROFILE', 'instant');
  vi.stubEnv('MOCK_PROVIDER_SEED', '7');
  vi.stubEnv('MOCK_PROVIDER_REQUIRED_KEY', 'k');
  ({ handler } = (await import(pathToFileURL(bundle).href)) as { handler: FunctionUrlHandler });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function event(
  method: string,
  rawPath: string,
  body?: unknown,
  headers: Record<string, string> = {},
): LambdaFunctionURLEvent {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', authorization: 'Bearer k', ...headers },
    requestContext: {
      accountId: 'anonymous',
      apiId: 'abc',
      domainName: 'abc.lambda-url.us-east-1.on.aws',
      domainPrefix: 'abc',
      http: {
        method,
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 'test',
      },
      requestId: 'r',
      routeKey: '$default',
      stage: '$default',
      time: '01/Jan/2026:00:00:00 +0000',
      timeEpoch: 0,
    },
    isBase64Encoded: false,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}

const context = (remainingMs: number) => ({ getRemainingTimeInMillis: () => remainingMs });
const chat = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'm',
  messages: [{ role: 'user', content }],
  ...extra,
});

describe('Lambda Function URL handler (esbuild bundle)', () => {
  it('bundles into one small file', async () => {
    expect((await stat(bundle)).size).toBeLessThan(512 * 1024);
  });

  it('answers a chat completion, reading its settings from the environment', async () => {
    const result = await handler(
      event('POST', '/v1/chat/completions', chat('hi')),
      context(30_000),
    );
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({
      object: 'chat.completion',
      usage: { completion_tokens: 16 },
    });
    expect(handler.provider).toMatchObject({ seed: 7, profile: { name: 'instant' } });
  });

  it('answers only the key it was deployed with', async () => {
    const wrong = await handler(
      event('POST', '/v1/chat/completions', chat('hi'), { authorization: 'Bearer guess' }),
      context(30_000),
    );
    const anthropic = await handler(
      event(
        'POST',
        '/v1/messages',
        { ...chat('hi'), max_tokens: 5 },
        {
          authorization: '',
          'x-api-key': 'k',
          'anthropic-version': '2023-06-01',
        },
      ),
      context(30_000),
    );
    expect(wrong.statusCode).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ error: { type: 'invalid_request_error' } });
    expect(anthropic.statusCode).toBe(200);
  });

  it('serves no admin routes: their state would be one environment’s', async () => {
    const health = await handler(event('GET', '/__mock/health'), context(30_000));
    expect(health.statusCode).toBe(404);
  });

  it('returns a whole event stream, and a cut one without its terminator', async () => {
    const whole = await handler(
      event('POST', '/v1/chat/completions', chat('[mock tokens=5]', { stream: true })),
      context(30_000),
    );
    const cut = await handler(
      event(
        'POST',
        '/v1/chat/completions',
        chat('[mock tokens=10 fault=disconnect]', { stream: true }),
      ),
      context(30_000),
    );
    expect(whole.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(whole.body.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect(cut.body).toContain('chat.completion.chunk');
    expect(cut.body).not.toContain('[DONE]');
  });

  it('answers Anthropic and the errors in their shapes', async () => {
    const headers = { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' };
    const ok = await handler(
      event(
        'POST',
        '/v1/messages',
        { model: 'c', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] },
        headers,
      ),
      context(30_000),
    );
    const noKey = await handler(
      event('POST', '/v1/chat/completions', chat('x'), { authorization: '' }),
      context(30_000),
    );
    expect(JSON.parse(ok.body)).toMatchObject({ type: 'message', usage: { output_tokens: 5 } });
    expect(noKey.statusCode).toBe(401);
  });

  it('fails the invocation on a disconnect before the headers (the Function URL answers 502)', async () => {
    await expect(
      handler(
        event('POST', '/v1/chat/completions', chat('[mock fault=disconnect]')),
        context(30_000),
      ),
    ).rejects.toThrow(/dropped the connection/);
  });

  it('holds a hung response until shortly before the function times out, then 504', async () => {
    // 1,150 ms left and a 1,000 ms margin: the handler gives up after about 150 ms
    const result = await handler(
      event('POST', '/v1/chat/completions', chat('[mock fault=hang]')),
      context(1150),
    );
    expect(result).toMatchObject({ statusCode: 504, body: '' });
    expect(handler.provider.journal().at(-1)).toMatchObject({ fault: 'hang', status: null });
  });
});
