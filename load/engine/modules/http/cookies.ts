/**
 * The VU's cookie jar (reset before each iteration, as in k6, unless
 * `noCookiesReset`): Set-Cookie parsing with domain, path, expiry and flags,
 * the Cookie header for a request, and k6's `http.cookieJar()` object.
 * https://grafana.com/docs/k6/latest/javascript-api/k6-http/cookiejar/
 */
import type { CookieEntry, CookieStore } from '../../vu-host.ts';
import type { ResponseCookie } from './response.ts';

function domainMatches(host: string, c: CookieEntry): boolean {
  if (c.hostOnly) return host === c.domain;
  return host === c.domain || host.endsWith(`.${c.domain}`);
}

function pathMatches(path: string, cookiePath: string): boolean {
  if (path === cookiePath) return true;
  if (!path.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || path[cookiePath.length] === '/';
}

/** The jar's cookies that go with a request to `url`. */
export function cookiesFor(store: CookieStore, url: URL, now = Date.now()): [string, string][] {
  const out: [string, string][] = [];
  if (store.size === 0) return out;
  const host = url.hostname;
  for (const jar of store.values()) {
    for (const [name, c] of jar) {
      if (c.expires !== 0 && c.expires <= now) {
        jar.delete(name);
        continue;
      }
      if (!domainMatches(host, c) || !pathMatches(url.pathname || '/', c.path)) continue;
      if (c.secure && url.protocol !== 'https:') continue;
      out.push([name, c.value]);
    }
  }
  return out;
}

/** The Cookie header: params.cookies (replacing jar cookies when asked) and the jar's cookies. */
export function cookieHeader(
  store: CookieStore,
  url: URL,
  extra: Record<string, unknown> | undefined,
): string | undefined {
  const parts: string[] = [];
  const replaced = new Set<string>();
  for (const [name, v] of Object.entries(extra ?? {})) {
    const obj =
      v !== null && typeof v === 'object'
        ? (v as { value?: unknown; replace?: unknown })
        : undefined;
    parts.push(`${name}=${obj ? String(obj.value ?? '') : String(v)}`);
    if (obj?.replace === true) replaced.add(name);
  }
  for (const [name, value] of cookiesFor(store, url)) {
    if (!replaced.has(name)) parts.push(`${name}=${value}`);
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}

function defaultPath(url: URL): string {
  const p = url.pathname;
  const cut = p.lastIndexOf('/');
  return cut <= 0 ? '/' : p.slice(0, cut);
}

export function setCookie(store: CookieStore, name: string, entry: CookieEntry): void {
  let jar = store.get(entry.domain);
  if (!jar) {
    jar = new Map();
    store.set(entry.domain, jar);
  }
  if (entry.expires !== 0 && entry.expires <= Date.now()) jar.delete(name);
  else jar.set(name, entry);
}

/** Stores a response's Set-Cookie headers; returns them as `Response.cookies`. */
export function storeCookies(
  store: CookieStore,
  url: URL,
  headers: readonly [string, string][],
): Record<string, ResponseCookie[]> {
  const received: Record<string, ResponseCookie[]> = {};
  for (const [k, v] of headers) {
    if (k.length !== 10 || k.toLowerCase() !== 'set-cookie') continue;
    const [pair = '', ...attrs] = v.split(';');
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const entry: CookieEntry = {
      value,
      domain: url.hostname,
      hostOnly: true,
      path: defaultPath(url),
      expires: 0,
      secure: false,
      httpOnly: false,
      sameSite: '',
    };
    let domainAttr = '';
    let maxAge = 0;
    for (const attr of attrs) {
      const at = attr.indexOf('=');
      const key = (at < 0 ? attr : attr.slice(0, at)).trim().toLowerCase();
      const val = at < 0 ? '' : attr.slice(at + 1).trim();
      if (key === 'path' && val.startsWith('/')) entry.path = val;
      else if (key === 'domain' && val) {
        domainAttr = val.replace(/^\./, '').toLowerCase();
      } else if (key === 'max-age' && /^-?\d+$/.test(val)) {
        maxAge = Number(val);
        entry.expires = maxAge <= 0 ? 1 : Date.now() + maxAge * 1000;
      } else if (key === 'expires' && maxAge === 0) entry.expires = Date.parse(val) || 0;
      else if (key === 'secure') entry.secure = true;
      else if (key === 'httponly') entry.httpOnly = true;
      else if (key === 'samesite') entry.sameSite = val;
    }
    if (
      domainAttr !== '' &&
      (url.hostname === domainAttr || url.hostname.endsWith(`.${domainAttr}`))
    ) {
      entry.domain = domainAttr;
      entry.hostOnly = false;
    }
    setCookie(store, name, entry);
    const list = received[name] ?? [];
    list.push({
      name,
      value,
      domain: domainAttr,
      path: entry.path,
      http_only: entry.httpOnly,
      secure: entry.secure,
      max_age: maxAge,
      expires: entry.expires > 1 ? entry.expires : 0,
    });
    received[name] = list;
  }
  return received;
}

const stores = new WeakMap<CookieJar, CookieStore>();

/** The cookies a CookieJar holds (for `params.jar`). */
export function jarStore(jar: CookieJar): CookieStore {
  return stores.get(jar) ?? new Map();
}

/** `http.cookieJar()` (the VU's jar) and `new http.CookieJar()` (a jar of its own). */
export class CookieJar {
  readonly #store: CookieStore;
  constructor(store: CookieStore = new Map()) {
    this.#store = store;
    stores.set(this, store);
  }

  cookiesForURL(url: unknown): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [name, value] of cookiesFor(this.#store, new URL(String(url)))) {
      const list = out[name] ?? [];
      list.push(value);
      out[name] = list;
    }
    return out;
  }

  set(url: unknown, name: unknown, value: unknown, options?: unknown): void {
    const target = new URL(String(url));
    const o = (options ?? {}) as {
      domain?: string;
      path?: string;
      expires?: string;
      max_age?: number;
      secure?: boolean;
      http_only?: boolean;
    };
    let expires = 0;
    if (typeof o.max_age === 'number') expires = o.max_age <= 0 ? 1 : Date.now() + o.max_age * 1000;
    else if (o.expires) expires = Date.parse(o.expires) || 0;
    setCookie(this.#store, String(name), {
      value: String(value),
      domain: (o.domain ?? target.hostname).replace(/^\./, ''),
      hostOnly: o.domain === undefined,
      path: o.path ?? '/',
      expires,
      secure: o.secure === true,
      httpOnly: o.http_only === true,
      sameSite: '',
    });
  }

  clear(url: unknown): void {
    const host = new URL(String(url)).hostname;
    for (const [domain, jar] of this.#store) {
      for (const [name, c] of jar) if (domainMatches(host, c)) jar.delete(name);
      if (jar.size === 0) this.#store.delete(domain);
    }
  }

  delete(url: unknown, name: unknown): void {
    const host = new URL(String(url)).hostname;
    for (const jar of this.#store.values()) {
      const c = jar.get(String(name));
      if (c && domainMatches(host, c)) jar.delete(String(name));
    }
  }
}
