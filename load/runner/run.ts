/**
 * One load run, from target to run folder: start the local stage (or attach
 * to a running stage through its target file), provision the test users
 * through the stage's own Cognito API, run the scenario's pre-steps, run the
 * engine (one process, or N with execution segments), then decide the run
 * from its summary and samples, audit the sends against the stage's table,
 * write `run.json`, and remove the users and their data unless asked to keep
 * them.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Emulator, startEmulator } from '#emulator';
import { getStage, type StageConfig, WORKSPACE_DIR } from '#stages';
import {
  collectStageMetrics,
  forceFreshEnvironments,
  provisionUsers,
  readTarget,
  type Target,
  TargetError,
  type UsersFile,
} from '#targets';
import { renderTextSummary, type SummaryData } from '../engine/index.ts';
import { ENV_KEYS } from '../lib/config.ts';
import { estimateTokens } from '../lib/plans.ts';
import { usersFor } from '../lib/profiles.ts';
import type { ProfileName, ScenarioName } from '../lib/scenarios.ts';
import { auditRun } from './audit.ts';
import { CleanupError, removeRunData } from './cleanup.ts';
import { evaluateCriteria } from './criteria.ts';
import {
  type Engine,
  type EngineChoice,
  engineVersion,
  resolveEngine,
  runEngine,
  takesExecutionSegments,
} from './engine.ts';
import { Progress } from './progress.ts';
import {
  type CleanupOutcome,
  type EngineProcess,
  newRunRecord,
  processFiles,
  RUN_FILES,
  RUNS_DIR,
  type RunRecord,
  utcStamp,
} from './run-folder.ts';
import { readSamples } from './samples.ts';
import { executionSegments } from './segments.ts';
import { checkFailures, type SummaryMetrics, thresholdOutcome } from './thresholds.ts';

/** A mistake in what the user asked for: one line, exit code 2. */
export class LoadInputError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'LoadInputError';
  }
}

/**
 * Where a run goes: a local stage started for this run alone, a running
 * stage's target file, or a stage the caller already holds open (a session
 * runs several scenarios on one stage).
 */
export type TargetChoice =
  | { kind: 'local' }
  | { kind: 'file'; path: string; stack?: string }
  | { kind: 'open'; target: Target };

export interface LoadRunOptions {
  scenario: ScenarioName;
  profile: ProfileName;
  target: TargetChoice;
  engine: EngineChoice;
  keepData: boolean;
  /** Engine processes, each running one execution segment (1: the whole test). */
  split: number;
  /** Allow a stage that calls a real AI provider (it costs tokens). */
  realProvider: boolean;
  runsDir?: string;
  /** The workspace folder (`.loopgauge`): users' tokens and the local stage's bundles. */
  workDir?: string;
  env?: NodeJS.ProcessEnv;
  write?: { stdout: (text: string) => void; stderr: (text: string) => void };
  tty?: boolean;
  /**
   * Takes the progress lines (elapsed, rate, p95, failures by layer), one a
   * second, instead of `write.stderr` (a caller that draws its own screen).
   */
  onProgress?: (line: string) => void;
  signal?: AbortSignal;
  /**
   * Runs after the engine, before the audit (a test seam: a fixture that
   * alters the stage's data to prove the audit sees it).
   */
  afterLoad?: (ctx: { target: Target; users: UsersFile }) => Promise<void>;
}

export interface LoadRunResult {
  exitCode: number;
  folder: string;
  record: RunRecord;
}

const SCENARIOS_DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));
/** The index delay the deployed stages' table emulation models (AWS: about a second). */
const INDEX_PROPAGATION_MS = getStage('test').table.emulation.indexPropagationMs;
/** Exit code of a failed gating threshold, as k6's; also used when a pass criterion or the audit fails. */
const THRESHOLDS_FAILED = 99;

export function scenarioFile(scenario: ScenarioName): string {
  return join(SCENARIOS_DIR, `${scenario}.ts`);
}

