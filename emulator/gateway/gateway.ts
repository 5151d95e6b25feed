/**
 * The local HTTP API: the hops of API Gateway in its order — account and
 * route throttling → JWT authorizer → route → Lambda — with the gateway's own
 * answers byte for byte as an HTTP API sends them (see `GATEWAY_RESPONSES`).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  CORS_POLICY,
  type FunctionName,
  GATEWAY_RESPONSES,
  type GatewayResponseKind,
} from '#contracts';
import { AWS_QUOTAS, type StageConfig, type Throttle } from '#stages';
import { closeServer, listenOnLoopback } from '../loopback.ts';
import type { EmulatorMetrics, Layer } from '../metrics.ts';
import { buildEvent, type HttpAnswer, readResult } from './payload.ts';
import { matchRoute } from './routes.ts';
import { TokenBucket } from './throttle.ts';

export type AuthorizerResult =
  | { ok: true; claims: Record<string, string>; scopes: string[] | null }
  | { ok: false; description: string };

export interface Authorizer {
  authorize(authorization: string | undefined): Promise<AuthorizerResult>;
}

/** What one Lambda invoke came to (the local Lambda pool's `Invocation`). */
export type InvokeOutcome =
  | { kind: 'result'; payload: unknown; coldStart: boolean; initDurationMs?: number | undefined }
  | { kind: 'throttled' }
  | { kind: 'error'; coldStart: boolean };

export interface FunctionInvoker {
  invoke(functionName: FunctionName, event: unknown): Promise<InvokeOutcome>;
}

/** One answer of the gateway, as its CloudWatch metrics see it. */
export interface GatewayAnswer {
  /** The matched route's key, or `null` when no route took the request. */
  routeKey: string | null;
  status: number;
  /** Epoch milliseconds of the request's arrival. */
  receivedAt: number;
  latencyMs: number;
  /** The Lambda invoke's time, when the request reached one. */
  integrationLatencyMs?: number | undefined;
  /** The function's response headers (none on the gateway's own answers). */
  headers: Record<string, string>;
}

export interface GatewayOptions {
  stage: StageConfig;
  authorizer: Authorizer;
  functions: FunctionInvoker;
  metrics: EmulatorMetrics;
  port?: number;
  /** Told of every answer but CORS preflights. */
  onAnswer?: (answer: GatewayAnswer) => void;
}

export interface Gateway {
  url: string;
  port: number;
  /** Replaces a route's token bucket (a full one of the new size); `undefined` restores the stage's. */
  setRouteThrottle(functionName: FunctionName, throttle: Throttle | undefined): void;
  close(): Promise<void>;
}

/** HTTP API payload quota: 10 MB (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html). */
const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
const INTEGRATION_TIMEOUT_MS = AWS_QUOTAS.apiGateway.integrationTimeoutSeconds * 1_000;

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const { handle, setRouteThrottle } = createGatewayHandler(options);
  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      // Never reached by design; a bug here must not take the stage down.
      console.error('gateway: unexpected failure', error);
      if (!response.headersSent) send(response, 'badFunctionResponse', randomRequestId());
    });
  };
  const server = createServer(onRequest);
  server.keepAliveTimeout = 60_000;
  // Node's HTTP server answers some requests itself, before any handler and
  // with empty bodies; the gateway answers them in its own shape instead.
  // An Expect header other than 100-continue gets no 417: the request is routed.
  server.on('checkExpectation', onRequest);
  // A method no route has is a route the API does not have, whether Node's
  // parser knows the method (CONNECT) or not (FOO).
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => {
    options.metrics.recordResponse(
      'unmatched',
      GATEWAY_RESPONSES.notFound.status,
      'gateway-not-found',
    );
    answerOnSocket(socket, 'notFound');
  });
  server.on(
    'clientError',
    (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) => {
      if (error.code === 'ECONNRESET' || !socket.writable) {
        socket.destroy();
        return;
      }
      const kind: GatewayResponseKind =
        error.code === 'HPE_HEADER_OVERFLOW'
          ? 'headersTooLarge'
          : error.code === 'HPE_INVALID_METHOD'
            ? 'notFound'
            : 'badRequest';
      options.metrics.recordResponse('unmatched', GATEWAY_RESPONSES[kind].status, LAYER_OF[kind]);
      // An answer to HEAD has no body, also when the request could not be parsed further.
      answerOnSocket(socket, kind, error.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ');
    },
  );
  const port = await listenOnLoopback(server, options.port ?? 0, 'gateway');
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    setRouteThrottle,
    close: () => closeServer(server),
  };
}

