// Bundles an engine entry (cli.ts, bench.ts) into load/engine/.build/ with esbuild, so the
// engine runs on plain Node: no TypeScript loader in the process, which keeps its memory low.
// Dependencies stay external; import.meta.url keeps pointing into load/engine/.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Bundles of processes that were killed before removing theirs (older than an hour). */
function removeStale(dir) {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    try {
      if (statSync(file).mtimeMs < hourAgo) rmSync(file, { force: true });
    } catch {
      // another process removed it first
    }
  }
}

/** Builds `entry` (a file name in load/engine/) and returns the bundle's path. */
export async function buildEngine(entry) {
  const source = path.join(here, entry);
  const outDir = path.join(here, '.build');
  mkdirSync(outDir, { recursive: true });
  removeStale(outDir);
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.${process.pid}.mjs`);
  await build({
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'error',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(source).href) },
  });
  return outfile;
}
