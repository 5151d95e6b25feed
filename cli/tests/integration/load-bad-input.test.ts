import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { main } from '../../main.ts';
import { localTargetJson } from '../support.ts';

function capture() {
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  return err;
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('npm run load: bad input gets one line and exit code 2', () => {
  it.each([
    [
      'an unknown scenario',
      ['stress'],
      /^loopgauge load: unknown scenario "stress" \(known: smoke, /,
    ],
    [
      'a bad profile',
      ['smoke', '--profile', 'huge'],
      /^loopgauge load: --profile must be quick, full, tiny, got "huge"$/,
    ],
    [
      'a bad engine',
      ['smoke', '--engine', 'jmeter'],
      /^loopgauge load: --engine must be auto, k6, builtin/,
    ],
    [
      'a missing target file',
      ['smoke', '--target', '/nonexistent/loopgauge/target.json'],
      /^loopgauge load: cannot read the target file \/nonexistent\/loopgauge\/target\.json$/,
    ],
  ])('%s', async (_, args, message) => {
    const err = capture();
    expect(await main(['load', ...args])).toBe(2);
    const text = err.join('');
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    expect(text.trimEnd()).toMatch(message);
  });

  it('an unreachable target', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'loopgauge-load-'));
    const port = await closedPort();
    const file = join(dir, 'local.json');
    await writeFile(file, localTargetJson(`http://127.0.0.1:${port}`));
    const err = capture();
    expect(await main(['load', 'smoke', '--target', file, '--runs-dir', dir])).toBe(2);
    const lines = err.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `loopgauge load: the local stage at http://127.0.0.1:${port} (from ${file}) is not reachable: is the local stage still running? (npm run stage)`,
    );
  });

  it('--engine k6 without k6', async () => {
    vi.stubEnv('K6_BINARY', '');
    vi.stubEnv('PATH', '/nonexistent');
    const err = capture();
    expect(await main(['load', 'smoke', '--engine', 'k6'])).toBe(2);
    expect(err.join('').trimEnd()).toBe(
      'loopgauge load: --engine k6 needs the k6 binary: set K6_BINARY or put k6 on PATH',
    );
  });
});
