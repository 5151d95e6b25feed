/**
 * Scripts that never wait, spin or misuse the blocking API end within their
 * deadlines, and VUs are isolated. Each run is bounded by the test timeout;
 * nothing here measures time.
 */
import { describe, expect, it } from 'vitest';
import type { RunTestOptions } from '../../run.ts';
import type { SummaryGroup } from '../../summary/data.ts';
import { useHarness } from '../support/harness.ts';

const h = useHarness('k6-hang-');

function run(name: string, body: string, extra: Partial<RunTestOptions> = {}) {
  return h.run(h.write(name, body), extra);
}

/** Runaway tests stop script code after 300 ms of CPU instead of 2 s. */
const RUNAWAY = { sliceLimitMs: 300 };

const STEADY =
  "export const options = { scenarios: { s: { executor: 'constant-vus', vus: 2, duration: '500ms', gracefulStop: '0s' } } };";
const RAMP =
  "export const options = { stages: [{ duration: '300ms', target: 2 }, { duration: '300ms', target: 0 }] };";

describe('iterations that never wait end with their duration', () => {
  it('a plain function (constant-vus)', async () => {
    const { result } = await run('plain.js', `${STEADY}\nexport default function () {}\n`);
    expect(result.exitCode).toBe(0);
    expect(result.summary?.metrics.iterations?.values.count).toBeGreaterThan(0);
  });

  it('an async function without a real await (ramping-vus)', async () => {
    const { result } = await run(
      'async.js',
      `${RAMP}\nexport default async function () { await null; }\n`,
    );
    expect(result.exitCode).toBe(0);
    expect(result.summary?.metrics.iterations?.values.count).toBeGreaterThan(0);
  });

  it('an iteration that throws every time: counted and logged like k6, exit code 0', async () => {
    const { result, logs, fields } = await run(
      'throws.js',
      `${STEADY}\nexport default function () { throw new Error('boom'); }\n`,
    );
    expect(result.exitCode).toBe(0);
    expect(result.summary?.metrics.iterations?.values.count).toBeGreaterThan(0);
    const at = logs.findIndex((l) => l.startsWith('error: Error: boom'));
    expect(fields[at]).toMatchObject({ source: 'stacktrace', scenario: 's' });
  });

  it('blocking calls: http.get and sleep in every iteration', async () => {
    const { result } = await run(
      'blocking.js',
      `import http from 'k6/http';\nimport { sleep } from 'k6';\n${STEADY}\nexport default function () { http.get(__ENV.BASE + '/fast'); sleep(0.05); }\n`,
    );
    expect(result.exitCode).toBe(0);
    expect(result.summary?.metrics.http_reqs?.values.count).toBeGreaterThan(0);
  });

  it('an interrupt while iterations spin through the event loop ends with 105', async () => {
    const controller = new AbortController();
    const { result } = await run(
      'interrupt.js',
      "export const options = { vus: 2, duration: '10m' };\nexport default function () {}\n",
      { onProgress: () => controller.abort(), signal: controller.signal },
    );
    expect(result.exitCode).toBe(105);
  });
});

describe('runaway code is stopped and named', () => {
  it('a synchronous endless loop ends the run with 107, naming the VU and scenario', async () => {
    const { result, logs } = await run(
      'loop.js',
      `${STEADY}\nexport default function () { while (true) {} }\n`,
      RUNAWAY,
    );
    expect(result.exitCode).toBe(107);
    expect(logs.join('\n')).toMatch(
      /VU \d in scenario s: script code ran for more than 0\.3s without waiting/,
    );
  });

  it('an endless chain of resolved promises is stopped too', async () => {
    const { result, logs } = await run(
      'microtasks.js',
      `${STEADY}\nexport default async function () { for (;;) { try { await null; } catch (e) {} } }\n`,
      RUNAWAY,
    );
    expect(result.exitCode).toBe(107);
    expect(logs.join('\n')).toMatch(/a runaway loop/);
  });

  it('an endless loop in the init code fails loading with 107', async () => {
    const { result } = await run(
      'init-loop.js',
      'for (;;) {}\nexport default function () {}\n',
      RUNAWAY,
    );
    expect(result.exitCode).toBe(107);
  });
});

describe('what cannot wait is refused, never passed over', () => {
  it('a blocking call inside a sort comparator ends the run with 107, naming the call', async () => {
    const { result, logs } = await run(
      'sort.js',
      "import { sleep } from 'k6';\nexport default function () { [3, 1, 2].sort((a, b) => { sleep(0.01); return a - b; }); }\n",
    );
    expect(result.exitCode).toBe(107);
    expect(logs.join('\n')).toMatch(
      /sleep\(\) was called from a callback that native code runs synchronously/,
    );
  });

  it('a blocking call in a getter is refused at load time with its line', async () => {
    const { result, logs } = await run(
      'getter.js',
      "import http from 'k6/http';\nconst api = {\n  get items() { return http.get('http://127.0.0.1/'); },\n};\nexport default function () { api.items; }\n",
    );
    expect(result.exitCode).toBe(107);
    expect(logs.join('\n')).toMatch(
      /getter\.js:3:\d+: a call that may block \(http_default\.get\(\)\) is in a getter/,
    );
  });

  it('an unsupported module fails at load time with 107', async () => {
    const { result, logs } = await run(
      'ws.js',
      "import ws from 'k6/ws';\nexport default function () { ws.connect(); }\n",
    );
    expect(result.exitCode).toBe(107);
    expect(logs.join('\n')).toMatch(/module "k6\/ws" is not provided/);
  });
});

describe('VU isolation', () => {
  it('runs init code once per VU on fresh globals, with no Node globals', async () => {
    const { result, logs } = await run(
      'isolation.js',
      `import { check } from 'k6';
globalThis.counter = (globalThis.counter || 0) + 1;
Array.prototype.marked = (Array.prototype.marked || 0) + 1;
const initCounter = globalThis.counter;
export const options = { scenarios: { s: { executor: 'per-vu-iterations', vus: 3, iterations: 2 } } };
export default function () {
  check(null, {
    'init saw a fresh global object': () => initCounter === 1 && [].marked === 1,
    'no Node globals': () => [typeof process, typeof require, typeof Buffer, typeof fetch, typeof setImmediate, typeof global].every((t) => t === 'undefined'),
    "k6's globals": () => typeof __VU === 'number' && typeof __ENV === 'object' && typeof __ITER === 'number' && typeof console.log === 'function' && typeof setTimeout === 'function',
  });
}
`,
    );
    expect(result.exitCode, logs.join('\n')).toBe(0);
    const checks = (result.summary?.root_group as SummaryGroup | undefined)?.checks ?? [];
    expect(checks.map((c) => [c.name, c.passes, c.fails])).toEqual([
      ['init saw a fresh global object', 6, 0],
      ['no Node globals', 6, 0],
      ["k6's globals", 6, 0],
    ]);
  });
});
