/**
 * The main job (`loopgauge run`, `npm start`): one stage, opened once —
 * the local stage started for the session, or a running stage's target
 * file — then the contracts verified against it, each configured scenario
 * run into its own run folder (every run audits its data), a capacity
 * report built over the session, and a one-screen verdict. The stage is
 * stopped (when the session started it) whatever happened.
 *
 * Everything lands in one session folder, `<sessionsDir>/<UTC timestamp>/`:
 *
 * | file                      | what                                                      |
 * | ------------------------- | --------------------------------------------------------- |
 * | `session.json`            | the configuration used, each step's outcome, the exit code |
 * | `session.log`             | what the steps printed (Pact's output, k6's summaries)    |
 * | `contracts.json`          | the contract verification's outcome                       |
 * | `<timestamp>-<scenario>/` | one run folder per scenario (see load/runner/run-folder.ts) |
 * | `index.html`, `report.md`, `report.json` | the capacity report over the runs          |
 * | `verdict.md`              | the verdict the terminal showed                           |
 */
import { execFile } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Listr, ListrLogger, type ListrTask, PRESET_TIMER } from 'listr2';
import type { Emulator } from '#emulator';
import {
  type AuditFile,
  LoadInputError,
  openTarget,
  type RunRecord,
  runLoad,
  type ScenarioName,
  type TargetChoice,
  utcStamp,
} from '#load';
import { buildReport, REPORT_FILES, type Report, writeReport } from '#reports';
import { WORKSPACE_DIR } from '#stages';
import type { Target } from '#targets';
import type { Config, TargetRef } from './config.ts';
import {
  type ContractsOutcome,
  type ScenarioOutcome,
  type SessionOutcome,
  sessionPassed,
  verdictLines,
} from './verdict.ts';

export interface SessionOptions {
  config: Config;
  target: TargetRef;
  /** The session folder (default `<config.sessionsDir>/<UTC timestamp>`). */
  out?: string;
  /** The workspace folder (`.loopgauge`): the local stage's bundles, users' tokens. */
  workDir?: string;
  /** Allow a stage that calls a real AI provider (it spends tokens). */
  realProvider?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Draw the step list in place (a terminal); otherwise plain lines (CI logs). */
  tty: boolean;
  /** Stops the session: the running step ends, later ones are skipped, what was measured stays. */
  signal?: AbortSignal;
  /** Where the step list and the verdict go (default stdout). */
  write?: (text: string) => void;
}

export interface SessionResult {
  exitCode: number;
  folder: string;
  outcome: SessionOutcome;
}

/** The exit code of a session stopped by Ctrl-C (128 + SIGINT, as shells report it). */
export const STOPPED_EXIT_CODE = 130;

/** How often a plain (non-terminal) step list prints a load run's progress line. */
const PLAIN_PROGRESS_MS = 5_000;

const CLI = fileURLToPath(new URL('../cli/bin.js', import.meta.url));

/** A mistake in what the user asked for, found before the session starts: one line, exit code 2. */
export class SessionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SessionInputError';
  }
}

interface Context {
  target?: Target;
  emulator?: Emulator;
}

