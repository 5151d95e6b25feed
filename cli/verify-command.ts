/**
 * `loopgauge verify`: provider verification of the chat API's pacts against
 * a stage — by default the local stage, started for the run on free ports
 * and stopped after it; or any running stage through its target file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  BrokerSetupError,
  brokerFromEnv,
  gitVersion,
  PACTS_DIR,
  PactFileError,
  readPacts,
  type VerificationReport,
  verifyProvider,
} from '#contracts/verify';
import { startEmulator } from '#emulator';
import { WORKSPACE_DIR } from '#stages';
import { readRunningTarget, type Target, TargetError } from '#targets';
import { type Command, parseFlags, UsageError } from './args.ts';

export const VERIFY_USAGE = `loopgauge verify [options]

Verifies the chat API against every pact in ${PACTS_DIR}/ (provider verification).

  --target local|FILE   local (default): start the local stage on free ports for the run;
                        FILE: a running stage's target file — the local stage's
                        (.loopgauge/targets/local.json) or a deployed stage's outputs
                        (npm run deploy writes .loopgauge/targets/<stack>.json)
  --stack NAME          the stack in a deploy outputs file that holds several
  --interaction TEXT    only the interactions whose description contains TEXT
  --pacts DIR           the pact folder (default ${PACTS_DIR})
  --report FILE         also write what the verification came to as JSON (counts, failures)
  --publish             verify the pacts the Pact Broker selects and publish the results
                        (needs PACT_BROKER_BASE_URL and PACT_BROKER_TOKEN, or _USERNAME and
                        _PASSWORD; the version is the git commit, on the git branch)

Against a deployed stage, interactions whose state only the local stage can be put in
(a lowered throttle, a failing AI provider) are listed, not verified.`;

/** The command as `loopgauge` runs it (cli/main.ts). */
export const command: Command = {
  usage: VERIFY_USAGE,
  run: (argv) => verifyCommand(argv, process.env),
};

/** Where the command keeps its local stage (bundles, target file) and scratch pacts. */
const WORK_DIR = resolve(WORKSPACE_DIR, 'verify');

export async function verifyCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseFlags(argv, {
    target: { type: 'string' },
    stack: { type: 'string' },
    interaction: { type: 'string' },
    pacts: { type: 'string' },
    publish: { type: 'boolean' },
    report: { type: 'string' },
  });
  const local = values.target === undefined || values.target === 'local';
  if (local && values.stack !== undefined) throw new UsageError('--stack goes with --target FILE');
  if (values.interaction !== undefined && values.interaction.trim() === '') {
    throw new UsageError('--interaction needs some text of a description');
  }
  if (values.publish && (values.interaction !== undefined || values.pacts !== undefined)) {
    throw new UsageError('--publish verifies what the broker selects: no --interaction or --pacts');
  }
  const broker = values.publish ? await brokerRun(env) : undefined;
  const target = local ? undefined : await targetFrom(values.target as string, values.stack);
  if (broker && target?.kind === 'deployed') {
    throw new UsageError(
      '--publish goes with the local stage, where every interaction is verified; a deployed stage leaves the local-only ones out',
    );
  }

  // A pact folder that cannot be read is found out before a local stage starts.
  if (values.pacts !== undefined) {
    await readPacts(values.pacts).catch((error: unknown) => {
      if (error instanceof PactFileError) throw new UsageError(error.message);
      throw error;
    });
  }

  const started = performance.now();
  const emulator = target
    ? undefined
    : await startEmulator({ workDir: WORK_DIR, functionLogs: 'silent' });
  try {
    const stage = target ?? (emulator as NonNullable<typeof emulator>);
    const report = await verifyProvider({
      target: stage,
      pactsDir: values.pacts ?? PACTS_DIR,
      only: values.interaction,
      broker,
      workDir: WORK_DIR,
    }).catch((error: unknown) => {
      if (error instanceof PactFileError) throw new UsageError(error.message);
      throw error;
    });
    const where = emulator
      ? `the local stage, started for this run (${stage.apiUrl})`
      : `${stage.kind === 'local' ? 'the local stage' : `deployed stage "${stage.stage}"`} at ${stage.apiUrl}`;
    if (values.report !== undefined) await writeReportFile(values.report, report);
    process.stdout.write(
      summary(report, where, values.pacts ?? PACTS_DIR, (performance.now() - started) / 1_000),
    );
    return report.ok ? 0 : 1;
  } finally {
    await emulator?.close();
  }
}

/** What the verification came to, after Pact's own output. */
export function summary(
  report: VerificationReport,
  where: string,
  pactsDir: string,
  seconds: number,
): string {
  const lines = [
    '',
    `loopgauge verify: ${where}`,
    ...report.pacts.map(
      (pact) =>
        `  ${pact.consumer} → ${pact.file.replace(/^.*\//, `${pactsDir}/`)}: ${count(pact.interactions, 'interaction')}`,
    ),
  ];
  const passed = report.verified.filter((entry) => entry.ok).length;
  const failed = report.verified.length - passed;
  lines.push(
    `verified ${count(report.verified.length, 'interaction')}: ${passed} passed, ${failed} failed (${seconds.toFixed(1)} s)`,
  );
  const list = (title: string, entries: Array<{ consumer: string; description: string }>) => {
    if (entries.length === 0) return;
    lines.push(`${title} (${entries.length}):`);
    for (const entry of entries) lines.push(`  ${entry.consumer}: ${entry.description}`);
  };
  if (report.localOnly.length > 0) {
    lines.push(
      `not verified here — local-only, verify them with --target local (${report.localOnly.length}):`,
    );
    for (const entry of report.localOnly)
      lines.push(`  ${entry.consumer}: ${entry.description} (${entry.reason})`);
  }
  list('left out by --interaction', report.notSelected);
  list(
    'selected but not verified by Pact (is PACT_DESCRIPTION or a similar filter set?)',
    report.missing,
  );
  if (report.failures.length > 0) {
    lines.push(`failed (${report.failures.length}):`);
    for (const failure of report.failures) lines.push(`  ${failure.replace(/\n/g, '\n  ')}`);
  }
  if (report.pendingFailures.length > 0) {
    lines.push(`failed but pending, not fatal (${report.pendingFailures.length}):`);
    for (const failure of report.pendingFailures) lines.push(`  ${failure.replace(/\n/g, '\n  ')}`);
  }
  lines.push(report.ok ? 'contract verified' : 'contract NOT verified');
  return `${lines.join('\n')}\n`;
}

/** The verification's outcome as JSON, for tools that run `verify` as a step (the main job). */
async function writeReportFile(path: string, report: VerificationReport): Promise<void> {
  const outcome = {
    ok: report.ok,
    verified: report.verified.length,
    failed: report.verified.filter((entry) => !entry.ok).length,
    localOnly: report.localOnly.length,
    failures: report.failures,
  };
  await mkdir(dirname(resolve(path)), { recursive: true });
  await writeFile(path, `${JSON.stringify(outcome, null, 2)}\n`);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

async function brokerRun(env: NodeJS.ProcessEnv) {
  try {
    const broker = brokerFromEnv(env);
    const version = await gitVersion(env);
    return { ...broker, providerVersion: version.commit, providerBranch: version.branch };
  } catch (error) {
    if (error instanceof BrokerSetupError) throw new UsageError(error.message);
    throw error;
  }
}

async function targetFrom(path: string, stack: string | undefined): Promise<Target> {
  try {
    return await readRunningTarget(path, stack);
  } catch (error) {
    if (error instanceof TargetError) throw new UsageError(error.message);
    throw error;
  }
}
