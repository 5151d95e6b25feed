/**
 * k6's Response object. Headers, body and request are decoded on first
 * access; json() parses in the script's own realm.
 * https://grafana.com/docs/k6/latest/javascript-api/k6-http/response/
 */
import { UnsupportedError } from '../../errors.ts';
import type { RawResponse, Timings } from '../../http-client.ts';
import { parseHtml, type Selection } from './html.ts';

export interface ResponseCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  http_only: boolean;
  secure: boolean;
  max_age: number;
  expires: number;
}

interface ResponseRequest {
  method: string;
  url: string;
  headers: Record<string, string[]>;
  body: string;
  cookies: Record<string, { name: string; value: string; replace: boolean }[]>;
}

/** What a Response needs from the module that made it. */
export interface ResponseHost {
  parseJson(text: string): unknown;
  /** Sends a follow-up request (submitForm, clickLink) the way http.request does. */
  request(method: string, url: string, body: unknown, params: unknown): Promise<unknown>;
}

export function canonicalHeaderKey(key: string): string {
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

const EMPTY_TIMINGS: Timings = {
  blocked: 0,
  looking_up: 0,
  connecting: 0,
  tls_handshaking: 0,
  sending: 0,
  waiting: 0,
  receiving: 0,
  duration: 0,
};

/** The raw result of a request that failed before it was sent. */
export function failedRaw(message: string, code: number): RawResponse {
  return {
    status: 0,
    statusText: '',
    headers: [],
    body: null,
    timings: { ...EMPTY_TIMINGS },
    error: message,
    errorCode: code,
    remoteIp: '',
    remotePort: 0,
    tlsVersion: '',
    bytesSent: 0,
    bytesReceived: 0,
  };
}

export class Response {
  #json: unknown;
  #parsed = false;
  #headers: Record<string, string> | undefined;
  #body: string | ArrayBuffer | null | undefined;
  #request: ResponseRequest | undefined;

  constructor(
    private readonly host: ResponseHost,
    private readonly raw: RawResponse,
    readonly url: string,
    private readonly method: string,
    private readonly reqHeaders: Record<string, string>,
    private readonly payload: Buffer | null,
    private readonly responseType: string,
    readonly cookies: Record<string, ResponseCookie[]>,
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
      this.#json = this.host.parseJson(body);
      this.#parsed = true;
    }
    if (selector === undefined || selector === null || selector === '') return this.#json;
    return selectJson(this.#json, String(selector));
  }

  html(selector?: unknown): Selection {
    const body = this.body;
    return parseHtml(typeof body === 'string' ? body : '', selector);
  }

  /** Fills and submits a form of this page (a blocking request; the engine waits in `submitFormWaiting`). */
  submitForm(_args?: unknown): never {
    throw new UnsupportedError(
      'Response.submitForm() was called from a callback that native code runs synchronously, where the built-in engine cannot wait',
    );
  }

  submitFormWaiting(args?: unknown): Promise<unknown> {
    const a = (args ?? {}) as {
      formSelector?: string;
      fields?: Record<string, unknown>;
      submitSelector?: string;
      submitSelectorAttr?: string;
      params?: unknown;
    };
    const selector = a.formSelector ?? 'form';
    const form = this.html().find(selector).first();
    if (form.size() === 0)
      throw new Error(`no form found for selector '${selector}' in response '${this.url}'`);
    const method = (form.attr('method') ?? 'GET').toUpperCase();
    const action = new URL(form.attr('action') ?? this.url, this.url).href;
    const fields: Record<string, unknown> = form.serializeObject();
    const submit = form.find(a.submitSelector ?? '[type="submit"]').first();
    const submitName = submit.attr('name');
    if (submitName) fields[submitName] = submit.attr(a.submitSelectorAttr ?? 'value') ?? '';
    Object.assign(fields, a.fields ?? {});
    if (method === 'GET') {
      const url = new URL(action);
      for (const [k, v] of Object.entries(fields)) url.searchParams.set(k, String(v));
      return this.host.request('GET', url.href, null, a.params);
    }
    return this.host.request(method, action, fields, a.params);
  }

  /** Follows a link of this page (a blocking request; the engine waits in `clickLinkWaiting`). */
  clickLink(_args?: unknown): never {
    throw new UnsupportedError(
      'Response.clickLink() was called from a callback that native code runs synchronously, where the built-in engine cannot wait',
    );
  }

  clickLinkWaiting(args?: unknown): Promise<unknown> {
    const a = (args ?? {}) as { selector?: string; params?: unknown };
    const selector = a.selector ?? 'a[href]';
    const href = this.html().find(selector).first().attr('href');
    if (href === undefined)
      throw new Error(`no element found for selector '${selector}' in response '${this.url}'`);
    return this.host.request('GET', new URL(href, this.url).href, null, a.params);
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
