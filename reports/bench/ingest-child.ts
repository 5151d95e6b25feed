/** The benchmark's measured process: ingests one sample stream, prints time and peak memory as JSON. */
import { ingestSamples } from '../ingest/samples.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: ingest-child.ts FILE');
const before = process.resourceUsage().maxRSS;
const started = performance.now();
const ingest = await ingestSamples(file);
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({
    ms,
    points: ingest.points,
    lines: ingest.lines,
    routes: ingest.routes.size,
    seconds: ingest.seconds.size,
    maxRssMb: process.resourceUsage().maxRSS / 1_024,
    rssBeforeMb: before / 1_024,
    heapUsedMb: process.memoryUsage().heapUsed / 1_048_576,
  })}\n`,
);
