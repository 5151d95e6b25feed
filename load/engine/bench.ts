/**
 * `npm run bench:engine`: the engine's maximum request rate against a trivial
 * loopback server (in its own process), with 64 VUs running an async
 * k6-style script, and the engine's CPU time per request.
 * Settings: BENCH_VUS (64), BENCH_DURATION (10s).
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTest } from './run.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const vus = process.env.BENCH_VUS ?? '64';
const duration = process.env.BENCH_DURATION ?? '10s';

/** The trivial HTTP server runs in a child process, so its CPU is not counted as the engine's. */
async function startServer(): Promise<{ base: string; stop: () => void }> {
  const child = fork(path.join(here, 'bench', 'server.ts'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: ['--import', 'tsx'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve(Number(m)));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill() };
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

const server = await startServer();
try {
  let cpuStart = process.cpuUsage();
  let wallStart = performance.now();
  let cpu = process.cpuUsage();
  let wallMs = 0;
  const result = await runTest({
    scriptPath: path.join(here, 'bench', 'bench-script.k6.ts'),
    env: { BASE: server.base, VUS: vus, DURATION: duration },
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
  const metrics = result.summary?.metrics ?? {};
  const reqs = metrics.http_reqs?.values.count ?? 0;
  const rate = metrics.http_reqs?.values.rate ?? 0;
  const failed = metrics.http_req_failed?.values.rate ?? 0;
  const d = metrics.http_req_duration?.values ?? {};
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const lines = [
    `machine: ${os.cpus().length} cores, ${cpuModel()}, node ${process.version}`,
    `script: ${vus} VUs, ${duration}, one async GET per iteration against a loopback server`,
    `requests: ${reqs} in ${(wallMs / 1000).toFixed(1)} s (exit code ${result.exitCode}, ${(failed * 100).toFixed(2)}% failed)`,
    `max request rate: ${rate.toFixed(0)} req/s`,
    `engine CPU while the VUs ran: ${(cpuMs / 1000).toFixed(2)} s (${((cpuMs / wallMs) * 100).toFixed(0)}% of one core), ${((cpuMs * 1000) / Math.max(1, reqs)).toFixed(1)} µs per request`,
    `http_req_duration: avg ${(d.avg ?? 0).toFixed(3)} ms, med ${(d.med ?? 0).toFixed(3)} ms, p(95) ${(d['p(95)'] ?? 0).toFixed(3)} ms, p(99) ${(d['p(99)'] ?? 0).toFixed(3)} ms`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  server.stop();
}
