/**
 * HTTP transport: an undici Agent with keep-alive, and the request timings
 * k6 reports. The VUs share one Agent (k6 gives each VU a pool of its own;
 * sharing halves the client's CPU per request, and concurrent requests still
 * open as many connections). With noVUConnectionReuse each VU gets its own
 * Agent, closed after every iteration, as in k6.
 *
 * What is measured (monotonic clock, ms), per k6's definitions
 * (https://grafana.com/docs/k6/latest/using-k6/metrics/reference/#http):
 * - blocked: from dispatch until the request is given a socket and its
 *   headers start being written (includes queueing, TCP connect and TLS).
 * - connecting / tls_handshaking: measured in the connector when this request
 *   opened the socket (0 on a reused connection).
 * - sending: from the start of writing until the request is fully written.
 * - waiting: until the first byte of the response is parsed.
 * - receiving: from the first byte until the body is complete.
 * - duration = sending + waiting + receiving.
 * data_sent / data_received: the bytes written to and read from the socket
 * while the request was on it (one request per connection at a time), headers
 * included, as k6 counts them on the connection; TLS record overhead is not
 * included.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { Agent, buildConnector, type Dispatcher } from 'undici';

export interface Timings {
  blocked: number;
  /** DNS lookup time; undici resolves inside its connector, so it is counted in connecting. */
  looking_up: number;
  connecting: number;
  tls_handshaking: number;
  sending: number;
  waiting: number;
  receiving: number;
  duration: number;
}

export interface RawResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Buffer | null;
  timings: Timings;
  error: string;
  errorCode: number;
  remoteIp: string;
  remotePort: number;
  tlsVersion: string;
  bytesSent: number;
  bytesReceived: number;
}

export interface RawRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: Buffer | null;
  timeoutMs: number;
  discardBody: boolean;
  closeConnection: boolean;
}

interface SocketInfo {
  connectStart: number;
  tcpDone: number;
  tlsDone: number;
  claimed: boolean;
}

const socketInfo = new WeakMap<Socket, SocketInfo>();

/**
 * undici calls the handler's onConnect and, in the same synchronous step,
 * publishes 'undici:client:sendHeaders' with the socket; this slot carries
 * the handler from one to the other.
 */
let connectingHandler: TimedHandler | undefined;
subscribe('undici:client:sendHeaders', (message) => {
  const handler = connectingHandler;
  connectingHandler = undefined;
  if (handler) handler.attach((message as { socket: Socket }).socket);
});

export class HttpTransport {
  #agent: Agent | undefined;
  readonly #inflight = new Set<TimedHandler>();

  constructor(
    private readonly now: () => number,
    private readonly insecure: () => boolean,
  ) {}

  #getAgent(): Agent {
    if (!this.#agent) {
      const base = buildConnector({ rejectUnauthorized: !this.insecure() });
      const connect: buildConnector.connector = (opts, callback) => {
        const connectStart = this.now();
        const info: SocketInfo = {
          connectStart,
          tcpDone: connectStart,
          tlsDone: connectStart,
          claimed: false,
        };
        const socket = base(opts, (err, sock) => {
          if (sock) {
            info.tlsDone = this.now();
            if (opts.protocol !== 'https:') info.tcpDone = info.tlsDone;
            socketInfo.set(sock as Socket, info);
          }
          callback(err, sock as never);
        });
        if (opts.protocol === 'https:' && socket) {
          (socket as unknown as Socket).once('connect', () => {
            info.tcpDone = this.now();
          });
        }
        return socket;
      };
      this.#agent = new Agent({ connect, keepAliveTimeout: 60_000, keepAliveMaxTimeout: 600_000 });
    }
    return this.#agent;
  }

  /** Sends one request; `owner` receives the handle so it can abort it. */
  request(req: RawRequest, owner?: Set<TimedHandler>): Promise<RawResponse> {
    return new Promise((resolve) => {
      const handler = new TimedHandler(this.now, req, resolve, (h) => {
        this.#inflight.delete(h);
        owner?.delete(h);
      });
      this.#inflight.add(handler);
      owner?.add(handler);
      const headers: string[] = [];
      for (const k in req.headers) headers.push(k, req.headers[k] as string);
      const opts: Dispatcher.DispatchOptions = {
        origin: req.url.origin,
        path: `${req.url.pathname}${req.url.search}`,
        method: req.method as Dispatcher.HttpMethod,
        headers,
        body: req.body,
        reset: req.closeConnection,
        headersTimeout: 0,
        bodyTimeout: 0,
      };
      try {
        this.#getAgent().dispatch(opts, handler);
      } catch (err) {
        handler.onError(err as Error);
      }
    });
  }

  /** Closes every connection (the next request opens new ones). */
  async reset(): Promise<void> {
    const agent = this.#agent;
    this.#agent = undefined;
    if (agent) await agent.close();
  }

  async close(): Promise<void> {
    const agent = this.#agent;
    this.#agent = undefined;
    if (agent) await agent.destroy();
  }
}

