/**
 * How the functions are bundled: one set of esbuild settings for the CDK
 * stack (Lambda assets) and the local stage (worker threads), so both run
 * the same code. Everything is bundled, the AWS SDK included: the runtime's
 * copy is not pinned, and one file loads faster than a node_modules tree
 * (https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/performance/README.md).
 *
 * A bundle carries only what its stage uses: `bundleDefines(stage)` tells
 * the code which AI provider and which key source the stage has, so esbuild
 * drops the other provider's SDK and, without an SSM parameter, the SSM
 * client; `BUNDLE_ALIASES` leaves out the SDK's default credential chain,
 * which the clients never use (commons/credentials.ts). The stack and the
 * emulator pass the same stage here, so they build the same bundle.
 */
import type { BuildOptions } from 'esbuild';
import { FUNCTION_NAMES, type FunctionName } from '#contracts';
import type { StageConfig } from '#stages';
import { aiProviderOf } from './commons/environment.ts';

/** Each function's entry point, relative to the repository root: `get_chats` → `backend/functions/get-chats.ts`. */
export const FUNCTION_ENTRY_FILES = Object.fromEntries(
  FUNCTION_NAMES.map((name) => [name, `backend/functions/${name.replaceAll('_', '-')}.ts`]),
) as Readonly<Record<FunctionName, string>>;

/** CommonJS inside the ESM bundle may call `require`; this gives it one. */
export const REQUIRE_BANNER =
  "import { createRequire as __loopgaugeCreateRequire } from 'node:module'; const require = __loopgaugeCreateRequire(import.meta.url);";

/**
 * Packages replaced in every bundle (esbuild `alias`, resolved from the
 * repository root: https://esbuild.github.io/api/#alias). Every AWS SDK
 * client's runtime config imports `@aws-sdk/credential-provider-node` for
 * its default credential chain (SSO, STS, INI files, instance metadata and
 * the nested STS/SSO clients: about 130 KB minified); the functions' clients
 * are given the environment's credentials instead, so the chain is replaced
 * by that one provider.
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  '@aws-sdk/credential-provider-node': './backend/functions/commons/credentials.ts',
};

export const BUNDLE_SETTINGS = {
  format: 'esm',
  mainFields: ['module', 'main'],
  banner: REQUIRE_BANNER,
  minify: true,
  sourcemap: 'external',
  sourcesContent: false,
  alias: BUNDLE_ALIASES,
} as const;

/**
 * The build-time constants of a stage's bundles (esbuild `define`:
 * https://esbuild.github.io/api/#define), read where they are declared:
 * `LOOPGAUGE_AI_PROVIDER` in commons/ai.ts, `LOOPGAUGE_AI_KEY_IN_SSM` in
 * commons/secrets.ts. Values are JavaScript literals.
 */
export function bundleDefines(stage: StageConfig): Record<string, string> {
  return {
    LOOPGAUGE_AI_PROVIDER: JSON.stringify(aiProviderOf(stage)),
    LOOPGAUGE_AI_KEY_IN_SSM: JSON.stringify(stage.provider.apiKeyParameter !== null),
  };
}

/**
 * `BUNDLE_SETTINGS` as esbuild build options for a Node.js major version:
 * what the emulator builds with for the running Node.js (the stack passes
 * the same settings to `NodejsFunction`, for the Lambda runtime's version).
 * A stage's `bundleDefines` go with each build.
 */
export function esbuildOptions(nodeMajor: string) {
  return {
    bundle: true,
    platform: 'node' as const,
    format: BUNDLE_SETTINGS.format,
    target: `node${nodeMajor}`,
    mainFields: [...BUNDLE_SETTINGS.mainFields],
    banner: { js: BUNDLE_SETTINGS.banner },
    minify: BUNDLE_SETTINGS.minify,
    sourcemap: BUNDLE_SETTINGS.sourcemap,
    sourcesContent: BUNDLE_SETTINGS.sourcesContent,
    alias: { ...BUNDLE_SETTINGS.alias },
    external: [] as string[],
    outExtension: { '.js': '.mjs' },
  } satisfies BuildOptions;
}