/** The hops in order, for one request. */
function createGatewayHandler(options: GatewayOptions) {
  const { stage, authorizer, functions, metrics } = options;
  const account = new TokenBucket({
    rateLimit: AWS_QUOTAS.apiGateway.accountRateLimit,
    burstLimit: AWS_QUOTAS.apiGateway.accountBurstLimit,
  });
  const routeBuckets = new Map<FunctionName, TokenBucket>();
  const bucketFor = (fn: FunctionName) => {
    let bucket = routeBuckets.get(fn);
    if (!bucket) {
      bucket = new TokenBucket(stage.api.routeThrottles[fn] ?? stage.api.throttle);
      routeBuckets.set(fn, bucket);
    }
    return bucket;
  };
  const setRouteThrottle = (fn: FunctionName, throttle: Throttle | undefined) => {
    routeBuckets.set(
      fn,
      new TokenBucket(throttle ?? stage.api.routeThrottles[fn] ?? stage.api.throttle),
    );
  };
  const cors = corsPolicy(stage.api.corsAllowedOrigins);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const requestId = randomRequestId();
    const receivedAt = Date.now();
    const started = performance.now();
    let integrationLatencyMs: number | undefined;
    const observe = (route: string, status: number, headers: Record<string, string> = {}) =>
      options.onAnswer?.({
        routeKey: route === 'unmatched' ? null : route,
        status,
        receivedAt,
        latencyMs: performance.now() - started,
        integrationLatencyMs,
        headers,
      });
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://localhost');
    const origin = request.headers.origin;
    const refuse = (
      kind: GatewayResponseKind,
      route: string,
      layer: Layer,
      extra: Record<string, string> = {},
    ) => {
      metrics.recordResponse(route, GATEWAY_RESPONSES[kind].status, layer);
      observe(route, GATEWAY_RESPONSES[kind].status);
      send(response, kind, requestId, { ...cors.headers(origin), ...extra });
    };

    // The quota on the request line and headers applies before anything else.
    if (requestHeadSize(request) > AWS_QUOTAS.apiGateway.requestLineAndHeadersMaxBytes)
      return refuse('headersTooLarge', 'unmatched', 'gateway-request-limit');
    if (method === 'OPTIONS' && origin && request.headers['access-control-request-method']) {
      response.writeHead(cors.allows(origin) ? 204 : 403, {
        ...cors.preflight(origin),
        'apigw-requestid': requestId,
      });
      response.end();
      return;
    }
    if (!account.tryTake()) return refuse('throttled', 'unmatched', 'gateway-throttle');
    const route = matchRoute(method, url.pathname);
    if (!route) return refuse('notFound', 'unmatched', 'gateway-not-found');
    if (!bucketFor(route.functionName).tryTake())
      return refuse('throttled', route.routeKey, 'gateway-throttle');

    const auth = await authorizer.authorize(request.headers.authorization);
    if (!auth.ok) {
      return refuse('unauthorized', route.routeKey, 'authorizer', {
        'www-authenticate': `Bearer scope="" error="invalid_token" error_description="${auth.description}"`,
      });
    }
    const body = await readBody(request, MAX_PAYLOAD_BYTES);
    // The gateway refuses a payload over its quota before any function runs.
    if (body === undefined)
      return refuse('payloadTooLarge', route.routeKey, 'gateway-payload-limit');
    const event = buildEvent(
      {
        method,
        url: request.url ?? '/',
        rawHeaders: request.rawHeaders,
        body,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
      },
      {
        routeKey: route.routeKey,
        pathParameters: route.pathParameters,
        requestId,
        claims: auth.claims,
        scopes: auth.scopes,
        now: new Date(),
      },
    );
    const invokedAt = performance.now();
    const outcome = await withTimeout(
      functions.invoke(route.functionName, event),
      INTEGRATION_TIMEOUT_MS,
    );
    integrationLatencyMs = performance.now() - invokedAt;
    if (outcome === 'timeout')
      return refuse('integrationTimeout', route.routeKey, 'integration-timeout');
    if (outcome.kind === 'throttled')
      return refuse('lambdaThrottled', route.routeKey, 'lambda-throttle');
    if (outcome.coldStart) {
      metrics.recordColdStart(
        route.functionName,
        outcome.kind === 'result' ? outcome.initDurationMs : undefined,
      );
    }
    const answer = outcome.kind === 'result' ? readResult(outcome.payload) : undefined;
    if (!answer) return refuse('badFunctionResponse', route.routeKey, 'function-error');
    metrics.recordResponse(route.routeKey, answer.statusCode, 'function', answer.headers);
    observe(route.routeKey, answer.statusCode, answer.headers);
    reply(response, answer, { ...cors.headers(origin), 'apigw-requestid': requestId });
  };
  return { handle, setRouteThrottle };
}

