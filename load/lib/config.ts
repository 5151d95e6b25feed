/**
 * What a scenario reads from `__ENV` (the runner passes each with `-e`):
 * where the stage is, where the users file is, which stage definition and
 * load profile apply. Nothing in a scenario is a literal target or token.
 */
import { getStage, type StageConfig } from '../../stages/index.ts';
import { isProfileName, PROFILE_NAMES, type ProfileName } from './scenarios.ts';

export const ENV_KEYS = {
  apiUrl: 'API_URL',
  usersFile: 'USERS_FILE',
  stage: 'STAGE',
  profile: 'PROFILE',
  /** Where `handleSummary` writes the summary JSON; without it the summary goes to stdout. */
  summaryFile: 'SUMMARY_FILE',
  /** Overrides a profile's duration (k6 duration syntax), for soak runs of a chosen length. */
  duration: 'DURATION',
} as const;

export interface RunConfig {
  apiUrl: string;
  usersFile: string;
  stage: StageConfig;
  profile: ProfileName;
  summaryFile: string | undefined;
  duration: string | undefined;
}

/** Reads and checks the run's settings; throws one error naming what is missing or wrong. */
export function readConfig(env: Record<string, string | undefined>): RunConfig {
  const problems: string[] = [];
  const apiUrl = (env[ENV_KEYS.apiUrl] ?? '').replace(/\/+$/, '');
  if (!/^https?:\/\/\S+$/.test(apiUrl)) {
    problems.push(`${ENV_KEYS.apiUrl} must be the stage's API URL (http[s]://…)`);
  }
  const usersFile = env[ENV_KEYS.usersFile] ?? '';
  if (usersFile === '') problems.push(`${ENV_KEYS.usersFile} must name the users file`);
  const profile = env[ENV_KEYS.profile] ?? 'quick';
  if (!isProfileName(profile))
    problems.push(`${ENV_KEYS.profile} must be ${PROFILE_NAMES.join(', ')}`);
  let stage: StageConfig | undefined;
  try {
    stage = getStage(env[ENV_KEYS.stage] ?? 'local');
  } catch (error) {
    problems.push(`${ENV_KEYS.stage}: ${(error as Error).message}`);
  }
  const duration = env[ENV_KEYS.duration];
  if (duration !== undefined && !/^(\d+(ms|s|m|h))+$/.test(duration)) {
    problems.push(`${ENV_KEYS.duration} must be a duration such as 90s or 30m`);
  }
  if (problems.length > 0 || stage === undefined || !isProfileName(profile)) {
    throw new Error(`the scenario's settings are incomplete: ${problems.join('; ')}`);
  }
  return {
    apiUrl,
    usersFile,
    stage,
    profile,
    summaryFile: env[ENV_KEYS.summaryFile] || undefined,
    duration,
  };
}
