import { type ChildProcess, spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as hdr from 'hdr-histogram-js';
import { Pool } from 'undici';
import { parseIntegerSetting } from '../config.ts';
import { latencyFor } from '../model.ts';
import { resolveProfile } from '../profiles.ts';

/**
 * `npm run bench:mock-provider` — drives the standalone server (in a child
 * process, so the load generator does not share its event loop) at fixed
 * arrival rates with the `fast` profile and prints, per rate: the achieved
 * send rate, the configured and measured latency percentiles, and the error
 * (measured − configured) at p50 and p99, both as the difference of the
 * percentiles and as percentiles of the per-request difference. Configured
 * latency is recomputed here with `latencyFor`, the same pure function the
 * server uses. Every phase is bounded in count and time.
 *
 * Flags: --rates 200,1000,2000  --seconds 5  --adapter routes|msw|express  --seed 42  --profile fast
 */

const USAGE =
  'usage: npm run bench:mock-provider -- [--rates 200,1000,2000] [--seconds 5] [--adapter routes|msw|express] [--seed 42] [--profile fast]';
const CONNECTIONS = 1024;
const REQUEST_TIMEOUT_MS = 10_000;
const DRAIN_LIMIT_MS = 15_000;
const WARMUP = { rate: 200, seconds: 1 };

function fail(message: string): never {
  process.stderr.write(`bench:mock-provider: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function options() {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      allowPositionals: false,
      options: {
        rates: { type: 'string', default: '200,1000,2000' },
        seconds: { type: 'string', default: '5' },
        adapter: { type: 'string', default: 'routes' },
        seed: { type: 'string', default: '42' },
        profile: { type: 'string', default: 'fast' },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  try {
    const rates = String(values.rates)
      .split(',')
      .map((rate) => parseIntegerSetting('--rates', rate, 1, 10_000));
    const seconds = parseIntegerSetting('--seconds', String(values.seconds), 1, 60);
    const seed = parseIntegerSetting('--seed', String(values.seed), 0, 2 ** 32 - 1);
    const adapter = String(values.adapter);
    if (adapter !== 'routes' && adapter !== 'msw' && adapter !== 'express') {
      fail('--adapter must be routes, msw or express');
    }
    const profile = resolveProfile(String(values.profile)).name;
    return { rates, seconds, seed, profile, adapter: adapter as Adapter };
  } catch (error) {
    fail((error as Error).message);
  }
}

type Adapter = 'routes' | 'msw' | 'express';

async function startServer(
  adapter: Adapter,
  seed: number,
  profile: string,
): Promise<{ url: string; child: ChildProcess }> {
  const script =
    adapter !== 'express'
      ? [
          fileURLToPath(new URL('../cli.ts', import.meta.url)),
          ...['--port', '0', '--profile', profile, '--seed', String(seed), '--resolution', adapter],
        ]
      : [fileURLToPath(new URL('./express-server.ts', import.meta.url)), profile, String(seed)];
  const child = spawn(process.execPath, ['--import', 'tsx', ...script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the server did not start within 20 s')),
      20_000,
    );
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(buffered);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code} before listening`));
    });
  });
  child.stdout?.resume();
  return { url, child };
}

interface PhaseResult {
  rate: number;
  /** Server CPU milliseconds per request during the phase. */
  serverCpuMsPerRequest: number;
  sent: number;
  ok: number;
  failed: number;
  sendSeconds: number;
  configured: hdr.Histogram;
  measured: hdr.Histogram;
  overhead: hdr.Histogram;
  early: number;
}

async function serverCpuMs(pool: Pool): Promise<number> {
  const response = await pool.request({ path: '/__mock/health', method: 'GET' });
  const health = (await response.body.json()) as { cpuMs: number };
  return health.cpuMs;
}

function histogram(): hdr.Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 120_000_000,
    numberOfSignificantValueDigits: 3,
  });
}

