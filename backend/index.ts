/**
 * The reference backend's public entry for the rest of the repository: what
 * the emulator needs to host the functions exactly as the stack deploys them
 * (bundle settings, entry files, environment, table schema), and what the
 * harness needs to seed and audit a stage's table through the backend's own
 * store code. The functions themselves (`backend/functions/*.ts`) and the CDK
 * app (`backend/cdk/`, run by `cdk.json`) are entry points of their own.
 */
export {
  BUNDLE_SETTINGS,
  bundleDefines,
  esbuildOptions,
  FUNCTION_ENTRY_FILES,
  REQUIRE_BANNER,
} from './functions/bundle-options.ts';
export { type DynamoDbAction, FUNCTION_ACCESS } from './functions/commons/chat-service.ts';
export { ENV } from './functions/commons/config.ts';
export { type FunctionWiring, functionEnvironment } from './functions/commons/environment.ts';
export {
  CHAT_SORT_KEY,
  chatKey,
  chatPartition,
  MESSAGE_PREFIX,
  messageIdOfSortKey,
  replyKey,
  userMessageKey,
  userPartition,
} from './functions/commons/keys.ts';
export { RequestMeter } from './functions/commons/meter.ts';
export {
  type ChatItem,
  ChatStore,
  createDocumentClient,
  type MessageItem,
} from './functions/commons/store.ts';
export { TABLE_DEFINITION, TABLE_KEYS } from './functions/commons/table.ts';
