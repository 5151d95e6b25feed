/**
 * `k6/http`: the blocking calls (get, post, …, request, batch), asyncRequest,
 * expectedStatuses, setResponseCallback, url, cookieJar and CookieJar.
 * https://grafana.com/docs/k6/latest/javascript-api/k6-http/
 */
import { UnsupportedError } from '../errors.ts';
import type { VUHost } from '../vu-host.ts';
import { batch } from './http/batch.ts';
import { CookieJar } from './http/cookies.ts';
import { HttpClient, HttpURL, ResponseCallback } from './http/request.ts';
import { Response } from './http/response.ts';
import { guarded } from './util.ts';

/** How http.url`…` names a request: each interpolation becomes "${}". */
const URL_PLACEHOLDER = '$' + '{}';

const TLS_AND_OCSP = {
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

function expectedStatuses(...args: unknown[]): ResponseCallback {
  const ranges = args.map((a) => {
    if (typeof a === 'number' && Number.isInteger(a)) return { min: a, max: a };
    const r = a as { min?: unknown; max?: unknown } | null;
    if (r !== null && typeof r === 'object' && Number.isInteger(r.min) && Number.isInteger(r.max)) {
      return { min: r.min as number, max: r.max as number };
    }
    throw new TypeError(
      `expectedStatuses(): ${JSON.stringify(a)} is neither a status code nor { min, max }`,
    );
  });
  return new ResponseCallback(ranges);
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

function unsupported(name: string): () => never {
  return () => {
    throw new UnsupportedError(`http.${name}() is not supported by the built-in engine`);
  };
}

export function createHttpModule(vu: VUHost): Record<string, unknown> {
  const client = new HttpClient(vu);
  const rt = vu.runtime;
  const request = (method: unknown, target: unknown, body: unknown, params: unknown) =>
    client.request(method, target, body, params);
  /** The form scripts hold: outside a place where the VU can wait, the call is refused. */
  const refusing = (name: string) => (): never => {
    if (vu.inInit) throw new Error('Making http requests in the init context is not supported');
    return vu.refuse(
      `http.${name}() was called from a callback that native code runs synchronously (for example Array.prototype.sort), where the built-in engine cannot wait`,
    );
  };
  const blocking = (name: string, run: (...args: unknown[]) => Promise<unknown>) =>
    rt.blocking(refusing(name), run);

  rt.blocking(Response.prototype.submitForm as never, function (this: Response, args: unknown) {
    return this.submitFormWaiting(args);
  });
  rt.blocking(Response.prototype.clickLink as never, function (this: Response, args: unknown) {
    return this.clickLinkWaiting(args);
  });

  const api: Record<string, unknown> = {
    get: blocking('get', (u, params) => request('GET', u, null, params)),
    head: blocking('head', (u, params) => request('HEAD', u, null, params)),
    options: blocking('options', (u, body, params) => request('OPTIONS', u, body, params)),
    del: blocking('del', (u, body, params) => request('DELETE', u, body, params)),
    patch: blocking('patch', (u, body, params) => request('PATCH', u, body, params)),
    post: blocking('post', (u, body, params) => request('POST', u, body, params)),
    put: blocking('put', (u, body, params) => request('PUT', u, body, params)),
    request: blocking('request', (m, u, body, params) => request(m, u, body, params)),
    batch: blocking('batch', (requests) => {
      if (vu.inInit) throw new Error('Making http requests in the init context is not supported');
      const o = vu.ctx.options;
      return batch(requests, { batch: o.batch, batchPerHost: o.batchPerHost }, (r) =>
        client.request(r.method, r.url, r.body, r.params),
      );
    }),
    asyncRequest: request,
    expectedStatuses,
    setResponseCallback(cb: unknown): void {
      if (cb !== null && !(cb instanceof ResponseCallback)) {
        throw new TypeError(
          'setResponseCallback() only accepts the result of http.expectedStatuses() or null',
        );
      }
      vu.responseCallback = cb;
    },
    url,
    cookieJar: () => new CookieJar(vu.cookies),
    CookieJar,
    file: unsupported('file'),
    FileData: unsupported('FileData'),
    ...TLS_AND_OCSP,
  };
  return { ...api, default: guarded('k6/http', api) };
}
