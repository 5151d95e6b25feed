import { MockConfigError, parseIntegerSetting, parseProfilesJson } from './config.ts';
import { ProfileConfigError } from './distributions.ts';
import { createFunctionUrlHandler } from './function-url.ts';
import { resolveProfile } from './profiles.ts';

/**
 * Lambda entry point for a Function URL (BUFFERED invoke mode). Settings are
 * read once, at init, and a bad one fails the init with one clear message:
 * - MOCK_PROVIDER_PROFILE: profile name (default `fast`)
 * - MOCK_PROVIDER_SEED: integer seed (default 1)
 * - MOCK_PROVIDER_PROFILES_JSON: custom profiles, the JSON of a profiles file
 * - MOCK_PROVIDER_REQUIRED_KEY: the one API key accepted (unset: any key)
 */
function fromEnvironment() {
  const env = process.env;
  try {
    const profiles = env.MOCK_PROVIDER_PROFILES_JSON
      ? parseProfilesJson(env.MOCK_PROVIDER_PROFILES_JSON, 'MOCK_PROVIDER_PROFILES_JSON')
      : {};
    const profile = resolveProfile(env.MOCK_PROVIDER_PROFILE ?? 'fast', profiles);
    const seed = env.MOCK_PROVIDER_SEED
      ? parseIntegerSetting('MOCK_PROVIDER_SEED', env.MOCK_PROVIDER_SEED, 0, 2 ** 32 - 1)
      : 1;
    return createFunctionUrlHandler({
      profile,
      seed,
      profiles,
      requiredKey: env.MOCK_PROVIDER_REQUIRED_KEY || undefined,
    });
  } catch (error) {
    if (error instanceof ProfileConfigError)
      throw new MockConfigError(error.message, { cause: error });
    throw error;
  }
}

export const handler = fromEnvironment();
