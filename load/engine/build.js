// Bundles an engine entry (cli.ts, index.ts, bench.ts) and the compile worker into
// load/engine/.build/ with esbuild's command-line binary, so the engine runs on plain Node
// without a TypeScript loader and without esbuild's JavaScript API in its process: the
// worker loads esbuild and the parser to prepare the script, then ends. Dependencies stay
// external; import.meta.url keeps pointing into load/engine/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const esbuildBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve('esbuild/package.json')),
  'bin',
  'esbuild',
);

/** Where bundle.ts finds the compile worker (see COMPILE_WORKER there). */
const COMPILE_WORKER = Symbol.for('loopgauge.engine.compileWorker');

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

function bundle(source, outfile, extraArgs = []) {
  execFileSync(esbuildBin, [
    source,
    '--bundle',
    '--platform=node',
    '--format=esm',
    '--target=node20',
    '--packages=external',
    '--sourcemap=inline',
    '--log-level=error',
    `--define:import.meta.url=${JSON.stringify(pathToFileURL(source).href)}`,
    `--outfile=${outfile}`,
    ...extraArgs,
  ]);
}

/**
 * Builds `entry` (a file name in load/engine/) and the compile worker, registers the worker
 * for bundle.ts, and returns the entry bundle's path and a function that removes both files.
 */
export function buildEngine(entry) {
  const outDir = path.join(here, '.build');
  mkdirSync(outDir, { recursive: true });
  removeStale(outDir);
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.${process.pid}.mjs`);
  const worker = path.join(outDir, `compile-worker.${process.pid}.mjs`);
  bundle(path.join(here, 'script', 'compile-worker.ts'), worker);
  // The main bundle never prepares scripts itself: prepare.ts stays out of it.
  bundle(path.join(here, entry), outfile, ['--external:./prepare.ts']);
  globalThis[COMPILE_WORKER] = worker;
  return {
    file: outfile,
    remove: () => {
      rmSync(outfile, { force: true });
      rmSync(worker, { force: true });
    },
  };
}
