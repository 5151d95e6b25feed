/**
 * Reads a run's JSON-lines sample streams (k6 `--out json`, one per engine
 * process) into what the pass criteria need: one record per request (when
 * it reached the stage, how long it took, its tags, the layer that refused
 * it) and the telemetry samples of the sample schema.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { SAMPLE_METRICS, SAMPLE_TAGS } from '../lib/samples.ts';

export interface RequestRecord {
  /** When the request was sent (ms since the epoch): the sample time less its duration. */
  start: number;
  /** When its response ended. */
  end: number;
  durationMs: number;
  route: string;
  status: number;
  tags: Record<string, string>;
  /** The layer that refused it (joined from `failed_requests` for sends), if known. */
  layer?: string;
}

export interface FailureRecord {
  time: number;
  layer: string;
  route: string;
  tags: Record<string, string>;
}

export interface ValueRecord {
  time: number;
  value: number;
  tags: Record<string, string>;
}

export interface SampleDigest {
  requests: RequestRecord[];
  failures: FailureRecord[];
  /** Custom metrics of the sample schema, by metric name. */
  values: Map<string, ValueRecord[]>;
}

interface Point {
  metric: string;
  type: string;
  data: { time: string; value: number; tags?: Record<string, string> | null };
}

const WANTED = new Set<string>([
  'http_req_duration',
  ...Object.values(SAMPLE_METRICS).map((metric) => metric.name),
]);

export async function readSamples(files: readonly string[]): Promise<SampleDigest> {
  const digest: SampleDigest = { requests: [], failures: [], values: new Map() };
  for (const file of files) await readFile(file, digest);
  digest.requests.sort((a, b) => a.start - b.start);
  digest.failures.sort((a, b) => a.time - b.time);
  // A send's failure carries its message id: the request it belongs to.
  const layers = new Map<string, string>();
  for (const failure of digest.failures) {
    const message = failure.tags[SAMPLE_TAGS.message];
    if (message !== undefined) layers.set(message, failure.layer);
  }
  for (const request of digest.requests) {
    const message = request.tags[SAMPLE_TAGS.message];
    const layer = message === undefined ? undefined : layers.get(message);
    if (layer !== undefined) request.layer = layer;
  }
  return digest;
}

async function readFile(file: string, digest: SampleDigest): Promise<void> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.includes('"Point"')) continue;
    const metric = /"metric":"([^"]+)"/.exec(line)?.[1];
    if (metric === undefined || !WANTED.has(metric)) continue;
    const point = JSON.parse(line) as Point;
    const time = Date.parse(point.data.time);
    const tags = point.data.tags ?? {};
    const value = point.data.value;
    if (metric === 'http_req_duration') {
      digest.requests.push({
        start: time - value,
        end: time,
        durationMs: value,
        route: tags[SAMPLE_TAGS.route] ?? tags.name ?? '',
        status: Number(tags.status ?? 0),
        tags,
      });
    } else if (metric === SAMPLE_METRICS.failedRequests.name) {
      digest.failures.push({
        time,
        layer: tags[SAMPLE_TAGS.layer] ?? 'unknown',
        route: tags[SAMPLE_TAGS.route] ?? '',
        tags,
      });
    } else {
      const list = digest.values.get(metric) ?? [];
      list.push({ time, value, tags });
      digest.values.set(metric, list);
    }
  }
}
