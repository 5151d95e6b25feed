import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import {
  createMockProvider,
  DEFAULT_MAX_BODY_BYTES,
  type MockProvider,
  type MockProviderOptions,
} from './provider.ts';
import type { Incoming, Outgoing, Route } from './routes.ts';
import { type ClientGone, clientGone } from './timing.ts';

/**
 * The standalone server: node:http serving the mock's routes.
 *
 * Two ways to resolve a request, measured in README "Standalone server":
 * - `routes` (default): dispatch by exact method and path to the same route
 *   functions the MSW handlers wrap. MSW's per-request resolution
 *   (`getResponse`: request clone, cookie parsing, path compilation for
 *   each handler) costs about 0.5 ms of CPU per request on this machine,
 *   which alone would use half a core at 1,000 requests/s.
 * - `msw`: every request goes through MSW's `getResponse` with the MSW
 *   handler list, as in-process and in the Lambda; kept to check that both
 *   paths answer alike.
 * Not `@mswjs/http-middleware`: it pipes the mocked body with
 * `stream.pipe(res)`, which neither ends nor destroys the response when the
 * body fails, so a mid-stream disconnect leaves the client waiting; it
 * cannot drop a connection before the headers, never cancels the body when
 * the client leaves, and answers unknown routes in its own shape.
 * Here, the route gets an abort signal tied to the socket, event streams are
 * written chunk by chunk, a failing body or a `drop` destroys the socket,
 * and `close()` destroys open sockets so hung responses end.
 */

export interface MockProviderServerOptions
  extends Omit<MockProviderOptions, 'openaiBaseUrl' | 'anthropicBaseUrl'> {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** `routes` (default) or `msw`; see the comment at the top of server.ts. */
  resolution?: 'routes' | 'msw';
}

export interface MockProviderServer {
  /** `http://127.0.0.1:<port>`; the OpenAI SDK's baseURL is `${url}/v1`. */
  url: string;
  port: number;
  provider: MockProvider;
  /** Stops listening and destroys open sockets (hung and streaming responses included). */
  close(): Promise<void>;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

interface ListenerOptions {
  maxBodyBytes: number;
  log: (line: string) => void;
}

const SSE = 'text/event-stream';

function notFound(res: ServerResponse, method: string, path: string): void {
  // OpenAI's answer to an unknown route.
  const body = JSON.stringify({
    error: {
      message: `Invalid URL (${method} ${path})`,
      type: 'invalid_request_error',
      param: null,
      code: null,
    },
  });
  res.writeHead(404, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** Reads at most `cap` bytes of a body; the rest is drained and dropped. */
function readBody(req: IncomingMessage, cap: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size >= cap) return;
      const room = cap - size;
      const part = chunk.byteLength > room ? chunk.subarray(0, room) : chunk;
      chunks.push(part);
      size += part.byteLength;
    });
    req.on('end', () => resolve(Buffer.concat(chunks, size)));
    req.on('error', reject);
  });
}

/** Writes a stream chunk by chunk; a failing stream destroys the socket. */
async function pipeStream(stream: ReadableStream<Uint8Array>, res: ServerResponse): Promise<void> {
  res.flushHeaders();
  const reader = stream.getReader();
  const cancel = () => {
    reader.cancel().catch(() => undefined);
  };
  res.once('close', cancel);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) {
        await new Promise<void>((resolve) => {
          res.once('drain', resolve);
          res.once('close', resolve);
        });
      }
    }
    res.end();
  } catch {
    // Drop the connection once what was written is flushed: the client sees
    // a body that stops without its terminator, as after a lost connection.
    if (res.socket) res.socket.destroySoon();
    else res.destroy();
  } finally {
    res.off('close', cancel);
  }
}

async function writeOutgoing(out: Outgoing, res: ServerResponse): Promise<void> {
  if (res.destroyed) return;
  switch (out.kind) {
    case 'drop':
      res.destroy();
      return;
    case 'body':
      res.writeHead(out.status, { ...out.headers, 'content-length': Buffer.byteLength(out.body) });
      res.end(out.body);
      return;
    case 'stream':
      res.writeHead(out.status, out.headers);
      await pipeStream(out.stream, res);
      return;
  }
}

