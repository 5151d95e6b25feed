/**
 * Load testing: the built-in k6-compatible engine (`load/engine/`), the
 * schema of the samples the scenarios write (`load/lib/samples.ts`, which k6
 * scripts import by relative path) and the run folder a load run leaves
 * (`load/runner/`).
 */
export * from './engine/index.ts';
export * from './lib/samples.ts';
export * from './lib/scenarios.ts';
export { AUDIT_FILE_VERSION, type AuditFile } from './runner/audit.ts';
export { ENGINE_CHOICES, type EngineChoice } from './runner/engine.ts';
export { bundleScenario, K6_IMAGE, testRunManifests, writeTestRun } from './runner/k8s.ts';
export {
  LoadInputError,
  type LoadRunOptions,
  type LoadRunResult,
  openTarget,
  runLoad,
  type TargetChoice,
} from './runner/run.ts';
export * from './runner/run-folder.ts';
