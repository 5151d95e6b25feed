import { copyFile, mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlingOptions } from '#backend/cdk/bundling.ts';
import { REQUIRE_BANNER } from '#backend/functions/bundle-options.ts';
import { getStage } from '#stages';
import { buildBundles, LAMBDA_BUILD_OPTIONS } from '../../index.ts';
import { FIXTURE_ENTRY } from '../support.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loopgauge-bundle-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('bundling', () => {
  it("uses the CDK stack's esbuild options, for the running Node.js", () => {
    // Prepare
    const stack = bundlingOptions({ stage: getStage('local') });

    // Act
    const local = LAMBDA_BUILD_OPTIONS;

    // Assess
    expect(local.format).toBe(stack.format);
    expect(local.mainFields).toEqual(stack.mainFields);
    expect(local.banner.js).toBe(stack.banner);
    expect(REQUIRE_BANNER).toBe(stack.banner);
    expect(local.minify).toBe(stack.minify);
    expect(local.sourcemap).toBe(stack.sourceMapMode);
    expect(local.sourcesContent).toBe(stack.sourcesContent);
    expect(local.external).toEqual(stack.externalModules);
    expect(Object.entries(local.alias).map(([name, path]) => `${name}=${path}`)).toEqual(
      stack.esbuildArgs?.['--alias'],
    );
    expect(stack.bundleAwsSDK).toBe(true);
    expect(local.target).toBe(`node${process.versions.node.split('.')[0]}`);
  });

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
