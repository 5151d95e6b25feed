/**
 * The mock AI provider: OpenAI and Anthropic chat APIs as MSW handlers with
 * a seeded latency, fault and rate-limit model. Three ways to run the same
 * handlers: in-process (`createHandlers` + msw/node `setupServer`), as an
 * HTTP server (`startMockProviderServer`, `npm run mock-provider`), and as a
 * Lambda Function URL (`mock-provider/lambda.ts`, `createFunctionUrlHandler`).
 */

export { loadProfilesFile, MockConfigError, parseIntegerSetting } from './config.ts';
export {
  DIRECTIVE_KEYS,
  type Directives,
  FAULT_KINDS,
  type FaultKind,
  formatDirectives,
  type ParsedDirectives,
  parseDirectives,
  type ScriptStep,
} from './directives.ts';
export {
  configuredPercentiles,
  type Distribution,
  type DistributionKind,
  describeDistribution,
  ProfileConfigError,
  quantile,
} from './distributions.ts';
export {
  createFunctionUrlHandler,
  type FunctionUrlHandler,
  type FunctionUrlHandlerOptions,
  type FunctionUrlResult,
} from './function-url.ts';
export { type LatencyPlan, latencyFor, planRequest, type RequestPlan } from './model.ts';
export {
  BUILTIN_PROFILE_NAMES,
  BUILTIN_PROFILES,
  type BuiltinProfileName,
  describeProfile,
  type FaultRates,
  type Profile,
  parseProfilesConfig,
  type RateLimits,
  resolveProfile,
} from './profiles.ts';
export {
  CONVERSATION_HEADER,
  conversationOf,
  createHandlers,
  createMockProvider,
  type MockProvider,
  type MockProviderOptions,
} from './provider.ts';
export {
  type MockProviderServer,
  type MockProviderServerOptions,
  startMockProviderServer,
} from './server.ts';
export type {
  ConversationScript,
  FaultSource,
  JournalEntry,
  JournalFilter,
  Metrics,
  Outcome,
  ProviderName,
} from './state.ts';
export { countPromptTokens, countTokens } from './tokenizer.ts';
