/**
 * The pacticipants and the provider states, in one place for both sides:
 * consumer tests name a state and its parameters from here, and provider
 * verification sets up exactly these. A state's name keeps its parameters
 * as `{placeholders}`; the values travel as the state's params, so one
 * state serves every count or id a consumer asks for.
 */

/** The provider: the chat API (the reference backend behind its HTTP API). */
export const PROVIDER = 'loopgauge-chat-api';

/** The consumers whose pacts live in `contracts/pacts/`. */
export const CONSUMERS = {
  /** The reference frontend client (`#contracts/client`), as a React app uses it. */
  web: 'loopgauge-web',
  /** `loopgauge chats`: a command-line client that lists the signed-in user's chats. */
  cli: 'loopgauge-cli',
} as const;

/** The key of the V4 interaction comment that marks an interaction local-only, and says why. */
export const LOCAL_ONLY_COMMENT = 'local-only';

/** How an AI call can end badly, as a consumer sees it. */
export type AiFailure = 'rate limit' | 'provider error' | 'timeout';

export interface StateParams {
  /** The signed-in user has this many chats (two messages each). */
  userWithChats: { chatCount: number };
  /** As `userWithChats`; the state also reads the first page and injects its `nextCursor`. */
  userWithChatsPaged: { chatCount: number; pageSize: number };
  chatWithMessages: { chatId: string; messageCount: number };
  /** As `chatWithMessages`; the state also reads the first page and injects its `nextCursor`. */
  chatWithMessagesPaged: { chatId: string; messageCount: number; pageSize: number };
  chatOfAnotherUser: { chatId: string };
  answeredMessage: { chatId: string; messageId: string; content: string };
  /** The route's token bucket is empty: every request to it is refused. */
  routeThrottled: { route: string };
  /** Chat `chatId` exists (two messages) and every AI call made for it ends in `failure`. */
  aiFailing: { chatId: string; failure: AiFailure };
}

export type StateKey = keyof StateParams;

export const STATE_NAMES: Record<StateKey, string> = {
  userWithChats: 'a user with {chatCount} chats',
  userWithChatsPaged: 'a user with {chatCount} chats, listed {pageSize} at a time',
  chatWithMessages: 'chat {chatId} with {messageCount} messages',
  chatWithMessagesPaged: 'chat {chatId} with {messageCount} messages, read {pageSize} at a time',
  chatOfAnotherUser: 'chat {chatId} belongs to another user',
  answeredMessage: 'message {messageId} saying {content} was answered in chat {chatId}',
  routeThrottled: 'route {route} is throttled',
  aiFailing: 'AI calls in chat {chatId} end in {failure}',
};

/**
 * States only the local stage can be put in, and why: a deployed stage has
 * no admin endpoint to lower a throttle and its mock provider takes no
 * scripts. Interactions in these states carry the local-only comment.
 */
export const LOCAL_ONLY_STATES: Partial<Record<StateKey, string>> = {
  routeThrottled: 'lowers a route throttle through the local stage’s admin endpoint',
  aiFailing: 'scripts the local stage’s mock AI provider to fail',
};

export interface ProviderState<K extends StateKey = StateKey> {
  key: K;
  name: string;
  params: StateParams[K];
  /** Why only the local stage can verify it, for local-only states. */
  localOnly: string | undefined;
}

export function state<K extends StateKey>(key: K, params: StateParams[K]): ProviderState<K> {
  return { key, name: STATE_NAMES[key], params, localOnly: LOCAL_ONLY_STATES[key] };
}

export function stateKeyOf(name: string): StateKey | undefined {
  return (Object.keys(STATE_NAMES) as StateKey[]).find((key) => STATE_NAMES[key] === name);
}
