/**
 * `--out json=FILE`: k6's JSON-lines sample stream. A metric's "Metric" line
 * comes just before its first "Point"; tags are written with sorted keys and
 * times in RFC 3339 with nanoseconds, as k6 (Go) writes them.
 * https://grafana.com/docs/k6/latest/results-output/real-time/json/
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import type { Metric, SampleOutput, Tags } from './metrics.ts';
import type { ThresholdSet } from './thresholds.ts';

/** Go's RFC3339Nano: fraction with trailing zeros removed, "Z" for UTC. */
export function formatRfc3339Nano(epochNs: bigint): string {
  const seconds = epochNs / 1_000_000_000n;
  const frac = Number(epochNs - seconds * 1_000_000_000n);
  const base = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  if (frac === 0) return `${base}Z`;
  return `${base}.${String(frac).padStart(9, '0').replace(/0+$/, '')}Z`;
}

export function metricDeclaration(m: Metric, set: ThresholdSet | undefined): string {
  const thresholds = (set?.of(m)?.thresholds ?? []).map((t) =>
    t.config.abortOnFail
      ? { threshold: t.source, abortOnFail: true, delayAbortEval: t.config.delayAbortEvalText }
      : t.source,
  );
  const submetrics =
    m.submetrics.length === 0
      ? null
      : m.submetrics.map((s) => ({ name: s.name, suffix: s.suffix, tags: s.filter }));
  return JSON.stringify({
    type: 'Metric',
    data: { name: m.name, type: m.type, contains: m.contains, thresholds, submetrics },
    metric: m.name,
  });
}

export class JsonOutput implements SampleOutput {
  readonly #stream: WriteStream;
  readonly #sink: NodeJS.WritableStream;
  readonly #declared = new Set<Metric>();
  readonly #tagCache = new WeakMap<Tags, string>();
  #buffer: string[] = [];
  #buffered = 0;
  #lastSecond = -1n;
  #lastPrefix = '';

  constructor(
    readonly file: string,
    private readonly epochNs: (monotonicMs: number) => bigint,
    private readonly thresholds?: ThresholdSet,
  ) {
    this.#stream = createWriteStream(file);
    if (file.endsWith('.gz')) {
      const gz = createGzip();
      gz.pipe(this.#stream);
      this.#sink = gz;
    } else {
      this.#sink = this.#stream;
    }
  }

  #time(timeMs: number): string {
    const ns = this.epochNs(timeMs);
    const sec = ns / 1_000_000_000n;
    if (sec !== this.#lastSecond) {
      this.#lastSecond = sec;
      this.#lastPrefix = new Date(Number(sec) * 1000).toISOString().slice(0, 19);
    }
    const frac = Number(ns - sec * 1_000_000_000n);
    if (frac === 0) return `${this.#lastPrefix}Z`;
    return `${this.#lastPrefix}.${String(frac).padStart(9, '0').replace(/0+$/, '')}Z`;
  }

  #tags(tags: Tags): string {
    let s = this.#tagCache.get(tags);
    if (s === undefined) {
      const sorted: Record<string, string> = {};
      for (const k of Object.keys(tags).sort()) sorted[k] = tags[k] as string;
      s = JSON.stringify(sorted);
      this.#tagCache.set(tags, s);
    }
    return s;
  }

  sample(metric: Metric, value: number, tags: Tags, timeMs: number): void {
    if (!this.#declared.has(metric)) {
      this.#declared.add(metric);
      this.#push(metricDeclaration(metric, this.thresholds));
    }
    const v = Number.isFinite(value) ? JSON.stringify(value) : 'null';
    this.#push(
      `{"metric":${JSON.stringify(metric.name)},"type":"Point","data":{"time":"${this.#time(timeMs)}","value":${v},"tags":${this.#tags(tags)}}}`,
    );
  }

  #push(line: string): void {
    this.#buffer.push(line);
    this.#buffered += line.length;
    if (this.#buffered > 64 * 1024) this.flush();
  }

  flush(): void {
    if (this.#buffer.length === 0) return;
    this.#sink.write(`${this.#buffer.join('\n')}\n`);
    this.#buffer = [];
    this.#buffered = 0;
  }

  close(): Promise<void> {
    this.flush();
    return new Promise((resolve, reject) => {
      this.#stream.once('finish', resolve);
      this.#stream.once('error', reject);
      this.#sink.end();
    });
  }
}
