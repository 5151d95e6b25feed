import { parseArgs } from 'node:util';
import { loadProfilesFile, MockConfigError, parseIntegerSetting } from './config.ts';
import { ProfileConfigError } from './distributions.ts';
import { type Profile, resolveProfile } from './profiles.ts';
import type { MockProviderServerOptions } from './server.ts';

export const USAGE = `usage: npm run mock-provider -- [options]
  --port N            port on the host (default 9090, env MOCK_PROVIDER_PORT; 0 = any free port)
  --host ADDR         address to bind (default 127.0.0.1)
  --profile NAME      instant | fast | realistic | slow | flaky | a custom one (default fast, env MOCK_PROVIDER_PROFILE)
  --seed N            integer seed, 0..4294967295 (default 1, env MOCK_PROVIDER_SEED)
  --profiles-file F   JSON file of custom profiles (env MOCK_PROVIDER_PROFILES_FILE)
  --rpm N             requests-per-minute limit per API key (replaces the profile's)
  --tpm N             tokens-per-minute limit per API key (replaces the profile's)
  --journal-size N    journal entries kept (default 10000)
  --resolution R      routes (default: direct dispatch) | msw (every request through MSW getResponse)
  --help              print this text`;

export type CliCommand =
  | { help: true }
  | { help: false; server: MockProviderServerOptions & { profile: Profile } };

/** Flags win over environment variables; any bad value throws MockConfigError. */
export function parseCliArgs(argv: string[], env: Record<string, string | undefined>): CliCommand {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        profile: { type: 'string' },
        seed: { type: 'string' },
        'profiles-file': { type: 'string' },
        rpm: { type: 'string' },
        tpm: { type: 'string' },
        'journal-size': { type: 'string' },
        resolution: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new MockConfigError((error as Error).message.replace(/\s*\n\s*/g, ' '), { cause: error });
  }
  if (values.help) return { help: true };
  const str = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const port = parseIntegerSetting(
    '--port',
    str('port') ?? env.MOCK_PROVIDER_PORT ?? '9090',
    0,
    65535,
  );
  const seed = parseIntegerSetting(
    '--seed',
    str('seed') ?? env.MOCK_PROVIDER_SEED ?? '1',
    0,
    2 ** 32 - 1,
  );
  const profilesFile = str('profiles-file') ?? env.MOCK_PROVIDER_PROFILES_FILE;
  const profiles = profilesFile ? loadProfilesFile(profilesFile) : {};
  let profile: Profile;
  try {
    profile = resolveProfile(str('profile') ?? env.MOCK_PROVIDER_PROFILE ?? 'fast', profiles);
  } catch (error) {
    if (error instanceof ProfileConfigError)
      throw new MockConfigError(error.message, { cause: error });
    throw error;
  }
  const server: MockProviderServerOptions & { profile: Profile } = {
    port,
    host: str('host') ?? '127.0.0.1',
    profile,
    seed,
    profiles,
  };
  const rpm = str('rpm');
  const tpm = str('tpm');
  if (rpm !== undefined || tpm !== undefined) {
    server.rateLimits = {
      ...(rpm !== undefined ? { requestsPerMinute: parseIntegerSetting('--rpm', rpm, 1) } : {}),
      ...(tpm !== undefined ? { tokensPerMinute: parseIntegerSetting('--tpm', tpm, 1) } : {}),
    };
  }
  const journalSize = str('journal-size');
  if (journalSize !== undefined) {
    server.journalSize = parseIntegerSetting('--journal-size', journalSize, 1, 1_000_000);
  }
  const resolution = str('resolution');
  if (resolution !== undefined) {
    if (resolution !== 'routes' && resolution !== 'msw') {
      throw new MockConfigError(`--resolution must be routes or msw, got "${resolution}"`);
    }
    server.resolution = resolution;
  }
  return { help: false, server };
}
