/**
 * Runs the real handlers in-process against a real DynamoDB-compatible server
 * (dynalite on 127.0.0.1) and the project's mock AI provider, whose MSW
 * handlers intercept the SDKs' requests in-process. Handlers read their
 * environment at import, so each `loadHandlers` call imports fresh copies
 * with the environment given.
 */
import type { Context } from 'aws-lambda';
import { type SetupServer, setupServer } from 'msw/node';
import { vi } from 'vitest';
import { FUNCTION_NAMES, type FunctionName } from '#contracts';
import { createChatTable, type DynamoDbServer, LOCAL_CREDENTIALS, startDynamoDb } from '#emulator';
import { createMockProvider, type MockProvider } from '#mock-provider';
import { FUNCTION_ENTRY_FILES } from '../../bundle-options.ts';
import type { HttpEvent, HttpResult } from '../../commons/http.ts';
import { type EventInput, httpEvent, lambdaContext } from './events.ts';

export const AI_BASE_URL = 'https://openai.test/v1';
export const ANTHROPIC_BASE_URL = 'https://anthropic.test';
export const AI_KEY = 'sk-test-key-0123456789';
export const CURSOR_SECRET = 'test-cursor-secret-0123456789abcdef';

type Handler = (event: HttpEvent, context: Context) => Promise<HttpResult>;

export interface Backend {
  dynamodb: DynamoDbServer;
  ai: SetupServer;
  /** The mock provider behind `ai`: its journal says what the backend sent. */
  provider: MockProvider;
  tableName: string;
  /** Imports the three handlers with the base environment plus `env`. */
  loadHandlers(env?: Record<string, string>): Promise<Record<FunctionName, Handler>>;
  close(): Promise<void>;
}

/** `indexPropagationMs`: how long writes take to show in the chat index (default: at once). */
export async function startBackend(
  options: { indexPropagationMs?: number } = {},
): Promise<Backend> {
  const dynamodb = await startDynamoDb({ indexPropagationMs: options.indexPropagationMs ?? 0 });
  const tableName = 'chats-test';
  await createChatTable(dynamodb.endpoint, tableName);
  const provider = createMockProvider({
    profile: 'instant',
    openaiBaseUrl: AI_BASE_URL,
    anthropicBaseUrl: ANTHROPIC_BASE_URL,
    log: () => undefined,
  });
  const ai = setupServer(...provider.handlers);
  ai.listen({
    onUnhandledRequest(request, print) {
      // DynamoDB traffic to the local server passes through; anything else is a test bug.
      if (new URL(request.url).hostname !== '127.0.0.1') print.error();
    },
  });
  const baseEnv: Record<string, string> = {
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: dynamodb.endpoint,
    AWS_REGION: 'us-east-1',
    // Set by Lambda itself; Powertools reads it to report cold starts.
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AI_PROVIDER: 'openai',
    AI_MODEL: 'gpt-test',
    AI_BASE_URL,
    AI_API_KEY: AI_KEY,
    AI_TIMEOUT_MS: '2000',
    AI_MAX_RETRIES: '0',
    CURSOR_SECRET,
    TELEMETRY_HEADERS: 'false',
    POWERTOOLS_LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'CRITICAL',
  };
  // Set directly rather than with vi.stubEnv, which Vitest undoes before each
  // test: the SDKs read credentials lazily, on their first call.
  const saved = { ...process.env };
  const restoreEnv = () => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  };
  return {
    dynamodb,
    ai,
    provider,
    tableName,
    async loadHandlers(env = {}) {
      vi.resetModules();
      restoreEnv();
      Object.assign(process.env, baseEnv, env);
      const modules = await Promise.all(
        FUNCTION_NAMES.map(async (name) => {
          const url = new URL(`../../../../${FUNCTION_ENTRY_FILES[name]}`, import.meta.url);
          const module = (await import(url.href)) as { handler: Handler };
          return [name, module.handler] as const;
        }),
      );
      return Object.fromEntries(modules) as Record<FunctionName, Handler>;
    },
    async close() {
      restoreEnv();
      ai.close();
      await dynamodb.close();
    },
  };
}

export interface CallResult<T = unknown> {
  status: number;
  headers: Record<string, string>;
  body: T;
}

/** Invokes a handler as the gateway would and parses the JSON body. */
export async function call<T = unknown>(
  handlers: Record<FunctionName, Handler>,
  route: FunctionName,
  input: EventInput,
  context: Context = lambdaContext(),
): Promise<CallResult<T>> {
  const result = await handlers[route](httpEvent(route, input), context);
  return { status: result.statusCode, headers: result.headers, body: JSON.parse(result.body) as T };
}
