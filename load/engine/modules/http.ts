/**
 * `k6/http`: asyncRequest, expectedStatuses, setResponseCallback, url, and
 * responses with status, body, headers, json(), timings. k6's blocking calls
 * (get, post, request, batch, …) cannot block Node's event loop; they throw
 * and name the async alternative.
 * https://grafana.com/docs/k6/latest/javascript-api/k6-http/
 */

import { parseDuration } from '../duration.ts';
import { UnsupportedError } from '../errors.ts';
import type { RawResponse, Timings } from '../http-client.ts';
import type { VU } from '../vu.ts';
import { guarded, stringifyTags } from './util.ts';

/** What expectedStatuses() returns: decides whether a response counts as expected. */
export class ResponseCallback {
  constructor(readonly ranges: readonly { min: number; max: number }[]) {}
  expected(status: number): boolean {
    return this.ranges.some((r) => status >= r.min && status <= r.max);
  }
}

/** k6's default: 200–399 are expected responses. */
const DEFAULT_CALLBACK = new ResponseCallback([{ min: 200, max: 399 }]);

/** How http.url`…` names a request: each interpolation becomes "${}". */
const URL_PLACEHOLDER = '$' + '{}';

class HttpURL {
  constructor(
    readonly url: string,
    readonly name: string,
  ) {}
  toString(): string {
    return this.url;
  }
}

function canonicalHeaderKey(key: string): string {
  return key
    .toLowerCase()
    .replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
}

