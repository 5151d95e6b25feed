import { copyFile, mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundles } from '../../index.ts';
import { FIXTURE_ENTRY } from '../support.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loopgauge-bundle-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('bundling', () => {
  it('rebuilds only when an input changed since the last build', async () => {
    // Prepare
    const source = join(dir, 'handler.ts');
    await copyFile(FIXTURE_ENTRY, source);
    const out = join(dir, 'out');
    const { fixture } = await buildBundles({ fixture: source }, out);
    const built = (await stat(fixture)).mtimeMs;

    // Act
    await buildBundles({ fixture: source }, out);
    const unchanged = (await stat(fixture)).mtimeMs;
    const later = new Date(Date.now() + 5_000);
    await utimes(source, later, later);
    await buildBundles({ fixture: source }, out);
    const rebuilt = (await stat(fixture)).mtimeMs;

    // Assess
    expect(unchanged).toBe(built);
    expect(rebuilt).toBeGreaterThan(built);
  });

  it('names the entry and the cause when bundling fails', async () => {
    // Act
    const build = buildBundles({ broken: join(dir, 'no-such-handler.ts') }, join(dir, 'broken'));

    // Assess
    await expect(build).rejects.toThrow(/^bundling broken failed: .*no-such-handler\.ts/s);
  });
});
