/**
 * `npm run bench:load`: every scenario at the quick profile against a local
 * stage the runner starts, with the built-in engine, one after the other;
 * prints each run's wall time (from the command to its run folder) and
 * outcome. Goal: each within 40 s on a 2-core machine.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCENARIO_NAMES } from '../lib/scenarios.ts';
import { runLoad } from './run.ts';

const runsDir = await mkdtemp(join(tmpdir(), 'loopgauge-bench-load-'));
const rows: string[] = [];
try {
  for (const scenario of SCENARIO_NAMES) {
    const started = performance.now();
    const result = await runLoad({
      scenario,
      profile: 'quick',
      target: { kind: 'local' },
      engine: 'builtin',
      keepData: false,
      split: 1,
      realProvider: false,
      runsDir,
      write: { stdout: () => undefined, stderr: () => undefined },
    });
    const seconds = (performance.now() - started) / 1_000;
    const summary = JSON.parse(await readFile(join(result.folder, 'summary.json'), 'utf8')) as {
      metrics: { http_reqs?: { values: { count: number } } };
    };
    const requests = summary.metrics.http_reqs?.values.count ?? 0;
    rows.push(
      `| ${scenario.padEnd(17)} | ${seconds.toFixed(1).padStart(5)} s | exit ${result.exitCode} | ${requests} requests |`,
    );
    process.stdout.write(`${rows.at(-1)}\n`);
    for (const criterion of result.record.criteria?.criteria ?? []) {
      if (!criterion.passed) process.stdout.write(`    ✗ ${criterion.name}: ${criterion.detail}\n`);
    }
  }
} finally {
  await rm(runsDir, { recursive: true, force: true });
}
process.stdout.write(
  `\n${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}\n`,
);
