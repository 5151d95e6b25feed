/**
 * Folds k6's JSON-lines sample stream (`--out json`) into per-route
 * distributions, counts by layer and 1-second buckets, one line at a time.
 * Lines of metrics the report does not use are skipped before they are
 * parsed. Two ingests (the runners of one distributed run, each with its
 * own k6 execution segment) merge into the ingest of the joined stream:
 * counts add, histograms add, buckets line up on the wall clock.
 *
 * Format: https://grafana.com/docs/k6/latest/results-output/real-time/json/
 * (`{"type":"Point","metric":…,"data":{"time":…,"value":…,"tags":{…}}}`).
 */

import { SAMPLE_METRICS, SAMPLE_TAGS } from '#load';
import { Distribution } from './histogram.ts';
import { forEachLine } from './lines.ts';

/** A sum with its count and largest value (DynamoDB units per request). */
export class Tally {
  count = 0;
  sum = 0;
  max = 0;
  record(value: number): void {
    this.count += 1;
    this.sum += value;
    if (value > this.max) this.max = value;
  }
  add(other: Tally): void {
    this.count += other.count;
    this.sum += other.sum;
    this.max = Math.max(this.max, other.max);
  }
  mean(): number | null {
    return this.count === 0 ? null : this.sum / this.count;
  }
}

