/**
 * soak: steady list → read → send flows for a configured time (the
 * profile's duration, or `DURATION`), to find what degrades with time:
 * latency drift, errors, environments recycled.
 */
import exec from 'k6/execution';
import type { Options } from 'k6/options';
import { k6Thresholds } from '../../stages/index.ts';
import { ChatClient } from '../lib/client.ts';
import { readConfig } from '../lib/config.ts';
import { listReadSend, warmUp } from '../lib/flows.ts';
import { profileOf } from '../lib/profiles.ts';
import { SUMMARY_TREND_STATS, writeSummary } from '../lib/summary.ts';
import { loadUsers, pickUser } from '../lib/users.ts';

const config = readConfig(__ENV);
const profile = profileOf('soak', config.profile);
const users = loadUsers(config.usersFile);

export const options: Options = {
  scenarios: {
    soak: {
      executor: 'constant-arrival-rate',
      rate: profile.flowsPerSecond,
      timeUnit: '1s',
      duration: config.duration ?? profile.duration,
      preAllocatedVUs: profile.flowsPerSecond * 2,
      maxVUs: profile.flowsPerSecond * 8,
    },
  },
  thresholds: k6Thresholds(config.stage.slo),
  summaryTrendStats: SUMMARY_TREND_STATS,
};

export default async function flow(): Promise<void> {
  const iteration = exec.scenario.iterationInTest;
  const client = new ChatClient(config.apiUrl, pickUser(users, iteration));
  await listReadSend(client, {
    seed: iteration + 1,
    alphabet: iteration % 2 === 0 ? 'ascii' : 'multibyte',
  });
}

/** Environments for the read routes, so the run does not meet its own cold starts. */
export async function setup(): Promise<void> {
  await warmUp(
    users.map((user) => new ChatClient(config.apiUrl, user)),
    config.stage,
  );
}

export const handleSummary = writeSummary;
