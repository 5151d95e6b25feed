/**
 * How the functions are bundled: one set of esbuild settings for the CDK
 * stack (Lambda assets) and the local stage (worker threads), so both run
 * the same code. Everything is bundled, the AWS SDK included: the runtime's
 * copy is not pinned, and one file loads faster than a node_modules tree
 * (facts.md §1.4, https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/performance/README.md).
 */
import type { FunctionName } from '#contracts';

/** Each function's entry point, relative to the repository root. */
export const FUNCTION_ENTRY_FILES: Readonly<Record<FunctionName, string>> = {
  get_chats: 'backend/functions/get-chats.ts',
  get_chat: 'backend/functions/get-chat.ts',
  send_message: 'backend/functions/send-message.ts',
};

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
