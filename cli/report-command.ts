/** `loopgauge report`: run folders in, a capacity report out; the exit code carries the verdict. */
import { stat } from 'node:fs/promises';
import {
  buildReport,
  type CapacityFile,
  CapacityFileError,
  RunFolderError,
  readCapacityFile,
  SampleError,
  SummaryError,
  writeReport,
} from '#reports';
import { getStage, isStageName, STAGE_NAMES } from '#stages';
import { type Command, parseFlags, UsageError } from './args.ts';

export const REPORT_USAGE = `loopgauge report <run-folder>... [options]

Turns load runs into a capacity report: index.html, report.md, report.json.

  <run-folder>...   run folders (reports/runs/<UTC timestamp>-<scenario>/), or a session folder holding them
  --baseline DIR    a run or session folder to compare with, scenario by scenario
  --capacity FILE   expected traffic, quotas and prices (JSON; schema: reports/capacity.schema.json)
  --stage NAME      the stage to project the traffic onto (${STAGE_NAMES.join(', ')}; default: the runs' stage)
  --out DIR         where to write the report (default: the one folder given)

Exit code: 0 when the verdict passes, 1 when it fails, 2 for bad input.`;

/** The command as `loopgauge` runs it (cli/main.ts). */
export const command: Command = { usage: REPORT_USAGE, run: reportCommand };

/** Errors that mean the input is wrong, not the program. */
const INPUT_ERRORS = [RunFolderError, CapacityFileError, SampleError, SummaryError];

export async function reportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      baseline: { type: 'string' },
      capacity: { type: 'string' },
      stage: { type: 'string' },
      out: { type: 'string' },
    },
    { positionals: true },
  );
  if (positionals.length === 0)
    throw new UsageError('name at least one run folder', { usage: true });
  const out = values.out ?? (positionals.length === 1 ? positionals[0] : undefined);
  if (out === undefined)
    throw new UsageError('with several run folders, say where the report goes (--out DIR)');
  if (values.stage !== undefined && !isStageName(values.stage))
    throw new UsageError(`--stage must be one of ${STAGE_NAMES.join(', ')}, got "${values.stage}"`);
  const stage = values.stage === undefined ? undefined : getStage(values.stage);
  try {
    const capacity: CapacityFile | null = values.capacity
      ? await readCapacityFile(values.capacity)
      : null;
    if (values.baseline && !(await stat(values.baseline).catch(() => null)))
      throw new RunFolderError(`no such baseline folder: ${values.baseline}`);
    const report = await buildReport({
      folders: positionals,
      baseline: values.baseline,
      capacity,
      stage,
    });
    const files = await writeReport(report, out);
    const first = report.capacity.limits.find((l) => l.id === report.capacity.firstBottleneck);
    const failed = report.verdict.checks.filter((c) => c.gating && !c.passed).length;
    process.stdout.write(
      `${files.join('\n')}\n` +
        `verdict: ${report.verdict.passed ? 'pass' : `FAIL (${failed} gating check${failed === 1 ? '' : 's'} failed)`}` +
        (first
          ? ` · first bottleneck: ${first.label} (breaks at ${Math.round(first.breaksAtDailyActiveUsers ?? 0).toLocaleString('en-US')} daily users)`
          : '') +
        '\n',
    );
    return report.verdict.passed ? 0 : 1;
  } catch (error) {
    if (INPUT_ERRORS.some((kind) => error instanceof kind))
      throw new UsageError((error as Error).message);
    throw error;
  }
}
