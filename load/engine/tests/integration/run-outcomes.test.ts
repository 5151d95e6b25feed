/**
 * Exit codes, abortOnFail, HTTP details and loud failures, each through a
 * real run against a local server.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runScript } from '../../index.ts';
import type { RunProgress } from '../../run.ts';
import type { SummaryGroup } from '../../summary/data.ts';
import { useHarness } from '../support/harness.ts';

const h = useHarness('k6-outcomes-');
const run = h.run;
const writeScript = h.write;

function failedChecks(g: SummaryGroup): string[] {
  return [
    ...g.checks.filter((c) => c.fails > 0 || c.passes === 0).map((c) => c.name),
    ...g.groups.flatMap(failedChecks),
  ];
}

describe('exit codes', () => {
  it('is 99 when a threshold fails, with the summary marking it', async () => {
    // Act
    const { result, stdout, logs } = await run('thresholds-fail.ts');
    // Assess
    expect(result.exitCode).toBe(99);
    expect(result.breached).toEqual(['http_req_duration']);
    expect(stdout).toContain("    http_req_duration\n    ✗ 'max<0' max=");
    expect(stdout).toContain("      {name:health}\n      ✓ 'avg<60000' avg=");
    expect(logs).toContain("error: thresholds on metrics 'http_req_duration' have been crossed");
  });

  it('stops the run at the first evaluation of a failing abortOnFail threshold (exit code 99)', async () => {
    // Act
    const { result, logs } = await run('abort-on-fail.ts');
    // Assess
    expect(result.exitCode).toBe(99);
    // The script runs 30 s unless the threshold aborts it.
    expect(result.summary?.state.testRunDurationMs).toBeLessThan(20_000);
    expect(result.summary?.metrics.http_req_failed?.thresholds).toEqual({
      'rate<0.01': { ok: false },
    });
    expect(logs.join('\n')).toContain(
      'at least one has abortOnFail enabled, stopping test prematurely',
    );
  });

  it('is 104 for invalid options and 107 for a script that cannot load, with one clear message', async () => {
    // Prepare
    const badOptions = writeScript(
      'bad-options.js',
      "export const options = { scenarios: { s: { executor: 'constant-vus', vus: 1 } } };\nexport default function () {}\n",
    );
    const badImport = writeScript(
      'bad-import.js',
      "import ws from 'k6/ws';\nexport default function () { ws; }\n",
    );
    // Act
    const a = await run(badOptions);
    const b = await run(badImport);
    // Assess
    expect(a.result.exitCode).toBe(104);
    expect(a.logs).toEqual(['error: scenarios.s.duration is required']);
    expect(b.result.exitCode).toBe(107);
    expect(b.logs[0]).toMatch(/module "k6\/ws" is not provided by the built-in engine/);
  });
});

describe('lifecycle', () => {
  it('is 100 when setup() runs past setupTimeout', async () => {
    // Prepare
    const script = writeScript(
      'slow-setup.js',
      "export const options = { setupTimeout: '200ms' };\nexport async function setup() { await new Promise((r) => setTimeout(r, 5000)); }\nexport default function () {}\n",
    );
    // Act
    const { result, logs } = await run(script);
    // Assess
    expect(result.exitCode).toBe(100);
    expect(logs.join('\n')).toContain('setup() execution timed out after 0.2 seconds');
  });

  it('stops on an interrupt signal, still runs teardown and the summary, and exits with 105', async () => {
    // Prepare
    const script = writeScript(
      'long.js',
      "export const options = { vus: 2, duration: '30s' };\nexport default async function () { await new Promise((r) => setTimeout(r, 50)); }\nexport function teardown() { console.log('teardown ran'); }\n",
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 500);
    // Act
    const { result, logs, stdout } = await run(script, { signal: controller.signal });
    // Assess
    expect(result.exitCode).toBe(105);
    expect(logs).toContain('info: teardown ran');
    expect(stdout).toContain('TOTAL RESULTS');
    // The script runs 30 s unless the signal stops it.
    expect(result.summary?.state.testRunDurationMs).toBeLessThan(20_000);
  });
});

describe('HTTP', () => {
  it('measures timings, reports errors with k6 codes and runs blocking calls', async () => {
    // Prepare
    const samples = path.join(h.dir, 'http.ndjson');
    // Act
    const { result } = await run('http-behaviour.ts', { jsonOut: samples });
    // Assess
    expect(result.exitCode).toBe(0);
    expect(failedChecks(result.summary?.root_group as SummaryGroup)).toEqual([]);
    const points = readFileSync(samples, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{"metric"'))
      .map(
        (l) =>
          JSON.parse(l) as {
            metric: string;
            data: { value: number; tags: Record<string, string> };
          },
      );
    const refused = points.find((p) => p.metric === 'http_reqs' && p.data.tags.status === '0');
    expect(refused?.data.tags).toMatchObject({
      error: 'dial: connection refused',
      error_code: '1212',
      expected_response: 'false',
    });
    const limited = points.find(
      (p) => p.metric === 'http_req_failed' && p.data.tags.name === 'limited',
    );
    expect(limited?.data).toMatchObject({
      value: 0,
      tags: { expected_response: 'true', status: '429' },
    });
    const connecting = points.find(
      (p) => p.metric === 'http_req_connecting' && p.data.tags.name === 'slow',
    );
    const blocked = points.find(
      (p) => p.metric === 'http_req_blocked' && p.data.tags.name === 'slow',
    );
    expect(connecting?.data.value).toBeGreaterThan(0);
    expect(blocked?.data.value).toBeGreaterThanOrEqual(
      connecting?.data.value ?? Number.POSITIVE_INFINITY,
    );
    const sent = points.find((p) => p.metric === 'data_sent');
    expect(sent?.data.value).toBeGreaterThan(6 * 40);
  });
});

describe('init context', () => {
  it('gives each VU its own module state, __VU and __ITER, and SharedArray data to all', async () => {
    // Prepare
    const data = writeScript('numbers.json', '[1, 2, 3]');
    const script = writeScript(
      'isolation.js',
      `import { check } from 'k6';
import { SharedArray } from 'k6/data';
import exec from 'k6/execution';
const numbers = new SharedArray('numbers', () => JSON.parse(open('./${path.basename(data)}')));
let calls = 0;
const initVU = __VU;
export const options = { scenarios: { s: { executor: 'per-vu-iterations', vus: 3, iterations: 4 } } };
export default function () {
  calls++;
  check(null, {
    'module state is per VU': () => calls === __ITER + 1,
    'init code saw the VU id': () => initVU === exec.vu.idInTest && __VU === initVU,
    'shared data is read-only': () => { try { numbers.push(4); return false; } catch { return numbers.length === 3; } },
  });
}
`,
    );
    // Act
    const { result } = await run(script);
    // Assess
    expect(result.exitCode).toBe(0);
    const checks = result.summary?.root_group.checks ?? [];
    expect(checks.map((c) => [c.name, c.passes, c.fails])).toEqual([
      ['module state is per VU', 12, 0],
      ['init code saw the VU id', 12, 0],
      ['shared data is read-only', 12, 0],
    ]);
  });

  it('refuses open() outside the init context and async group callbacks, naming them', async () => {
    // Prepare
    const script = writeScript(
      'misuse.js',
      `import { group } from 'k6';
export default async function () {
  try { open('x.txt'); } catch (e) { console.log(String(e.message)); }
  try { group('g', async () => {}); } catch (e) { console.log(String(e.message)); }
}
`,
    );
    // Act
    const { logs } = await run(script);
    // Assess
    expect(logs).toContainEqual(
      expect.stringContaining('info: The "open()" function is only available in the init stage'),
    );
    expect(logs).toContainEqual(
      expect.stringContaining('group() does not support async functions as arguments'),
    );
  });
});

describe('runScript() from index.ts', () => {
  it("takes k6 run's options, reports progress and returns the exit code and output files", async () => {
    // Prepare
    const progress: RunProgress[] = [];
    const summaryExport = path.join(h.dir, 'entry-summary.json');
    const jsonOut = path.join(h.dir, 'entry-samples.ndjson');
    const script = writeScript(
      'entry.js',
      "import http from 'k6/http';\nexport default function () { http.get(__ENV.BASE + '/fast'); }\n",
    );
    // Act
    const run = await runScript(script, {
      env: { BASE: h.server.url },
      includeSystemEnv: false,
      vus: 2,
      iterations: 5,
      tags: { run: 'entry' },
      summaryExport,
      jsonOut,
      quiet: true,
      stdout: () => {},
      onProgress: (p) => progress.push(p),
    });
    // Assess
    expect(run.exitCode).toBe(EXIT.ok);
    expect(run.summaryExport).toBe(summaryExport);
    expect(run.jsonOut).toBe(jsonOut);
    expect(run.summary?.metrics.iterations?.values.count).toBe(5);
    expect(readFileSync(jsonOut, 'utf8')).toContain('"run":"entry"');
    expect(JSON.parse(readFileSync(summaryExport, 'utf8')).metrics.http_reqs.count).toBe(5);
    expect(progress.at(-1)).toMatchObject({
      iterationsCompleted: 5,
      scenarios: [{ name: 'default', finished: true }],
    });
  });
});
