/**
 * Listing under an eventually consistent index: on AWS a write reaches the
 * chat index within about a second, so a listing right after a send may not
 * show it yet. Clients (and the harness) read a listing after a write by
 * asking again until it shows, as this test does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GetChatsResponse, SendMessageResponse } from '#contracts';
import { type Backend, call, startBackend } from '../support/backend.ts';
import { nextId } from '../support/ids.ts';

/** Long enough that the listing right after the send runs well inside it. */
const INDEX_DELAY_MS = 4_000;

let backend: Backend;
let handlers: Awaited<ReturnType<Backend['loadHandlers']>>;

beforeAll(async () => {
  backend = await startBackend({ indexPropagationMs: INDEX_DELAY_MS });
  handlers = await backend.loadHandlers();
});
afterAll(async () => {
  await backend?.close();
});

function list(sub: string) {
  return call<GetChatsResponse>(handlers, 'get_chats', { sub });
}

/** Lists until `done` holds, as a client must after a write (bounded). */
async function listUntil(sub: string, done: (listed: GetChatsResponse) => boolean) {
  const deadline = Date.now() + 4 * INDEX_DELAY_MS;
  for (;;) {
    const listed = await list(sub);
    if (done(listed.body) || Date.now() > deadline) return listed.body;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('GET /chats with the index behind the table', () => {
  it('shows a new chat and its latest activity once the index catches up', async () => {
    const sub = 'index-delay-user';
    const chatId = nextId();
    const send = (content: string) =>
      call<SendMessageResponse>(handlers, 'send_message', {
        sub,
        pathParameters: { chatId },
        body: JSON.stringify({ messageId: nextId(), content }),
      });

    const first = await send('first');
    const rightAfter = await list(sub);
    const listed = await listUntil(sub, (body) => body.chats.some((c) => c.chatId === chatId));
    const second = await send('second');
    const updated = await listUntil(sub, (body) => body.chats[0]?.messageCount === 4);

    expect(first.status).toBe(200);
    // The delay is on: the index did not have the chat yet.
    expect(rightAfter.body.chats).toEqual([]);
    expect(listed.chats).toEqual([first.body.chat]);
    expect(second.status).toBe(200);
    expect(updated.chats).toEqual([second.body.chat]);
  }, 60_000);
});
