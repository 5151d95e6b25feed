/**
 * A user's visit, as the scenarios replay it: list the chats, read one,
 * send a message (to that chat, or to a new one when there is none yet).
 */
import type { ChatClient } from './client.ts';
import { type Alphabet, makeContent } from './content.ts';
import { ulid } from './ids.ts';
import { mockDirective } from './mock.ts';
import { isGetChatsResponse } from './shapes.ts';

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