export async function runSession(options: SessionOptions): Promise<SessionResult> {
  const { config } = options;
  const started = performance.now();
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const workDir = resolve(options.workDir ?? WORKSPACE_DIR);
  const folder = resolve(options.out ?? join(config.sessionsDir, utcStamp(new Date())));
  const created = await mkdir(folder, { recursive: true });
  const log = createWriteStream(join(folder, 'session.log'));
  const outcome: SessionOutcome = {
    target: {
      kind: options.target.kind === 'local' ? 'local' : 'deployed',
      stage: '?',
      apiUrl: '',
    },
    profile: config.profile,
    contracts: null,
    scenarios: [],
    report: null,
    reportPath: null,
    latencyGates: config.gateLatency,
    stopped: false,
    seconds: 0,
  };
  const ctx: Context = {};
  const stopped = () => options.signal?.aborted === true;
  const skipWhenStopped = () => (stopped() ? 'stopped (Ctrl-C)' : false);

  const opening: ListrTask<Context> = {
    title: options.target.kind === 'local' ? 'Start the local stage' : 'Open the target',
    task: async (_, task) => {
      const choice: TargetChoice =
        options.target.kind === 'local'
          ? { kind: 'local' }
          : {
              kind: 'file',
              path: options.target.path,
              ...(options.target.stack ? { stack: options.target.stack } : {}),
            };
      const target = await openTarget(choice, workDir, (emulator) => {
        ctx.emulator = emulator;
      }).catch((error: unknown) => {
        if (error instanceof LoadInputError) throw new SessionInputError(error.message);
        throw error;
      });
      ctx.target = target;
      outcome.target = { kind: target.kind, stage: target.stage, apiUrl: target.apiUrl };
      outcome.latencyGates = config.gateLatency || target.kind === 'deployed';
      task.title = `${task.title}: the ${target.stage} stage at ${target.apiUrl}`;
    },
  };
  const steps: ListrTask<Context>[] = [
    {
      title: 'Verify the contracts',
      skip: skipWhenStopped,
      task: async (_, task) => {
        outcome.contracts = await verifyContracts(ctx, options, folder, log);
        const c = outcome.contracts;
        task.title = `${task.title}: ${c.error ?? `${c.verified - c.failed} of ${c.verified} interactions`}`;
        if (!c.ok) throw new Error(task.title);
      },
    },
    ...config.scenarios.map(
      (scenario): ListrTask<Context> => ({
        title: `Load: ${scenario} (${config.profile})`,
        skip: skipWhenStopped,
        task: async (_, task) => {
          // A terminal redraws the line every second; a log gets one every few seconds.
          let shown = Number.NEGATIVE_INFINITY;
          const progress = (line: string) => {
            if (!options.tty && performance.now() - shown < PLAIN_PROGRESS_MS) return;
            shown = performance.now();
            task.output = line;
          };
          const result = await runScenario(
            scenario,
            requireTarget(ctx),
            options,
            folder,
            log,
            progress,
          );
          outcome.scenarios.push(result);
          const audit = result.audit
            ? result.audit.ok
              ? `audit ✓ ${result.audit.sends} sends`
              : `audit ✗ ${result.audit.findings} findings`
            : 'not audited';
          task.title = `${task.title}: ${result.error ?? (result.exitCode === 0 ? 'passed' : `failed (${result.failedCriteria.join('; ') || `exit ${result.exitCode}`})`)}; ${audit}`;
          if (result.exitCode !== 0) throw new Error(task.title);
        },
      }),
    ),
    {
      title: 'Build the capacity report',
      // A stopped session still reports what it measured.
      skip: () => outcome.scenarios.every((s) => s.folder === null),
      task: async (_, task) => {
        outcome.report = await report(folder, config);
        outcome.reportPath = join(folder, REPORT_FILES.html);
        task.title = `${task.title}: ${relative(process.cwd(), outcome.reportPath)}`;
      },
    },
    {
      title: options.target.kind === 'local' ? 'Stop the local stage' : 'Close the target',
      task: async () => {
        await ctx.emulator?.close();
        ctx.emulator = undefined;
      },
    },
  ];

  // Nothing runs without the stage: its step is a list of its own that stops the session.
  try {
    await stepList([opening], options.tty, true).run(ctx);
  } catch (error) {
    await new Promise((done) => log.end(done));
    // Nothing was measured: a folder this session created goes again.
    if (created !== undefined) await rm(folder, { recursive: true, force: true });
    throw error;
  }
  try {
    // A failed step is reported on the list and in the verdict; the next one still runs.
    await stepList(steps, options.tty, false).run(ctx);
  } finally {
    await ctx.emulator?.close().catch(() => undefined);
    if (!log.writableEnded) await new Promise((done) => log.end(done));
  }

  outcome.stopped = stopped();
  outcome.seconds = (performance.now() - started) / 1_000;
  const exitCode = outcome.stopped ? STOPPED_EXIT_CODE : sessionPassed(outcome) ? 0 : 1;
  await writeFile(join(folder, 'verdict.md'), verdictLines(outcome, { markdown: true }).join('\n'));
  await writeFile(
    join(folder, 'session.json'),
    `${JSON.stringify(sessionRecord(options, outcome, exitCode), null, 2)}\n`,
  );
  write(verdictLines(outcome, { markdown: false }).join('\n'));
  write(
    outcome.stopped
      ? `stopped: what was measured is in ${folder}\n`
      : `session folder: ${folder}\n`,
  );
  return { exitCode, folder, outcome };
}

/**
 * The steps on a terminal (redrawn in place, with their elapsed time) or as
 * plain lines (CI logs) — all on stdout: stderr carries only the command's
 * own error line.
 */
