/**
 * Load testing: the built-in k6-compatible engine (`load/engine/`), the
 * schema of the samples the scenarios write (`load/lib/samples.ts`, which k6
 * scripts import by relative path) and the run folder a load run leaves
 * (`load/runner/`).
 */
export * from './engine/index.ts';
export * from './lib/samples.ts';
export * from './lib/scenarios.ts';
export * from './runner/run-folder.ts';
