import { http, type RequestHandler } from 'msw';
import { type ClientGone, goneFromSignal } from './timing.ts';
import type { HeaderReader } from './wire.ts';

/**
 * The mock's routes, independent of how they are served. Each route is
 * wrapped as an MSW handler (in-process tests, the Lambda) and dispatched
 * directly by method and path in the standalone server (see server.ts for
 * why the server does not go through MSW's per-request resolution).
 */

/** What a route reads from a request. */
export interface Incoming {
  method: string;
  /** The query string without "?", or "". */
  search: string;
  headers: HeaderReader;
  /** Aborts when the client goes away (or the Lambda runs out of time). */
  signal: ClientGone;
  body(): Promise<Uint8Array>;
}

/** What a route answers: a whole body, a stream, or a dropped connection. */
export type Outgoing =
  | { kind: 'body'; status: number; headers: Record<string, string>; body: string }
  | {
      kind: 'stream';
      status: number;
      headers: Record<string, string>;
      stream: ReadableStream<Uint8Array>;
    }
  | { kind: 'drop' };

export interface Route {
  method: 'GET' | 'POST';
  /** An exact path, e.g. `/v1/chat/completions`. */
  path: string;
  handle(incoming: Incoming): Promise<Outgoing>;
}

export function jsonOut(status: number, value: unknown): Outgoing {
  return {
    kind: 'body',
    status,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(value),
  };
}

export function incomingFromRequest(request: Request): Incoming {
  const url = new URL(request.url);
  return {
    method: request.method,
    search: url.search.slice(1),
    headers: request.headers,
    signal: goneFromSignal(request.signal),
    body: async () => new Uint8Array(await request.arrayBuffer()),
  };
}

export function toResponse(out: Outgoing): Response {
  switch (out.kind) {
    case 'body':
      return new Response(out.body, { status: out.status, headers: out.headers });
    case 'stream':
      return new Response(out.stream, { status: out.status, headers: out.headers });
    case 'drop':
      return Response.error();
  }
}

/**
 * MSW handlers for routes, on `origin` (`*` for any host). An SDK-style base
 * URL ending in `/v1` is accepted too: the routes carry `/v1` themselves.
 */
export function mswHandlers(routes: readonly Route[], origin: string): RequestHandler[] {
  const base = origin === '*' ? '*' : origin.replace(/\/+$/, '').replace(/\/v1$/, '');
  return routes.map((route) => {
    const make = route.method === 'GET' ? http.get : http.post;
    return make(`${base}${route.path}`, async ({ request }) =>
      toResponse(await route.handle(incomingFromRequest(request))),
    );
  });
}
