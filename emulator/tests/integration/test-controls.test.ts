import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_RESPONSES } from '#contracts';
import { ADMIN_HEADER } from '../../admin.ts';
import { type Emulator, startEmulator } from '../../emulator.ts';
import { logIn, request } from '../support.ts';

/**
 * What tests may change in a running local stage: a route's throttle,
 * through the admin endpoint, and the functions' answers, through a hook
 * given at start.
 */
let emulator: Emulator;
let token: string;

beforeAll(async () => {
  emulator = await startEmulator({
    workDir: '.loopgauge/test-controls',
    functionLogs: 'silent',
    responseHook: (result, functionName) =>
      functionName === 'get_chats'
        ? {
            ...result,
            statusCode: 299,
            body: result.body?.replace('"nextCursor"', '"next_cursor"'),
          }
        : result,
  });
  token = await logIn(emulator, 'controls-user');
}, 60_000);
afterAll(async () => {
  await emulator?.close();
});

const admin = (body: unknown, headers: Record<string, string> = { [ADMIN_HEADER]: '1' }) =>
  request<{ error?: string; route?: string }>(`${emulator.adminUrl}/throttle`, {
    method: 'POST',
    body,
    headers,
  });

describe('a route throttle set through the admin endpoint', () => {
  it('refuses a change without the admin header, or one it cannot read', async () => {
    expect((await admin({ route: 'GET /chats', rateLimit: 0, burstLimit: 0 }, {})).status).toBe(
      403,
    );
    const unknownRoute = await admin({ route: 'GET /nope', rateLimit: 0, burstLimit: 0 });
    const negative = await admin({ route: 'GET /chats', rateLimit: -1, burstLimit: 0 });
    const notJson = await admin('not json');
    expect([unknownRoute.status, negative.status, notJson.status]).toEqual([400, 400, 400]);
    expect(unknownRoute.json.error).toContain('route must be one of GET /chats');
  });

  it('throttles that route only, with API Gateway’s 429, until it is reset', async () => {
    const set = await admin({ route: 'GET /chats/{chatId}', rateLimit: 0, burstLimit: 0 });
    const chat = await request(`${emulator.apiUrl}/chats/01JDQ8Z5V4N2M3K1H0G9F8E7D6`, { token });
    const other = await request(`${emulator.apiUrl}/chats`, { token });
    const reset = await admin({ route: 'GET /chats/{chatId}', reset: true });
    const after = await request(`${emulator.apiUrl}/chats/01JDQ8Z5V4N2M3K1H0G9F8E7D6`, { token });

    expect(set.status).toBe(200);
    expect(chat.status).toBe(429);
    expect(chat.text).toBe(GATEWAY_RESPONSES.throttled.body);
    expect(other.status).not.toBe(429);
    expect(reset.status).toBe(200);
    expect(after.status).toBe(404);
  });
});

describe('a response hook', () => {
  it('changes the answers of the routes it picks, and only those', async () => {
    const listed = await request<Record<string, unknown>>(`${emulator.apiUrl}/chats`, { token });
    const read = await request(`${emulator.apiUrl}/chats/01JDQ8Z5V4N2M3K1H0G9F8E7D6`, { token });

    expect(listed.status).toBe(299);
    expect(Object.keys(listed.json)).toEqual(['chats', 'next_cursor']);
    expect(read.status).toBe(404);
  });
});
