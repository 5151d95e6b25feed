/** A real user of an emulator: provisioned and logged in through the Cognito SDK. */
import { connect } from 'node:net';
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

export interface RawResponse {
  status: number;
  /** Header names lower-cased; repeated headers joined with `, `. */
  headers: Record<string, string>;
  body: string;
  /** Bytes received after the body (a second response on the same connection: none expected). */
  trailing: number;
}

/**
 * Sends bytes exactly as given on a new connection and reads one HTTP/1.1
 * response until the server closes. For requests an HTTP client refuses to
 * send (unknown methods, oversized or malformed headers). The request must
 * ask for `Connection: close`. Rejects when the server closes without an answer.
 */
export function rawRequest(url: string, request: string | Buffer): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    // Written, not ended: a client that half-closes may lose its answer;
    // the request says `Connection: close`, so the server ends the connection.
    const socket = connect(Number(port), hostname, () => socket.write(request));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      let data = Buffer.concat(chunks);
      // Interim answers (100 Continue) come first; the response is the one after them.
      while (/^HTTP\/1\.1 1\d\d /.test(data.subarray(0, 13).toString('latin1'))) {
        const interim = data.indexOf('\r\n\r\n');
        if (interim < 0) break;
        data = data.subarray(interim + 4);
      }
      const end = data.indexOf('\r\n\r\n');
      if (end < 0) return reject(new Error(`no HTTP response (${data.length} bytes)`));
      const [statusLine = '', ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine)?.[1]);
      const headers: Record<string, string> = Object.create(null);
      for (const line of lines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
      }
      const rest = data.subarray(end + 4);
      const length =
        headers['content-length'] === undefined ? rest.length : Number(headers['content-length']);
      resolve({
        status,
        headers,
        body: rest.subarray(0, length).toString('utf8'),
        trailing: rest.length - length,
      });
    });
  });
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
