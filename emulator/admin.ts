/**
 * The stage's admin endpoint, on loopback only: health, the metrics a local
 * run's report needs, a switch that recycles every execution environment
 * (the next requests cold-start), and a route's throttle set for a test.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { type FunctionName, ROUTES } from '#contracts';
import type { Throttle } from '#stages';
import { closeServer, listenOnLoopback } from './loopback.ts';
import type { EmulatorMetrics } from './metrics.ts';

export interface AdminOptions {
  port?: number;
  metrics: EmulatorMetrics;
  /** Current environments per function, for `/metrics`. */
  environments(): Record<string, unknown>;
  recycle(): Promise<void>;
  /** Sets a route's throttle; `undefined` restores the stage's. */
  setRouteThrottle(functionName: FunctionName, throttle: Throttle | undefined): void;
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
  /** `{"route": "GET /chats", "rateLimit": 0, "burstLimit": 0}`, or `{"route": …, "reset": true}`. */
  throttle: 'POST /throttle',
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
    if (route !== ADMIN_ROUTES.throttle) request.resume();
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
      case ADMIN_ROUTES.throttle:
        readThrottle(request).then(
          (change) => {
            if (typeof change === 'string') return json(400, { error: change });
            options.setRouteThrottle(change.functionName, change.throttle);
            return json(200, {
              route: ROUTES[change.functionName].routeKey,
              throttle: change.throttle ?? 'stage',
            });
          },
          (error: unknown) => json(400, { error: String(error) }),
        );
        return;
      default:
        return json(404, { error: `no admin route ${route}`, routes: Object.values(ADMIN_ROUTES) });
    }
  });
  const port = await listenOnLoopback(server, options.port ?? 0, 'admin endpoint');
  return { url: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

/** The body of `POST /throttle`, or what is wrong with it. */
async function readThrottle(
  request: IncomingMessage,
): Promise<{ functionName: FunctionName; throttle: Throttle | undefined } | string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return 'the body must be JSON: {"route": "GET /chats", "rateLimit": 0, "burstLimit": 0}';
  }
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const functionName = (Object.keys(ROUTES) as FunctionName[]).find(
    (name) => ROUTES[name].routeKey === fields.route,
  );
  if (!functionName) {
    const known = Object.values(ROUTES).map((route) => route.routeKey);
    return `route must be one of ${known.join(', ')}`;
  }
  if (fields.reset === true) return { functionName, throttle: undefined };
  const { rateLimit, burstLimit } = fields;
  if (!isCount(rateLimit) || !isCount(burstLimit)) {
    return 'rateLimit and burstLimit must be numbers ≥ 0 (or send "reset": true)';
  }
  return { functionName, throttle: { rateLimit, burstLimit } };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