function addCounts<K>(into: Map<K, number>, from: Map<K, number>): void {
  for (const [key, n] of from) into.set(key, (into.get(key) ?? 0) + n);
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Everything one route's samples say over the whole run. */
export class RouteSamples {
  requests = 0;
  /** `http_req_failed` samples with value 1 (k6's own notion of failed). */
  failed = 0;
  statuses = new Map<string, number>();
  /** `failed_requests` by `layer` tag. */
  failures = new Map<string, number>();
  duration = new Distribution();
  cold = new Distribution();
  warm = new Distribution();
  init = new Distribution();
  handler = new Distribution();
  ai = new Distribution();
  dynamodb = new Distribution();
  coldStarts = 0;
  /** Backend responses that said whether they were cold (`cold_starts` samples). */
  coldStartSamples = 0;
  /** DynamoDB units per response: totals (table and index)… */
  readUnits = new Tally();
  writeUnits = new Tally();
  /** …and the index's share, from responses that reported it (sample schema 2). */
  indexReadUnits = new Tally();
  indexWriteUnits = new Tally();
  dynamodbRetries = 0;

  add(other: RouteSamples): void {
    this.requests += other.requests;
    this.failed += other.failed;
    addCounts(this.statuses, other.statuses);
    addCounts(this.failures, other.failures);
    for (const key of DISTRIBUTIONS) this[key].add(other[key]);
    this.coldStarts += other.coldStarts;
    this.coldStartSamples += other.coldStartSamples;
    this.readUnits.add(other.readUnits);
    this.writeUnits.add(other.writeUnits);
    this.indexReadUnits.add(other.indexReadUnits);
    this.indexWriteUnits.add(other.indexWriteUnits);
    this.dynamodbRetries += other.dynamodbRetries;
  }
}

const DISTRIBUTIONS = ['duration', 'cold', 'warm', 'init', 'handler', 'ai', 'dynamodb'] as const;

/** One route in one second (by the sample's time: when the request ended). */
export class RouteSecond {
  requests = 0;
  failed = 0;
  failures = new Map<string, number>();
  duration = new Distribution(2);
  /** Sum of request durations: divided by 1,000 ms it is the mean number in flight. */
  durationSumMs = 0;
  /** Sum of handler durations (INIT excluded) and INIT durations: time environments were busy. */
  busySumMs = 0;

  add(other: RouteSecond): void {
    this.requests += other.requests;
    this.failed += other.failed;
    addCounts(this.failures, other.failures);
    this.duration.add(other.duration);
    this.durationSumMs += other.durationSumMs;
    this.busySumMs += other.busySumMs;
  }
}

export class Second {
  routes = new Map<string, RouteSecond>();
  droppedIterations = 0;
  iterations = 0;
  /** The largest `vus` gauge value seen in the second (summed across runners on merge). */
  vus = 0;

  route(key: string): RouteSecond {
    let route = this.routes.get(key);
    if (!route) {
      route = new RouteSecond();
      this.routes.set(key, route);
    }
    return route;
  }

  add(other: Second): void {
    for (const [key, route] of other.routes) this.route(key).add(route);
    this.droppedIterations += other.droppedIterations;
    this.iterations += other.iterations;
    this.vus += other.vus;
  }
}

interface Point {
  metric?: string;
  type?: string;
  data?: { time?: string; value?: number | null; tags?: Record<string, string> | null };
}

/** Prefix of every Point line k6 and the built-in engine write. */
const POINT_PREFIX = '{"metric":"';

const M = SAMPLE_METRICS;
type Handler = (
  s: SampleIngest,
  route: RouteSamples,
  value: number,
  tags: Record<string, string>,
  second: Second,
  routeKey: string,
) => void;

/** What each used metric does with a sample; every other metric is skipped unparsed. */
const HANDLERS: Record<string, Handler> = {
  http_reqs: (_s, route, value, tags, second, key) => {
    route.requests += value;
    bump(route.statuses, tags.status ?? '0', value);
    second.route(key).requests += value;
  },
  http_req_failed: (_s, route, value, _tags, second, key) => {
    if (value !== 0) {
      route.failed += 1;
      second.route(key).failed += 1;
    }
  },
  http_req_duration: (_s, route, value, _tags, second, key) => {
    route.duration.record(value);
    const bucket = second.route(key);
    bucket.duration.record(value);
    bucket.durationSumMs += value;
  },
  [M.failedRequests.name]: (_s, route, value, tags, second, key) => {
    const layer = tags[SAMPLE_TAGS.layer] ?? 'unknown';
    bump(route.failures, layer, value);
    bump(second.route(key).failures, layer, value);
  },
  [M.coldStarts.name]: (_s, route, value) => {
    route.coldStartSamples += 1;
    if (value !== 0) route.coldStarts += 1;
  },
  [M.coldDuration.name]: (_s, route, value) => route.cold.record(value),
  [M.warmDuration.name]: (_s, route, value) => route.warm.record(value),
  [M.initDuration.name]: (_s, route, value, _tags, second, key) => {
    route.init.record(value);
    second.route(key).busySumMs += value;
  },
  [M.handlerDuration.name]: (_s, route, value, _tags, second, key) => {
    route.handler.record(value);
    second.route(key).busySumMs += value;
  },
  [M.aiDuration.name]: (_s, route, value) => route.ai.record(value),
  [M.dynamodbDuration.name]: (_s, route, value) => route.dynamodb.record(value),
  [M.dynamodbReadUnits.name]: (_s, route, value) => route.readUnits.record(value),
  [M.dynamodbWriteUnits.name]: (_s, route, value) => route.writeUnits.record(value),
  [M.dynamodbIndexReadUnits.name]: (_s, route, value) => route.indexReadUnits.record(value),
  [M.dynamodbIndexWriteUnits.name]: (_s, route, value) => route.indexWriteUnits.record(value),
  [M.dynamodbRetries.name]: (_s, route, value) => {
    route.dynamodbRetries += value;
  },
};

/** Metrics without a route: the executors' own. */
const RUN_HANDLERS: Record<string, (second: Second, value: number) => void> = {
  dropped_iterations: (second, value) => {
    second.droppedIterations += value;
  },
  iterations: (second, value) => {
    second.iterations += value;
  },
  vus: (second, value) => {
    if (value > second.vus) second.vus = value;
  },
};

export class SampleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SampleError';
  }
}

/** The route a sample belongs to: the `route` tag, else k6's `name` tag (`~` marks the fallback). */
function routeKey(tags: Record<string, string>): string | undefined {
  const route = tags[SAMPLE_TAGS.route];
  if (route) return route;
  const name = tags.name ?? tags.url;
  return name ? `~${name}` : undefined;
}

