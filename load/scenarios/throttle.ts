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
import { makeContent } from '../lib/content.ts';
import { ulid } from '../lib/ids.ts';
import { mockDirective } from '../lib/mock.ts';
import { throttlePlan } from '../lib/plans.ts';
import { writeSummary } from '../lib/summary.ts';
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
  summaryTrendStats: ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)', 'count'],
};

export default async function send(): Promise<void> {
  const iteration = exec.scenario.iterationInTest;
  const client = new ChatClient(config.apiUrl, pickUser(users, iteration));
  const chatId = ulid();
  const messageId = ulid();
  const content = makeContent({
    bytes: 120,
    alphabet: 'ascii',
    seed: iteration + 1,
    suffix: directive,
  });
  await client.sendMessage(chatId, messageId, { messageId, content });
}

export const handleSummary = writeSummary;