/** Aborts the given requests (an interrupted iteration's). */
export function abortRequests(handlers: Set<TimedHandler>, reason: string): void {
  for (const h of [...handlers]) h.cancel(reason, 1000);
}

export class TimedHandler implements Dispatcher.DispatchHandler {
  socket: Socket | undefined;
  #baseWritten = 0;
  #baseRead = 0;
  #t0: number;
  #tConnect = 0;
  #tSent = 0;
  #tFirstByte = 0;
  #status = 0;
  #statusText = '';
  #headers: [string, string][] = [];
  #chunks: Buffer[] = [];
  #abort: ((err?: Error) => void) | undefined;
  #done = false;
  #cancelled: { message: string; code: number } | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly now: () => number,
    private readonly req: RawRequest,
    private readonly resolve: (r: RawResponse) => void,
    private readonly onFinish: (h: TimedHandler) => void,
  ) {
    this.#t0 = now();
    if (req.timeoutMs > 0 && Number.isFinite(req.timeoutMs)) {
      this.#timer = setTimeout(() => this.cancel('request timeout', 1050), req.timeoutMs);
    }
  }

  cancel(message: string, code: number): void {
    if (this.#done) return;
    this.#cancelled = { message, code };
    if (this.#abort) this.#abort(new Error(message));
    else this.#finishWithError(message, code);
  }

  /** The socket this request was given (from undici's sendHeaders channel). */
  attach(socket: Socket): void {
    this.socket = socket;
    this.#baseWritten = socket.bytesWritten;
    this.#baseRead = socket.bytesRead;
  }

  onConnect(abort: (err?: Error) => void): void {
    this.#abort = abort;
    this.#tConnect = this.now();
    connectingHandler = this;
    if (this.#cancelled) abort(new Error(this.#cancelled.message));
  }

  onRequestSent(): void {
    this.#tSent = this.now();
  }

  onResponseStarted(): void {
    this.#tFirstByte = this.now();
  }

  onHeaders(
    statusCode: number,
    rawHeaders: Buffer[],
    _resume: () => void,
    statusText: string,
  ): boolean {
    if (this.#tSent === 0) this.#tSent = this.#tConnect;
    if (this.#tFirstByte === 0) this.#tFirstByte = this.now();
    if (statusCode < 200) return true;
    this.#status = statusCode;
    this.#statusText = statusText;
    const headers: [string, string][] = [];
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
      headers.push([String(rawHeaders[i]), String(rawHeaders[i + 1])]);
    }
    this.#headers = headers;
    return true;
  }

  onData(chunk: Buffer): boolean {
    if (!this.req.discardBody) this.#chunks.push(chunk);
    return true;
  }

  onComplete(): void {
    if (this.#done) return;
    const end = this.now();
    const body = this.req.discardBody
      ? null
      : this.#chunks.length === 1
        ? (this.#chunks[0] as Buffer)
        : Buffer.concat(this.#chunks);
    this.#finish(end, body, '', 0);
  }

  onError(err: Error): void {
    if (this.#done) return;
    if (this.#cancelled) {
      this.#finishWithError(this.#cancelled.message, this.#cancelled.code);
      return;
    }
    const [code, message] = classifyError(err);
    this.#finishWithError(message, code);
  }

  #finishWithError(message: string, code: number): void {
    this.#finish(this.now(), null, message, code, true);
  }

  #finish(
    end: number,
    body: Buffer | null,
    error: string,
    errorCode: number,
    failed = false,
  ): void {
    if (this.#done) return;
    this.#done = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.onFinish(this);
    const tConnect = this.#tConnect || end;
    const tSent = this.#tSent || (failed ? tConnect : end);
    const tFirst = this.#tFirstByte || (failed ? tSent : end);
    let connecting = 0;
    let tls = 0;
    let remoteIp = '';
    let remotePort = 0;
    let tlsVersion = '';
    let bytesSent = 0;
    let bytesReceived = 0;
    const socket = this.socket;
    if (socket) {
      bytesSent = socket.bytesWritten - this.#baseWritten;
      bytesReceived = socket.bytesRead - this.#baseRead;
      const info = socketInfo.get(socket);
      if (info && !info.claimed) {
        info.claimed = true;
        connecting = info.tcpDone - info.connectStart;
        tls = info.tlsDone - info.tcpDone;
      }
      remoteIp = socket.remoteAddress ?? '';
      remotePort = socket.remotePort ?? 0;
      const proto = (socket as TLSSocket).getProtocol?.();
      if (proto) tlsVersion = proto.replace(/^TLSv/, 'tls').replace(/^tls(\d)$/, 'tls$1.0');
    }
    const sending = Math.max(0, tSent - tConnect);
    const waiting = Math.max(0, tFirst - tSent);
    const receiving = failed ? 0 : Math.max(0, end - tFirst);
    const response: RawResponse = {
      status: failed ? 0 : this.#status,
      statusText: failed ? '' : this.#statusText,
      headers: failed ? [] : this.#headers,
      body: failed ? null : body,
      timings: {
        blocked: Math.max(0, tConnect - this.#t0),
        looking_up: 0,
        connecting,
        tls_handshaking: tls,
        sending,
        waiting,
        receiving,
        duration: sending + waiting + receiving,
      },
      error,
      // k6 gives 4xx and 5xx responses the error code 1000 + status.
      errorCode: failed ? errorCode : this.#status >= 400 ? 1000 + this.#status : 0,
      remoteIp,
      remotePort,
      tlsVersion,
      bytesSent,
      bytesReceived,
    };
    if (failed) {
      this.resolve(response);
      return;
    }
    // undici frees a keep-alive socket for its next request one event-loop
    // turn after the response (setImmediate); handing the response over after
    // that lets the VU's next request reuse the connection instead of opening one.
    process.nextTick(() => setImmediate(() => this.resolve(response)));
  }
}

/** k6's error codes for network failures (lib/netext/httpext/error_codes.go). */
function classifyError(err: Error): [number, string] {
  const code =
    (err as { code?: string }).code ?? (err.cause as { code?: string } | undefined)?.code;
  switch (code) {
    case 'ECONNREFUSED':
      return [1212, 'dial: connection refused'];
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return [1211, 'dial: i/o timeout'];
    case 'ECONNRESET':
      return [1220, 'read: connection reset by peer'];
    case 'EPIPE':
      return [1201, 'write: broken pipe'];
    case 'ENOTFOUND':
      return [1101, 'lookup: no such host'];
    case 'EAI_AGAIN':
      return [1100, `lookup: ${err.message}`];
    case 'UND_ERR_SOCKET':
      return [1200, err.message];
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return [1310, 'x509: unknown authority'];
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return [1311, "x509: certificate doesn't match hostname"];
    default:
      return [1000, err.message];
  }
}
