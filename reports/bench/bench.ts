/**
 * `npm run bench:report`: ingest speed and memory on a 1,000,000-sample
 * stream. Writes a synthetic run of three routes (the loopgauge sample
 * schema, k6's JSON-lines format) to a temporary file, then ingests it in a
 * fresh Node process and prints the time and that process's peak RSS.
 * Goal: ≤ 7 s (≥ 150,000 samples/s) and ≤ 256 MB on a 2-core machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type SyntheticRun, writeSyntheticRun } from './synthetic.ts';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 1_000_000);

function run(seconds: number): SyntheticRun {
  const route = (name: string, rate: number, aiMs: number, writeUnits: number) => ({
    route: name,
    offered: () => rate,
    gatewayRate: 120,
    burst: 60,
    concurrency: Number.POSITIVE_INFINITY,
    handlerMs: 12,
    aiMs,
    initMs: 300,
    coldShare: 0.01,
    readUnits: 1.5,
    writeUnits,
    // GET /chats reads the index only; a send's writes update it.
    indexReadUnits: name === 'GET /chats' ? 1.5 : 0,
    indexWriteUnits: writeUnits > 0 ? 2 : 0,
  });
  return {
    startMs: Date.parse('2026-11-27T14:40:00Z'),
    seconds,
    routes: [
      route('GET /chats', 100, 0, 0),
      route('GET /chats/{chatId}', 100, 0, 0),
      // Offered above its gateway rate: some throttled requests, as in a real run.
      route('POST /chats/{chatId}/messages', 130, 400, 5),
    ],
  };
}

const dir = await mkdtemp(join(tmpdir(), 'loopgauge-bench-report-'));
try {
  const perSecond = (await writeSyntheticRun(run(10), null)).points / 10;
  const seconds = Math.ceil((SAMPLES / perSecond) * 1.05);
  const file = join(dir, 'samples.ndjson');
  const written = await writeSyntheticRun({ ...run(seconds), maxPoints: SAMPLES }, file);
  const size = (await stat(file)).size;
  const child = fileURLToPath(new URL('./ingest-child.ts', import.meta.url));
  const output = execFileSync(process.execPath, ['--import', 'tsx', child, file], {
    encoding: 'utf8',
  });
  const result = JSON.parse(output) as {
    ms: number;
    points: number;
    maxRssMb: number;
    rssBeforeMb: number;
    heapUsedMb: number;
    seconds: number;
  };
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  process.stdout.write(`loopgauge report ingest benchmark
  machine      ${cpus().length} cores, ${cpu}, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}
  stream       ${written.points.toLocaleString('en-US')} samples (${(size / 1_048_576).toFixed(0)} MB, ${result.seconds} s of 3 routes)
  ingest       ${(result.ms / 1_000).toFixed(2)} s — ${Math.round(result.points / (result.ms / 1_000)).toLocaleString('en-US')} samples/s (goal ≤ 7 s, ≥ 150,000 samples/s)
  peak memory  ${result.maxRssMb.toFixed(0)} MB RSS (${result.rssBeforeMb.toFixed(0)} MB of it before the ingest: Node and tsx), heap in use at the end ${result.heapUsedMb.toFixed(0)} MB (goal ≤ 256 MB)
`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
