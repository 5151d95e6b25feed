/**
 * The provider states, set up on a running stage. Every state belongs to a
 * user of its own (one per interaction, provisioned and logged in as its
 * state is set up): it clears what that user had from an earlier run, then
 * seeds through the backend's store code. Requests of the interaction then carry that user's
 * access token (see `bearerFor`). Local-only states also use the local
 * stage's admin endpoint (a route throttle) or its mock AI provider's
 * scripts (a failing AI call), and undo that in their teardown.
 */
import type { VerifierOptions } from '@pact-foundation/pact';
import { ChatApiClient } from '#contracts/client';
import { ADMIN_HEADER } from '#emulator';
import { conversationOf, type FaultKind } from '#mock-provider';
import type { ProvisionedUser, Target } from '#targets';
import { openingMessage, type Seeder } from './seed.ts';
import {
  type AiFailure,
  LOCAL_ONLY_STATES,
  STATE_NAMES,
  type StateKey,
  type StateParams,
} from './states.ts';

type StateHandlers = NonNullable<VerifierOptions['stateHandlers']>;

export interface StateContext {
  target: Target;
  seeder: Seeder;
  /** A user with a fresh access token, a different one at each call. */
  nextUser(): Promise<ProvisionedUser>;
  /** The owner of "another user's" chats. */
  otherUser(): Promise<ProvisionedUser>;
  /** AI calls the stage's send_message makes per request (1 + its retries). */
  aiAttempts: number;
}

/** The mock provider's fault for each way an AI call can fail. */
const FAULTS: Record<AiFailure, FaultKind> = {
  'rate limit': '429',
  'provider error': '500',
  timeout: 'hang',
};

type Handler<K extends StateKey> =
  | ((params: StateParams[K]) => Promise<Record<string, string> | undefined>)
  | {
      setup: (params: StateParams[K]) => Promise<Record<string, string> | undefined>;
      teardown: (params: StateParams[K]) => Promise<undefined>;
    };

export class ProviderStates {
  readonly #context: StateContext;
  #user: ProvisionedUser | undefined;

  constructor(context: StateContext) {
    this.#context = context;
  }

  /** The token requests of the current interaction carry, or undefined outside any state. */
  get accessToken(): string | undefined {
    return this.#user?.accessToken;
  }

