import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { assembleRunFolder, K6_FIXTURES } from '../../../reports/tests/support/run-folder.ts';
import { main } from '../../main.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  return { out, err };
}

afterEach(() => {
  vi.restoreAllMocks();
});

let dir: string;
let folder: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loopgauge-report-cli-'));
  folder = await assembleRunFolder(join(dir, 'run'), {
    processes: [{ samples: join(K6_FIXTURES, 'samples.ndjson') }],
  });
});

describe('loopgauge report', () => {
  it('writes the three outputs and exits 0 when the verdict passes', async () => {
    const { out } = capture();
    expect(await main(['report', folder])).toBe(0);
    expect(out.join('')).toContain(join(folder, 'index.html'));
    expect(out.join('')).toContain('verdict: pass');
  });

  it('exits 1 when the verdict fails', async () => {
    const failing = await assembleRunFolder(join(dir, 'failing'), {
      processes: [{ samples: join(K6_FIXTURES, 'samples.ndjson') }],
      record: {
        thresholds: {
          failed: ['http_req_failed: rate<0.01'],
          gating: ['http_req_failed: rate<0.01'],
        },
      },
    });
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
});