/** A small subset of gjson paths for Response.json(selector): "a.b", "items.0.id", "items.#". */
function selectJson(value: unknown, selector: string): unknown {
  if (/[*?|@\\()!=<>%]/.test(selector) || /#./.test(selector.replace(/\.#$/, ''))) {
    throw new UnsupportedError(
      `Response.json("${selector}"): only dotted paths, array indexes and a trailing "#" are supported by the built-in engine`,
    );
  }
  let cur: unknown = value;
  for (const part of selector.split('.')) {
    if (part === '#') return Array.isArray(cur) ? cur.length : undefined;
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** A k6 Response; headers, body and request are decoded on first access. */
class Response {
  #json: unknown;
  #parsed = false;
  #headers: Record<string, string> | undefined;
  #body: string | ArrayBuffer | null | undefined;
  #request: ResponseRequest | undefined;

  constructor(
    private readonly raw: RawResponse,
    readonly url: string,
    private readonly method: string,
    private readonly reqHeaders: Record<string, string>,
    private readonly payload: Buffer | null,
    private readonly responseType: string,
    readonly cookies: Record<string, { name: string; value: string }[]>,
  ) {}

  get status(): number {
    return this.raw.status;
  }
  get status_text(): string {
    return this.raw.status === 0 ? '' : `${this.raw.status} ${this.raw.statusText}`;
  }
  get proto(): string {
    return this.raw.status === 0 ? '' : 'HTTP/1.1';
  }
  get timings(): Timings {
    return this.raw.timings;
  }
  get error(): string {
    return this.raw.error;
  }
  get error_code(): number {
    return this.raw.errorCode;
  }
  get remote_ip(): string {
    return this.raw.remoteIp;
  }
  get remote_port(): number {
    return this.raw.remotePort;
  }
  get tls_version(): string {
    return this.raw.tlsVersion;
  }

  get headers(): Record<string, string> {
    if (this.#headers === undefined) {
      const headers: Record<string, string> = {};
      for (const [k, v] of this.raw.headers) {
        const key = canonicalHeaderKey(k);
        headers[key] = headers[key] === undefined ? v : `${headers[key]}, ${v}`;
      }
      this.#headers = headers;
    }
    return this.#headers;
  }

  get body(): string | ArrayBuffer | null {
    if (this.#body === undefined) {
      const b = this.raw.body;
      if (b) {
        this.#body =
          this.responseType === 'binary'
            ? (new Uint8Array(b).buffer as ArrayBuffer)
            : b.toString('utf8');
      } else {
        this.#body = this.responseType === 'text' && this.raw.status !== 0 ? '' : null;
      }
    }
    return this.#body;
  }

  get request(): ResponseRequest {
    if (this.#request === undefined) {
      const headers: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(this.reqHeaders)) headers[canonicalHeaderKey(k)] = [v];
      this.#request = {
        method: this.method,
        url: this.url,
        headers,
        body: this.payload ? this.payload.toString('utf8') : '',
        cookies: {},
      };
    }
    return this.#request;
  }

  json(selector?: unknown): unknown {
    if (!this.#parsed) {
      const body = this.body;
      if (typeof body !== 'string') {
        throw new Error(
          'cannot parse json due to an error: the response has no text body (responseType is not "text")',
        );
      }
      this.#json = JSON.parse(body);
      this.#parsed = true;
    }
    if (selector === undefined || selector === null || selector === '') return this.#json;
    return selectJson(this.#json, String(selector));
  }

  html(): never {
    throw new UnsupportedError('Response.html() is not supported by the built-in engine');
  }
  clickLink(): never {
    throw new UnsupportedError('Response.clickLink() is not supported by the built-in engine');
  }
  submitForm(): never {
    throw new UnsupportedError('Response.submitForm() is not supported by the built-in engine');
  }

  toJSON(): Record<string, unknown> {
    return {
      status: this.status,
      status_text: this.status_text,
      proto: this.proto,
      url: this.url,
      headers: this.headers,
      body: this.body,
      timings: this.timings,
      error: this.error,
      error_code: this.error_code,
      remote_ip: this.remote_ip,
      remote_port: this.remote_port,
      tls_version: this.tls_version,
      cookies: this.cookies,
      request: this.request,
    };
  }
}

interface ResponseRequest {
  method: string;
  url: string;
  headers: Record<string, string[]>;
  body: string;
  cookies: object;
}

const PARAM_KEYS = new Set([
  'headers',
  'tags',
  'timeout',
  'responseType',
  'responseCallback',
  'redirects',
  'cookies',
  'jar',
  'auth',
  'compression',
]);

interface Params {
  headers?: Record<string, unknown>;
  tags?: Record<string, unknown>;
  timeout?: string | number;
  responseType?: 'text' | 'binary' | 'none';
  responseCallback?: ResponseCallback | null;
  redirects?: number;
  cookies?: Record<string, unknown>;
}

function blocking(name: string, alternative: string): () => never {
  return () => {
    throw new UnsupportedError(
      `http.${name}() blocks the VU, which the built-in engine cannot do in Node; use ${alternative} instead`,
    );
  };
}

function unsupported(name: string): () => never {
  return () => {
    throw new UnsupportedError(`http.${name}() is not supported by the built-in engine`);
  };
}

export function createHttpModule(vu: VU): Record<string, unknown> {
  const ctx = vu.ctx;
  const b = ctx.registry.builtin;
  const opts = ctx.options;

  function expectedStatuses(...args: unknown[]): ResponseCallback {
    const ranges = args.map((a) => {
      if (typeof a === 'number' && Number.isInteger(a)) return { min: a, max: a };
      if (
        a !== null &&
        typeof a === 'object' &&
        Number.isInteger((a as { min?: unknown }).min) &&
        Number.isInteger((a as { max?: unknown }).max)
      ) {
        return { min: (a as { min: number }).min, max: (a as { max: number }).max };
      }
      throw new TypeError(
        `expectedStatuses(): ${JSON.stringify(a)} is neither a status code nor { min, max }`,
      );
    });
    return new ResponseCallback(ranges);
  }

  function setResponseCallback(cb: unknown): void {
    if (cb !== null && !(cb instanceof ResponseCallback)) {
      throw new TypeError(
        'setResponseCallback() only accepts the result of http.expectedStatuses() or null',
      );
    }
    vu.responseCallback = cb;
  }

  function url(strings: TemplateStringsArray, ...values: unknown[]): HttpURL {
    let full = '';
    let name = '';
    strings.forEach((s, i) => {
      full += s;
      name += s;
      if (i < values.length) {
        full += String(values[i]);
        name += URL_PLACEHOLDER;
      }
    });
    return new HttpURL(full, name);
  }

  function cookieHeader(
    target: URL,
    extra: Record<string, unknown> | undefined,
  ): string | undefined {
    const parts: string[] = [];
    const jar = vu.cookies.size === 0 ? undefined : vu.cookies.get(target.hostname);
    if (jar) {
      const now = Date.now();
      for (const [name, c] of jar) {
        if (c.expires !== 0 && c.expires < now) {
          jar.delete(name);
          continue;
        }
        if (target.pathname.startsWith(c.path)) parts.push(`${name}=${c.value}`);
      }
    }
    if (extra) {
      for (const [name, v] of Object.entries(extra)) {
        const value =
          v !== null && typeof v === 'object'
            ? String((v as { value?: unknown }).value ?? '')
            : String(v);
        parts.push(`${name}=${value}`);
      }
    }
    return parts.length > 0 ? parts.join('; ') : undefined;
  }

  function storeCookies(
    target: URL,
    headers: [string, string][],
  ): Record<string, { name: string; value: string }[]> {
    const received: Record<string, { name: string; value: string }[]> = {};
    for (const [k, v] of headers) {
      if (k.length !== 10 || k.toLowerCase() !== 'set-cookie') continue;
      const [pair = '', ...attrs] = v.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      let path = '/';
      let expires = 0;
      for (const attr of attrs) {
        const [ak = '', av = ''] = attr.split('=').map((x) => x.trim());
        const key = ak.toLowerCase();
        if (key === 'path' && av) path = av;
        else if (key === 'max-age') expires = Date.now() + Number(av) * 1000;
        else if (key === 'expires' && expires === 0) expires = Date.parse(av) || 0;
      }
      let jar = vu.cookies.get(target.hostname);
      if (!jar) {
        jar = new Map();
        vu.cookies.set(target.hostname, jar);
      }
      if (expires !== 0 && expires <= Date.now()) jar.delete(name);
      else jar.set(name, { value, path, expires });
      const list = received[name] ?? [];
      list.push({ name, value });
      received[name] = list;
    }
    return received;
  }

  function encodeBody(body: unknown, headers: Record<string, string>): Buffer | null {
    if (body === undefined || body === null) return null;
    if (typeof body === 'string') return Buffer.from(body, 'utf8');
    if (body instanceof ArrayBuffer) return Buffer.from(body);
    if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    if (typeof body === 'object') {
      const form = new URLSearchParams();
      for (const [k, v] of Object.entries(body)) {
        if (v !== null && typeof v === 'object') {
          throw new UnsupportedError(
            'multipart bodies (http.file or nested objects) are not supported by the built-in engine',
          );
        }
        form.append(k, String(v));
      }
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
      }
      return Buffer.from(form.toString(), 'utf8');
    }
    return Buffer.from(String(body), 'utf8');
  }

  async function asyncRequest(
    method: unknown,
    target: unknown,
    body?: unknown,
    rawParams?: unknown,
  ): Promise<Response> {
    if (vu.inInit) throw new Error('Making http requests in the init context is not supported');
    if (vu.dead) throw new Error('the iteration was interrupted');
    const params = (rawParams ?? {}) as Params;
    if (typeof params !== 'object')
      throw new TypeError('http.asyncRequest(): params must be an object');
    for (const key of Object.keys(params)) {
      if (!PARAM_KEYS.has(key)) continue;
      if (key === 'jar' || key === 'auth' || key === 'compression') {
        if (
          (params as Record<string, unknown>)[key] !== undefined &&
          (params as Record<string, unknown>)[key] !== null
        ) {
          throw new UnsupportedError(`http params.${key} is not supported by the built-in engine`);
        }
      }
    }
    const m = String(method).toUpperCase();
    const urlText = target instanceof HttpURL ? target.url : String(target);
    const userTags = params.tags ? stringifyTags(params.tags) : {};
    const name = userTags.name ?? (target instanceof HttpURL ? target.name : undefined);
    let current: URL;
    try {
      current = new URL(urlText);
      if (current.protocol !== 'http:' && current.protocol !== 'https:')
        throw new Error('unsupported protocol');
    } catch {
      const msg = `invalid URL "${urlText}": only absolute http:// and https:// URLs are supported`;
      if (opts.throw) throw new Error(msg);
      return errorResponse(m, urlText, msg, 1020);
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(params.headers ?? {})) headers[k] = String(v);
    if (
      !Object.keys(headers).some((h) => h.toLowerCase() === 'user-agent') &&
      opts.userAgent !== ''
    ) {
      headers['User-Agent'] = opts.userAgent;
    }
    let payload = encodeBody(body, headers);
    const timeoutMs =
      params.timeout === undefined ? 60_000 : parseDuration(params.timeout, 'params.timeout');
    const responseType = params.responseType ?? (opts.discardResponseBodies ? 'none' : 'text');
    const callback =
      params.responseCallback !== undefined
        ? params.responseCallback
        : vu.responseCallback === undefined
          ? DEFAULT_CALLBACK
          : vu.responseCallback;
    if (callback !== null && !(callback instanceof ResponseCallback)) {
      throw new TypeError(
        'params.responseCallback only accepts the result of http.expectedStatuses() or null',
      );
    }
    let redirectsLeft = params.redirects ?? opts.maxRedirects;
    let method2 = m;

    vu.jobStarted();
    try {
      for (;;) {
        const reqHeaders = { ...headers };
        const cookie = cookieHeader(current, params.cookies);
        if (cookie) reqHeaders.Cookie = cookie;
        const raw = await vu.transport.request(
          {
            url: current,
            method: method2,
            headers: reqHeaders,
            body: payload,
            timeoutMs,
            discardBody: responseType === 'none',
            closeConnection: opts.noConnectionReuse,
          },
          vu.inflight,
        );
        if (vu.dead) throw new Error('the iteration was interrupted');
        vu.addTraffic(raw);
        const received = storeCookies(current, raw.headers);
        const urlTag = name ?? current.href;
        emitHttp(raw, method2, urlTag, name ?? current.href, userTags, callback);
        const location = raw.headers.find(([k]) => k.toLowerCase() === 'location')?.[1];
        if (
          raw.status >= 300 &&
          raw.status < 400 &&
          raw.status !== 304 &&
          location &&
          redirectsLeft > 0
        ) {
          redirectsLeft--;
          current = new URL(location, current);
          if (
            raw.status === 303 ||
            ((raw.status === 301 || raw.status === 302) && method2 === 'POST')
          ) {
            method2 = method2 === 'HEAD' ? 'HEAD' : 'GET';
            payload = null;
          }
          continue;
        }
        if (raw.error && opts.throw) throw new Error(raw.error);
        return toResponse(raw, method2, current.href, reqHeaders, payload, responseType, received);
      }
    } finally {
      vu.jobDone();
    }
  }

  function emitHttp(
    raw: RawResponse,
    method: string,
    urlTag: string,
    nameTag: string,
    userTags: Record<string, string>,
    callback: ResponseCallback | null,
  ): void {
    const tags: Record<string, string> = {
      ...vu.sampleTags(),
      ...userTags,
      method,
      url: urlTag,
      name: nameTag,
      status: String(raw.status),
      proto: raw.status === 0 ? '' : 'HTTP/1.1',
    };
    if (raw.status === 0) delete tags.proto;
    if (raw.tlsVersion) tags.tls_version = raw.tlsVersion;
    if (raw.error) {
      tags.error = raw.error;
      tags.error_code = String(raw.errorCode);
    }
    const expected =
      callback === null ? undefined : raw.status !== 0 && callback.expected(raw.status);
    if (expected !== undefined) tags.expected_response = String(expected);
    const t = raw.timings;
    vu.emit(b.httpReqs, 1, tags);
    vu.emit(b.httpReqDuration, t.duration, tags);
    vu.emit(b.httpReqBlocked, t.blocked, tags);
    vu.emit(b.httpReqConnecting, t.connecting, tags);
    vu.emit(b.httpReqTLSHandshaking, t.tls_handshaking, tags);
    vu.emit(b.httpReqSending, t.sending, tags);
    vu.emit(b.httpReqWaiting, t.waiting, tags);
    vu.emit(b.httpReqReceiving, t.receiving, tags);
    if (expected !== undefined) vu.emit(b.httpReqFailed, expected ? 0 : 1, tags);
  }

  function toResponse(
    raw: RawResponse,
    method: string,
    href: string,
    reqHeaders: Record<string, string>,
    payload: Buffer | null,
    responseType: string,
    cookies: Record<string, { name: string; value: string }[]>,
  ): Response {
    return new Response(raw, href, method, reqHeaders, payload, responseType, cookies);
  }

  function errorResponse(method: string, urlText: string, message: string, code: number): Response {
    const timings: Timings = {
      blocked: 0,
      connecting: 0,
      tls_handshaking: 0,
      sending: 0,
      waiting: 0,
      receiving: 0,
      duration: 0,
    };
    const raw: RawResponse = {
      status: 0,
      statusText: '',
      headers: [],
      body: null,
      timings,
      error: message,
      errorCode: code,
      remoteIp: '',
      remotePort: 0,
      tlsVersion: '',
      bytesSent: 0,
      bytesReceived: 0,
    };
    return new Response(raw, urlText, method, {}, null, 'text', {});
  }

  const api: Record<string, unknown> = {
    asyncRequest,
    expectedStatuses,
    setResponseCallback,
    url,
    get: blocking('get', "`await http.asyncRequest('GET', url, null, params)`"),
    head: blocking('head', "`await http.asyncRequest('HEAD', url, null, params)`"),
    options: blocking('options', "`await http.asyncRequest('OPTIONS', url, body, params)`"),
    del: blocking('del', "`await http.asyncRequest('DELETE', url, body, params)`"),
    patch: blocking('patch', "`await http.asyncRequest('PATCH', url, body, params)`"),
    post: blocking('post', "`await http.asyncRequest('POST', url, body, params)`"),
    put: blocking('put', "`await http.asyncRequest('PUT', url, body, params)`"),
    request: blocking('request', '`await http.asyncRequest(method, url, body, params)`'),
    batch: blocking('batch', '`await Promise.all(requests.map((r) => http.asyncRequest(...r)))`'),
    file: unsupported('file'),
    cookieJar: unsupported('cookieJar'),
    CookieJar: unsupported('CookieJar'),
    FileData: unsupported('FileData'),
    SSL_3_0: 'ssl3.0',
    TLS_1_0: 'tls1.0',
    TLS_1_1: 'tls1.1',
    TLS_1_2: 'tls1.2',
    TLS_1_3: 'tls1.3',
    OCSP_STATUS_GOOD: 'good',
    OCSP_STATUS_REVOKED: 'revoked',
    OCSP_STATUS_SERVER_FAILED: 'server_failed',
    OCSP_STATUS_UNKNOWN: 'unknown',
    OCSP_REASON_AA_COMPROMISE: 'aa_compromise',
    OCSP_REASON_AFFILIATION_CHANGED: 'affiliation_changed',
    OCSP_REASON_CA_COMPROMISE: 'ca_compromise',
    OCSP_REASON_CERTIFICATE_HOLD: 'certificate_hold',
    OCSP_REASON_CESSATION_OF_OPERATION: 'cessation_of_operation',
    OCSP_REASON_KEY_COMPROMISE: 'key_compromise',
    OCSP_REASON_PRIVILEGE_WITHDRAWN: 'privilege_withdrawn',
    OCSP_REASON_REMOVE_FROM_CRL: 'remove_from_crl',
    OCSP_REASON_SUPERSEDED: 'superseded',
    OCSP_REASON_UNSPECIFIED: 'unspecified',
  };
  return { ...api, default: guarded('k6/http', api) };
}