export class SampleIngest {
  readonly routes = new Map<string, RouteSamples>();
  readonly seconds = new Map<number, Second>();
  /** Point lines read and used. */
  points = 0;
  lines = 0;
  /** Earliest and latest sample time (ms since the epoch). */
  firstMs = Number.POSITIVE_INFINITY;
  lastMs = Number.NEGATIVE_INFINITY;
  #timePrefix = '';
  #timeSecond = 0;

  route(key: string): RouteSamples {
    let route = this.routes.get(key);
    if (!route) {
      route = new RouteSamples();
      this.routes.set(key, route);
    }
    return route;
  }

  second(epochSecond: number): Second {
    let second = this.seconds.get(epochSecond);
    if (!second) {
      second = new Second();
      this.seconds.set(epochSecond, second);
    }
    return second;
  }

  /** Milliseconds since the epoch of an RFC 3339 time; whole seconds are parsed once per second. */
  #timeMs(time: string): number {
    if (time.length >= 20 && time.endsWith('Z') && time.charCodeAt(19) !== 43) {
      const prefix = time.slice(0, 19);
      if (prefix !== this.#timePrefix) {
        const ms = Date.parse(`${prefix}Z`);
        if (Number.isNaN(ms)) return Number.NaN;
        this.#timePrefix = prefix;
        this.#timeSecond = ms;
      }
      const fraction =
        time.length > 21 ? Number(`0${time.slice(19, Math.min(23, time.length - 1))}`) : 0;
      return this.#timeSecond + fraction * 1_000;
    }
    return Date.parse(time);
  }

  /** Takes one line of the stream; `where` names it in errors. */
  line(text: string, where: () => string): void {
    this.lines += 1;
    if (!text.startsWith(POINT_PREFIX)) {
      if (text.trim() === '' || text.startsWith('{"type":"Metric"')) return;
      this.#parse(text, where);
      return;
    }
    const end = text.indexOf('"', POINT_PREFIX.length);
    const name = text.slice(POINT_PREFIX.length, end);
    if (!(name in HANDLERS) && !(name in RUN_HANDLERS)) return;
    this.#point(this.#parse(text, where), where);
  }

  #parse(text: string, where: () => string): Point {
    try {
      return JSON.parse(text) as Point;
    } catch {
      throw new SampleError(`${where()}: not a JSON line of k6's --out json stream`);
    }
  }

  #point(point: Point, where: () => string): void {
    if (point.type !== 'Point') return;
    const name = point.metric ?? '';
    const data = point.data;
    const value = data?.value;
    if (typeof data?.time !== 'string' || typeof value !== 'number') {
      if (value === null) return;
      throw new SampleError(`${where()}: a Point without a time or a numeric value`);
    }
    const ms = this.#timeMs(data.time);
    if (Number.isNaN(ms)) throw new SampleError(`${where()}: unreadable time "${data.time}"`);
    if (ms < this.firstMs) this.firstMs = ms;
    if (ms > this.lastMs) this.lastMs = ms;
    this.points += 1;
    const second = this.second(Math.floor(ms / 1_000));
    const runHandler = RUN_HANDLERS[name];
    if (runHandler) {
      runHandler(second, value);
      return;
    }
    const tags = data.tags ?? {};
    const key = routeKey(tags);
    const handler = HANDLERS[name];
    if (key === undefined || !handler) return;
    handler(this, this.route(key), value, tags, second, key);
  }

  /** Adds another ingest (another runner of the same run) to this one. */
  add(other: SampleIngest): void {
    for (const [key, route] of other.routes) this.route(key).add(route);
    for (const [at, second] of other.seconds) this.second(at).add(second);
    this.points += other.points;
    this.lines += other.lines;
    this.firstMs = Math.min(this.firstMs, other.firstMs);
    this.lastMs = Math.max(this.lastMs, other.lastMs);
  }
}

export async function ingestSamples(
  file: string,
  into = new SampleIngest(),
): Promise<SampleIngest> {
  let line = 0;
  await forEachLine(file, (text) => {
    line += 1;
    into.line(text, () => `${file}:${line}`);
  });
  return into;
}
