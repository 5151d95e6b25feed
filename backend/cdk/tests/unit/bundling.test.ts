import { describe, expect, it } from 'vitest';
import { getStage } from '#stages';
import { esbuildOptions, REQUIRE_BANNER } from '../../../functions/bundle-options.ts';
import { bundlingOptions } from '../../bundling.ts';

describe('bundling', () => {
  it("gives the emulator the stack's esbuild options", () => {
    // Prepare
    const stack = bundlingOptions({ stage: getStage('local') });

    // Act
    const local = esbuildOptions('22');

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
    expect(local.target).toBe('node22');
    expect(stack.target).toBe('node22');
  });
});
