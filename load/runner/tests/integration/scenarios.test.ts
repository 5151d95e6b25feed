/**
 * Scenarios through the runner against a local stage it starts, with the
 * built-in engine: what CI runs of the load part. Each run ends in a run
 * folder that matches its schema and holds no tokens.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadRunResult, ScenarioName } from '#load';
import { STAGE_METRICS_SCHEMA } from '#targets';
import { runForTest } from '../support/run.ts';
import { folderFiles, readAuditFile, readRunFolder } from '../support/run-folder.ts';

let runsDir: string;
/** Its own workspace per test process, so parallel runs never share a bundle folder. */
const workDir = `.loopgauge/test-load-${process.pid}`;

beforeAll(async () => {
  runsDir = await mkdtemp(join(tmpdir(), 'loopgauge-runs-'));
});
afterAll(async () => {
  await rm(runsDir, { recursive: true, force: true });
  await rm(workDir, { recursive: true, force: true });
});

function run(scenario: ScenarioName, split = 1): Promise<LoadRunResult & { output: string }> {
  return runForTest({
    scenario,
    profile: 'quick',
    target: { kind: 'local' },
    split,
    runsDir,
    workDir,
  });
}

function expectSharedFolder(result: LoadRunResult): void {
  const record = readRunFolder(result.folder);
  const files = folderFiles(result.folder);
  expect([...files.keys()].sort()).toEqual([
    'audit.json',
    'run.json',
    'samples.ndjson',
    'stage-metrics.json',
    'summary.json',
  ]);
  expect(record.stageMetrics).toBe('stage-metrics.json');
  // Refused sends or not, no scenario loses, repeats or miscounts what it stored.
  expect(record.audit).toBe('audit.json');
  expect(readAuditFile(result.folder), result.folder).toMatchObject({ ok: true, findings: [] });
  expect(JSON.parse(files.get('stage-metrics.json') ?? '{}')).toMatchObject({
    schema: STAGE_METRICS_SCHEMA,
    window: record.window,
  });
  for (const [name, text] of files) {
    expect(text, name).not.toMatch(/"(accessToken|refreshToken)"\s*:|eyJ[\w-]+\.eyJ[\w-]+\./);
  }
  expect(record.engine.kind).toBe('builtin');
  expect(record.processes[0]?.exitCode).toBeOneOf([0, 99]);
  expect(record.window).not.toBeNull();
  // The tokens lived in the workspace only for the run.
  expect(existsSync(join(workDir, 'load', record.id))).toBe(false);
}

describe('load scenarios against the local stage', () => {
  it('smoke (quick): every route and documented error, checks green', async () => {
    const result = await run('smoke');
    expectSharedFolder(result);
    expect(result.exitCode, result.output).toBe(0);
    expect(result.record.criteria?.criteria).toEqual([
      expect.objectContaining({ name: 'every check passed', passed: true }),
      expect.objectContaining({ name: 'no request failed', passed: true }),
    ]);
    const summary = JSON.parse(readFileSync(join(result.folder, 'summary.json'), 'utf8')) as {
      metrics: Record<string, { values: Record<string, number> }>;
    };
    expect(summary.metrics.checks?.values.fails).toBe(0);
    // Latency is reported but does not gate against the local stage.
    expect(result.record.thresholds?.gating).toEqual([]);
  });

  it('cold-start (quick): bursts of 1, 2, 4 on fresh environments', async () => {
    const result = await run('cold-start');
    expectSharedFolder(result);
    expect(result.exitCode, result.output).toBe(0);
    const steps = result.record.criteria?.measurements.steps as Array<{
      concurrency: number;
      routes: Record<
        string,
        { requests: number; environmentsCreated: number; lambdaThrottles: number }
      >;
    }>;
    expect(steps.map((step) => step.concurrency)).toEqual([1, 2, 4]);
    for (const step of steps) {
      for (const route of Object.values(step.routes)) {
        expect(route.requests).toBe(step.concurrency);
        expect(route.lambdaThrottles).toBe(0);
      }
    }
    // The first burst found no environment on any route.
    for (const route of Object.values(steps[0]?.routes ?? {}))
      expect(route.environmentsCreated).toBe(1);
  });

  it('throttle (quick): Lambda then gateway; the gateway admits its route rate ±10 %', async () => {
    const result = await run('throttle');
    expectSharedFolder(result);
    expect(result.exitCode, result.output).toBe(0);
    const measured = result.record.criteria?.measurements as {
      routeRate: number;
      onsets: Array<{ layer: string }>;
      admitted: { rate: number; sentBeforeFirst429: number };
      burst: number;
    };
    expect(measured.onsets.map((onset) => onset.layer)).toEqual([
      'lambda_throttle',
      'gateway_throttle',
    ]);
    expect(Math.abs(measured.admitted.rate - measured.routeRate)).toBeLessThanOrEqual(
      0.1 * measured.routeRate,
    );
    expect(measured.admitted.sentBeforeFirst429).toBeGreaterThanOrEqual(measured.burst);
  });
});

describe('a run split into engine processes', () => {
  it('smoke (quick) in two execution segments: one summary and one stream each', async () => {
    const result = await run('smoke', 2);
    expect(result.exitCode, result.output).toBe(0);
    const record = readRunFolder(result.folder);
    expect(record.execution).toEqual({ mode: 'split', processes: 2 });
    expect(record.processes.map((p) => [p.executionSegment, p.summary, p.samples])).toEqual([
      ['0:1/2', 'summary-0.json', 'samples-0.ndjson'],
      ['1/2:1', 'summary-1.json', 'samples-1.ndjson'],
    ]);
    // 99: a latency threshold of the process failed, which only reports against the local stage.
    for (const p of record.processes) expect(p.exitCode).toBeOneOf([0, 99]);
    // Each process ran one of the two users' iterations.
    const iterations = record.processes.map(
      (p) =>
        (
          JSON.parse(readFileSync(join(result.folder, p.summary), 'utf8')) as {
            metrics: { iterations: { values: { count: number } } };
          }
        ).metrics.iterations.values.count,
    );
    expect(iterations).toEqual([1, 1]);
  });
});
