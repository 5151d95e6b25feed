/**
 * `loopgauge mock-provider`: the mock AI provider as an HTTP server of its
 * own. Prints `mock-provider listening on <url>` (first line, for scripts
 * that start it), then the profile's model; runs until Ctrl-C or SIGTERM.
 */
import {
  loadProfilesFile,
  MockConfigError,
  type MockProviderServerOptions,
  type Profile,
  ProfileConfigError,
  parseIntegerSetting,
  resolveProfile,
  startMockProviderServer,
} from '#mock-provider';
import { type Command, parseFlags, UsageError } from './args.ts';
import { onShutdownSignals } from './shutdown.ts';

export const MOCK_PROVIDER_USAGE = `loopgauge mock-provider [options]

Runs the mock AI provider (OpenAI and Anthropic chat APIs) as an HTTP server.

  --port N            port (default 9090, env MOCK_PROVIDER_PORT; 0 picks a free one)
  --host ADDR         address to bind (default 127.0.0.1)
  --profile NAME      instant, fast, realistic, slow, flaky or a custom one
                      (default fast, env MOCK_PROVIDER_PROFILE)
  --seed N            integer seed, 0..4294967295 (default 1, env MOCK_PROVIDER_SEED)
  --profiles-file F   JSON file of custom profiles (env MOCK_PROVIDER_PROFILES_FILE)
  --rpm N             requests-per-minute limit per API key (replaces the profile's)
  --tpm N             tokens-per-minute limit per API key (replaces the profile's)
  --journal-size N    journal entries kept (default 10000)
  --resolution R      routes (default: direct dispatch) or msw (every request through MSW getResponse)

Flags win over the environment variables. Ctrl-C or SIGTERM stops it (exit code 0).`;

/** The command as `loopgauge` runs it (cli/main.ts). */
export const command: Command = {
  usage: MOCK_PROVIDER_USAGE,
  run: (argv) => mockProviderCommand(argv, process.env),
};

export type MockProviderCommandOptions = MockProviderServerOptions & {
  port: number;
  host: string;
  profile: Profile;
};

/** The server's options from the flags, then the environment; a bad value is a UsageError. */
export function mockProviderOptions(
  argv: string[],
  env: Record<string, string | undefined>,
): MockProviderCommandOptions {
  const { values } = parseFlags(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    profile: { type: 'string' },
    seed: { type: 'string' },
    'profiles-file': { type: 'string' },
    rpm: { type: 'string' },
    tpm: { type: 'string' },
    'journal-size': { type: 'string' },
    resolution: { type: 'string' },
  });
  try {
    const port = parseIntegerSetting(
      '--port',
      values.port ?? env.MOCK_PROVIDER_PORT ?? '9090',
      0,
      65_535,
    );
    const seed = parseIntegerSetting(
      '--seed',
      values.seed ?? env.MOCK_PROVIDER_SEED ?? '1',
      0,
      2 ** 32 - 1,
    );
    const profilesFile = values['profiles-file'] ?? env.MOCK_PROVIDER_PROFILES_FILE;
    const profiles = profilesFile ? loadProfilesFile(profilesFile) : {};
    const profile = resolveProfile(values.profile ?? env.MOCK_PROVIDER_PROFILE ?? 'fast', profiles);
    const options: MockProviderCommandOptions = {
      port,
      host: values.host ?? '127.0.0.1',
      profile,
      seed,
      profiles,
    };
    const { rpm, tpm } = values;
    if (rpm !== undefined || tpm !== undefined) {
      options.rateLimits = {
        ...(rpm === undefined ? {} : { requestsPerMinute: parseIntegerSetting('--rpm', rpm, 1) }),
        ...(tpm === undefined ? {} : { tokensPerMinute: parseIntegerSetting('--tpm', tpm, 1) }),
      };
    }
    const journalSize = values['journal-size'];
    if (journalSize !== undefined) {
      options.journalSize = parseIntegerSetting('--journal-size', journalSize, 1, 1_000_000);
    }
    const { resolution } = values;
    if (resolution !== undefined) {
      if (resolution !== 'routes' && resolution !== 'msw') {
        throw new MockConfigError(`--resolution must be routes or msw, got "${resolution}"`);
      }
      options.resolution = resolution;
    }
    return options;
  } catch (error) {
    if (error instanceof MockConfigError || error instanceof ProfileConfigError) {
      throw new UsageError(error.message, { usage: false });
    }
    throw error;
  }
}

export async function mockProviderCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const options = mockProviderOptions(argv, env);
  const server = await startMockProviderServer(options).catch((error: unknown) => {
    const cause = (error as { cause?: NodeJS.ErrnoException }).cause;
    if (cause?.code === 'EADDRINUSE') {
      throw new UsageError(`port ${options.port} is in use (pick another with --port)`, {
        usage: false,
      });
    }
    if (cause?.code === 'EADDRNOTAVAIL' || cause?.code === 'ENOTFOUND') {
      throw new UsageError(`cannot listen on --host ${options.host} (${cause.code})`, {
        usage: false,
      });
    }
    throw error;
  });
  process.stdout.write(`mock-provider listening on ${server.url}\n${server.provider.describe()}\n`);
  const shutdown = onShutdownSignals(process, {
    force: () => {
      process.stdout.write('second Ctrl-C: forcing the mock provider to stop.\n');
      process.exit(130);
    },
  });
  await shutdown.requested;
  try {
    await server.close();
  } finally {
    shutdown.done();
  }
  // Exit now, as the stage does: a signal that lands while Node tears the
  // process down would end it with that signal's status.
  process.exit(0);
}
