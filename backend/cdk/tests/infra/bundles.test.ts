/**
 * The function bundles as `cdk synth` writes them, for every stage and two
 * Anthropic variants: each bundle's minified size against its goal
 * (bundle-assets.ts), what each one carries (esbuild's metafile), and the
 * send_message bundles running unchanged against dynalite and the mock
 * provider. Sizes are deterministic for a lockfile, so they are asserted
 * here; load times are only benchmarked (`npm run bench:bundles`).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Stage } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_NAMES, type FunctionName } from '#contracts';
import { createChatTable, type DynamoDbServer, LOCAL_CREDENTIALS, startDynamoDb } from '#emulator';
import { type MockProviderServer, startMockProviderServer } from '#mock-provider';
import { getStage, STAGE_NAMES, type StageConfig } from '#stages';
import { functionEnvironment } from '../../../functions/commons/environment.ts';
import { httpEvent } from '../../../functions/tests/support/events.ts';
import { nextId } from '../../../functions/tests/support/ids.ts';
import {
  BUNDLE_GOALS,
  bytesByPackage,
  type StackBundle,
  sizeGoal,
  stackBundles,
  type TemplateJson,
} from '../../bundle-assets.ts';
import { type CustomStack, type Synthesized, synthesize } from '../support/synth.ts';

const run = promisify(execFile);

/** `test` with the mock speaking Anthropic's API. */
function anthropicMockStage(): StageConfig {
  const stage = structuredClone(getStage('test'));
  if (stage.provider.kind !== 'mock') throw new Error('test uses the mock provider');
  stage.provider.api = 'anthropic';
  return stage;
}

/** `prod` on Anthropic, its key in SSM. */
function anthropicLiveStage(): StageConfig {
  const stage = structuredClone(getStage('prod'));
  if (stage.provider.kind === 'mock') throw new Error('prod uses a real provider');
  stage.provider = { ...stage.provider, kind: 'anthropic', model: 'claude-sonnet-4-5' };
  return stage;
}

const VARIANTS: CustomStack[] = [
  { id: 'anthropic-mock', stage: anthropicMockStage() },
  { id: 'anthropic-live', stage: anthropicLiveStage() },
];
const STAGE_IDS = [...STAGE_NAMES, ...VARIANTS.map(({ id }) => id)];

const outdir = mkdtempSync(join(tmpdir(), 'loopgauge-bundles-'));
let synthesized: Record<string, Synthesized>;

beforeAll(() => {
  synthesized = synthesize(STAGE_NAMES, VARIANTS, { outdir, bundleMetafiles: true });
});

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

function stageOf(id: string): StageConfig {
  return VARIANTS.find((variant) => variant.id === id)?.stage ?? getStage(id);
}

function bundleOf(id: string, name: FunctionName): StackBundle {
  const found = synthesized[id];
  if (!found) throw new Error(`stage ${id} was not synthesized`);
  const { stack, template } = found;
  const directory = Stage.of(stack)?.outdir ?? outdir;
  const bundle = stackBundles(stack, directory, template.toJSON() as TemplateJson).find(
    (b) => b.name === name,
  );
  if (!bundle) throw new Error(`no ${name} bundle in ${id}`);
  return bundle;
}

/** The packages with at least one byte in the bundle. */
function packagesOf(bundle: StackBundle): string[] {
  return bytesByPackage(JSON.parse(readFileSync(bundle.metafile, 'utf8'))).map((p) => p.module);
}

describe.each(STAGE_IDS)('the bundles of %s', (id) => {
  it.each(FUNCTION_NAMES)('%s is within its size goal', (name) => {
    // Act
    const bytes = statSync(bundleOf(id, name).bundle).size;

    // Assess
    expect(bytes).toBeLessThanOrEqual(sizeGoal(stageOf(id), name));
  });

  it("carry the stage's AI SDK and key source and no default credential chain", () => {
    // Prepare
    const stage = stageOf(id);
    const api = stage.provider.kind === 'mock' ? stage.provider.api : stage.provider.kind;
    const sdk = { openai: 'openai', anthropic: '@anthropic-ai/sdk' } as const;

    // Act
    const [getChats, getChat, sendMessage] = FUNCTION_NAMES.map((name) =>
      packagesOf(bundleOf(id, name)),
    );

    // Assess
    for (const packages of [getChats, getChat, sendMessage]) {
      expect(packages).toContain('@aws-sdk/credential-provider-env');
      expect(packages).not.toContain('@aws-sdk/credential-provider-node');
      expect(packages).not.toContain('@aws-sdk/nested-clients');
    }
    for (const packages of [getChats, getChat]) {
      expect(packages).not.toContain(sdk.openai);
      expect(packages).not.toContain(sdk.anthropic);
      expect(packages).not.toContain('@aws-sdk/client-ssm');
    }
    expect(sendMessage).toContain(sdk[api]);
    expect(sendMessage).not.toContain(sdk[api === 'openai' ? 'anthropic' : 'openai']);
    if (stage.provider.apiKeyParameter === null) {
      expect(sendMessage).not.toContain('@aws-sdk/client-ssm');
    } else {
      expect(sendMessage).toContain('@aws-sdk/client-ssm');
    }
  });
});

