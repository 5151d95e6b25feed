/**
 * How the functions are bundled: one set of esbuild settings for the CDK
 * stack (Lambda assets) and the local stage (worker threads), so both run
 * the same code. Everything is bundled, the AWS SDK included: the runtime's
 * copy is not pinned, and one file loads faster than a node_modules tree
 * (https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/performance/README.md).
 */
import type { BuildOptions } from 'esbuild';
import { FUNCTION_NAMES, type FunctionName } from '#contracts';

/** Each function's entry point, relative to the repository root: `get_chats` → `backend/functions/get-chats.ts`. */
export const FUNCTION_ENTRY_FILES = Object.fromEntries(
  FUNCTION_NAMES.map((name) => [name, `backend/functions/${name.replaceAll('_', '-')}.ts`]),
) as Readonly<Record<FunctionName, string>>;

/** CommonJS inside the ESM bundle may call `require`; this gives it one. */
export const REQUIRE_BANNER =
  "import { createRequire as __loopgaugeCreateRequire } from 'node:module'; const require = __loopgaugeCreateRequire(import.meta.url);";

export const BUNDLE_SETTINGS = {
  format: 'esm',
  mainFields: ['module', 'main'],
  banner: REQUIRE_BANNER,
  minify: true,
  sourcemap: 'external',
  sourcesContent: false,
} as const;

/**
 * `BUNDLE_SETTINGS` as esbuild build options for a Node.js major version:
 * what the emulator builds with for the running Node.js (the stack passes
 * the same settings to `NodejsFunction`, for the Lambda runtime's version).
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
    external: [] as string[],
    outExtension: { '.js': '.mjs' },
  } satisfies BuildOptions;
}
