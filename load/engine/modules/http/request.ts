/**
 * One k6 HTTP request from params to Response: URL credentials (basic and
 * digest auth), headers, body encoding, cookies, redirects, the samples k6
 * emits for every request, and k6's warnings.
 * https://grafana.com/docs/k6/latest/javascript-api/k6-http/params/
 */
import { createHash, randomBytes } from 'node:crypto';
import { parseDuration } from '../../duration.ts';
import { UnsupportedError } from '../../errors.ts';
import type { RawResponse } from '../../http-client.ts';
import type { CookieStore, VUHost } from '../../vu-host.ts';
import { stringifyTags } from '../util.ts';
import { CookieJar, cookieHeader, jarStore, storeCookies } from './cookies.ts';
import { failedRaw, Response, type ResponseHost } from './response.ts';

/** What expectedStatuses() returns: decides whether a response counts as expected. */
export class ResponseCallback {
  constructor(readonly ranges: readonly { min: number; max: number }[]) {}
  expected(status: number): boolean {
    return this.ranges.some((r) => status >= r.min && status <= r.max);
  }
}

/** k6's default: 200–399 are expected responses. */
export const DEFAULT_CALLBACK = new ResponseCallback([{ min: 200, max: 399 }]);

/** What http.url`…` returns: the URL and the name tag with "${}" for each interpolation. */
export class HttpURL {
  constructor(
    readonly url: string,
    readonly name: string,
  ) {}
  toString(): string {
    return this.url;
  }
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
  jar?: unknown;
  auth?: string;
  compression?: string;
}

interface Prepared {
  method: string;
  url: URL;
  /** The url tag: the URL with its credentials masked, or the name given. */
  nameTag: string | undefined;
  headers: Record<string, string>;
  body: Buffer | null;
  timeoutMs: number;
  responseType: string;
  callback: ResponseCallback | null;
  userTags: Record<string, string>;
  redirects: number;
  redirectsSet: boolean;
  cookies: Record<string, unknown> | undefined;
  jar: CookieStore;
  auth: { kind: 'basic' | 'digest'; user: string; password: string } | undefined;
}

/** k6 masks URL credentials in tags: user and password become asterisks. */
function maskCredentials(url: URL): string {
  if (url.username === '' && url.password === '') return url.href;
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const bare = new URL(url.href);
  bare.username = '';
  bare.password = '';
  const rest = bare.href.slice(bare.protocol.length + 2);
  return `${url.protocol}//${'*'.repeat(user.length)}${url.password === '' ? '' : `:${'*'.repeat(password.length)}`}@${rest}`;
}

