/**
 * ai-latency: one send rate through three AI latencies (fast, realistic,
 * slow; `aiLatencyPlan`), while the read route keeps its own steady rate.
 * Concurrency = rate × duration: the slow step holds more sends in flight
 * than the send function's limit and meets Lambda throttles; the reads,
 * served by other functions, stay fast.
 */
import exec from 'k6/execution';
import type { Options, Scenario } from 'k6/options';
import { k6Thresholds } from '../../stages/index.ts';
import { ChatClient } from '../lib/client.ts';
import { readConfig } from '../lib/config.ts';
import { sendToNewChat, warmUp } from '../lib/flows.ts';
import { mockDirective } from '../lib/mock.ts';
import { aiLatencyPlan } from '../lib/plans.ts';
import { SAMPLE_TAGS } from '../lib/samples.ts';
import { SUMMARY_TREND_STATS, writeSummary } from '../lib/summary.ts';
import { loadUsers, pickUser } from '../lib/users.ts';

const config = readConfig(__ENV);
const plan = aiLatencyPlan(config.stage, config.profile);
const users = loadUsers(config.usersFile);

const scenarios: Record<string, Scenario> = {
  reads: {
    executor: 'constant-arrival-rate',
    rate: plan.readsPerSecond,
    timeUnit: '1s',
    duration: `${plan.steps.length * plan.stepSeconds}s`,
    preAllocatedVUs: plan.readsPerSecond,
    maxVUs: plan.readsPerSecond * 4,
    exec: 'read',
    tags: { [SAMPLE_TAGS.step]: 'reads' },
  },
};
plan.steps.forEach((step, index) => {
  const inFlight = Math.ceil(plan.sendsPerSecond * (step.latencyMs / 1_000 + 0.5));
  scenarios[`sends_${step.name}`] = {
    executor: 'constant-arrival-rate',
    rate: plan.sendsPerSecond,
    timeUnit: '1s',
    duration: `${plan.stepSeconds}s`,
    startTime: `${index * plan.stepSeconds}s`,
    preAllocatedVUs: inFlight,
    maxVUs: inFlight * 2,
    gracefulStop: `${Math.ceil(step.latencyMs / 1_000) + 5}s`,
    exec: 'send',
    env: { LATENCY_MS: String(step.latencyMs) },
    tags: { [SAMPLE_TAGS.step]: step.name },
  };
});

// Throttles in the slow step are the point; the runner checks they are the only failures.
const { http_req_failed: _, ...latency } = k6Thresholds(config.stage.slo);

export const options: Options = {
  scenarios,
  thresholds: latency,
  summaryTrendStats: SUMMARY_TREND_STATS,
};

export async function read(): Promise<void> {
  const client = new ChatClient(config.apiUrl, pickUser(users, exec.scenario.iterationInTest));
  await client.listChats('?limit=20');
}

export async function send(): Promise<void> {
  const iteration = exec.scenario.iterationInTest;
  const client = new ChatClient(config.apiUrl, pickUser(users, iteration));
  const directive = mockDirective({ latencyMs: Number(__ENV.LATENCY_MS) });
  await sendToNewChat(client, iteration + 1, directive, 150);
}

/** Environments for the read routes, so the run does not meet its own cold starts. */
export async function setup(): Promise<void> {
  await warmUp(
    users.map((user) => new ChatClient(config.apiUrl, user)),
    config.stage,
  );
}

export const handleSummary = writeSummary;