  /** The handlers for Pact's Verifier: one per state name, plus the empty state. */
  handlers(): StateHandlers {
    const byKey: { [K in StateKey]: Handler<K> } = {
      userWithChats: async ({ chatCount }) => {
        await this.#seed(async (sub, seeder) => {
          await seeder.chats(sub, count(chatCount, 'chatCount'));
        });
        return undefined;
      },
      userWithChatsPaged: async ({ chatCount, pageSize }) => {
        await this.#seed(async (sub, seeder) => {
          await seeder.chats(sub, count(chatCount, 'chatCount'));
        });
        const page = await this.#client().listChats({ limit: count(pageSize, 'pageSize') });
        return { nextCursor: cursorOf(page.nextCursor) };
      },
      chatWithMessages: async ({ chatId, messageCount }) => {
        await this.#seed((sub, seeder) =>
          seeder.chat(sub, text(chatId, 'chatId'), count(messageCount, 'messageCount')),
        );
        return undefined;
      },
      chatWithMessagesPaged: async ({ chatId, messageCount, pageSize }) => {
        await this.#seed((sub, seeder) =>
          seeder.chat(sub, text(chatId, 'chatId'), count(messageCount, 'messageCount')),
        );
        const page = await this.#client().getChat(chatId, { limit: count(pageSize, 'pageSize') });
        return { nextCursor: cursorOf(page.nextCursor) };
      },
      chatOfAnotherUser: async ({ chatId }) => {
        await this.#seed(async () => undefined);
        const { seeder } = this.#context;
        const other = await this.#context.otherUser();
        await seeder.clear(other.sub);
        await seeder.chat(other.sub, text(chatId, 'chatId'), 2);
        return undefined;
      },
      answeredMessage: async ({ chatId, messageId, content }) => {
        await this.#seed((sub, seeder) =>
          seeder.answered(
            sub,
            text(chatId, 'chatId'),
            text(messageId, 'messageId'),
            text(content, 'content'),
          ),
        );
        return undefined;
      },
      routeThrottled: {
        setup: async ({ route }) => {
          await this.#seed(async () => undefined);
          await this.#admin('routeThrottled', { route, rateLimit: 0, burstLimit: 0 });
          return undefined;
        },
        teardown: async ({ route }) => {
          await this.#admin('routeThrottled', { route, reset: true });
          return undefined;
        },
      },
      aiFailing: {
        setup: async ({ chatId, failure }) => {
          const fault = FAULTS[failure];
          if (!fault) throw new Error(`failure must be one of ${Object.keys(FAULTS).join(', ')}`);
          await this.#seed((sub, seeder) => seeder.chat(sub, text(chatId, 'chatId'), 2));
          const conversation = conversationOf(new Headers(), [
            { role: 'user', content: openingMessage(chatId) },
          ]);
          await this.#mock('aiFailing', '/__mock/reset');
          await this.#mock('aiFailing', '/__mock/scripts', {
            conversation,
            steps: Array.from({ length: this.#context.aiAttempts }, () => fault),
          });
          return undefined;
        },
        teardown: async () => {
          await this.#mock('aiFailing', '/__mock/reset');
          return undefined;
        },
      },
    };
    const handlers: StateHandlers = {
      // Interactions without a state: no user, so no token is added.
      '': async () => {
        this.#user = undefined;
        return undefined;
      },
    };
    for (const key of Object.keys(byKey) as StateKey[]) {
      handlers[STATE_NAMES[key]] = byKey[key] as StateHandlers[string];
    }
    return handlers;
  }

  /** Moves to the next interaction's user, clears what it had, and seeds its state. */
  async #seed(work: (sub: string, seeder: Seeder) => Promise<unknown>): Promise<void> {
    const { seeder } = this.#context;
    this.#user = undefined;
    const user = await this.#context.nextUser();
    this.#user = user;
    await seeder.clear(user.sub);
    await work(user.sub, seeder);
  }

  #client(): ChatApiClient {
    const token = this.accessToken;
    return new ChatApiClient({ baseUrl: this.#context.target.apiUrl, getToken: () => token });
  }

  async #admin(key: StateKey, body: unknown): Promise<void> {
    const { adminUrl } = this.#context.target;
    if (!adminUrl) throw localOnly(key);
    await post(`${adminUrl}/throttle`, body, {
      [ADMIN_HEADER]: '1',
      'content-type': 'application/json',
    });
  }

  async #mock(key: StateKey, path: string, body: unknown = {}): Promise<void> {
    const { target } = this.#context;
    if (target.kind !== 'local' || !target.mockProviderUrl) throw localOnly(key);
    await post(`${target.mockProviderUrl}${path}`, body, { 'content-type': 'application/json' });
  }
}

function localOnly(key: StateKey): Error {
  return new Error(
    `"${STATE_NAMES[key]}" ${LOCAL_ONLY_STATES[key] ?? ''}: only the local stage can`,
  );
}

async function post(url: string, body: unknown, headers: Record<string, string>): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  const answer = await response.text();
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${answer}`);
}

function count(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1_000) {
    throw new Error(`${name} must be a whole number from 0 to 1000, got ${JSON.stringify(value)}`);
  }
  return value;
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new Error(`${name} must be a non-empty string, got ${JSON.stringify(value)}`);
  }
  return value;
}

function cursorOf(nextCursor: unknown): string {
  if (typeof nextCursor !== 'string') {
    throw new Error(
      `the first page has no nextCursor to continue from (${JSON.stringify(nextCursor)})`,
    );
  }
  return nextCursor;
}