it('holds the read functions to 250 KB and send_message to 450 KB without an SSM key', () => {
  // Assess
  expect(BUNDLE_GOALS.bytes).toEqual({
    get_chats: 250 * 1024,
    get_chat: 250 * 1024,
    send_message: 450 * 1024,
  });
  expect(sizeGoal(getStage('test'), 'send_message')).toBe(450 * 1024);
  expect(sizeGoal(getStage('prod'), 'send_message')).toBe(BUNDLE_GOALS.sendMessageWithSsmKeyBytes);
});

/** Imports a bundle in a fresh Node process with `env`, invokes its handler once, prints the result. */
const INVOKE = `
const [url, event] = process.argv.slice(1);
const { handler } = await import(url);
const context = {
  functionName: 'send_message', functionVersion: '$LATEST', memoryLimitInMB: '512',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:send_message',
  awsRequestId: 'bundle-test', getRemainingTimeInMillis: () => 20000,
};
const result = await handler(JSON.parse(event), context);
process.stdout.write('\\nRESULT ' + JSON.stringify(result));
`;

async function invoke(
  bundle: string,
  env: Record<string, string>,
  event: unknown,
): Promise<{ statusCode: number; body: string }> {
  // Asynchronous: dynalite and the mock provider answer from this process meanwhile.
  const { stdout } = await run(
    process.execPath,
    ['--input-type=module', '-e', INVOKE, pathToFileURL(bundle).href, JSON.stringify(event)],
    { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 30_000 },
  );
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`no result in the output:\n${stdout}`);
  return JSON.parse(line.slice('RESULT '.length)) as { statusCode: number; body: string };
}

describe('send_message bundles, run unchanged', () => {
  const TABLE = 'bundle-test-chats';
  let dynamodb: DynamoDbServer;
  let mock: MockProviderServer;

  beforeAll(async () => {
    [dynamodb, mock] = await Promise.all([
      startDynamoDb(),
      startMockProviderServer({ profile: 'instant', seed: 1, log: () => undefined }),
    ]);
    await createChatTable(dynamodb.endpoint, TABLE);
  });

  afterAll(async () => {
    await mock?.close();
    await dynamodb?.close();
  });

  /** The environment the stack gives the stage's send_message, pointed at the local servers. */
  function environment(stage: StageConfig): Record<string, string> {
    const api = stage.provider.kind === 'mock' ? stage.provider.api : stage.provider.kind;
    return {
      ...functionEnvironment(stage, 'send_message', {
        tableName: TABLE,
        cursorSecret: 'c'.repeat(48),
        aiBaseUrl: api === 'openai' ? `${mock.url}/v1` : mock.url,
        aiKey: { value: 'bundle-test-key' },
        dynamodbEndpoint: dynamodb.endpoint,
      }),
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      POWERTOOLS_LOG_LEVEL: 'CRITICAL',
    };
  }

  it.each([
    ['test', 'openai'],
    ['anthropic-mock', 'anthropic'],
  ] as const)('%s answers through the %s API', async (id, provider) => {
    // Prepare
    const stage = stageOf(id);
    const chatId = nextId();
    const event = httpEvent('send_message', {
      sub: `bundle-${provider}`,
      pathParameters: { chatId },
      body: JSON.stringify({ messageId: nextId(), content: 'Hello' }),
    });

    // Act
    const result = await invoke(bundleOf(id, 'send_message').bundle, environment(stage), event);

    // Assess
    expect(result.statusCode, result.body).toBe(200);
    const body = JSON.parse(result.body) as { assistantMessage: { content: string } };
    expect(body.assistantMessage.content.length).toBeGreaterThan(0);
    expect(mock.provider.journal().at(-1)).toMatchObject({ provider, status: 200 });
  });

  it.each([
    [
      'an AI provider it does not carry',
      { AI_PROVIDER: 'anthropic' },
      /carries the openai SDK only/,
    ],
    [
      'a key in SSM when its stage has none',
      { AI_API_KEY: '', AI_API_KEY_PARAMETER: '/loopgauge/test/ai-api-key' },
      /built for a stage without an SSM parameter/,
    ],
  ])('refuses at init %s', async (_case, override, message) => {
    // Prepare
    const env = { ...environment(getStage('test')), ...override };
    const event = httpEvent('send_message', { sub: 'u', pathParameters: { chatId: nextId() } });

    // Act
    const invoked = invoke(bundleOf('test', 'send_message').bundle, env, event);

    // Assess
    await expect(invoked).rejects.toThrow(message);
  });
});