export async function runLoad(options: LoadRunOptions): Promise<LoadRunResult> {
  const env = options.env ?? process.env;
  const write = options.write ?? {
    stdout: (text: string) => process.stdout.write(text),
    stderr: (text: string) => process.stderr.write(text),
  };
  const workDir = resolve(options.workDir ?? WORKSPACE_DIR);
  const engine = resolveEngineOrFail(options.engine, env);
  const version = await engineVersion(engine);
  if (options.split > 1 && !(await takesExecutionSegments(engine))) {
    throw new LoadInputError(
      `--split needs an engine with --execution-segment; ${version} has none (try --engine k6)`,
    );
  }
  const startedAt = new Date();
  let emulator: Emulator | undefined;
  try {
    const target = await openTarget(options.target, workDir, (started) => {
      emulator = started;
    });
    const stage = getStage(target.stage);
    guardProvider(stage, options, write.stderr);
    const folder = await createRunFolder(
      resolve(options.runsDir ?? RUNS_DIR),
      startedAt,
      options.scenario,
    );
    const id = folder.split('/').pop() as string;
    write.stdout(
      `loopgauge load: ${options.scenario} (${options.profile}) against the ${target.stage} stage at ${target.apiUrl}\n` +
        `  engine ${version}; run folder ${folder}\n`,
    );

    const usersFile = join(workDir, 'load', id, 'users.json');
    const users = await provisionRunUsers(target, options.scenario, options.profile, id);
    await mkdir(join(workDir, 'load', id), { recursive: true });
    await writeFile(usersFile, JSON.stringify(users), { mode: 0o600 });

    if (options.scenario === 'cold-start') {
      await forceFresh(target, write.stderr);
    }

    const processes: EngineProcess[] = executionSegments(options.split).map((segment, index) => ({
      index,
      executionSegment: segment?.segment ?? null,
      ...processFiles(index, options.split),
      exitCode: null,
    }));
    const { onProgress } = options;
    const progress = new Progress({
      files: processes.map((p) => join(folder, p.samples)),
      ...(onProgress
        ? { write: (line: string) => onProgress(line.trim()), tty: false, everyMs: 1_000 }
        : { write: write.stderr, tty: options.tty ?? false }),
    });
    const windowStart = new Date();
    progress.start();
    const segments = executionSegments(options.split);
    const runs = await Promise.all(
      processes.map((p, index) =>
        runEngine(
          engine,
          engineArgs({
            scenario: options.scenario,
            profile: options.profile,
            target,
            usersFile,
            summaryFile: join(folder, p.summary),
            samplesFile: join(folder, p.samples),
            segment: segments[index],
          }),
          { stdout: options.split === 1 ? write.stdout : () => undefined, stderr: write.stderr },
          options.signal,
        ),
      ),
    );
    await progress.stop();
    const windowEnd = new Date();
    runs.forEach((run, index) => {
      (processes[index] as EngineProcess).exitCode = run.exitCode;
    });
    await options.afterLoad?.({ target, users });

    const summaries = await Promise.all(processes.map((p) => readSummary(join(folder, p.summary))));
    const record = newRunRecord({
      id,
      scenario: options.scenario,
      profile: options.profile,
      target: describeTarget(target, options.target),
      stage,
      engine: { kind: engine.kind, version },
      execution: { mode: options.split > 1 ? 'split' : 'single', processes: options.split },
      git: await gitState(),
      startedAt: startedAt.toISOString(),
      users: { count: users.users.length },
      processes,
    });
    record.window = { start: windowStart.toISOString(), end: windowEnd.toISOString() };
    const engineFailure = runs.find(
      (run) => run.exitCode !== 0 && run.exitCode !== THRESHOLDS_FAILED,
    );
    if (engineFailure === undefined && summaries.every((s) => s !== undefined)) {
      const outcome = summaries.map((s) => thresholdOutcome(s as SummaryMetrics, target.kind));
      record.thresholds = {
        failed: [...new Set(outcome.flatMap((o) => o.failed))],
        gating: [...new Set(outcome.flatMap((o) => o.gating))],
      };
      const samples = await readSamples(processes.map((p) => join(folder, p.samples)));
      record.criteria = evaluateCriteria({
        scenario: options.scenario,
        profile: options.profile,
        stage,
        targetKind: target.kind,
        samples,
        checkFailures: Object.assign(
          {},
          ...summaries.map((s) => checkFailures(s as SummaryMetrics)),
        ),
      });
    }
    for (const summary of summaries) {
      if (summary && options.split === 1) {
        write.stdout(`${renderTextSummary(summary, { enableColors: options.tty ?? false })}\n`);
      }
    }
    const audit = await auditRun({
      target,
      users,
      samples: processes.map((p) => join(folder, p.samples)),
      folder,
      since: windowStart,
      log: write.stdout,
    });
    record.audit = audit.file;
    record.exitCode =
      engineFailure?.exitCode ??
      ((record.thresholds?.gating.length ?? 1) > 0 || !record.criteria?.passed || audit.ok === false
        ? THRESHOLDS_FAILED
        : 0);

    record.stageMetrics = await writeStageMetrics(
      target,
      windowStart,
      windowEnd,
      folder,
      write.stderr,
    );

    // The outcome is on disk before cleanup, whatever cleanup meets.
    const runFile = join(folder, RUN_FILES.run);
    record.endedAt = new Date().toISOString();
    await writeFile(runFile, `${JSON.stringify(record, null, 2)}\n`);
    record.cleanup = await cleanUp(target, users, {
      keepData: options.keepData,
      stageStopped: emulator !== undefined,
      usersFolder: join(workDir, 'load', id),
      log: write.stderr,
    });
    record.endedAt = new Date().toISOString();
    await writeFile(runFile, `${JSON.stringify(record, null, 2)}\n`);
    write.stdout(describeOutcome(record, engineFailure?.stderrTail, folder));
    return { exitCode: record.exitCode, folder, record };
  } finally {
    await (emulator as Emulator | undefined)?.close();
  }
}

