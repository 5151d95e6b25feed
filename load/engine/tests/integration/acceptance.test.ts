/**
 * The engine's command line running the acceptance script (every API and
 * executor the engine provides) against a local server.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, '..', '..', 'cli.ts');
const scripts = path.join(here, '..', 'fixtures', 'scripts');

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', cli, ...args],
      { timeout: 50_000, env: { ...process.env, NO_COLOR: '1' } },
      (err, stdout, stderr) => {
        const code = err ? ((err as { code?: number }).code ?? 1) : 0;
        resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr });
      },
    );
  });
}

describe('npm run k6 -- run acceptance.ts', () => {
  let server: TestServer;
  let dir: string;
  let main: CliRun;
  let withHandleSummary: CliRun;
  let aborted: CliRun;

  beforeAll(async () => {
    server = await startTestServer();
    dir = mkdtempSync(path.join(tmpdir(), 'k6-acceptance-'));
    [main, withHandleSummary, aborted] = await Promise.all([
      runCli([
        'run',
        '-e',
        `BASE=${server.url}`,
        '--tag',
        'suite=ci',
        '--summary-export',
        path.join(dir, 'export.json'),
        '--out',
        `json=${path.join(dir, 'samples.ndjson')}`,
        path.join(scripts, 'acceptance.ts'),
      ]),
      runCli([
        'run',
        '--quiet',
        '-e',
        `BASE=${server.url}`,
        '-e',
        `SUMMARY_JSON=${path.join(dir, 'handle-summary.json')}`,
        path.join(scripts, 'acceptance-summary.ts'),
      ]),
      runCli([
        'run',
        '-q',
        '-e',
        `BASE=${server.url}`,
        '-e',
        'ABORT_AT=2',
        path.join(scripts, 'acceptance.ts'),
      ]),
    ]);
  }, 60_000);

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs every executor and passes its thresholds', () => {
    // Assess
    expect(main.stderr).not.toMatch(/level=error/);
    expect(main.code).toBe(0);
    const samples = readFileSync(path.join(dir, 'samples.ndjson'), 'utf8');
    for (const scenario of ['shared', 'perVU', 'steady', 'ramp', 'constantRate', 'rampRate']) {
      expect(samples, scenario).toContain(`"scenario":"${scenario}"`);
    }
    expect(samples).toContain('"metric":"dropped_iterations"');
    expect(samples).toContain('"suite":"ci"');
    expect(samples).toContain('"group":"::browse"');
    expect(samples).toContain('"name":"list-chats"');
    expect(samples).toContain('"flow":"per-vu"');
    expect(samples).toContain('"user":"');
    expect(server.lastUserAgent).toBe('loopgauge-acceptance/1.0');
    expect(main.stderr).toMatch(
      /level=info msg="teardown: chat 01JCHAT00000000000000000AA, banner \d+ bytes" source=console/,
    );
  });

  it("prints k6's summary with thresholds, checks and every metric section", () => {
    // Assess
    for (const part of [
      '  █ THRESHOLDS \n',
      "    chat_roundtrip\n    ✓ 'p(99)<5000' p(99)=",
      '    http_req_duration{scenario:steady}\n',
      '  █ TOTAL RESULTS \n',
      '    ✓ timings add up\n',
      '\n    CUSTOM\n    chat_roundtrip....',
      '\n    HTTP\n    http_req_duration...',
      '\n    EXECUTION\n    dropped_iterations...',
      '\n    NETWORK\n    data_received...',
      '* rampRate: Up to 40.00 iterations/s for 1s over 1 stages (maxVUs: 1-2, exec: slow, gracefulStop: 1s)',
    ]) {
      expect(main.stdout).toContain(part);
    }
  });

  it('writes the --summary-export file', () => {
    // Prepare
    const exported = JSON.parse(readFileSync(path.join(dir, 'export.json'), 'utf8')) as {
      metrics: Record<string, Record<string, unknown>>;
      root_group: { groups: Record<string, unknown> };
      setup_data: unknown;
    };
    // Assess
    expect(exported.metrics.messages_sent).toMatchObject({
      count: expect.any(Number),
      thresholds: { 'count>0': false },
    });
    expect(exported.metrics.limited_ok).toMatchObject({
      passes: expect.any(Number),
      fails: 0,
      value: 1,
    });
    expect(exported.metrics.last_payload_bytes).toMatchObject({
      value: expect.any(Number),
      min: expect.any(Number),
    });
    expect(Object.keys(exported.metrics.chat_roundtrip ?? {})).toEqual([
      'avg',
      'min',
      'med',
      'max',
      'p(90)',
      'p(95)',
      'p(99)',
      'count',
      'thresholds',
    ]);
    expect(Object.keys(exported.root_group.groups)).toEqual(['browse']);
    expect(exported.setup_data).toMatchObject({ chatId: '01JCHAT00000000000000000AA' });
  });

  it('passes handleSummary the summary data, which replaces the default summary', () => {
    // Prepare
    const data = JSON.parse(readFileSync(path.join(dir, 'handle-summary.json'), 'utf8')) as {
      metrics: Record<string, { type: string; values: Record<string, number> }>;
      options: { summaryTrendStats: string[] };
    };
    // Assess
    expect(withHandleSummary.code).toBe(0);
    expect(withHandleSummary.stdout).toMatch(/handleSummary received \d+ metrics\n/);
    expect(withHandleSummary.stdout).not.toContain('TOTAL RESULTS');
    expect(data.metrics.http_req_failed?.type).toBe('rate');
    expect(data.options.summaryTrendStats).toContain('count');
  });

  it('ends with exit code 108 on exec.test.abort(), after teardown and the summary', () => {
    // Assess
    expect(aborted.code).toBe(108);
    expect(aborted.stderr).toContain('abort requested at iteration 2');
    expect(aborted.stderr).toMatch(/teardown: chat/);
    expect(aborted.stdout).toContain('TOTAL RESULTS');
  });
});
