import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  GetChatResponse,
  GetChatsResponse,
  Message,
  SendMessageResponse,
} from '#contracts';
import { type Backend, call, startBackend } from '../support/backend.ts';
import { nextId } from '../support/ids.ts';

let backend: Backend;
let handlers: Awaited<ReturnType<Backend['loadHandlers']>>;

beforeAll(async () => {
  backend = await startBackend();
  handlers = await backend.loadHandlers();
});
afterAll(async () => {
  await backend?.close();
});

async function send(sub: string, chatId: string, content: string) {
  const result = await call<SendMessageResponse & ErrorResponse>(handlers, 'send_message', {
    sub,
    pathParameters: { chatId },
    body: JSON.stringify({ messageId: nextId(), content }),
  });
  expect(result.status).toBe(200);
  return result.body;
}

function readChat(sub: string, chatId: string, query: Record<string, string> = {}) {
  return call<GetChatResponse & ErrorResponse>(handlers, 'get_chat', {
    sub,
    pathParameters: { chatId },
    query,
  });
}

function listChats(sub: string, query: Record<string, string> = {}) {
  return call<GetChatsResponse & ErrorResponse>(handlers, 'get_chats', { sub, query });
}

describe('get_chat pagination over 250 messages', () => {
  const sub = 'paging-user';
  const chatId = nextId();
  const sent: Message[] = [];

  beforeAll(async () => {
    for (let turn = 0; turn < 125; turn++) {
      const body = await send(sub, chatId, `message ${turn}`);
      sent.push(body.userMessage, body.assistantMessage);
    }
  });

  it('walks every message once, oldest first, in pages of the default size', async () => {
    const pages: GetChatResponse[] = [];
    let cursor: string | null = null;
    do {
      const page = await readChat(sub, chatId, cursor ? { cursor } : {});
      expect(page.status).toBe(200);
      pages.push(page.body);
      cursor = page.body.nextCursor;
    } while (cursor !== null && pages.length < 10);

    expect(pages.map((page) => page.messages.length)).toEqual([100, 100, 50]);
    expect(pages.flatMap((page) => page.messages)).toEqual(sent);
    for (const page of pages) expect(page.chat).toMatchObject({ chatId, messageCount: 250 });
  });

  it('walks the same sequence with an odd page size and ends without an empty page', async () => {
    const seen: Message[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await readChat(sub, chatId, { limit: '33', ...(cursor ? { cursor } : {}) });
      seen.push(...page.body.messages);
      expect(page.body.messages.length).toBeGreaterThan(0);
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 20);

    expect(pages).toBe(8);
    expect(seen).toEqual(sent);
  });

  it('refuses a cursor of another chat, of another user, or one that was altered', async () => {
    const first = await readChat(sub, chatId, { limit: '10' });
    const cursor = first.body.nextCursor ?? '';
    const otherChat = nextId();
    await send(sub, otherChat, 'another chat');

    // Its last two characters changed, to something they are not.
    const altered = `${cursor.slice(0, -2)}${cursor.endsWith('AA') ? 'BB' : 'AA'}`;
    const results = await Promise.all([
      readChat(sub, otherChat, { cursor }),
      readChat('someone-else', chatId, { cursor }),
      readChat(sub, chatId, { cursor: altered }),
      listChats(sub, { cursor }),
    ]);

    for (const result of results) {
      expect(result.status).toBe(400);
      expect(result.body.error.code).toBe('VALIDATION_ERROR');
    }
  });
});

describe('get_chats', () => {
  const sub = 'listing-user';
  const chatIds: string[] = [];

  beforeAll(async () => {
    for (let n = 0; n < 25; n++) {
      const chatId = nextId();
      chatIds.push(chatId);
      await send(sub, chatId, `chat ${n}`);
    }
  });

  it('lists chats most recently active first, in pages', async () => {
    const pages: GetChatsResponse[] = [];
    let cursor: string | null = null;
    do {
      const page = await listChats(sub, { limit: '10', ...(cursor ? { cursor } : {}) });
      expect(page.status).toBe(200);
      pages.push(page.body);
      cursor = page.body.nextCursor;
    } while (cursor !== null && pages.length < 10);

    expect(pages.map((page) => page.chats.length)).toEqual([10, 10, 5]);
    expect(pages.flatMap((page) => page.chats.map((chat) => chat.chatId))).toEqual(
      [...chatIds].reverse(),
    );
  });

  it('moves a chat to the front when it gets a new message', async () => {
    const oldest = chatIds[0] as string;
    await send(sub, oldest, 'back to the first chat');

    const page = await listChats(sub, { limit: '2' });

    expect(page.body.chats.map((chat) => chat.chatId)).toEqual([oldest, chatIds.at(-1)]);
    expect(page.body.chats[0]?.messageCount).toBe(4);
    const all = await listChats(sub, { limit: '100' });
    expect(all.body.chats).toHaveLength(25);
    expect(all.body.nextCursor).toBeNull();
  });

  it('gives no cursor when the chats fill the last page exactly', async () => {
    const page = await listChats(sub, { limit: '25' });
    expect(page.body.chats).toHaveLength(25);
    expect(page.body.nextCursor).toBeNull();
  });

  it('defaults to 20 chats a page', async () => {
    const page = await listChats(sub);
    expect(page.body.chats).toHaveLength(20);
    expect(page.body.nextCursor).not.toBeNull();
  });
});

describe('isolation between users', () => {
  it('lets no user read, list or append to another user’s chat', async () => {
    const chatId = nextId();
    const alices = await send('alice', chatId, 'private to alice');

    const read = await readChat('mallory', chatId);
    const listed = await listChats('mallory');
    const appended = await send('mallory', chatId, 'written by mallory');

    expect(read.status).toBe(404);
    expect(read.body.error.code).toBe('NOT_FOUND');
    expect(listed.body.chats.map((chat) => chat.chatId)).not.toContain(chatId);
    // Mallory's write lands in a chat of her own with the same id, never in Alice's.
    expect(appended.chat).toMatchObject({ chatId, messageCount: 2, title: 'written by mallory' });
    const alicesView = await readChat('alice', chatId);
    expect(alicesView.body.chat).toEqual(alices.chat);
    expect(alicesView.body.messages.map((m) => m.content)).toEqual([
      'private to alice',
      alices.assistantMessage.content,
    ]);
  });

  it('answers a missing chat and another user’s chat identically', async () => {
    const chatId = nextId();
    await send('owner', chatId, 'exists');

    const others = await readChat('stranger', chatId);
    const missing = await readChat('stranger', nextId());

    expect(others.status).toBe(missing.status);
    expect({ ...others.body, requestId: '' }).toEqual({ ...missing.body, requestId: '' });
  });
});
