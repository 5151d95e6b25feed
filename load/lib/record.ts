/**
 * Turns each response into the samples of the sample schema: the failure
 * layer of a failed request, cold vs warm, INIT time, DynamoDB units (the
 * totals, and the index's share when the backend reports it) and
 * dependency times from the telemetry headers. The metric objects are
 * created once per VU, in the init context, when a scenario imports this.
 */
import type { RefinedResponse, ResponseType } from 'k6/http';
import { Counter, Rate, Trend } from 'k6/metrics';
import { parseDynamoDbUsage, parseServerTiming, TELEMETRY_HEADERS } from '../../contracts/index.ts';
import { classifyFailure } from './classify.ts';
import { type Layer, SAMPLE_METRICS as M, SAMPLE_TAGS } from './samples.ts';

const trend = (metric: { name: string; contains: 'default' | 'time' }) =>
  new Trend(metric.name, metric.contains === 'time');

const failedRequests = new Counter(M.failedRequests.name);
const coldStarts = new Rate(M.coldStarts.name);
const coldDuration = trend(M.coldDuration);
const warmDuration = trend(M.warmDuration);
const initDuration = trend(M.initDuration);
const readUnits = trend(M.dynamodbReadUnits);
const writeUnits = trend(M.dynamodbWriteUnits);
const indexReadUnits = trend(M.dynamodbIndexReadUnits);
const indexWriteUnits = trend(M.dynamodbIndexWriteUnits);
const retries = new Counter(M.dynamodbRetries.name);
const dynamodbDuration = trend(M.dynamodbDuration);
const aiDuration = trend(M.aiDuration);
const handlerDuration = trend(M.handlerDuration);

export type Tags = Record<string, string>;

export interface Recorded {
  /** The layer that refused the request, when it failed. */
  layer: Layer | undefined;
  /** Whether the backend ran it in a new execution environment (`undefined` without telemetry). */
  cold: boolean | undefined;
}

/**
 * Records one response. `expected` lists the statuses the flow expected
 * (default: 2xx); any other status, or no response, is a failed request.
 */
export function record(
  response: RefinedResponse<ResponseType | undefined>,
  tags: Tags,
  expected?: readonly number[],
): Recorded {
  const status = response.status;
  const ok = expected ? expected.includes(status) : status >= 200 && status < 300;
  let layer: Layer | undefined;
  if (!ok) {
    layer =
      classifyFailure({ status, body: typeof response.body === 'string' ? response.body : null }) ??
      `backend:UNEXPECTED_${status}`;
    failedRequests.add(1, {
      ...tags,
      [SAMPLE_TAGS.layer]: layer,
      [SAMPLE_TAGS.status]: String(status),
    });
  }
  const headers = response.headers;
  const coldHeader = header(headers, TELEMETRY_HEADERS.coldStart);
  if (coldHeader === undefined) return { layer, cold: undefined };
  const cold = coldHeader === '1';
  coldStarts.add(cold, tags);
  (cold ? coldDuration : warmDuration).add(response.timings.duration, tags);
  const timings = parseServerTiming(header(headers, TELEMETRY_HEADERS.serverTiming));
  if (timings.init !== undefined) initDuration.add(timings.init, tags);
  if (timings.ddb !== undefined) dynamodbDuration.add(timings.ddb, tags);
  if (timings.ai !== undefined) aiDuration.add(timings.ai, tags);
  if (timings.app !== undefined) handlerDuration.add(timings.app, tags);
  const usage = parseDynamoDbUsage(header(headers, TELEMETRY_HEADERS.dynamodb));
  if (usage) {
    readUnits.add(usage.rcu, tags);
    writeUnits.add(usage.wcu, tags);
    if (usage.idxRcu !== undefined) indexReadUnits.add(usage.idxRcu, tags);
    if (usage.idxWcu !== undefined) indexWriteUnits.add(usage.idxWcu, tags);
    if (usage.retries > 0) retries.add(usage.retries, tags);
  }
  return { layer, cold };
}

/** k6 canonicalises header names (`X-Loopgauge-Cold-Start`); look them up case-insensitively. */
function header(headers: Record<string, string>, name: string): string | undefined {
  const direct = headers[name];
  if (direct !== undefined) return direct;
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === name) return headers[key];
  }
  return undefined;
}
