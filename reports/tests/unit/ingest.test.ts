import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { Distribution } from '../../ingest/histogram.ts';
import { ingestSamples, SampleError, type SampleIngest } from '../../ingest/samples.ts';
import { parseSummary, SummaryError } from '../../ingest/summary.ts';
import { K6_FIXTURES } from '../support/run-folder.ts';

const SAMPLES = join(K6_FIXTURES, 'samples.ndjson');
/** `--summary-export` of the same k6 run as samples.ndjson (values flattened). */
const EXPORT = JSON.parse(readFileSync(join(K6_FIXTURES, 'summary-export.json'), 'utf8')) as {
  metrics: Record<string, Record<string, number>>;
};

let dir: string;
let single: SampleIngest;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loopgauge-ingest-'));
  single = await ingestSamples(SAMPLES);
});

function overall(ingest: SampleIngest): Distribution {
  const all = new Distribution();
  for (const route of ingest.routes.values()) all.add(route.duration);
  return all;
}

/** The stream split between two runners, as k6 execution segments would: each declares its metrics, points alternate. */
function split(): [string, string] {
  const a: string[] = [];
  const b: string[] = [];
  let n = 0;
  for (const line of readFileSync(SAMPLES, 'utf8').split('\n')) {
    if (line === '') continue;
    if (line.startsWith('{"type":"Metric"')) {
      a.push(line);
      b.push(line);
    } else {
      (n % 3 === 0 ? b : a).push(line);
      n += 1;
    }
  }
  const fa = join(dir, 'samples-0.ndjson');
  const fb = join(dir, 'samples-1.ndjson');
  writeFileSync(fa, `${a.join('\n')}\n`);
  writeFileSync(fb, `${b.join('\n')}\n`);
  return [fa, fb];
}

describe('ingest of k6 v1.3.0’s JSON-lines stream', () => {
  it('counts the requests k6 counted, by name tag', () => {
    expect(single.routes.get('~create-item')?.requests).toBe(160);
    expect(single.routes.get('~list-items')?.requests).toBe(60);
    expect(160 + 60).toBe(EXPORT.metrics.http_reqs?.count);
  });

  it('gives http_req_duration’s mean, min and max exactly, and its median within histogram precision', () => {
    const all = overall(single);
    const k6 = EXPORT.metrics.http_req_duration ?? {};
    expect(all.count).toBe(220);
    expect(all.sum / all.count).toBeCloseTo(k6.avg ?? Number.NaN, 9);
    expect(all.min).toBe(k6.min);
    expect(all.max).toBe(k6.max);
    // k6 interpolates between the two middle values; the histogram returns one of them (3 significant digits).
    expect(Math.abs((all.percentile(50) ?? 0) - (k6.med ?? 0)) / (k6.med ?? 1)).toBeLessThan(0.02);
    expect(
      Math.abs((all.percentile(90) ?? 0) - (k6['p(90)'] ?? 0)) / (k6['p(90)'] ?? 1),
    ).toBeLessThan(0.05);
  });

  it('buckets requests by the second they ended in', () => {
    let requests = 0;
    for (const second of single.seconds.values())
      for (const r of second.routes.values()) requests += r.requests;
    expect(requests).toBe(220);
    expect(single.seconds.size).toBe(4);
  });

  it('merges two runners’ streams into the single run: same counts and percentiles', async () => {
    const [a, b] = split();
    const merged = await ingestSamples(a);
    merged.add(await ingestSamples(b));
    for (const [key, route] of single.routes) {
      const other = merged.routes.get(key);
      expect(other?.requests).toBe(route.requests);
      const { mean, ...percentiles } = route.duration.summary() ?? { mean: Number.NaN };
      const { mean: mergedMean, ...mergedPercentiles } = other?.duration.summary() ?? { mean: 0 };
      expect(mergedPercentiles).toEqual(percentiles);
      // Sums taken in another order differ in the last bits only.
      expect(mergedMean).toBeCloseTo(mean, 12);
      expect(other?.statuses).toEqual(route.statuses);
    }
    for (const [at, second] of single.seconds) {
      for (const [key, r] of second.routes)
        expect(merged.seconds.get(at)?.routes.get(key)?.requests).toBe(r.requests);
    }
    expect(merged.points).toBe(single.points);
    expect(merged.firstMs).toBe(single.firstMs);
    expect(merged.lastMs).toBe(single.lastMs);
  });

  it('reads a gzipped stream (k6 --out json=FILE.gz)', async () => {
    const gz = join(dir, 'samples.ndjson.gz');
    writeFileSync(gz, gzipSync(readFileSync(SAMPLES)));
    const ingest = await ingestSamples(gz);
    expect(ingest.points).toBe(single.points);
    expect(overall(ingest).percentile(99)).toBe(overall(single).percentile(99));
    expect(overall(ingest).count).toBe(overall(single).count);
  });

  it('names the file and line of a broken line', async () => {
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(
      bad,
      `${readFileSync(SAMPLES, 'utf8').split('\n').slice(0, 5).join('\n')}\n{"metric":"http_reqs","type":"Point","data":{"time":\n`,
    );
    await expect(ingestSamples(bad)).rejects.toThrow(SampleError);
    await expect(ingestSamples(bad)).rejects.toThrow(`${bad}:6: not a JSON line`);
  });

  it('reads times with a zone offset as k6 may write them', async () => {
    const file = join(dir, 'offset.ndjson');
    const point = (time: string) =>
      `{"metric":"http_reqs","type":"Point","data":{"time":"${time}","value":1,"tags":{"name":"x","status":"200"}}}`;
    writeFileSync(
      file,
      `${point('2017-05-09T14:34:45.239531499+02:00')}\n${point('2017-05-09T12:34:46.5Z')}\n`,
    );
    const ingest = await ingestSamples(file);
    expect(ingest.firstMs).toBe(Date.parse('2017-05-09T12:34:45.239Z'));
    expect(ingest.lastMs - ingest.firstMs).toBeCloseTo(1_261, 0);
    expect(ingest.seconds.size).toBe(2);
  });
});

describe('summary', () => {
  it('reads k6 v1.3.0’s handleSummary data', () => {
    const data = JSON.parse(readFileSync(join(K6_FIXTURES, 'handle-summary-data.json'), 'utf8'));
    const facts = parseSummary(data, 'summary.json');
    expect(facts.httpReqs).toBe(219);
    expect(facts.durationMs).toBeCloseTo(4_002.39, 2);
    expect(facts.failedThresholds).toEqual([]);
  });

  it('lists failed thresholds and rejects other JSON', () => {
    const data = {
      state: { testRunDurationMs: 1 },
      metrics: {
        http_req_failed: { values: { rate: 0.5 }, thresholds: { 'rate<0.01': { ok: false } } },
      },
    };
    expect(parseSummary(data, 's').failedThresholds).toEqual(['http_req_failed: rate<0.01']);
    expect(() => parseSummary({ metrics: {} }, 'x.json')).toThrow(SummaryError);
  });
});
