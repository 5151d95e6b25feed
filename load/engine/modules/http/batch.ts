/**
 * `http.batch()`: requests given as URLs, `[method, url, body, params]`
 * arrays or `{ method, url, body, params }` objects, in an array or an
 * object; sent in parallel, at most `batch` at a time and `batchPerHost` per
 * host (k6's defaults 20 and 6); the responses come back in the same shape.
 * https://grafana.com/docs/k6/latest/javascript-api/k6-http/batch/
 */
import type { Response } from './response.ts';

export interface BatchItem {
  method: unknown;
  url: unknown;
  body: unknown;
  params: unknown;
}

function item(req: unknown): BatchItem {
  if (
    typeof req === 'string' ||
    (req !== null && typeof req === 'object' && 'name' in req && 'url' in req && !('method' in req))
  ) {
    return { method: 'GET', url: req, body: null, params: undefined };
  }
  if (Array.isArray(req)) {
    const [method, url, body, params] = req as unknown[];
    return { method: method ?? 'GET', url, body, params };
  }
  if (req !== null && typeof req === 'object') {
    const r = req as Record<string, unknown>;
    return { method: r.method ?? 'GET', url: r.url, body: r.body ?? null, params: r.params };
  }
  throw new TypeError(`http.batch(): invalid request ${JSON.stringify(req)}`);
}

function hostOf(url: unknown): string {
  try {
    return new URL(String(url)).host;
  } catch {
    return '';
  }
}

/** Runs `send` for every request with k6's two concurrency limits. */
export async function batch(
  requests: unknown,
  limits: { batch: number; batchPerHost: number },
  send: (r: BatchItem) => Promise<Response>,
): Promise<Response[] | Record<string, Response>> {
  if (requests === null || typeof requests !== 'object') {
    throw new TypeError('http.batch() expects an array or an object of requests');
  }
  const keys = Array.isArray(requests) ? requests.map((_, i) => i) : Object.keys(requests);
  const items = keys.map((k) => item((requests as Record<string | number, unknown>)[k]));
  const results: Response[] = new Array(items.length);
  const max = limits.batch > 0 ? limits.batch : Number.POSITIVE_INFINITY;
  const perHost = limits.batchPerHost > 0 ? limits.batchPerHost : Number.POSITIVE_INFINITY;
  const running = new Map<string, number>();
  let active = 0;
  const pending = new Set<number>(items.map((_, i) => i));
  await new Promise<void>((resolve, reject) => {
    const pump = () => {
      if (pending.size === 0 && active === 0) {
        resolve();
        return;
      }
      for (const i of [...pending]) {
        if (active >= max) break;
        const host = hostOf((items[i] as BatchItem).url);
        if ((running.get(host) ?? 0) >= perHost) continue;
        pending.delete(i);
        active++;
        running.set(host, (running.get(host) ?? 0) + 1);
        send(items[i] as BatchItem).then((res) => {
          results[i] = res;
          active--;
          running.set(host, (running.get(host) ?? 1) - 1);
          pump();
        }, reject);
      }
    };
    pump();
  });
  if (Array.isArray(requests)) return results;
  return Object.fromEntries(keys.map((k, i) => [k, results[i] as Response]));
}
