/**
 * The page's script: `charts-client.ts` with the parts of Apache ECharts it
 * uses, bundled by esbuild into one minified IIFE (≈ 0.6 MB; the whole of
 * ECharts is 1.1 MB) to inline into `index.html`. Bundling takes about a
 * second, so the result is cached in the workspace, keyed by the client's
 * source and the versions of ECharts and esbuild.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKSPACE_DIR } from '#stages';

const CLIENT = fileURLToPath(new URL('./charts-client.ts', import.meta.url));
const CACHE_DIR = join(WORKSPACE_DIR, 'cache');

let pending: Promise<string> | undefined;

async function cacheKey(): Promise<string> {
  const require = createRequire(import.meta.url);
  const versions = ['echarts/package.json', 'esbuild/package.json']
    .map((p) => (require(p) as { version: string }).version)
    .join(' ');
  const source = await readFile(CLIENT, 'utf8');
  return createHash('sha256').update(versions).update(source).digest('hex').slice(0, 16);
}

async function build(): Promise<string> {
  const key = await cacheKey();
  const cached = join(CACHE_DIR, `report-charts-${key}.js`);
  const hit = await readFile(cached, 'utf8').catch(() => undefined);
  if (hit !== undefined) return hit;
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    entryPoints: [CLIENT],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  await mkdir(CACHE_DIR, { recursive: true });
  const temporary = `${cached}.${process.pid}.tmp`;
  await writeFile(temporary, code);
  await rename(temporary, cached);
  return code;
}

export function chartBundle(): Promise<string> {
  pending ??= build().catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
