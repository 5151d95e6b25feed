/**
 * `npm run bench:engine`: request rate, CPU per request and peak memory of
 * the engine, for the async API (`await http.asyncRequest`) and the blocking
 * API (`http.get`), at 64 and 1,000 VUs, against a trivial loopback server
 * in its own process. Two loads per case:
 * - rate: iterations back to back (the maximum request rate);
 * - paced: a request then a 100 ms pause (the memory comparison with k6).
 * Each case runs in a fresh engine process, so its peak RSS is its own.
 * The "arrival" case is constant-arrival-rate at 1,000 iterations/s with
 * 50 preallocated VUs (BENCH_ARRIVAL=0 leaves it out): dropped iterations
 * and p(99) show whether iterations start on time.
 * Settings: BENCH_DURATION (8s), BENCH_VUS ("64,1000"), BENCH_CASES
 * ("async-rate,blocking-rate,async-paced,blocking-paced").
 * BENCH_NODE_FLAGS passes V8/Node flags to the engine processes (e.g.
 * "--max-semi-space-size=2") to compare memory settings.
 * Run through bench-run.js, which bundles the engine so it runs on plain Node.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTest } from './run.ts';
import { COMPILE_WORKER } from './script/bundle.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const duration = process.env.BENCH_DURATION ?? '8s';

interface CaseResult {
  reqs: number;
  dropped: number;
  p99: number;
  wallMs: number;
  cpuMs: number;
  failed: number;
  maxRssMiB: number;
  p95: number;
  exitCode: number;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  } catch {
    return os.cpus()[0]?.model ?? 'unknown';
  }
}

/** Runs one case in this process (the child side) and reports it to the parent. */
async function runCase(api: string, vus: string, pause: string, base: string): Promise<void> {
  let cpuStart = process.cpuUsage();
  let wallStart = performance.now();
  let cpu = process.cpuUsage();
  let wallMs = 0;
  const script =
    api === 'async'
      ? 'bench-script.k6.ts'
      : api === 'arrival'
        ? 'bench-arrival.k6.ts'
        : 'bench-blocking.k6.ts';
  const result = await runTest({
    scriptPath: path.join(here, 'bench', script),
    env: { BASE: base, VUS: vus, DURATION: duration, PAUSE: pause },
    includeSystemEnv: false,
    quiet: true,
    stdout: () => {},
    onScenarios: (phase) => {
      if (phase === 'start') {
        cpuStart = process.cpuUsage();
        wallStart = performance.now();
      } else {
        cpu = process.cpuUsage(cpuStart);
        wallMs = performance.now() - wallStart;
      }
    },
  });
  const m = result.summary?.metrics ?? {};
  const report: CaseResult = {
    reqs: m.http_reqs?.values.count ?? 0,
    dropped: m.dropped_iterations?.values.count ?? 0,
    p99: m.http_req_duration?.values['p(99)'] ?? 0,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    failed: m.http_req_failed?.values.rate ?? 0,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    p95: m.http_req_duration?.values['p(95)'] ?? 0,
    exitCode: result.exitCode,
  };
  process.send?.(report);
}

function child(bundle: string, args: string[]): Promise<unknown> {
  const execArgv = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const proc = fork(bundle, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv });
  return new Promise((resolve, reject) => {
    proc.once('message', resolve);
    proc.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

/** The benchmark; `bundle` is this file bundled (bench-run.js), which each case runs in a child. */
export async function benchmark(bundle: string): Promise<void> {
  const server = fork(path.join(here, 'bench', 'server.ts'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: ['--import', 'tsx'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('message', (m) => resolve(Number(m)));
    server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const vusList = (process.env.BENCH_VUS ?? '64,1000').split(',');
  const cases = (
    process.env.BENCH_CASES ?? 'async-rate,blocking-rate,async-paced,blocking-paced'
  ).split(',');
  process.stdout.write(
    `machine: ${os.cpus().length} cores, ${cpuModel()}, node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  process.stdout.write(
    `each case: ${duration} of one GET + one check per iteration against a loopback server\n\n`,
  );
  process.stdout.write(
    'case            VUs    requests    req/s   CPU µs/req   peak RSS   p(95) ms  failed\n',
  );
  try {
    for (const c of cases) {
      const [api = 'async', load = 'rate'] = c.split('-');
      for (const vus of vusList) {
        const r = (await child(bundle, [
          '--case',
          api,
          vus,
          load === 'paced' ? '0.1' : '0',
          base,
          compileWorker(),
        ])) as CaseResult;
        const rate = r.reqs / (r.wallMs / 1000);
        process.stdout.write(
          `${c.padEnd(15)} ${vus.padStart(5)} ${String(r.reqs).padStart(10)} ${rate.toFixed(0).padStart(8)} ${((r.cpuMs * 1000) / Math.max(1, r.reqs)).toFixed(1).padStart(12)} ${`${r.maxRssMiB.toFixed(0)} MiB`.padStart(10)} ${r.p95.toFixed(2).padStart(10)} ${`${(r.failed * 100).toFixed(2)}%`.padStart(7)}${r.exitCode === 0 ? '' : `  (exit ${r.exitCode})`}\n`,
        );
      }
    }
    if (process.env.BENCH_ARRIVAL !== '0') {
      const r = (await child(bundle, [
        '--case',
        'arrival',
        '50',
        '0',
        base,
        compileWorker(),
      ])) as CaseResult;
      process.stdout.write(
        `\narrival-rate 1,000/s with 50 preallocated VUs: ${r.reqs} requests, ${r.dropped} dropped iterations, p(95) ${r.p95.toFixed(2)} ms, p(99) ${r.p99.toFixed(2)} ms, peak RSS ${r.maxRssMiB.toFixed(0)} MiB\n`,
      );
    }
  } finally {
    server.kill();
  }
}

/** The bundled compile worker the launcher registered (children get it on their command line). */
function compileWorker(): string {
  return String((globalThis as Record<symbol, unknown>)[COMPILE_WORKER] ?? '');
}

const at = process.argv.indexOf('--case');
if (at >= 0) {
  const [api = 'async', vus = '64', pause = '0', base = '', worker = ''] = process.argv.slice(
    at + 1,
  );
  if (worker) (globalThis as Record<symbol, unknown>)[COMPILE_WORKER] = worker;
  await runCase(api, vus, pause, base);
  process.exit(0);
}
