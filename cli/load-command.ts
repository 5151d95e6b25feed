/** `loopgauge load`: runs a k6 scenario against a stage and writes its run folder. */
import {
  ENGINE_CHOICES,
  type EngineChoice,
  isProfileName,
  isScenarioName,
  LoadInputError,
  PROFILE_NAMES,
  RUNS_DIR,
  runLoad,
  SCENARIO_NAMES,
  type TargetChoice,
  writeTestRun,
} from '#load';
import { type Command, countFlag, parseFlags, UsageError } from './args.ts';

export const LOAD_USAGE = `loopgauge load <scenario> [options]

Runs a k6 scenario against a stage and writes its run folder (${RUNS_DIR}/<time>-<scenario>/).

  <scenario>          ${SCENARIO_NAMES.join(', ')}
  --target T          local (default: starts a local stage for this run and stops it after)
                      or a target file: a running local stage's (.loopgauge/targets/local.json)
                      or a deployed stage's (npm run deploy writes .loopgauge/targets/<stack>.json)
  --stack NAME        the stack in a deploy outputs file that holds several
  --engine E          auto (default: k6 when K6_BINARY or k6 on PATH is found, else built-in), k6, builtin
  --profile P         quick (default; CI, within 40 s locally), full (before a launch)
                      or tiny (seconds; proves the job runs, too few figures to judge by)
  --keep-data         keep the test users and what they wrote (removed by default)
  --split N           run N engine processes, each an execution segment of the test
  --k8s N             write a k6-operator TestRun of N runners (and its run folder) instead of running
  --runs-dir DIR      where run folders go (default ${RUNS_DIR})
  --real-provider     allow a stage that calls a real AI provider (it spends tokens)

Exit code: 0 passed; k6's codes (99: a gating threshold, a pass criterion or the data audit failed); 2 bad input.`;

/** The command as `loopgauge` runs it (cli/main.ts). */
export const command: Command = {
  usage: LOAD_USAGE,
  run: (argv) => loadCommand(argv, process.env),
};

export async function loadCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [scenario, ...rest] = argv;
  if (scenario === undefined || scenario.startsWith('-')) {
    throw new UsageError(`name a scenario: ${SCENARIO_NAMES.join(', ')}`, { usage: true });
  }
  if (!isScenarioName(scenario)) {
    throw new UsageError(`unknown scenario "${scenario}" (known: ${SCENARIO_NAMES.join(', ')})`, {
      usage: false,
    });
  }
  const { values } = parseFlags(rest, {
    target: { type: 'string' },
    stack: { type: 'string' },
    engine: { type: 'string' },
    profile: { type: 'string' },
    'keep-data': { type: 'boolean' },
    split: { type: 'string' },
    k8s: { type: 'string' },
    'runs-dir': { type: 'string' },
    'real-provider': { type: 'boolean' },
  });
  const profile = values.profile ?? 'quick';
  if (!isProfileName(profile)) {
    throw new UsageError(`--profile must be ${PROFILE_NAMES.join(', ')}, got "${profile}"`, {
      usage: false,
    });
  }
  const engine = values.engine ?? 'auto';
  if (!(ENGINE_CHOICES as readonly string[]).includes(engine)) {
    throw new UsageError(`--engine must be ${ENGINE_CHOICES.join(', ')}, got "${engine}"`, {
      usage: false,
    });
  }
  const split = countFlag(values.split, 'split', 1, 16);
  const target: TargetChoice =
    values.target === undefined || values.target === 'local'
      ? { kind: 'local' }
      : { kind: 'file', path: values.target, ...(values.stack ? { stack: values.stack } : {}) };
  try {
    if (values.k8s !== undefined) {
      const parallelism = countFlag(values.k8s, 'k8s', 1, 1_000);
      if (target.kind === 'local') {
        throw new UsageError(
          '--k8s runs against a deployed stage: pass --target <its target file>',
          {
            usage: false,
          },
        );
      }
      return await writeTestRun({
        scenario,
        profile,
        target,
        parallelism,
        ...(values['runs-dir'] ? { runsDir: values['runs-dir'] } : {}),
      });
    }
    const controller = new AbortController();
    const onSignal = () => controller.abort();
    process.once('SIGINT', onSignal);
    try {
      const result = await runLoad({
        scenario,
        profile,
        target,
        engine: engine as EngineChoice,
        keepData: values['keep-data'] === true,
        split,
        realProvider: values['real-provider'] === true,
        ...(values['runs-dir'] ? { runsDir: values['runs-dir'] } : {}),
        env,
        tty: process.stderr.isTTY === true,
        signal: controller.signal,
      });
      return result.exitCode;
    } finally {
      process.off('SIGINT', onSignal);
    }
  } catch (error) {
    if (error instanceof LoadInputError) throw new UsageError(error.message, { usage: false });
    throw error;
  }
}
