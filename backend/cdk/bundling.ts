/**
 * How every function is bundled: the local esbuild (never Docker, so synth
 * works offline), ESM for Node.js 22, minified, with external source maps,
 * and the stage's build-time constants and package aliases
 * (backend/functions/bundle-options.ts, shared with the local stage).
 * Everything is bundled, the AWS SDK included: the runtime's copy is not
 * pinned, and a bundle loads faster than a node_modules tree
 * (https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/performance/README.md).
 */
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { StageConfig } from '#stages';
import { BUNDLE_SETTINGS, bundleDefines } from '../functions/bundle-options.ts';

export const FUNCTION_RUNTIME = Runtime.NODEJS_22_X;

export function bundlingOptions(options: {
  stage: StageConfig;
  metafile?: boolean;
}): BundlingOptions {
  return {
    forceDockerBundling: false,
    format: OutputFormat.ESM,
    target: 'node22',
    mainFields: [...BUNDLE_SETTINGS.mainFields],
    banner: BUNDLE_SETTINGS.banner,
    minify: BUNDLE_SETTINGS.minify,
    sourceMap: true,
    sourceMapMode: SourceMapMode.EXTERNAL,
    sourcesContent: BUNDLE_SETTINGS.sourcesContent,
    define: bundleDefines(options.stage),
    // NodejsFunction runs esbuild in the project root, where the alias paths resolve.
    esbuildArgs: {
      '--alias': Object.entries(BUNDLE_SETTINGS.alias).map(([name, path]) => `${name}=${path}`),
    },
    bundleAwsSDK: true,
    externalModules: [],
    metafile: options.metafile ?? false,
  };
}