/**
 * Removes the run's users and their data unless kept. Cleanup that fails
 * (a table still throttling after the run's retries) is said in one line and
 * recorded; it never changes the run's outcome. The users file (their subs)
 * stays in the workspace then.
 */
async function cleanUp(
  target: Target,
  users: UsersFile,
  how: {
    keepData: boolean;
    stageStopped: boolean;
    usersFolder: string;
    log: (text: string) => void;
  },
): Promise<CleanupOutcome> {
  if (how.keepData) return { outcome: 'kept', error: null };
  try {
    await removeRunData(target, users, how.stageStopped);
  } catch (error) {
    if (!(error instanceof CleanupError)) throw error;
    const first = users.users[0]?.username.replace(/\d+$/, '') ?? '';
    how.log(
      `cleanup failed: test data of ${users.users.length} users left in ${target.tableName} ` +
        `(users ${first}* of user pool ${target.userPoolId}; their subs are in ${join(how.usersFolder, 'users.json')}); ` +
        `remove them once the table is idle: ${error.message}\n`,
    );
    return { outcome: 'failed', error: error.message };
  }
  await rm(how.usersFolder, { recursive: true, force: true });
  return { outcome: how.stageStopped ? 'discarded' : 'removed', error: null };
}

/**
 * The cold-start pre-step: every function's environments retired through the
 * Lambda API (a configuration change, then `LastUpdateStatus`), the same call
 * for a deployed stage and the local one.
 */
async function forceFresh(target: Target, log: (text: string) => void): Promise<void> {
  await forceFreshEnvironments(target);
  log('forced fresh execution environments on every function\n');
}

/** What the stage measured in the run window, through CloudWatch's APIs; `null` when it could not be read. */
async function writeStageMetrics(
  target: Target,
  start: Date,
  end: Date,
  folder: string,
  log: (text: string) => void,
): Promise<string | null> {
  try {
    const metrics = await collectStageMetrics(target, { start, end });
    await writeFile(join(folder, RUN_FILES.stageMetrics), `${JSON.stringify(metrics, null, 2)}\n`);
    return RUN_FILES.stageMetrics;
  } catch (error) {
    log(`stage metrics not collected: ${(error as Error).message}\n`);
    return null;
  }
}

function resolveEngineOrFail(choice: EngineChoice, env: NodeJS.ProcessEnv): Engine {
  try {
    return resolveEngine(choice, env);
  } catch (error) {
    throw new LoadInputError((error as Error).message);
  }
}

/**
 * The stage a run goes to: a local stage started now (`started` gets it, to
 * stop it after), a running stage read from its target file and checked to
 * answer, or the one the caller holds open.
 */
export async function openTarget(
  choice: TargetChoice,
  workDir: string,
  started: (emulator: Emulator) => void,
): Promise<Target> {
  if (choice.kind === 'local') {
    const emulator = await startEmulator({
      workDir: join(workDir, 'load', 'stage'),
      functionLogs: 'silent',
      // A load run sees the activity index lag behind the table as on AWS.
      indexPropagationMs: INDEX_PROPAGATION_MS,
    });
    started(emulator);
    return emulator;
  }
  if (choice.kind === 'open') return choice.target;
  let target: Target;
  try {
    target = await readTarget(choice.path, choice.stack);
  } catch (error) {
    if (error instanceof TargetError) throw new LoadInputError(error.message, { cause: error });
    throw error;
  }
  try {
    const response = await fetch(target.apiUrl, { signal: AbortSignal.timeout(10_000) });
    await response.arrayBuffer();
  } catch (cause) {
    throw new LoadInputError(
      `the ${target.stage} stage at ${target.apiUrl} (from ${choice.path}) is not reachable` +
        (target.kind === 'local' ? ': is the local stage still running? (npm run stage)' : ''),
      { cause },
    );
  }
  return target;
}

/**
 * A stage that calls a real AI provider spends tokens: only with an explicit
 * flag, and with an estimate of how many first.
 */