function encodeBody(body: unknown, headers: Record<string, string>): Buffer | null {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (
    body instanceof ArrayBuffer ||
    Object.prototype.toString.call(body) === '[object ArrayBuffer]'
  )
    return Buffer.from(body as ArrayBuffer);
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

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

/** RFC 7616 (MD5, qop=auth) answer to a Digest challenge. */
function digestAuthorization(
  challenge: string,
  method: string,
  uri: string,
  user: string,
  password: string,
  cnonce = randomBytes(8).toString('hex'),
): string | undefined {
  if (!/^digest\s/i.test(challenge)) return undefined;
  const fields: Record<string, string> = {};
  for (const m of challenge.slice(6).matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g)) {
    fields[(m[1] as string).toLowerCase()] = m[2] ?? m[3] ?? '';
  }
  const realm = fields.realm ?? '';
  const nonce = fields.nonce ?? '';
  const qop = (fields.qop ?? '')
    .split(',')
    .map((q) => q.trim())
    .includes('auth')
    ? 'auth'
    : '';
  const ha1 = md5(`${user}:${realm}:${password}`);
  const ha2 = md5(`${method}:${uri}`);
  const nc = '00000001';
  const response = qop
    ? md5(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`)
    : md5(`${ha1}:${nonce}:${ha2}`);
  const parts = [
    `username="${user}"`,
    `realm="${realm}"`,
    `nonce="${nonce}"`,
    `uri="${uri}"`,
    ...(qop ? [`qop=${qop}`, `nc=${nc}`, `cnonce="${cnonce}"`] : []),
    `response="${response}"`,
    ...(fields.opaque !== undefined ? [`opaque="${fields.opaque}"`] : []),
    `algorithm=${fields.algorithm ?? 'MD5'}`,
  ];
  return `Digest ${parts.join(', ')}`;
}

/** Sends the requests of one VU (its http module); also what Responses use to follow forms and links. */
export class HttpClient implements ResponseHost {
  constructor(private readonly vu: VUHost) {}

  parseJson(text: string): unknown {
    return this.vu.parseJson(text);
  }

  request(method: unknown, target: unknown, body: unknown, rawParams: unknown): Promise<Response> {
    const vu = this.vu;
    if (vu.inInit) throw new Error('Making http requests in the init context is not supported');
    if (vu.dead) throw new Error('the iteration was interrupted');
    const prepared = this.#prepare(method, target, body, rawParams);
    if (prepared instanceof Response) return Promise.resolve(prepared);
    return this.#send(prepared);
  }

  #prepare(
    method: unknown,
    target: unknown,
    body: unknown,
    rawParams: unknown,
  ): Prepared | Response {
    const opts = this.vu.ctx.options;
    const params = (rawParams ?? {}) as Params;
    if (typeof params !== 'object') throw new TypeError('http request params must be an object');
    for (const key of Object.keys(params)) {
      if (!PARAM_KEYS.has(key)) {
        this.vu.ctx.logger.log('warning', `unknown request params key "${key}" is ignored`);
      }
    }
    if (
      params.compression !== undefined &&
      params.compression !== null &&
      params.compression !== ''
    ) {
      throw new UnsupportedError('http params.compression is not supported by the built-in engine');
    }
    const m = String(method).toUpperCase();
    const urlText = target instanceof HttpURL ? target.url : String(target);
    const userTags = params.tags ? stringifyTags(params.tags) : {};
    const name = userTags.name ?? (target instanceof HttpURL ? target.name : undefined);
    let url: URL;
    try {
      url = new URL(urlText);
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new Error('unsupported protocol');
    } catch {
      const msg = `invalid URL "${urlText}": only absolute http:// and https:// URLs are supported`;
      if (opts.throw) throw new Error(msg);
      return new Response(this, failedRaw(msg, 1020), urlText, m, {}, null, 'text', {});
    }
    const authKind = params.auth ?? (url.username !== '' ? 'basic' : undefined);
    if (authKind !== undefined && authKind !== 'basic' && authKind !== 'digest') {
      throw new UnsupportedError(
        `http params.auth "${authKind}" is not supported by the built-in engine (basic and digest are)`,
      );
    }
    const auth =
      authKind && url.username !== ''
        ? {
            kind: authKind,
            user: decodeURIComponent(url.username),
            password: decodeURIComponent(url.password),
          }
        : undefined;
    const nameTag = name ?? (auth ? maskCredentials(url) : undefined);
    if (auth) {
      url = new URL(url.href);
      url.username = '';
      url.password = '';
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(params.headers ?? {})) headers[k] = String(v);
    if (
      !Object.keys(headers).some((h) => h.toLowerCase() === 'user-agent') &&
      opts.userAgent !== ''
    ) {
      headers['User-Agent'] = opts.userAgent;
    }
    const callback =
      params.responseCallback !== undefined
        ? params.responseCallback
        : this.vu.responseCallback === undefined
          ? DEFAULT_CALLBACK
          : (this.vu.responseCallback as ResponseCallback | null);
    if (callback !== null && !(callback instanceof ResponseCallback)) {
      throw new TypeError(
        'params.responseCallback only accepts the result of http.expectedStatuses() or null',
      );
    }
    const jar = params.jar instanceof CookieJar ? jarStore(params.jar) : this.vu.cookies;
    return {
      method: m,
      url,
      nameTag,
      headers,
      body: encodeBody(body, headers),
      timeoutMs:
        params.timeout === undefined ? 60_000 : parseDuration(params.timeout, 'params.timeout'),
      responseType: params.responseType ?? (opts.discardResponseBodies ? 'none' : 'text'),
      callback,
      userTags,
      redirects: params.redirects ?? opts.maxRedirects,
      redirectsSet: params.redirects !== undefined,
      cookies: params.cookies,
      jar,
      auth: auth as Prepared['auth'],
    };
  }

  async #send(p: Prepared): Promise<Response> {
    const vu = this.vu;
    const opts = vu.ctx.options;
    let url = p.url;
    let method = p.method;
    let payload = p.body;
    let redirectsLeft = p.redirects;
    let digestTried = false;
    vu.jobStarted();
    try {
      for (;;) {
        const headers = { ...p.headers };
        const cookie = cookieHeader(p.jar, url, p.cookies);
        if (cookie) headers.Cookie = cookie;
        if (p.auth?.kind === 'basic') {
          headers.Authorization = `Basic ${Buffer.from(`${p.auth.user}:${p.auth.password}`).toString('base64')}`;
        }
        const raw = await vu.transport.request(
          {
            url,
            method,
            headers,
            body: payload,
            timeoutMs: p.timeoutMs,
            discardBody: p.responseType === 'none',
            closeConnection: opts.noConnectionReuse,
          },
          vu.inflight,
        );
        if (vu.dead) throw new Error('the iteration was interrupted');
        vu.addTraffic(raw);
        const received = storeCookies(p.jar, url, raw.headers);
        const digestFirst = p.auth?.kind === 'digest' && !digestTried;
        this.#emit(
          raw,
          method,
          p.nameTag ?? url.href,
          p.userTags,
          digestFirst ? new ResponseCallback([{ min: 401, max: 401 }]) : p.callback,
        );
        if (digestFirst && raw.status === 401 && p.auth) {
          digestTried = true;
          const challenge =
            raw.headers.find(([k]) => k.toLowerCase() === 'www-authenticate')?.[1] ?? '';
          const authorization = digestAuthorization(
            challenge,
            method,
            `${url.pathname}${url.search}`,
            p.auth.user,
            p.auth.password,
          );
          if (authorization) {
            p.headers.Authorization = authorization;
            continue;
          }
        }
        const location = raw.headers.find(([k]) => k.toLowerCase() === 'location')?.[1];
        if (raw.status >= 300 && raw.status < 400 && raw.status !== 304 && location) {
          if (redirectsLeft > 0) {
            redirectsLeft--;
            url = new URL(location, url);
            if (
              raw.status === 303 ||
              ((raw.status === 301 || raw.status === 302) && method === 'POST')
            ) {
              method = method === 'HEAD' ? 'HEAD' : 'GET';
              payload = null;
            }
            continue;
          }
          if (!p.redirectsSet) {
            vu.ctx.logger.log(
              'warning',
              `Stopped after ${p.redirects} redirects and returned the redirection; pass { redirects: n } in request params or set global maxRedirects to silence this`,
              { url: p.url.href },
            );
          }
        }
        if (raw.error) {
          if (opts.throw) throw new Error(raw.error);
          vu.ctx.logger.log('warning', 'Request Failed', { error: raw.error });
        }
        return new Response(
          this,
          raw,
          url.href,
          method,
          headers,
          payload,
          p.responseType,
          received,
        );
      }
    } finally {
      vu.jobDone();
    }
  }

  #emit(
    raw: RawResponse,
    method: string,
    urlTag: string,
    userTags: Record<string, string>,
    callback: ResponseCallback | null,
  ): void {
    const vu = this.vu;
    const b = vu.ctx.registry.builtin;
    const tags: Record<string, string> = {
      ...vu.sampleTags(),
      ...userTags,
      method,
      url: urlTag,
      name: userTags.name ?? urlTag,
      status: String(raw.status),
    };
    if (raw.status !== 0) tags.proto = 'HTTP/1.1';
    if (raw.tlsVersion) tags.tls_version = raw.tlsVersion;
    if (raw.error) {
      tags.error = raw.error;
      tags.error_code = String(raw.errorCode);
    } else if (raw.status >= 400) {
      tags.error_code = String(raw.errorCode);
    }
    const expected = callback === null ? undefined : callback.expected(raw.status);
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
}
