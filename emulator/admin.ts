/**
 * The stage's admin endpoint, on loopback only: health, the metrics a local
 * run's report needs, and a switch that recycles every execution environment
 * (the next requests cold-start).
 */
import { createServer } from 'node:http';
import { closeServer, listenOnLoopback } from './loopback.ts';
import type { EmulatorMetrics } from './metrics.ts';

export interface AdminOptions {
  port?: number;
  metrics: EmulatorMetrics;
  /** Current environments per function, for `/metrics`. */
  environments(): Record<string, unknown>;
  recycle(): Promise<void>;
}

export interface AdminServer {
  url: string;
  close(): Promise<void>;
}

/** Required on the admin endpoint's POST requests. */
export const ADMIN_HEADER = 'x-loopgauge-admin';

export const ADMIN_ROUTES = {
  health: 'GET /health',
  metrics: 'GET /metrics',
  resetMetrics: 'POST /metrics/reset',
  recycle: 'POST /recycle',
} as const;

export async function startAdmin(options: AdminOptions): Promise<AdminServer> {
  const server = createServer((request, response) => {
    const route = `${request.method} ${new URL(request.url ?? '/', 'http://localhost').pathname}`;
    const json = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      response.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
      });
      response.end(text);
    };
    request.resume();
    // A web page can send simple cross-origin POSTs to loopback; one that
    // must first ask (a custom header needs a preflight, never granted here)
    // cannot disturb a measured run.
    if (request.method === 'POST' && request.headers[ADMIN_HEADER] !== '1') {
      return json(403, { error: `POST requests need the header ${ADMIN_HEADER}: 1` });
    }
    switch (route) {
      case ADMIN_ROUTES.health:
        return json(200, { status: 'ok' });
      case ADMIN_ROUTES.metrics:
        return json(200, { ...options.metrics.snapshot(), environments: options.environments() });
      case ADMIN_ROUTES.resetMetrics:
        options.metrics.reset();
        return json(200, { reset: true });
      case ADMIN_ROUTES.recycle:
        options.recycle().then(
          () => json(200, { recycled: true }),
          (error: unknown) => json(500, { error: String(error) }),
        );
        return;
      default:
        return json(404, { error: `no admin route ${route}`, routes: Object.values(ADMIN_ROUTES) });
    }
  });
  const port = await listenOnLoopback(server, options.port ?? 0, 'admin endpoint');
  return { url: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}
