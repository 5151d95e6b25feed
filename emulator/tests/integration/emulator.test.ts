import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GetChatResponse, GetChatsResponse, SendMessageResponse } from '#contracts';
import { ADMIN_HEADER } from '../../admin.ts';
import { type Emulator, startEmulator } from '../../emulator.ts';
import type { EmulatorMetricsSnapshot } from '../../metrics.ts';
import { logIn, request, requestUntil } from '../support.ts';

let emulator: Emulator;
let token: string;

beforeAll(async () => {
  emulator = await startEmulator({ workDir: '.loopgauge/test-e2e', functionLogs: 'silent' });
  token = await logIn(emulator, 'e2e-user');
}, 60_000);
afterAll(async () => {
  await emulator?.close();
});

describe('the local stage end to end', () => {
  it('sends messages, lists and reads chats through the gateway', async () => {
    const chatId = ulid();
    const path = `${emulator.apiUrl}/chats/${chatId}/messages`;

    const first = await request<SendMessageResponse>(path, {
      method: 'POST',
      token,
      body: { messageId: ulid(), content: 'Hello through the stage' },
    });
    const second = await request<SendMessageResponse>(path, {
      method: 'POST',
      token,
      body: { messageId: ulid(), content: 'And again' },
    });
    // The chat index is eventually consistent: read the listing until it shows the chat.
    const list = await requestUntil<GetChatsResponse>(`${emulator.apiUrl}/chats`, token, (r) =>
      r.json.chats.some((c) => c.chatId === chatId),
    );
    const chat = await request<GetChatResponse>(`${emulator.apiUrl}/chats/${chatId}`, { token });

    expect([first.status, second.status, list.status, chat.status]).toEqual([200, 200, 200, 200]);
    expect(first.json.assistantMessage.content.length).toBeGreaterThan(0);
    expect(list.json.chats.map((c) => c.chatId)).toEqual([chatId]);
    expect(chat.json.chat.messageCount).toBe(4);
    expect(chat.json.messages.map((m) => m.content)).toEqual([
      'Hello through the stage',
      first.json.assistantMessage.content,
      'And again',
      second.json.assistantMessage.content,
    ]);
    expect(first.headers.get('apigw-requestid')).toMatch(/^[A-Za-z0-9+/]{15}=$/);
  });

  it('reports cold then warm starts, and counts them on the admin endpoint', async () => {
    const refused = await request(`${emulator.adminUrl}/recycle`, { method: 'POST' });
    expect(refused.status).toBe(403);
    const recycled = await request(`${emulator.adminUrl}/recycle`, {
      method: 'POST',
      headers: { [ADMIN_HEADER]: '1' },
    });
    expect(recycled.status).toBe(200);
    const cold = await request(`${emulator.apiUrl}/chats`, { token });
    const warm = await request(`${emulator.apiUrl}/chats`, { token });

    expect(cold.headers.get('x-loopgauge-cold-start')).toBe('1');
    expect(cold.headers.get('server-timing')).toMatch(/^init;dur=\d/);
    expect(warm.headers.get('x-loopgauge-cold-start')).toBe('0');
    expect(warm.headers.get('x-loopgauge-env')).toBe(cold.headers.get('x-loopgauge-env'));
    const metrics = await request<EmulatorMetricsSnapshot>(`${emulator.adminUrl}/metrics`);
    expect(metrics.json.coldStarts.get_chats?.count).toBeGreaterThanOrEqual(2);
    expect(metrics.json.requests['GET /chats']?.['200']).toBeGreaterThanOrEqual(3);
    expect(metrics.json.dynamodb['POST /chats/{chatId}/messages']?.wcu).toBeGreaterThan(0);
  });

  it('answers without a token exactly as API Gateway does', async () => {
    const result = await request(`${emulator.apiUrl}/chats`);
    expect(result.status).toBe(401);
    expect(result.text).toBe('{"message":"Unauthorized"}');
    expect(result.headers.get('www-authenticate')).toMatch(
      /^Bearer scope="" error="invalid_token" error_description=".+"$/,
    );
  });

  it('answers an unknown route exactly as API Gateway does', async () => {
    const result = await request(`${emulator.apiUrl}/nope`, { token });
    expect(result.status).toBe(404);
    expect(result.text).toBe('{"message":"Not Found"}');
  });
});
