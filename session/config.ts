/**
 * The main job's configuration: `loopgauge.config.json` at the repository
 * root. It says where the job runs (named targets: the local stage or a
 * running stage's target file), which scenarios run at which profile, where
 * sessions go, and the team's expected traffic (the capacity file's schema,
 * owned by the reports, embedded as `capacity`). SLOs and throttles are not
 * here: they belong to the stage definitions in `stages/`.
 *
 * One TypeBox definition gives the type and the JSON Schema
 * (`config.schema.json`); every key has a default, so a missing file is the
 * defaults, and a broken one gets one message naming the key and why.
 */
import { readFile } from 'node:fs/promises';
import { type Static, Type as T } from '@sinclair/typebox';
import { Ajv, type ErrorObject } from 'ajv';
import { ENGINE_CHOICES, type EngineChoice, PROFILE_NAMES, SCENARIO_NAMES } from '#load';
import { type CapacityFile, CapacityFileSchema } from '#reports';

export const CONFIG_FILE = 'loopgauge.config.json';
export const CONFIG_VERSION = 1;

/** Where session folders go, relative to the repository root. */
export const SESSIONS_DIR = 'reports/sessions';

/** The scenarios the main job runs unless the configuration says otherwise. */
export const DEFAULT_SCENARIOS = [
  'smoke',
  'cold-start',
  'throttle',
  'ai-latency',
  'dynamo-throughput',
] as const satisfies readonly (typeof SCENARIO_NAMES)[number][];

const literals = <V extends string>(values: readonly V[], description: string) =>
  T.Union(
    values.map((value) => T.Literal(value)),
    { description },
  );

export const ConfigSchema = T.Object(
  {
    $schema: T.Optional(T.String()),
    version: T.Literal(CONFIG_VERSION, { description: 'the configuration format version' }),
    target: T.Optional(
      T.String({
        minLength: 1,
        description:
          'the target the job runs against: a name from `targets`, `local`, or a target file (default `local`)',
      }),
    ),
    targets: T.Optional(
      T.Record(
        T.String({ pattern: '^[a-z][a-z0-9-]*$' }),
        T.Object(
          {
            file: T.String({
              minLength: 1,
              description:
                'a running stage’s target file (`npm run deploy` writes .loopgauge/targets/<stack>.json)',
            }),
            stack: T.Optional(
              T.String({ minLength: 1, description: 'the stack, when the file holds several' }),
            ),
          },
          { additionalProperties: false },
        ),
        { description: 'named deployed stages: `loopgauge run --target <name>`' },
      ),
    ),
    profile: T.Optional(literals(PROFILE_NAMES, 'the load profile (default quick)')),
    scenarios: T.Optional(
      T.Array(literals(SCENARIO_NAMES, 'a scenario in load/scenarios/'), {
        minItems: 1,
        uniqueItems: true,
        description: `the scenarios to run, in order (default ${DEFAULT_SCENARIOS.join(', ')})`,
      }),
    ),
    engine: T.Optional(
      literals(ENGINE_CHOICES, 'auto (k6 when found, else the built-in engine), k6, builtin'),
    ),
    sessionsDir: T.Optional(
      T.String({ minLength: 1, description: `where session folders go (default ${SESSIONS_DIR})` }),
    ),
    gateLatency: T.Optional(
      T.Boolean({
        description:
          'latency SLOs fail the job against the local stage too (they always do against a deployed one)',
      }),
    ),
    capacity: T.Optional(CapacityFileSchema),
  },
  { additionalProperties: false, title: 'loopgauge configuration' },
);

export type ConfigFile = Static<typeof ConfigSchema>;

/** The configuration with every default filled in. */
export interface Config {
  /** The file read, or `null` when there was none. */
  file: string | null;
  target: string;
  targets: Record<string, { file: string; stack?: string }>;
  profile: (typeof PROFILE_NAMES)[number];
  scenarios: (typeof SCENARIO_NAMES)[number][];
  engine: EngineChoice;
  sessionsDir: string;
  gateLatency: boolean;
  capacity: CapacityFile | null;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const validate = new Ajv({ allErrors: true, strict: false, verbose: true }).compile<ConfigFile>(
  ConfigSchema,
);

/** One readable line per problem: the key (as a JSON path) and what it must be. */
function describe(error: ErrorObject): string {
  const key = error.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(top level)';
  switch (error.keyword) {
    case 'additionalProperties':
      return `${key === '(top level)' ? '' : `${key}.`}${(error.params as { additionalProperty: string }).additionalProperty}: unknown key`;
    case 'required':
      return `${key === '(top level)' ? '' : `${key}.`}${(error.params as { missingProperty: string }).missingProperty}: required`;
    case 'const':
      return `${key}: must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`;
    default:
      return `${key}: ${error.message ?? 'invalid'}`;
  }
}

/**
 * The problems Ajv reports for a union (`anyOf` of literals) come once per
 * branch; the union's own message says it best, so the branches' are dropped.
 */
function problemsOf(errors: ErrorObject[]): string[] {
  const unions = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const problems = errors
    .filter((e) => e.keyword === 'anyOf' || !unions.has(e.instancePath))
    .map((e) =>
      e.keyword === 'anyOf'
        ? `${e.instancePath.replace(/^\//, '').replace(/\//g, '.')}: must be one of ${unionValues(e)}`
        : describe(e),
    );
  return [...new Set(problems)];
}

function unionValues(error: ErrorObject): string {
  const schema = error.parentSchema as { anyOf?: Array<{ const?: unknown }> } | undefined;
  return (schema?.anyOf ?? []).map((branch) => String(branch.const)).join(', ');
}

export function parseConfig(value: unknown, file: string | null): Config {
  const name = file ?? 'configuration';
  if (!validate(value)) {
    throw new ConfigError(`${name}: ${problemsOf(validate.errors ?? []).join('; ')}`);
  }
  const targets = value.targets ?? {};
  const target = value.target ?? 'local';
  if (target in targets && target === 'local') {
    throw new ConfigError(
      `${name}: targets.local: "local" names the local stage; pick another name`,
    );
  }
  return {
    file,
    target,
    targets,
    profile: value.profile ?? 'quick',
    scenarios: [...(value.scenarios ?? DEFAULT_SCENARIOS)],
    engine: value.engine ?? 'auto',
    sessionsDir: value.sessionsDir ?? SESSIONS_DIR,
    gateLatency: value.gateLatency ?? false,
    capacity: value.capacity ?? null,
  };
}

/**
 * Reads the configuration file; a missing file is the defaults unless the
 * path was given explicitly (`--config`).
 */
export async function readConfig(
  path: string,
  { explicit }: { explicit: boolean },
): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !explicit) return parseConfig({ version: CONFIG_VERSION }, null);
    throw new ConfigError(`cannot read the configuration ${path} (${code ?? String(error)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path} is not JSON: ${(error as Error).message}`);
  }
  return parseConfig(value, path);
}

/** Where a target name from the configuration or the command line points. */
export type TargetRef =
  | { kind: 'local' }
  | { kind: 'file'; path: string; stack?: string; name?: string };

export function resolveTargetName(name: string, config: Config, stack?: string): TargetRef {
  if (name === 'local') return { kind: 'local' };
  const named = config.targets[name];
  if (named)
    return { kind: 'file', path: named.file, name, ...(named.stack ? { stack: named.stack } : {}) };
  return { kind: 'file', path: name, ...(stack ? { stack } : {}) };
}
