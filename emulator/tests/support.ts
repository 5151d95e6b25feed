/** A real user of an emulator: provisioned and logged in through the Cognito SDK. */
import { provisionUsers } from '#targets';
import type { Emulator } from '../emulator.ts';

export async function logIn(emulator: Emulator, username: string): Promise<string> {
  const file = await provisionUsers(emulator, { count: 1, prefix: username, concurrency: 1 });
  const token = file.users[0]?.accessToken;
  if (!token) throw new Error('no access token');
  return token;
}

export interface HttpResult<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  json: T;
}

export async function request<T = unknown>(
  url: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<HttpResult<T>> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
    ...(init.body !== undefined
      ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }
      : {}),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json: json as T };
}

/**
 * Asks `url` again until `done` holds for its answer (bounded): how to read a
 * listing after a write, since AWS updates the chat index asynchronously.
 */
export async function requestUntil<T>(
  url: string,
  token: string,
  done: (result: HttpResult<T>) => boolean,
  timeoutMs = 10_000,
): Promise<HttpResult<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await request<T>(url, { token });
    if (done(result) || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
