/**
 * A user's visit, as the scenarios replay it: list the chats, read one,
 * send a message (to that chat, or to a new one when there is none yet).
 */
import type { StageConfig } from '../../stages/index.ts';
import type { ChatClient } from './client.ts';
import { type Alphabet, makeContent } from './content.ts';
import { ulid } from './ids.ts';
import { mockDirective } from './mock.ts';
import { concurrencyLimit } from './plans.ts';
import { SAMPLE_TAGS, WARM_UP_STEP } from './samples.ts';
import { isGetChatsResponse } from './shapes.ts';

/** Waits `ms` without blocking the VU (k6's global timers; `sleep` would block). */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface FlowOptions {
  /** The AI latency the send asks the mock for (default: the stage's profile). */
  latencyMs?: number;
  contentBytes?: number;
  alphabet?: Alphabet;
  seed?: number;
  tags?: Record<string, string>;
}

export async function listReadSend(client: ChatClient, options: FlowOptions = {}): Promise<void> {
  const tags = options.tags ?? {};
  const listed = await client.listChats('?limit=10', { tags });
  const chats = isGetChatsResponse(listed.body) ? listed.body.chats : [];
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const existing = chats[seed % Math.max(1, chats.length)];
  if (existing) await client.readChat(existing.chatId, '?limit=20', { tags });
  const chatId = existing?.chatId ?? ulid();
  const messageId = ulid();
  const directive =
    options.latencyMs === undefined ? '' : mockDirective({ latencyMs: options.latencyMs });
  const content = makeContent({
    bytes: options.contentBytes ?? 300,
    alphabet: options.alphabet ?? 'ascii',
    seed,
    suffix: directive,
  });
  await client.sendMessage(chatId, messageId, { messageId, content }, { tags });
}

/** One send that opens a new chat: `bytes` of ASCII content, then `suffix` (a mock directive). */
export function sendToNewChat(
  client: ChatClient,
  seed: number,
  suffix: string,
  bytes: number,
): Promise<unknown> {
  const chatId = ulid();
  const messageId = ulid();
  const content = makeContent({ bytes, alphabet: 'ascii', seed, suffix });
  return client.sendMessage(chatId, messageId, { messageId, content });
}

/**
 * Creates execution environments before a measured run: as many concurrent
 * first requests per route as its function may run at once (at most
 * `max`), so the run starts warm instead of meeting its own cold starts.
 */
export async function warmUp(
  clients: readonly ChatClient[],
  stage: StageConfig,
  max = 10,
): Promise<void> {
  const requests: Array<Promise<unknown>> = [];
  const tags = { [SAMPLE_TAGS.step]: WARM_UP_STEP };
  for (const fn of ['get_chats', 'get_chat', 'send_message'] as const) {
    const count = Math.min(max, concurrencyLimit(stage, fn));
    for (let i = 0; i < count; i++) {
      const client = clients[i % clients.length] as ChatClient;
      if (fn === 'get_chats') requests.push(client.listChats('', { tags }));
      else if (fn === 'get_chat')
        requests.push(client.readChat(ulid(), '', { tags, expect: [404] }));
      else {
        const messageId = ulid();
        requests.push(
          client.sendMessage(ulid(), messageId, { messageId, content: 'warm-up' }, { tags }),
        );
      }
    }
  }
  await Promise.all(requests);
}
