/** `loopgauge run` (`npm start`): the main job, from a stage to a capacity report and a verdict. */
import {
  ENGINE_CHOICES,
  type EngineChoice,
  isProfileName,
  isScenarioName,
  PROFILE_NAMES,
  SCENARIO_NAMES,
} from '#load';
import {
  CONFIG_FILE,
  type Config,
  ConfigError,
  DEFAULT_SCENARIOS,
  readConfig,
  resolveTargetName,
  runSession,
  SESSIONS_DIR,
  SessionInputError,
} from '#session';
import { WORKSPACE_DIR } from '#stages';
import { type Command, parseFlags, UsageError } from './args.ts';

export const RUN_USAGE = `loopgauge run [options]

The main job: start the local stage (or open a running one) → verify the contracts →
run the scenarios (${DEFAULT_SCENARIOS.join(', ')}) → audit their data → build the
capacity report → print the verdict → stop the stage. Everything goes into one session
folder (${SESSIONS_DIR}/<UTC timestamp>/).

  --config FILE       the configuration (default ${CONFIG_FILE}; schema: session/config.schema.json)
  --target T          local, a name from the configuration's "targets", or a target file
                      (npm run deploy writes .loopgauge/targets/<stack>.json)
  --stack NAME        the stack in a deploy outputs file that holds several
  --profile P         ${PROFILE_NAMES.join(', ')} (default: the configuration's, else quick)
  --scenarios LIST    comma-separated (known: ${SCENARIO_NAMES.join(', ')})
  --engine E          ${ENGINE_CHOICES.join(', ')} (auto: k6 when found, else the built-in engine)
  --out DIR           the session folder (default ${SESSIONS_DIR}/<UTC timestamp>)
  --work-dir DIR      the workspace: the local stage's bundles, test users' tokens (default ${WORKSPACE_DIR})
  --gate-latency      latency SLOs fail the job against the local stage too
                      (against a deployed stage they always do)
  --real-provider     allow a stage that calls a real AI provider (it spends tokens)

Exit code: 0 passed; 1 a contract, a scenario's criteria, the audit or a gating SLO failed;
2 bad input; 130 stopped with Ctrl-C (what was measured stays in the session folder).`;

/** The command as `loopgauge` runs it (cli/main.ts). */
export const command: Command = { usage: RUN_USAGE, run: (argv) => runCommand(argv, process.env) };

export async function runCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseFlags(argv, {
    config: { type: 'string' },
    target: { type: 'string' },
    stack: { type: 'string' },
    profile: { type: 'string' },
    scenarios: { type: 'string' },
    engine: { type: 'string' },
    out: { type: 'string' },
    'work-dir': { type: 'string' },
    'gate-latency': { type: 'boolean' },
    'real-provider': { type: 'boolean' },
  });
  let config: Config;
  try {
    config = await readConfig(values.config ?? CONFIG_FILE, {
      explicit: values.config !== undefined,
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  config = { ...config, ...overrides(values) };
  const target = resolveTargetName(values.target ?? config.target, config, values.stack);
  if (values.stack !== undefined && target.kind === 'local') {
    throw new UsageError('--stack goes with a target file');
  }

  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const result = await runSession({
      config,
      target,
      ...(values.out ? { out: values.out } : {}),
      ...(values['work-dir'] ? { workDir: values['work-dir'] } : {}),
      realProvider: values['real-provider'] === true,
      env,
      tty: process.stdout.isTTY === true,
      signal: controller.signal,
    });
    return result.exitCode;
  } catch (error) {
    if (error instanceof SessionInputError) throw new UsageError(error.message);
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function overrides(values: {
  profile?: string | undefined;
  scenarios?: string | undefined;
  engine?: string | undefined;
  'gate-latency'?: boolean | undefined;
}): Partial<Config> {
  const out: Partial<Config> = {};
  if (values.profile !== undefined) {
    if (!isProfileName(values.profile))
      throw new UsageError(
        `--profile must be ${PROFILE_NAMES.join(', ')}, got "${values.profile}"`,
      );
    out.profile = values.profile;
  }
  if (values.scenarios !== undefined) {
    const names = values.scenarios
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    const unknown = names.filter((name) => !isScenarioName(name));
    if (names.length === 0 || unknown.length > 0)
      throw new UsageError(
        `unknown scenario${unknown.length === 1 ? '' : 's'} "${unknown.join(', ') || values.scenarios}" (known: ${SCENARIO_NAMES.join(', ')})`,
      );
    out.scenarios = [...new Set(names)] as Config['scenarios'];
  }
  if (values.engine !== undefined) {
    if (!(ENGINE_CHOICES as readonly string[]).includes(values.engine))
      throw new UsageError(`--engine must be ${ENGINE_CHOICES.join(', ')}, got "${values.engine}"`);
    out.engine = values.engine as EngineChoice;
  }
  if (values['gate-latency']) out.gateLatency = true;
  return out;
}
