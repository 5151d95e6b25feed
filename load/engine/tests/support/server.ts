/**
 * A small HTTP server on 127.0.0.1 for the engine's integration tests: a
 * chat-like JSON API, a slow route, a 429 route, a 404, cookies, basic and
 * digest auth, and an HTML page with a form.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  url: string;
  port: number;
  /** Requests seen, by "METHOD path-without-query". */
  readonly hits: Map<string, number>;
  /** User-Agent header of the last request. */
  lastUserAgent: string | undefined;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function handle(req: IncomingMessage, res: ServerResponse, body: string, server: TestServer): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const key = `${req.method} ${url.pathname}`;
  server.hits.set(key, (server.hits.get(key) ?? 0) + 1);
  server.lastUserAgent = req.headers['user-agent'];
  const post = req.method === 'POST';
  if (url.pathname === '/health') {
    json(res, 200, { ok: true });
  } else if (url.pathname === '/items') {
    if (post) json(res, 201, { id: 1, size: body.length });
    else json(res, 200, { items: [{ id: 1 }, { id: 2 }] });
  } else if (url.pathname === '/chats' && !post) {
    json(res, 200, { chats: [{ chatId: 'c1', title: 'hello' }], nextCursor: null });
  } else if (/^\/chats\/[^/]+\/messages$/.test(url.pathname) && post) {
    json(res, 200, { ok: true, received: body.length });
  } else if (url.pathname === '/limited') {
    res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
    res.end('{"message":"Too Many Requests"}');
  } else if (url.pathname === '/slow') {
    const ms = Number(url.searchParams.get('ms') ?? '50');
    const trickle = Number(url.searchParams.get('trickle') ?? '0');
    setTimeout(() => {
      if (trickle <= 0) {
        json(res, 200, { slept: ms });
        return;
      }
      // headers and a first chunk now, the rest after `trickle` ms
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first-part;');
      setTimeout(() => res.end('second-part'), trickle);
    }, ms);
  } else if (url.pathname === '/set-cookie') {
    res.writeHead(200, {
      'content-type': 'text/plain',
      'set-cookie': [
        `session=${url.searchParams.get('v') ?? 'abc'}; Path=/; HttpOnly`,
        'pref=dark; Path=/account; Max-Age=3600',
      ],
    });
    res.end('ok');
  } else if (url.pathname === '/echo-cookie' || url.pathname === '/account/echo-cookie') {
    json(res, 200, { cookie: req.headers.cookie ?? '' });
  } else if (url.pathname === '/basic') {
    const expected = `Basic ${Buffer.from('alice:s3cret').toString('base64')}`;
    if (req.headers.authorization === expected) json(res, 200, { user: 'alice' });
    else json(res, 401, { message: 'Unauthorized' });
  } else if (url.pathname === '/digest') {
    digest(req, res);
  } else if (url.pathname === '/page') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      '<html><head><title>Sign in</title></head><body><h1 class="title">Welcome</h1>' +
        '<a href="/items">items</a><form action="/submit" method="POST">' +
        '<input name="user" value="anon"><input name="csrf" type="hidden" value="t0k3n">' +
        '<input type="submit" name="go" value="Send"></form></body></html>',
    );
  } else if (url.pathname === '/submit') {
    json(res, 200, { method: req.method, form: Object.fromEntries(new URLSearchParams(body)) });
  } else if (url.pathname === '/fast') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' });
    res.end('ok');
  } else {
    json(res, 404, { message: 'Not Found' });
  }
}

const REALM = 'loopgauge';
const NONCE = 'dcd98b7102dd2f0e8b11d0f600bfb0c093';

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

/** RFC 7616 digest auth (MD5, qop=auth) for user bob, password p4ss. */
function digest(req: IncomingMessage, res: ServerResponse): void {
  const header = req.headers.authorization ?? '';
  const fields: Record<string, string> = {};
  for (const m of header.matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g)) {
    fields[m[1] as string] = m[2] ?? m[3] ?? '';
  }
  const ha1 = md5(`bob:${REALM}:p4ss`);
  const ha2 = md5(`${req.method}:${fields.uri}`);
  const expected = md5(`${ha1}:${NONCE}:${fields.nc}:${fields.cnonce}:${fields.qop}:${ha2}`);
  if (header.startsWith('Digest ') && fields.username === 'bob' && fields.response === expected) {
    json(res, 200, { user: 'bob' });
    return;
  }
  res.writeHead(401, {
    'www-authenticate': `Digest realm="${REALM}", qop="auth", nonce="${NONCE}", opaque="5ccc069c"`,
    'content-type': 'text/plain',
  });
  res.end('Unauthorized');
}

export async function startTestServer(): Promise<TestServer> {
  const server: TestServer = {
    url: '',
    port: 0,
    hits: new Map(),
    lastUserAgent: undefined,
    close: async () => {},
  };
  const http = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8'), server));
  });
  http.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  server.port = port;
  server.url = `http://127.0.0.1:${port}`;
  server.close = () =>
    new Promise<void>((resolve, reject) => {
      http.closeAllConnections();
      http.close((err) => (err ? reject(err) : resolve()));
    });
  return server;
}
