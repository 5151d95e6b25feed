/**
 * cold-start: after the runner forces fresh execution environments, bursts
 * of concurrent first requests at stepped concurrency, one burst per step,
 * on every route at once. Cold vs warm latency comes from the telemetry
 * headers, INIT from Server-Timing; a burst's cold starts are the
 * environments it created. Steps over a function's concurrency limit expect
 * (and classify) Lambda throttles.
 */
import exec from 'k6/execution';
import type { Options, Scenario } from 'k6/options';
import { k6Thresholds } from '../../stages/index.ts';
import { ChatClient } from '../lib/client.ts';
import { readConfig } from '../lib/config.ts';
import { makeContent } from '../lib/content.ts';
import { ulid } from '../lib/ids.ts';
import { profileOf } from '../lib/profiles.ts';
import { SAMPLE_METRICS, SAMPLE_TAGS } from '../lib/samples.ts';
import { SUMMARY_TREND_STATS, writeSummary } from '../lib/summary.ts';
import { loadUsers, pickUser } from '../lib/users.ts';

const config = readConfig(__ENV);
const profile = profileOf('cold-start', config.profile);
const users = loadUsers(config.usersFile);

const scenarios: Record<string, Scenario> = {};
profile.steps.forEach((concurrency, index) => {
  scenarios[`burst_${concurrency}`] = {
    executor: 'per-vu-iterations',
    vus: concurrency,
    iterations: 1,
    startTime: `${index * profile.gapSeconds}s`,
    maxDuration: `${profile.gapSeconds + 30}s`,
    gracefulStop: '0s',
    tags: { [SAMPLE_TAGS.step]: String(concurrency) },
  };
});

const { http_req_failed: _, ...latency } = k6Thresholds(config.stage.slo);

export const options: Options = {
  scenarios,
  // Throttles in steps over the limit are expected; the runner checks that they are the only failures.
  thresholds: {
    ...latency,
    [SAMPLE_METRICS.initDuration.name]: [`p(95)<${config.stage.slo.coldStartInitP95Ms}`],
  },
  summaryTrendStats: SUMMARY_TREND_STATS,
};

/** One first request per route, all at once. */
export default async function burst(): Promise<void> {
  const client = new ChatClient(config.apiUrl, pickUser(users, exec.vu.idInTest - 1));
  const chatId = ulid();
  const messageId = ulid();
  const content = makeContent({ bytes: 100, alphabet: 'ascii', seed: exec.vu.idInTest });
  await Promise.all([
    client.listChats(),
    // A chat nobody created: the function still runs its query.
    client.readChat(ulid(), '', { expect: [404] }),
    client.sendMessage(chatId, messageId, { messageId, content }),
  ]);
}

export const handleSummary = writeSummary;
