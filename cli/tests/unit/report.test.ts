import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { newRunRecord, type RunRecord } from '#load';
import { getStage } from '#stages';
import { main } from '../../main.ts';
import { capture } from '../support.ts';

/** A run folder of k6 v1.3.0's real sample stream, with the run.json the load runner writes. */
function runFolder(folder: string, gating: string[] = []): string {
  mkdirSync(folder, { recursive: true });
  const fixture = new URL(
    '../../../load/engine/tests/fixtures/k6-v1.3.0/samples.ndjson',
    import.meta.url,
  );
  copyFileSync(fixture, join(folder, 'samples.ndjson'));
  const record: RunRecord = {
    ...newRunRecord({
      id: '20261127T144000Z-smoke',
      scenario: 'smoke',
      profile: 'quick',
      target: { kind: 'local', stage: 'local', apiUrl: 'http://127.0.0.1:3000', file: null },
      stage: getStage('local'),
      engine: { kind: 'k6', version: 'v1.3.0' },
      execution: { mode: 'single', processes: 1 },
      git: { commit: null, dirty: null },
      startedAt: '2026-11-27T14:40:00.000Z',
      users: { count: 1 },
      processes: [
        {
          index: 0,
          executionSegment: null,
          summary: 'summary.json',
          samples: 'samples.ndjson',
          exitCode: 0,
        },
      ],
    }),
    thresholds: { failed: gating, gating },
    exitCode: gating.length > 0 ? 99 : 0,
  };
  writeFileSync(join(folder, 'run.json'), JSON.stringify(record));
  return folder;
}

afterEach(() => {
  vi.restoreAllMocks();
});

let dir: string;
let folder: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loopgauge-report-cli-'));
  folder = runFolder(join(dir, 'run'));
});

describe('loopgauge report', () => {
  it('writes the three outputs and exits 0 when the verdict passes', async () => {
    const { out } = capture();
    expect(await main(['report', folder])).toBe(0);
    expect(out.join('')).toContain(join(folder, 'index.html'));
    expect(out.join('')).toContain('verdict: pass');
  });

  it('exits 1 when the verdict fails', async () => {
    const failing = runFolder(join(dir, 'failing'), ['http_req_failed: rate<0.01']);
    const { out } = capture();
    expect(await main(['report', failing])).toBe(1);
    expect(out.join('')).toContain('verdict: FAIL (1 gating check failed)');
  });

  it('answers a missing run folder with one line and exit code 2', async () => {
    const { err } = capture();
    expect(await main(['report', join(dir, 'missing')])).toBe(2);
    expect(err.join('').split('\n')[0]).toBe(
      `loopgauge report: no such folder: ${join(dir, 'missing')}`,
    );
  });

  it('answers a bad capacity file with one line and exit code 2', async () => {
    const file = join(dir, 'capacity.json');
    writeFileSync(file, JSON.stringify({ version: 1, traffic: { dailyActiveUsers: 'many' } }));
    const { err } = capture();
    expect(await main(['report', folder, '--capacity', file])).toBe(2);
    expect(err.join('').split('\n')[0]).toMatch(
      /^loopgauge report: capacity file .*capacity\.json: .*traffic\.dailyActiveUsers must be integer$/,
    );
  });

  it('asks for a run folder, and for --out with several', async () => {
    const { err } = capture();
    expect(await main(['report'])).toBe(2);
    expect(await main(['report', folder, folder])).toBe(2);
    expect(err.join('')).toContain('name at least one run folder');
    expect(err.join('')).toContain('say where the report goes (--out DIR)');
  });

  it('projects onto another stage, and names the stages it knows', async () => {
    const { out, err } = capture();
    expect(await main(['report', folder, '--stage', 'prod'])).toBe(0);
    expect(out.join('')).toContain('verdict: pass');
    expect(await main(['report', folder, '--stage', 'staging'])).toBe(2);
    expect(err.join('')).toContain(
      '--stage must be one of local, test, throughput, small-table, prod, got "staging"',
    );
  });
});
