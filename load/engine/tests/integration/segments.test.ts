/**
 * Execution segments: three engine processes, each given one third of the
 * test (`--execution-segment` with a shared `--execution-segment-sequence`),
 * together make exactly the iterations of one whole run, with disjoint
 * iteration numbers, as k6 instances under k6-operator do.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The command as users run it: the engine bundled on start, scripts prepared in a worker. */
const bin = path.join(here, '..', '..', 'bin.js');
const script = path.join(here, '..', 'fixtures', 'scripts', 'segments.ts');
const SEQUENCE = '0,1/3,2/3,1';
const SEGMENTS = ['0:1/3', '1/3:2/3', '2/3:1'];
const COUNTED = ['shared', 'perVU', 'rate', 'rampRate'];

interface Instance {
  code: number;
  stderr: string;
  metrics: Record<string, Record<string, number>>;
}

function runInstance(dir: string, name: string, base: string, segment?: string): Promise<Instance> {
  const exportFile = path.join(dir, `${name}.json`);
  const args = [
    bin,
    'run',
    '-q',
    '-e',
    `BASE=${base}`,
    '-e',
    'MARK',
    '--summary-export',
    exportFile,
  ];
  if (segment) args.push('--execution-segment', segment, '--execution-segment-sequence', SEQUENCE);
  args.push(script);
  return new Promise((resolve) => {
    execFile(process.execPath, args, { timeout: 50_000 }, (err, _stdout, stderr) => {
      const code = err ? Number((err as { code?: number }).code ?? 1) : 0;
      let metrics: Instance['metrics'] = {};
      try {
        metrics = (JSON.parse(readFileSync(exportFile, 'utf8')) as { metrics: Instance['metrics'] })
          .metrics;
      } catch {
        // the run failed before writing; the exit code assertion reports it
      }
      resolve({ code, stderr, metrics });
    });
  });
}

function iterationNumbers(stderr: string, scenario: string): number[] {
  return [...stderr.matchAll(new RegExp(`iteration ${scenario} (\\d+) vu`, 'g'))].map((m) =>
    Number(m[1]),
  );
}

describe('three processes with an execution segment sequence', () => {
  let server: TestServer;
  let dir: string;
  let whole: Instance;
  let parts: Instance[];

  beforeAll(async () => {
    server = await startTestServer();
    dir = mkdtempSync(path.join(tmpdir(), 'k6-segments-'));
    [whole, ...parts] = await Promise.all([
      runInstance(dir, 'whole', server.url),
      ...SEGMENTS.map((s, i) => runInstance(dir, `part${i}`, server.url, s)),
    ]);
  }, 60_000);

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('all exit 0', () => {
    expect(
      [whole.code, ...parts.map((p) => p.code)],
      parts.map((p) => p.stderr).join('\n'),
    ).toEqual([0, 0, 0, 0]);
  });

  it('merged, make the iterations of the whole run, scenario by scenario', () => {
    for (const scenario of COUNTED) {
      const key = `iterations{scenario:${scenario}}`;
      const merged = parts.reduce((sum, p) => sum + (p.metrics[key]?.count ?? 0), 0);
      expect(merged, scenario).toBe(whole.metrics[key]?.count);
    }
    expect(whole.metrics['iterations{scenario:shared}']?.count).toBe(10);
    expect(whole.metrics['iterations{scenario:perVU}']?.count).toBe(6);
    // k6 truncates the period to whole nanoseconds: 30/s starts a 31st iteration just before 1 s
    expect(whole.metrics['iterations{scenario:rate}']?.count).toBe(31);
    expect(whole.metrics['iterations{scenario:rampRate}']?.count).toBe(29);
  });

  it('split the iteration numbers in test without overlap', () => {
    for (const scenario of COUNTED) {
      const all = parts.flatMap((p) => iterationNumbers(p.stderr, scenario)).sort((a, b) => a - b);
      const expected = iterationNumbers(whole.stderr, scenario).sort((a, b) => a - b);
      expect(all, scenario).toEqual(expected);
    }
  });

  it('split the VUs: the shares add up to the whole run', () => {
    const max = (i: Instance) => i.metrics.vus_max?.max ?? 0;
    expect(parts.reduce((sum, p) => sum + max(p), 0)).toBe(max(whole));
    expect(parts.map((p) => p.metrics['iterations{scenario:shared}']?.count)).toEqual([4, 3, 3]);
  });
});
