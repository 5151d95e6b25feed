/**
 * throttle: sends at a ramping arrival rate past the send function's
 * concurrency limit and then past the send route's throttle. Each send asks
 * the mock for an AI latency that puts the Lambda limit at half the route's
 * rate (see `throttlePlan`), so Lambda throttles start first, then — once
 * the ramp has spent the route's burst bucket — the gateway's 429s. Every
 * failure is classified by layer; the runner measures each layer's onset
 * and the rate the gateway admits while it throttles.
 */
import exec from 'k6/execution';
import type { Options } from 'k6/options';
import { k6Thresholds } from '../../stages/index.ts';
import { ChatClient } from '../lib/client.ts';
import { readConfig } from '../lib/config.ts';
import { sendToNewChat } from '../lib/flows.ts';
import { mockDirective } from '../lib/mock.ts';
import { throttlePlan } from '../lib/plans.ts';
import { SUMMARY_TREND_STATS, writeSummary } from '../lib/summary.ts';
import { loadUsers, pickUser } from '../lib/users.ts';

const config = readConfig(__ENV);
const plan = throttlePlan(config.stage, config.profile);
const users = loadUsers(config.usersFile);
const directive = mockDirective({ latencyMs: plan.latencyMs });

// Built to break: failures are the measurement, so http_req_failed does not gate.
const { http_req_failed: _, ...latency } = k6Thresholds(config.stage.slo);

export const options: Options = {
  scenarios: {
    ramp: {
      executor: 'ramping-arrival-rate',
      startRate: 0,
      timeUnit: '1s',
      stages: [
        { target: plan.peakRate, duration: `${plan.rampSeconds}s` },
        { target: plan.peakRate, duration: `${plan.holdSeconds}s` },
      ],
      preAllocatedVUs: plan.preAllocatedVUs,
      maxVUs: plan.maxVUs,
      gracefulStop: '5s',
    },
  },
  thresholds: latency,
  summaryTrendStats: SUMMARY_TREND_STATS,
};

export default async function send(): Promise<void> {
  const iteration = exec.scenario.iterationInTest;
  const client = new ChatClient(config.apiUrl, pickUser(users, iteration));
  await sendToNewChat(client, iteration + 1, directive, 120);
}

export const handleSummary = writeSummary;
