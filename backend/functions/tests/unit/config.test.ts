import { describe, expect, it } from 'vitest';
import { readAiConfig, readHttpConfig, readStoreConfig } from '../../commons/config.ts';
import { ConfigError } from '../../commons/errors.ts';

const SECRET = 'x'.repeat(32);

describe('readStoreConfig', () => {
  it('reads the table and optional endpoint', () => {
    expect(
      readStoreConfig({
        TABLE_NAME: 't',
        DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
        AWS_REGION: 'eu-west-1',
      }),
    ).toEqual({
      tableName: 't',
      endpoint: 'http://127.0.0.1:8000',
      region: 'eu-west-1',
    });
  });

  it('fails fast on a missing table or a malformed endpoint', () => {
    expect(() => readStoreConfig({})).toThrow(/TABLE_NAME is required/);
    expect(() => readStoreConfig({ TABLE_NAME: 't', DYNAMODB_ENDPOINT: 'not a url' })).toThrow(
      ConfigError,
    );
  });
});

describe('readHttpConfig', () => {
  it('reads the telemetry flag, off by default', () => {
    expect(readHttpConfig({ CURSOR_SECRET: SECRET }).telemetryHeaders).toBe(false);
    expect(
      readHttpConfig({ CURSOR_SECRET: SECRET, TELEMETRY_HEADERS: 'true' }).telemetryHeaders,
    ).toBe(true);
  });

  it('rejects a short cursor secret and an unreadable flag', () => {
    expect(() => readHttpConfig({ CURSOR_SECRET: 'short' })).toThrow(/at least 32/);
    expect(() => readHttpConfig({ CURSOR_SECRET: SECRET, TELEMETRY_HEADERS: 'yes' })).toThrow(
      ConfigError,
    );
  });
});

describe('readAiConfig', () => {
  it('applies defaults that keep a request inside the 29 s budget', () => {
    const config = readAiConfig({ AI_API_KEY: 'k' });
    expect(config).toMatchObject({ provider: 'openai', timeoutMs: 12_000, maxRetries: 1 });
    expect(config.timeoutMs * (config.maxRetries + 1)).toBeLessThan(29_000);
  });

  it('requires exactly one key source', () => {
    expect(() => readAiConfig({})).toThrow(/exactly one/);
    expect(() => readAiConfig({ AI_API_KEY: 'k', AI_API_KEY_PARAMETER: '/p' })).toThrow(
      /exactly one/,
    );
    expect(readAiConfig({ AI_API_KEY_PARAMETER: '/p' }).apiKeyParameterName).toBe('/p');
  });

  it.each([
    [{ AI_PROVIDER: 'gemini' }, /AI_PROVIDER/],
    [{ AI_TIMEOUT_MS: '30000' }, /AI_TIMEOUT_MS must be an integer from 100 to 28000/],
    [{ AI_MAX_RETRIES: 'two' }, /AI_MAX_RETRIES/],
    [{ HISTORY_MAX_MESSAGES: '-1' }, /HISTORY_MAX_MESSAGES/],
  ])('rejects %j', (env, message) => {
    expect(() => readAiConfig({ AI_API_KEY: 'k', ...env })).toThrow(message);
  });
});