async function phase(
  pool: Pool,
  profileName: string,
  seed: number,
  rate: number,
  seconds: number,
  label: string,
): Promise<PhaseResult> {
  const profile = resolveProfile(profileName);
  const total = rate * seconds;
  const result: PhaseResult = {
    rate,
    serverCpuMsPerRequest: 0,
    sent: 0,
    ok: 0,
    failed: 0,
    sendSeconds: 0,
    configured: histogram(),
    measured: histogram(),
    overhead: histogram(),
    early: 0,
  };
  const inFlight = new Set<Promise<void>>();
  // Bodies and their configured latency are computed before the clock starts.
  const planned = Array.from({ length: total }, (_, i) => {
    const body = {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: `bench ${label} request ${i}: how many tokens today?` }],
    };
    return { text: JSON.stringify(body), configuredMs: latencyFor(seed, profile, body).totalMs };
  });
  const fire = (i: number) => {
    const { text, configuredMs } = planned[i] ?? { text: '', configuredMs: 0 };
    const started = performance.now();
    const request = pool
      .request({
        path: '/v1/chat/completions',
        method: 'POST',
        headers: { authorization: 'Bearer bench', 'content-type': 'application/json' },
        body: text,
        headersTimeout: REQUEST_TIMEOUT_MS,
        bodyTimeout: REQUEST_TIMEOUT_MS,
      })
      .then(async (response) => {
        await response.body.text();
        const measuredMs = performance.now() - started;
        if (response.statusCode !== 200) {
          result.failed += 1;
          return;
        }
        result.ok += 1;
        result.configured.recordValue(Math.max(1, Math.round(configuredMs * 1000)));
        result.measured.recordValue(Math.max(1, Math.round(measuredMs * 1000)));
        const overheadUs = Math.round((measuredMs - configuredMs) * 1000);
        if (overheadUs < 0) result.early += 1;
        result.overhead.recordValue(Math.max(1, overheadUs));
      })
      .catch(() => {
        result.failed += 1;
      });
    const tracked = request.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };
  const cpuBefore = await serverCpuMs(pool);
  const start = performance.now();
  await new Promise<void>((resolve) => {
    let next = 0;
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
      while (next < due) fire(next++);
      if (next >= total) {
        result.sendSeconds = (performance.now() - start) / 1000;
        result.sent = next;
        resolve();
      } else {
        setTimeout(tick, 1);
      }
    };
    tick();
  });
  const drained = Promise.all([...inFlight]);
  const limit = new Promise<void>((resolve) => setTimeout(resolve, DRAIN_LIMIT_MS).unref());
  await Promise.race([drained, limit]);
  result.serverCpuMsPerRequest = ((await serverCpuMs(pool)) - cpuBefore) / Math.max(1, result.sent);
  return result;
}

const ms = (us: number) => (us / 1000).toFixed(2);
/** The 1-minute load average: other work on the machine skews every figure. */
const load = () => loadavg()[0]?.toFixed(2) ?? '?';

function report(result: PhaseResult): string[] {
  const c50 = result.configured.getValueAtPercentile(50);
  const c99 = result.configured.getValueAtPercentile(99);
  const m50 = result.measured.getValueAtPercentile(50);
  const m99 = result.measured.getValueAtPercentile(99);
  return [
    `${result.rate} req/s target: sent ${result.sent} in ${result.sendSeconds.toFixed(2)} s = ${(result.sent / result.sendSeconds).toFixed(0)} req/s, ok ${result.ok}, failed ${result.failed}, server CPU ${(result.serverCpuMsPerRequest * 1000).toFixed(0)} µs/request`,
    `  configured p50 ${ms(c50)} ms  p99 ${ms(c99)} ms | measured p50 ${ms(m50)} ms  p99 ${ms(m99)} ms`,
    `  error (measured - configured): p50 ${ms(m50 - c50)} ms  p99 ${ms(m99 - c99)} ms | per request: p50 ${ms(result.overhead.getValueAtPercentile(50))} ms  p99 ${ms(result.overhead.getValueAtPercentile(99))} ms  max ${ms(result.overhead.maxValue)} ms${result.early ? `  (${result.early} early)` : ''}`,
  ];
}

async function main(): Promise<void> {
  const { rates, seconds, seed, profile, adapter } = options();
  const cpu = cpus();
  process.stdout.write(
    `mock-provider benchmark: profile ${profile}, seed ${seed}, adapter ${adapter}, ${seconds} s per rate\n` +
      `machine: ${cpu.length} cores, ${cpu[0]?.model ?? 'unknown CPU'}, node ${process.version}, load average ${load()}\n`,
  );
  const { url, child } = await startServer(adapter, seed, profile);
  const pool = new Pool(url, { connections: CONNECTIONS, pipelining: 1, keepAliveTimeout: 30_000 });
  try {
    await phase(pool, profile, seed, WARMUP.rate, WARMUP.seconds, 'warmup');
    for (const rate of rates) {
      const result = await phase(pool, profile, seed, rate, seconds, `r${rate}`);
      process.stdout.write(`${report(result).join('\n')}\n  load average ${load()}\n`);
    }
  } finally {
    await pool.destroy();
    child.kill('SIGTERM');
  }
}

await main();
