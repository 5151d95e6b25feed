// `npm run bench:engine`: runs the benchmark (bench.ts) from the bundled engine, as users run it.
import { rmSync } from 'node:fs';
import { buildEngine } from './build.js';

const bundle = await buildEngine('bench.ts');
try {
  const { benchmark } = await import(bundle);
  await benchmark(bundle);
} finally {
  rmSync(bundle, { force: true });
}
