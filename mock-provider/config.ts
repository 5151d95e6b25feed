import { readFileSync } from 'node:fs';
import { ProfileConfigError } from './distributions.ts';
import { type Profile, parseProfilesConfig } from './profiles.ts';

/** Bad settings for an entry point (flags, env, config file): one clear message. */
export class MockConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MockConfigError';
  }
}

/** An integer setting in [min, max], from a flag or an environment variable named `name`. */
export function parseIntegerSetting(
  name: string,
  value: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (!/^\d+$/.test(value.trim())) {
    throw new MockConfigError(`${name} must be an integer, got "${value}"`);
  }
  const number = Number(value.trim());
  if (number < min || number > max) {
    throw new MockConfigError(`${name} must be between ${min} and ${max}, got ${number}`);
  }
  return number;
}

/** Custom profiles from JSON text; `source` names it in errors. */
export function parseProfilesJson(text: string, source: string): Record<string, Profile> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new MockConfigError(`${source} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    return parseProfilesConfig(json);
  } catch (error) {
    if (error instanceof ProfileConfigError) {
      throw new MockConfigError(`${source}: ${error.message}`, { cause: error });
    }
    throw error;
  }
}

export function loadProfilesFile(path: string): Record<string, Profile> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new MockConfigError(
      `cannot read profiles file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      { cause: error },
    );
  }
  return parseProfilesJson(text, `profiles file ${path}`);
}
