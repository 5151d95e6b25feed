/**
 * The capacity model against a real throttle run: the load runner drives
 * the throttle scenario against a local stage it starts (built-in engine),
 * and the report of that run folder must name the layer that refused
 * first, at about the rate that got past it, and write all three outputs.
 * (The README records the figures of such runs; the bound here leaves room
 * for a busy CI machine.)
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from '#load';
import { buildReport, REPORT_FILES, writeReport } from '../../report.ts';
import type { Report } from '../../report-schema.ts';

let runsDir: string;
/** Its own workspace per test process, so parallel runs never share a bundle folder. */
const workDir = `.loopgauge/test-report-${process.pid}`;
let folder: string;
let report: Report;

beforeAll(async () => {
  runsDir = await mkdtemp(join(tmpdir(), 'loopgauge-report-runs-'));
  let output = '';
  const result = await runLoad({
    scenario: 'throttle',
    profile: 'quick',
    target: { kind: 'local' },
    engine: 'builtin',
    keepData: false,
    split: 1,
    realProvider: false,
    runsDir,
    workDir,
    write: { stdout: (text) => (output += text), stderr: (text) => (output += text) },
  });
  expect(result.exitCode, output).toBe(0);
  folder = result.folder;
  report = await buildReport({ folders: [folder] });
}, 120_000);

afterAll(async () => {
  await rm(runsDir, { recursive: true, force: true });
  await rm(workDir, { recursive: true, force: true });
});

describe('a throttle run of the local stage', () => {
  it('is predicted by the model: the first layer to refuse, and about the rate it admits', () => {
    const check = report.runs[0]?.modelCheck;
    expect(check?.predicted).toMatchObject({
      limit: 'lambda.reserved.send_message',
      layer: 'lambda_throttle',
    });
    expect(check?.observed).toMatchObject({
      layer: 'lambda_throttle',
      route: 'POST /chats/{chatId}/messages',
    });
    expect(check?.layerMatches).toBe(true);
    expect(check?.deviation).toBeLessThan(0.25);
  });

  it('reads the stage metrics the runner collected', () => {
    const send = report.runs[0]?.routes.find((r) => r.function === 'send_message');
    expect(send?.lambdaReports?.invocations).toBeGreaterThan(0);
    expect(send?.lambdaReports?.coldStarts).toBeGreaterThan(0);
    expect(report.runs[0]?.layers.map((l) => l.layer).sort()).toEqual([
      'gateway_throttle',
      'lambda_throttle',
    ]);
  });

  it('writes index.html, report.md and report.json into the run folder', async () => {
    await writeReport(report, folder);
    for (const file of Object.values(REPORT_FILES))
      expect(existsSync(join(folder, file))).toBe(true);
  });
});
