/**
 * The reference frontend client: `ChatApiClient` over `fetch`. Its pure
 * parts — request builders, response reading and error types, the retry
 * policy — are exported by `#contracts` as well, for k6 scripts (which have
 * no `fetch`).
 */
export { type CallOptions, ChatApiClient, type ChatApiClientOptions } from './client.ts';