function guardProvider(
  stage: StageConfig,
  options: LoadRunOptions,
  log: (text: string) => void,
): void {
  if (stage.provider.kind === 'mock') return;
  const estimate = estimateTokens(options.scenario, options.profile, stage);
  const what =
    `the ${stage.name} stage calls ${stage.provider.kind} (${stage.provider.model}): ` +
    `this run makes up to ${estimate.sends} sends of up to ${estimate.tokensPerSend} tokens each, ` +
    `about ${estimate.tokens.toLocaleString('en-US')} tokens at your price per token`;
  if (!options.realProvider) {
    throw new LoadInputError(`${what}; pass --real-provider to spend them`);
  }
  log(`${what}\n`);
}

/** The run's test users, provisioned through the stage's Cognito API under a prefix of their own. */
export function provisionRunUsers(
  target: Target,
  scenario: ScenarioName,
  profile: ProfileName,
  id: string,
): Promise<UsersFile> {
  return provisionUsers(target, {
    count: usersFor(scenario, profile),
    prefix: `lg-${id.slice(0, 15).toLowerCase()}-`,
    concurrency: 4,
  });
}

export function describeTarget(target: Target, choice: TargetChoice): RunRecord['target'] {
  return {
    kind: target.kind,
    stage: target.stage,
    apiUrl: target.apiUrl,
    file: choice.kind === 'file' ? choice.path : null,
  };
}

/** `<runsDir>/<YYYYMMDDTHHMMSSZ>-<scenario>[-<n>]`, created; never an existing folder. */
export async function createRunFolder(
  runsDir: string,
  at: Date,
  scenario: string,
): Promise<string> {
  const stamp = utcStamp(at);
  await mkdir(runsDir, { recursive: true });
  for (let n = 1; ; n++) {
    const folder = join(runsDir, `${stamp}-${scenario}${n === 1 ? '' : `-${n}`}`);
    try {
      await mkdir(folder);
      return folder;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

interface EngineArgsInput {
  scenario: ScenarioName;
  profile: ProfileName;
  target: Target;
  usersFile: string;
  summaryFile: string;
  samplesFile: string;
  segment: { segment: string; sequence: string } | undefined;
}

/** k6's command line, the same for both engines. */
export function engineArgs(input: EngineArgsInput): string[] {
  const env: Record<string, string> = {
    [ENV_KEYS.apiUrl]: input.target.apiUrl,
    [ENV_KEYS.usersFile]: input.usersFile,
    [ENV_KEYS.stage]: input.target.stage,
    [ENV_KEYS.profile]: input.profile,
    [ENV_KEYS.summaryFile]: input.summaryFile,
  };
  return [
    'run',
    '--quiet',
    ...Object.entries(env).flatMap(([key, value]) => ['-e', `${key}=${value}`]),
    '--out',
    `json=${input.samplesFile}`,
    ...(input.segment
      ? [
          '--execution-segment',
          input.segment.segment,
          '--execution-segment-sequence',
          input.segment.sequence,
        ]
      : []),
    scenarioFile(input.scenario),
  ];
}

async function readSummary(file: string): Promise<SummaryData | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as SummaryData;
  } catch {
    return undefined;
  }
}

const run = promisify(execFile);

export async function gitState(): Promise<RunRecord['git']> {
  try {
    const commit = (await run('git', ['rev-parse', 'HEAD'])).stdout.trim();
    const status = (await run('git', ['status', '--porcelain'])).stdout.trim();
    return { commit, dirty: status.length > 0 };
  } catch {
    return { commit: null, dirty: null };
  }
}

function describeOutcome(
  record: RunRecord,
  engineError: string | undefined,
  folder: string,
): string {
  const lines: string[] = [''];
  if (engineError !== undefined) {
    lines.push(`the engine failed (exit code ${record.exitCode}):`, engineError.trim());
  }
  if (record.thresholds) {
    const reported = record.thresholds.failed.filter((t) => !record.thresholds?.gating.includes(t));
    for (const threshold of record.thresholds.gating) lines.push(`✗ threshold ${threshold}`);
    for (const threshold of reported) {
      lines.push(`· threshold ${threshold} (latency: reported, gates only a deployed stage)`);
    }
  }
  for (const criterion of record.criteria?.criteria ?? []) {
    lines.push(`${criterion.passed ? '✓' : '✗'} ${criterion.name}: ${criterion.detail}`);
  }
  lines.push(
    `${record.exitCode === 0 ? 'passed' : 'failed'} (exit code ${record.exitCode}) → ${folder}`,
    '',
  );
  return lines.join('\n');
}
