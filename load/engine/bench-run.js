// `npm run bench:engine`: runs the benchmark (bench.ts) from the bundled engine, as users run it.
import { buildEngine } from './build.js';

const engine = buildEngine('bench.ts');
try {
  const { benchmark } = await import(engine.file);
  await benchmark(engine.file);
} finally {
  engine.remove();
}
