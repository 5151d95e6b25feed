/**
 * The engine's command line, the subset of k6's it supports:
 *   run [--quiet] [-e KEY=VALUE]... [--summary-export FILE] [--out json=FILE]
 *       [--tag KEY=VALUE]... [--vus N] [--duration D] [--iterations N]
 *       [--execution-segment S [--execution-segment-sequence Q]] script
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { EXIT } from './errors.ts';
import { StderrLogger } from './logger.ts';
import type { CliOverrides } from './options.ts';
import { runTest } from './run.ts';
import { describeError } from './vu.ts';

const USAGE = `Usage: loopgauge-k6 run [flags] <script.ts|script.js>

A k6-compatible load engine for Node. Flags (as in k6):
  -q, --quiet                 no progress lines
  -e, --env KEY=VALUE         add a variable to __ENV (repeatable)
      --include-system-env-vars=false
                              leave the process environment out of __ENV
      --summary-export FILE   write the legacy JSON summary to FILE
  -o, --out json=FILE         write every sample as JSON lines to FILE (.gz compresses)
      --tag KEY=VALUE         add a tag to every sample (repeatable)
  -u, --vus N                 number of VUs (with --duration or --iterations)
  -d, --duration D            run for D (e.g. 30s) with --vus looping VUs
  -i, --iterations N          run N iterations shared among --vus VUs
      --execution-segment S   run only this part of the test, e.g. 0:1/3, 1/3:2/3, 50%
      --execution-segment-sequence Q
                              all parts of the test, e.g. 0,1/3,2/3,1
      --no-color              no ANSI colours in the summary
  -v, --verbose               show console.debug output
  -h, --help                  print this text
`;

class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** KEY=VALUE pairs; `allowBare` lets `KEY` alone mean an empty value (k6's `-e KEY`). */
function keyValues(
  list: string[] | undefined,
  flag: string,
  allowBare = false,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const eq = item.indexOf('=');
    if (eq < 0 && allowBare && item !== '') {
      out[item] = '';
      continue;
    }
    if (eq <= 0) throw new UsageError(`${flag} expects KEY=VALUE, got "${item}"`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`${flag} expects a positive integer, got "${value}"`);
  return Number(value);
}

/**
 * As k6 does: no command or `--help` prints the usage (exit code 0); a bad
 * command line is one error log line, without the usage, and exit code 255.
 */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (command === 'version') {
    process.stdout.write('loopgauge-k6 0.1.0 (k6 v1.3 compatible subset)\n');
    return EXIT.ok;
  }
  if (command !== 'run') {
    return usageError(`unknown command "${command}"; only "run" is supported`);
  }
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(rest);
  } catch (err) {
    return usageError((err as Error).message);
  }
  if (parsed === 'help') {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  const logger = new StderrLogger(undefined, parsed.verbose);
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = () => {
    interrupts++;
    if (interrupts > 1) process.exit(EXIT.externalAbort);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const result = await runTest({ ...parsed.run, logger, signal: controller.signal });
    return result.exitCode;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function usageError(message: string): number {
  // util.parseArgs writes some messages over several lines, and adds advice on
  // positionals that start with "-" (a script's name does not).
  const line = message
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*To specify a positional argument starting with a '-'.*$/, '');
  new StderrLogger().log('error', line);
  return EXIT.usage;
}

function parse(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      quiet: { type: 'boolean', short: 'q' },
      env: { type: 'string', short: 'e', multiple: true },
      'include-system-env-vars': { type: 'string' },
      'summary-export': { type: 'string' },
      out: { type: 'string', short: 'o', multiple: true },
      tag: { type: 'string', multiple: true },
      vus: { type: 'string', short: 'u' },
      duration: { type: 'string', short: 'd' },
      iterations: { type: 'string', short: 'i' },
      'execution-segment': { type: 'string' },
      'execution-segment-sequence': { type: 'string' },
      'no-color': { type: 'boolean' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  let jsonOut: string | undefined;
  for (const out of values.out ?? []) {
    const m = /^json=(.+)$/.exec(out);
    if (!m?.[1]) throw new UsageError(`--out "${out}" is not supported; only json=FILE is`);
    jsonOut = m[1];
  }
  const include = values['include-system-env-vars'];
  if (include !== undefined && include !== 'true' && include !== 'false') {
    throw new UsageError('--include-system-env-vars expects true or false');
  }
  const cli: CliOverrides = { tags: keyValues(values.tag, '--tag') };
  if (values['execution-segment'] !== undefined) {
    cli.executionSegment = values['execution-segment'];
  }
  if (values['execution-segment-sequence'] !== undefined) {
    cli.executionSegmentSequence = values['execution-segment-sequence'];
  }
  const vus = positiveInt(values.vus, '--vus');
  const iterations = positiveInt(values.iterations, '--iterations');
  if (vus !== undefined) cli.vus = vus;
  if (iterations !== undefined) cli.iterations = iterations;
  if (values.duration !== undefined) cli.duration = values.duration;
  // The flags first, then the script, as k6 checks them.
  if (positionals.length !== 1) throw new UsageError('run expects exactly one script file');
  const scriptPath = positionals[0] as string;
  if (!existsSync(scriptPath)) throw new UsageError(`script "${scriptPath}" does not exist`);
  return {
    verbose: values.verbose === true,
    run: {
      scriptPath,
      env: keyValues(values.env, '--env', true),
      includeSystemEnv: include !== 'false',
      cli,
      ...(values['summary-export'] ? { summaryExport: values['summary-export'] } : {}),
      ...(jsonOut ? { jsonOut } : {}),
      quiet: values.quiet === true,
      noColor: values['no-color'] === true || process.env.NO_COLOR !== undefined,
      isStdOutTTY: process.stdout.isTTY === true,
      isStdErrTTY: process.stderr.isTTY === true,
    },
  };
}

/** Runs the command and exits once stdout has been flushed. */
export function runCli(argv: string[]): void {
  main(argv).then(
    (code) => process.stdout.write('', () => process.exit(code)),
    (err) => {
      process.stderr.write(`${describeError(err)}\n`);
      process.exit(EXIT.scriptException);
    },
  );
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href)
  runCli(process.argv.slice(2));
