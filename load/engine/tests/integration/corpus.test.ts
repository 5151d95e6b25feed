/**
 * The corpus of blocking-style k6 scripts (fixtures/scripts/corpus), each run
 * unchanged against a local server; counts, checks and threshold verdicts
 * follow from k6's documented semantics and the executors' arithmetic.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../logger.ts';
import { type RunTestResult, runTest } from '../../run.ts';
import type { SummaryData, SummaryGroup } from '../../summary/data.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const corpus = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'scripts',
  'corpus',
);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

interface CorpusRun {
  result: RunTestResult;
  logs: string[];
  data: SummaryData;
}

async function run(script: string): Promise<CorpusRun> {
  const logs: string[] = [];
  const logger: Logger = { log: (level, msg) => logs.push(`${level}: ${msg}`) };
  const result = await runTest({
    scriptPath: path.join(corpus, script),
    env: { BASE: server.url },
    includeSystemEnv: false,
    quiet: true,
    stdout: () => {},
    logger,
  });
  expect(result.summary, logs.join('\n')).toBeDefined();
  return { result, logs, data: result.summary as SummaryData };
}

function checks(g: SummaryGroup): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const c of g.checks) out[c.name] = [c.passes, c.fails];
  for (const sub of g.groups) Object.assign(out, checks(sub));
  return out;
}

function count(data: SummaryData, metric: string): number | undefined {
  return data.metrics[metric]?.values.count;
}

describe('corpus of blocking-style scripts', () => {
  it('per-vu-iterations: 3 VUs × 4 iterations, with a group, a check and sleep', async () => {
    const { result, data, logs } = await run('per-vu-iterations.ts');
    expect(result.exitCode, logs.join('\n')).toBe(0);
    expect(count(data, 'iterations')).toBe(12);
    expect(count(data, 'http_reqs')).toBe(12);
    expect(checks(data.root_group)).toEqual({ 'two items': [12, 0] });
    expect(data.root_group.groups.map((g) => g.name)).toEqual(['list']);
    expect(data.metrics['http_reqs{group:::list}']?.thresholds).toEqual({
      'count==12': { ok: true },
    });
  });

  it('shared-iterations: 10 iterations among 4 VUs, thresholds pass', async () => {
    const { result, data } = await run('shared-iterations.ts');
    expect(result.exitCode).toBe(0);
    expect(count(data, 'iterations')).toBe(10);
    expect(checks(data.root_group)).toEqual({ created: [10, 0] });
    expect(data.metrics.http_reqs?.thresholds).toEqual({ 'count==10': { ok: true } });
  });

  it('constant-vus: custom metrics, and a failing threshold ends with 99', async () => {
    const { result, data } = await run('constant-vus.ts');
    expect(result.exitCode).toBe(99);
    expect(result.breached).toEqual(['page_size']);
    expect(data.metrics.pages?.thresholds).toEqual({ 'count>0': { ok: true } });
    expect(count(data, 'pages')).toBe(count(data, 'iterations'));
    expect(data.metrics.page_size?.values.avg).toBeGreaterThan(1);
  });

  it('ramping-vus: up to 3 VUs and back', async () => {
    const { result, data } = await run('ramping-vus.ts');
    expect(result.exitCode).toBe(0);
    expect(data.metrics.vus_max?.values.max).toBe(3);
    expect(count(data, 'iterations')).toBeGreaterThan(0);
  });

  it('arrival rates: the exact iteration counts of their rate curves, none dropped', async () => {
    const { result, data, logs } = await run('arrival-rates.ts');
    expect(result.exitCode, logs.join('\n')).toBe(0);
    expect(count(data, 'iterations{scenario:steady}')).toBe(20);
    // 0 → 20/s over 1 s (area 10), then 20/s for 475 ms (9.5 more): 19 starts
    expect(count(data, 'iterations{scenario:ramp}')).toBe(19);
  });

  it('http.batch, cookies, basic and digest auth', async () => {
    const { result, data, logs } = await run('batch-cookies-auth.ts');
    expect(result.exitCode, logs.join('\n')).toBe(0);
    const all = checks(data.root_group);
    for (const [name, [, fails]] of Object.entries(all)) expect(fails, name).toBe(0);
    expect(Object.keys(all)).toHaveLength(7);
    // 3 batched + 3 cookie + 1 basic + 2 digest (the 401 challenge, then the answer) per iteration
    expect(count(data, 'http_reqs')).toBe(18);
  });

  it('setup() data: a request in setup, marshalled as k6 does, shared with every VU and teardown', async () => {
    const { result, data, logs } = await run('setup-data.ts');
    expect(result.exitCode, logs.join('\n')).toBe(0);
    expect(Object.values(checks(data.root_group))).toEqual(Array(6).fill([4, 0]));
    expect(logs).toContain('info: teardown token t-5');
    expect(data.setup_data).toMatchObject({ alpha: { token: 't-5' }, missing: null });
  });

  it('res.html(), k6/html, submitForm() and clickLink()', async () => {
    const { result, data, logs } = await run('html-form.ts');
    expect(result.exitCode, logs.join('\n')).toBe(0);
    expect(Object.values(checks(data.root_group))).toEqual(Array(5).fill([1, 0]));
  });

  it('blocking calls inside helpers, methods, classes and array callbacks', async () => {
    const { result, data, logs } = await run('helpers-and-callbacks.ts');
    expect(result.exitCode, logs.join('\n')).toBe(0);
    expect(checks(data.root_group)).toEqual({ 'Rate.add returns true': [2, 0] });
    expect(data.metrics.helper_ok?.values).toMatchObject({ passes: 6, fails: 0 });
  });
});