function stepList(steps: ListrTask<Context>[], tty: boolean, exitOnError: boolean) {
  return new Listr<Context, 'default', 'simple'>(steps, {
    concurrent: false,
    exitOnError,
    registerSignalListeners: false,
    renderer: 'default',
    fallbackRenderer: 'simple',
    fallbackRendererCondition: !tty,
    rendererOptions: { timer: PRESET_TIMER, collapseErrors: false, logger: stdoutLogger() },
    fallbackRendererOptions: { timer: PRESET_TIMER, logger: stdoutLogger() },
  });
}

function stdoutLogger<Levels extends string>(): ListrLogger<Levels> {
  return new ListrLogger<Levels>({ useIcons: true, toStderr: [] });
}

function requireTarget(ctx: Context): Target {
  if (!ctx.target) throw new Error('the stage is not open');
  return ctx.target;
}

/**
 * `loopgauge verify` in a child process: Pact's verifier core prints its
 * own report on the process's stdout, which belongs in the session log,
 * not on the step list.
 */
async function verifyContracts(
  ctx: Context,
  options: SessionOptions,
  folder: string,
  log: WriteStream,
): Promise<ContractsOutcome> {
  const file = join(folder, 'contracts.json');
  const ref = options.target;
  const targetArgs = ctx.emulator
    ? ['--target', ctx.emulator.targetFile]
    : ref.kind === 'file'
      ? ['--target', ref.path, ...(ref.stack ? ['--stack', ref.stack] : [])]
      : [];
  if (targetArgs.length === 0) throw new Error('the stage is not open');
  const { code, output } = await runChild(
    [CLI, 'verify', ...targetArgs, '--report', file],
    options,
  );
  log.write(`$ loopgauge verify ${targetArgs.join(' ')}\n${output}\n`);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as ContractsOutcome;
  } catch {
    const last = output.trim().split('\n').pop() ?? '';
    return {
      ok: false,
      verified: 0,
      failed: 0,
      localOnly: 0,
      error: `verification did not run (exit ${code}): ${last}`,
    };
  }
}

function runChild(
  args: string[],
  options: SessionOptions,
): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      args,
      { env: options.env ?? process.env, maxBuffer: 64 * 1024 * 1024, signal: options.signal },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, output: `${stdout}${stderr}` });
      },
    );
    child.stdin?.end();
  });
}

async function runScenario(
  scenario: ScenarioName,
  target: Target,
  options: SessionOptions,
  folder: string,
  log: WriteStream,
  onProgress: (line: string) => void,
): Promise<ScenarioOutcome> {
  const text = (chunk: string) => {
    log.write(chunk);
  };
  try {
    const result = await runLoad({
      scenario,
      profile: options.config.profile,
      target: { kind: 'open', target },
      engine: options.config.engine,
      keepData: false,
      split: 1,
      realProvider: options.realProvider === true,
      runsDir: folder,
      ...(options.workDir ? { workDir: options.workDir } : {}),
      ...(options.env ? { env: options.env } : {}),
      write: { stdout: text, stderr: text },
      tty: false,
      onProgress,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return {
      scenario,
      folder: result.folder,
      exitCode: result.exitCode,
      ...(options.signal?.aborted ? { error: 'stopped (Ctrl-C) while it ran' } : {}),
      audit: await auditOf(result.folder, result.record),
      failedCriteria: (result.record.criteria?.criteria ?? [])
        .filter((c) => !c.passed)
        .map((c) => c.name),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.write(`${scenario}: ${message}\n`);
    return {
      scenario,
      folder: null,
      exitCode: null,
      audit: null,
      failedCriteria: [],
      error: message,
    };
  }
}

/** The run's `audit.json`, as far as the verdict needs it (`null`: not audited, or the audit could not run). */
async function auditOf(folder: string, record: RunRecord): Promise<ScenarioOutcome['audit']> {
  if (!record.audit) return null;
  try {
    const audit = JSON.parse(await readFile(join(folder, record.audit), 'utf8')) as AuditFile;
    if (audit.ok === null) return null;
    return { ok: audit.ok, sends: audit.checked.sends, findings: audit.findings.length };
  } catch {
    return null;
  }
}

async function report(folder: string, config: Config): Promise<Report> {
  const built = await buildReport({ folders: [folder], capacity: config.capacity });
  await writeReport(built, folder);
  return built;
}

function sessionRecord(options: SessionOptions, outcome: SessionOutcome, exitCode: number) {
  const { report: built, ...rest } = outcome;
  return {
    schemaVersion: 1,
    config: { ...options.config, capacity: options.config.capacity !== null },
    ...rest,
    report: built ? { verdict: built.verdict.passed, files: Object.values(REPORT_FILES) } : null,
    exitCode,
  };
}