/** Fires when the client leaves before the response is finished. */
function clientLeaves(res: ServerResponse): ClientGone & { abort(): void } {
  const gone = clientGone();
  res.once('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  return gone;
}

/** The same, as an AbortSignal (for a Fetch Request). */
function clientSignal(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

function splitUrl(url: string): { path: string; search: string } {
  const q = url.indexOf('?');
  return q < 0 ? { path: url, search: '' } : { path: url.slice(0, q), search: url.slice(q + 1) };
}

/** Direct dispatch: exact method and path to a route. */
export function routesListener(routes: readonly Route[], options: ListenerOptions): Listener {
  const table = new Map(routes.map((route) => [`${route.method} ${route.path}`, route]));
  return (req, res) => {
    const method = req.method ?? 'GET';
    const { path, search } = splitUrl(req.url ?? '/');
    const route = table.get(`${method} ${path}`);
    if (!route) {
      notFound(res, method, path);
      return;
    }
    const signal = clientLeaves(res);
    const incoming: Incoming = {
      method,
      search,
      signal,
      headers: {
        get: (name) => {
          const value = req.headers[name.toLowerCase()];
          return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        },
      },
      body: () => readBody(req, options.maxBodyBytes + 1),
    };
    route
      .handle(incoming)
      .then((out) => writeOutgoing(out, res))
      .catch((error: unknown) => {
        options.log(`mock-provider server: ${method} ${path} failed: ${(error as Error).message}`);
        res.destroy();
      });
  };
}

/** Resolution through MSW: each request becomes a Fetch Request for `getResponse`. */
export function mswListener(
  handlers: RequestHandler[],
  options: ListenerOptions & { origin: () => string },
): Listener {
  return (req, res) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const signal = clientSignal(res);
    void (async () => {
      try {
        const hasBody = method !== 'GET' && method !== 'HEAD';
        const body = hasBody ? await readBody(req, options.maxBodyBytes + 1) : undefined;
        const headers = new Headers();
        for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
          headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);
        }
        const request = new Request(new URL(path, options.origin()), {
          method,
          headers,
          signal,
          ...(body ? { body } : {}),
        });
        const response = await getResponse(handlers, request);
        if (res.destroyed) return;
        if (!response) {
          notFound(res, method, splitUrl(path).path);
          return;
        }
        if (response.type === 'error') {
          res.destroy();
          return;
        }
        const outHeaders: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          outHeaders[name] = value;
        });
        if ((response.headers.get('content-type') ?? '').startsWith(SSE) && response.body) {
          res.writeHead(response.status, outHeaders);
          await pipeStream(response.body, res);
        } else {
          const text = await response.text();
          await writeOutgoing(
            { kind: 'body', status: response.status, headers: outHeaders, body: text },
            res,
          );
        }
      } catch (error) {
        if (!signal.aborted) {
          options.log(
            `mock-provider server: ${method} ${path} failed: ${(error as Error).message}`,
          );
        }
        res.destroy();
      }
    })();
  };
}

/** Listens on `host:port` and resolves with the bound address, or rejects with one clear message. */
export function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} on ${host} is already in use`
            : `cannot listen on ${host}:${port}: ${error.message}`,
          { cause: error },
        ),
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startMockProviderServer(
  options: MockProviderServerOptions = {},
): Promise<MockProviderServer> {
  const { port = 0, host = '127.0.0.1', resolution = 'routes', ...providerOptions } = options;
  const log = providerOptions.log ?? ((line: string) => console.warn(line));
  const provider = createMockProvider({
    ...providerOptions,
    log,
    openaiBaseUrl: '*',
    anthropicBaseUrl: '*',
  });
  let origin = `http://${host}:${port}`;
  const listenerOptions = {
    maxBodyBytes: providerOptions.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    log,
  };
  const listener =
    resolution === 'msw'
      ? mswListener([...provider.handlers, ...provider.adminHandlers], {
          ...listenerOptions,
          origin: () => origin,
        })
      : routesListener(provider.routes, listenerOptions);
  const server = createServer({ noDelay: true, keepAliveTimeout: 65_000 }, listener);
  const address = await listen(server, port, host);
  origin = `http://${host}:${address.port}`;
  return {
    url: origin,
    port: address.port,
    provider,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
