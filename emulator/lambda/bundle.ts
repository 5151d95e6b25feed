/**
 * Bundles the handlers as the CDK stack bundles them (backend/cdk/bundling.ts:
 * ESM `index.mjs`, minified, external source maps without sources, the
 * `require` banner, everything bundled including the AWS SDK), for the
 * running Node.js instead of the Lambda runtime's. esbuild's JS API is called
 * directly: aws-cdk-lib is too slow to load for the local stage's start.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, version } from 'esbuild';
import { bundleDefines, esbuildOptions, FUNCTION_ENTRY_FILES } from '#backend';
import type { FunctionName } from '#contracts';
import { getStage, type StageConfig, WORKSPACE_DIR } from '#stages';

/** The repository root: esbuild resolves `#…` imports and node_modules from here. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the local stage keeps its bundles (git-ignored). */
export const DEFAULT_BUNDLE_DIR = join(PROJECT_ROOT, WORKSPACE_DIR, 'bundles');

/** The handler module of each function, as the CDK stack bundles it. */
export const FUNCTION_ENTRIES = Object.fromEntries(
  Object.entries(FUNCTION_ENTRY_FILES).map(([name, file]) => [name, join(PROJECT_ROOT, file)]),
) as Readonly<Record<FunctionName, string>>;

/** The stack's bundle settings, targeting the running Node.js. */
export const LAMBDA_BUILD_OPTIONS = esbuildOptions(process.versions.node.split('.')[0] ?? '22');

/**
 * Bundles each entry to `<outDir>/<name>/index.mjs` (with `index.mjs.map`),
 * like a Lambda asset, with the build-time constants `define` (a stage's
 * `bundleDefines`), and returns the bundle paths by name. Skips the build
 * when the bundles in `outDir` were built with the same options from files
 * that have not changed since.
 */
export async function buildBundles<Name extends string>(
  entries: Readonly<Record<Name, string>>,
  bundleDir: string,
  define: Readonly<Record<string, string>> = {},
): Promise<Record<Name, string>> {
  // esbuild resolves a relative `outdir` against `absWorkingDir`, the project;
  // the paths returned and the manifest against the current directory.
  const outDir = resolve(bundleDir);
  const names = Object.keys(entries) as Name[];
  const paths = Object.fromEntries(
    names.map((name) => [name, join(outDir, name, 'index.mjs')]),
  ) as Record<Name, string>;
  const manifestPath = join(outDir, MANIFEST);
  const key = JSON.stringify({ esbuild: version, options: LAMBDA_BUILD_OPTIONS, define, entries });
  if (await upToDate(manifestPath, key, Object.values<string>(paths))) return paths;

  try {
    const { metafile } = await build({
      ...LAMBDA_BUILD_OPTIONS,
      define: { ...define },
      entryPoints: names.map((name) => ({ in: entries[name], out: `${name}/index` })),
      outdir: outDir,
      absWorkingDir: PROJECT_ROOT,
      metafile: true,
      logLevel: 'silent',
    });
    const manifest: Manifest = { key, inputs: await fingerprints(Object.keys(metafile.inputs)) };
    await writeFile(manifestPath, JSON.stringify(manifest));
  } catch (error) {
    throw new Error(`bundling ${names.join(', ')} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return paths;
}

/** Bundles the three functions for a stage, as its stack does; returns each bundle's path. */
export function buildFunctionBundles(
  outDir: string,
  stage: StageConfig = getStage('local'),
): Promise<Record<FunctionName, string>> {
  return buildBundles(FUNCTION_ENTRIES, outDir, bundleDefines(stage));
}

/** What the last build in a folder was made from (the input paths are relative to the root). */
const MANIFEST = 'bundles.json';

interface Manifest {
  key: string;
  /** Each input's size and modification time as the build left them. */
  inputs: Record<string, Fingerprint>;
}

interface Fingerprint {
  size: number;
  mtimeMs: number;
}

/**
 * What an input looked like. Compared for equality, never against a clock:
 * file times have sub-millisecond precision that `Date.now()` lacks.
 */
async function fingerprints(inputs: string[]): Promise<Record<string, Fingerprint>> {
  const entries = await Promise.all(
    inputs.map(async (input) => {
      const { size, mtimeMs } = await stat(join(PROJECT_ROOT, input));
      return [input, { size, mtimeMs }] as const;
    }),
  );
  return Object.fromEntries(entries);
}

async function upToDate(manifestPath: string, key: string, outputs: string[]): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
    if (manifest.key !== key) return false;
    await Promise.all(outputs.map((output) => stat(output)));
    const now = await fingerprints(Object.keys(manifest.inputs));
    return Object.entries(manifest.inputs).every(
      ([input, then]) => now[input]?.size === then.size && now[input]?.mtimeMs === then.mtimeMs,
    );
  } catch {
    // No manifest, an unreadable one, or a missing output or input: build again.
    return false;
  }
}
