/**
 * The main job as a user runs it: `loopgauge run` on a local stage with the
 * tiny profile (every default scenario, seconds each), then what it leaves:
 * the session folder with one audited run folder per scenario, the report
 * in its three forms and the verdict.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '#reports';
import { DEFAULT_SCENARIOS } from '#session';

const workDir = `.loopgauge/test-e2e-${process.pid}`;
let out: string;
let result: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  out = join(await mkdtemp(join(tmpdir(), 'loopgauge-e2e-')), 'session');
  result = await new Promise((done) => {
    execFile(
      process.execPath,
      ['cli/bin.js', 'run', '--profile', 'tiny', '--out', out, '--work-dir', workDir],
      { timeout: 540_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}, 600_000);

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
  if (out) await rm(join(out, '..'), { recursive: true, force: true });
});

const read = (file: string) => readFile(join(out, file), 'utf8');

describe('loopgauge run', () => {
  it('ends with a verdict whose exit code says the same', async () => {
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const verdict = await read('verdict.md');
    const head = /^# loopgauge verdict: (PASS|FAIL) — the local stage/.exec(verdict)?.[1];
    expect(head, verdict).toBeDefined();
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(head === 'PASS' ? 0 : 1);
    const session = JSON.parse(await read('session.json'));
    expect(session.exitCode).toBe(result.code);
    expect(result.stdout).toContain(`session folder: ${out}`);
    expect(result.stdout).toMatch(/\n(PASS|FAIL) — the local stage/);
  });

  it('leaves one audited run folder per scenario', async () => {
    const folders = (await readdir(out, { withFileTypes: true })).filter((e) => e.isDirectory());
    expect(folders.map((f) => f.name.replace(/^\d{8}T\d{6}Z-/, '')).sort()).toEqual(
      [...DEFAULT_SCENARIOS].sort(),
    );
    for (const folder of folders) {
      const run = JSON.parse(await read(join(folder.name, 'run.json')));
      expect(run.audit, folder.name).toBe('audit.json');
      const audit = JSON.parse(await read(join(folder.name, 'audit.json')));
      expect(typeof audit.ok).toBe('boolean');
    }
  });

  it('writes the report with the first bottleneck, and the verdict names it with the audit', async () => {
    for (const file of [
      'index.html',
      'report.md',
      'report.json',
      'contracts.json',
      'session.log',
    ]) {
      expect((await stat(join(out, file))).size, file).toBeGreaterThan(0);
    }
    const report = JSON.parse(await read('report.json')) as Report;
    expect(report.runs).toHaveLength(DEFAULT_SCENARIOS.length);
    const first = report.capacity.limits.find((l) => l.id === report.capacity.firstBottleneck);
    expect(first, 'a first bottleneck').toBeDefined();
    const verdict = await read('verdict.md');
    expect(verdict).toContain(`| first bottleneck | ${first?.label}`);
    expect(verdict).toMatch(/\| audit \| [✓✗] \d+ sends in 5 runs checked/);
    expect(verdict).toMatch(/\| contracts \| [✓✗] \d+ of \d+ interactions verified/);
    expect(await read('report.md')).toContain(first?.label);
  });
});
