/**
 * The function bundles of a synthesized stack (the Lambda assets `cdk synth`
 * writes), and the goals they are held to: `npm run bench:bundles` prints
 * them, the infra test `tests/infra/bundles.test.ts` asserts the sizes.
 */
import { join } from 'node:path';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { FUNCTION_NAMES, type FunctionName } from '#contracts';
import type { StageConfig } from '#stages';
import type { ChatStack } from './chat-stack.ts';

const KB = 1024;

/**
 * Minified size of each bundle (`index.mjs`) and median module load time.
 * send_message of a stage that reads its AI key from SSM carries the SSM
 * client, about 88 KB that tree shaking cannot remove (its schema module
 * registers all 140 of its error classes when it loads), so it
 * has a budget of its own above the 450 KB goal.
 */
export const BUNDLE_GOALS = {
  bytes: { get_chats: 250 * KB, get_chat: 250 * KB, send_message: 450 * KB },
  sendMessageWithSsmKeyBytes: 500 * KB,
  mockProviderBytes: 250 * KB,
  loadMs: 100,
} as const satisfies {
  bytes: Record<FunctionName, number>;
  sendMessageWithSsmKeyBytes: number;
  mockProviderBytes: number;
  loadMs: number;
};

export type BundleName = FunctionName | 'mock_provider';

/** The size goal of one of a stage's bundles, in bytes. */
export function sizeGoal(stage: StageConfig, name: BundleName): number {
  if (name === 'mock_provider') return BUNDLE_GOALS.mockProviderBytes;
  if (name === 'send_message' && stage.provider.apiKeyParameter !== null) {
    return BUNDLE_GOALS.sendMessageWithSsmKeyBytes;
  }
  return BUNDLE_GOALS.bytes[name];
}

export interface StackBundle {
  name: BundleName;
  /** The asset folder: `index.mjs`, its source map and, when asked for, `index.meta.json`. */
  asset: string;
  /** `index.mjs`. */
  bundle: string;
  /** esbuild's metafile (synthesized with `bundleMetafiles`). */
  metafile: string;
  /** The function's environment variables as the template holds them (tokens unresolved). */
  variables: Record<string, unknown>;
}

/** The shape of a synthesized template that locating the bundles needs. */
export interface TemplateJson {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
}

/** Each function's bundle in a synthesized stack, and the mock provider's in mock stages. */
export function stackBundles(
  stack: ChatStack,
  assemblyDirectory: string,
  template: TemplateJson,
): StackBundle[] {
  const functions = [
    ...FUNCTION_NAMES.map((name) => ({ name, lambda: stack.functions[name].function })),
    ...(stack.mockProvider
      ? [{ name: 'mock_provider' as const, lambda: stack.mockProvider.lambda.function }]
      : []),
  ];
  return functions.map(({ name, lambda }) => {
    const logicalId = stack.getLogicalId(lambda.node.defaultChild as CfnFunction);
    const properties = template.Resources[logicalId]?.Properties ?? {};
    const key = (properties.Code as { S3Key?: string } | undefined)?.S3Key ?? '';
    const asset = join(assemblyDirectory, `asset.${key.replace(/\.zip$/, '')}`);
    const variables =
      (properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ??
      {};
    return {
      name,
      asset,
      bundle: join(asset, 'index.mjs'),
      metafile: join(asset, 'index.meta.json'),
      variables,
    };
  });
}

/** Bytes in the minified output per package (or project folder), heaviest first. */
export function bytesByPackage(metafile: {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}): Array<{ module: string; bytes: number }> {
  const output = Object.entries(metafile.outputs).find(([file]) => file.endsWith('.mjs'))?.[1];
  const totals = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    if (bytesInOutput === 0) continue;
    // The innermost node_modules names the package (nested copies count as themselves).
    const match = [...input.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1);
    const module = match?.[1] ?? `${input.split('/').slice(0, 2).join('/')} (project)`;
    totals.set(module, (totals.get(module) ?? 0) + bytesInOutput);
  }
  return [...totals]
    .map(([module, bytes]) => ({ module, bytes }))
    .sort((a, b) => b.bytes - a.bytes);
}
