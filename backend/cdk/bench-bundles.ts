/**
 * `npm run bench:bundles [-- --stage test] [--runs 5]`: synthesizes a stage
 * exactly as `cdk synth` does (plus esbuild metafiles), then prints for every
 * function its bundle size and its module-load time — `await import()` of the
 * bundle in a fresh Node process with the function's environment (tokens
 * replaced by dummy values), in rounds after a discarded warm-up round —
 * against the goals (bundle-assets.ts), and the dependencies that weigh most
 * in each bundle.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { getStage, type StageConfig } from '#stages';
import { ENV } from '../functions/commons/config.ts';
import {
  BUNDLE_GOALS,
  type BundleName,
  bytesByPackage,
  sizeGoal,
  stackBundles,
  type TemplateJson,
} from './bundle-assets.ts';
import { createChatApp } from './chat-app.ts';
import type { ChatStack } from './chat-stack.ts';
import { cdkJsonContext } from './project.ts';

interface Measured {
  name: BundleName;
  bytes: number;
  gzipBytes: number;
  loadMs: number[];
  heaviest: Array<{ module: string; bytes: number }>;
}

function options(): { stage: string; runs: number } {
  const { values } = parseArgs({
    options: { stage: { type: 'string', default: 'test' }, runs: { type: 'string', default: '5' } },
    strict: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
    throw new Error(`--runs must be an integer from 1 to 50, got "${values.runs}"`);
  }
  return { stage: values.stage, runs };
}

/** Environment values for tokens the template resolves at deploy time. */
function dummyEnvironment(variables: Record<string, unknown>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(variables)) {
    if (typeof value === 'string') env[key] = value;
    else if (key === ENV.cursorSecret) env[key] = 'b'.repeat(48);
    else if (key.endsWith('_URL')) env[key] = 'http://127.0.0.1:9/v1';
    else env[key] = `bench-${key.toLowerCase()}`;
  }
  return env;
}

/** Import time of a bundle in a fresh process, in ms. */
function loadTime(bundle: string, env: Record<string, string>): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(bundle).href)}); process.stdout.write(String(performance.now() - t));`;
  const out = execFileSync(
    process.execPath,
    ['--no-warnings', '--input-type=module', '-e', script],
    {
      env: {
        PATH: process.env.PATH ?? '',
        AWS_REGION: 'us-east-1',
        AWS_LAMBDA_FUNCTION_NAME: 'bench',
        AWS_ACCESS_KEY_ID: 'bench',
        AWS_SECRET_ACCESS_KEY: 'bench',
        ...env,
      },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return Number(out);
}

function measure(
  stack: ChatStack,
  directory: string,
  template: TemplateJson,
  runs: number,
): Measured[] {
  const bundles = stackBundles(stack, directory, template).map((found) => ({
    ...found,
    env: dummyEnvironment(found.variables),
  }));
  // Round-robin, after one discarded warm-up round (OS file cache), so that
  // anything else running on the machine weighs on every bundle alike.
  const loadMs = bundles.map(() => [] as number[]);
  for (let round = 0; round <= runs; round++) {
    bundles.forEach(({ bundle, env }, i) => {
      const ms = loadTime(bundle, env);
      if (round > 0) loadMs[i]?.push(ms);
    });
  }
  return bundles.map(({ name, bundle, metafile }, i) => ({
    name,
    bytes: statSync(bundle).size,
    gzipBytes: gzipSync(readFileSync(bundle)).length,
    loadMs: loadMs[i] ?? [],
    heaviest: bytesByPackage(JSON.parse(readFileSync(metafile, 'utf8'))).slice(0, 5),
  }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function report(stage: StageConfig, runs: number, results: Measured[]): string {
  const lines = [
    `bundles of stage "${stage.name}" — node ${process.version}, ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}`,
    `goals: minified size per bundle below, ≤ ${BUNDLE_GOALS.loadMs} ms module load (median of ${runs} fresh processes; load average ${loadavg()[0]?.toFixed(1)})`,
    '',
    `${'function'.padEnd(14)} ${'minified'.padStart(10)} ${'goal'.padStart(9)} ${'gzip'.padStart(9)} ${'load p50'.padStart(9)} ${'load max'.padStart(9)}  verdict`,
  ];
  for (const r of results) {
    const p50 = median(r.loadMs);
    const goal = sizeGoal(stage, r.name);
    const over = [
      r.bytes > goal ? 'size' : undefined,
      p50 > BUNDLE_GOALS.loadMs ? 'load' : undefined,
    ].filter(Boolean);
    lines.push(
      `${r.name.padEnd(14)} ${kb(r.bytes).padStart(10)} ${kb(goal).padStart(9)} ${kb(r.gzipBytes).padStart(9)} ${`${p50.toFixed(0)} ms`.padStart(9)} ${`${Math.max(...r.loadMs).toFixed(0)} ms`.padStart(9)}  ${over.length ? `OVER (${over.join(', ')})` : 'ok'}`,
    );
  }
  lines.push('', 'heaviest modules per bundle (bytes in the minified output):');
  for (const r of results) {
    const parts = r.heaviest.map(
      ({ module, bytes }) => `${module} ${kb(bytes)} (${Math.round((bytes / r.bytes) * 100)}%)`,
    );
    lines.push(`  ${r.name}: ${parts.join(', ')}`);
  }
  return lines.join('\n');
}

function main(): void {
  const { stage: stageName, runs } = options();
  const stage = getStage(stageName);
  const outdir = mkdtempSync(join(tmpdir(), 'loopgauge-bundles-'));
  try {
    const { app, stacks } = createChatApp({
      stages: [stage.name],
      appProps: { outdir, context: cdkJsonContext() },
      bundleMetafiles: true,
    });
    const assembly = app.synth();
    const [stack] = stacks;
    if (!stack) throw new Error('no stack synthesized');
    const template = assembly.getStackArtifact(stack.artifactId).template as TemplateJson;
    console.log(report(stage, runs, measure(stack, assembly.directory, template, runs)));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