function send(
  response: ServerResponse,
  kind: GatewayResponseKind,
  requestId: string,
  headers: Record<string, string> = {},
) {
  const { status, body } = GATEWAY_RESPONSES[kind];
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'apigw-requestid': requestId,
  });
  response.end(body);
}

/** Which layer each answer written straight to the socket is counted under. */
const LAYER_OF: Partial<Record<GatewayResponseKind, Layer>> &
  Record<'headersTooLarge' | 'notFound' | 'badRequest', Layer> = {
  headersTooLarge: 'gateway-request-limit',
  notFound: 'gateway-not-found',
  badRequest: 'gateway-bad-request',
};

/** A gateway answer written to a connection whose request Node's parser refused; the connection closes. */
function answerOnSocket(socket: Duplex, kind: GatewayResponseKind, head = false): void {
  const { status, body } = GATEWAY_RESPONSES[kind];
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
      'content-type: application/json\r\n' +
      `content-length: ${Buffer.byteLength(body)}\r\n` +
      `apigw-requestid: ${randomRequestId()}\r\n` +
      'connection: close\r\n\r\n' +
      (head ? '' : body),
  );
}

/**
 * What the HTTP API quota on "request line and header values" counts: the
 * request line and every header value, in bytes.
 */
function requestHeadSize(request: IncomingMessage): number {
  let size = Buffer.byteLength(
    `${request.method} ${request.url} HTTP/${request.httpVersion}`,
    'latin1',
  );
  for (let i = 1; i < request.rawHeaders.length; i += 2) {
    size += Buffer.byteLength(request.rawHeaders[i] ?? '', 'latin1');
  }
  return size;
}

function reply(response: ServerResponse, answer: HttpAnswer, extra: Record<string, string>) {
  const headers: Record<string, string | string[] | number> = { ...answer.headers, ...extra };
  if (answer.cookies.length > 0) headers['set-cookie'] = answer.cookies;
  headers['content-length'] = answer.body.length;
  response.writeHead(answer.statusCode, headers);
  response.end(answer.body);
}

/** The body, or undefined once it passes `limit` bytes (the rest is drained, not kept). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(over ? undefined : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** API Gateway's request ids look like `JKJaXmPLvHcESHA=`: 11 random bytes in base64. */
function randomRequestId(): string {
  return randomBytes(11).toString('base64');
}

function corsPolicy(allowed: string[]) {
  const any = allowed.includes('*');
  const allows = (origin: string) => any || allowed.includes(origin);
  return {
    allows,
    headers(origin: string | undefined): Record<string, string> {
      if (!origin || !allows(origin)) return {};
      return { 'access-control-allow-origin': any ? '*' : origin, vary: 'origin' };
    },
    preflight(origin: string): Record<string, string> {
      if (!allows(origin)) return {};
      return {
        'access-control-allow-origin': any ? '*' : origin,
        'access-control-allow-methods': CORS_POLICY.allowMethods.join(','),
        'access-control-allow-headers': CORS_POLICY.allowHeaders.join(','),
        'access-control-max-age': String(CORS_POLICY.maxAgeSeconds),
        vary: 'origin',
      };
    },
  };
}
