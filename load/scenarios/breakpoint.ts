/**
 * breakpoint: list → read → send flows at a rate that ramps past the
 * stage's limits until an SLO breaks (`breakpointPlan`). The runner reports
 * the highest rate that held, the layer that refused first and the onset of
 * each layer on each route.
 */
import exec from 'k6/execution';
import type { Options } from 'k6/options';
import { k6Thresholds } from '../../stages/index.ts';
import { ChatClient } from '../lib/client.ts';
import { readConfig } from '../lib/config.ts';
import { listReadSend, warmUp } from '../lib/flows.ts';
import { breakpointPlan } from '../lib/plans.ts';
import { SUMMARY_TREND_STATS, writeSummary } from '../lib/summary.ts';
import { loadUsers, pickUser } from '../lib/users.ts';

const config = readConfig(__ENV);
const plan = breakpointPlan(config.stage, config.profile);
const users = loadUsers(config.usersFile);
const inFlight = Math.ceil(plan.peakFlowsPerSecond * 0.5);

// Built to break: failures are the measurement, so http_req_failed does not gate.
const { http_req_failed: _, ...latency } = k6Thresholds(config.stage.slo);

export const options: Options = {
  scenarios: {
    ramp: {
      executor: 'ramping-arrival-rate',
      startRate: 1,
      timeUnit: '1s',
      stages: [{ target: plan.peakFlowsPerSecond, duration: `${plan.rampSeconds}s` }],
      preAllocatedVUs: inFlight,
      maxVUs: inFlight * 3,
      gracefulStop: '5s',
    },
  },
  thresholds: latency,
  summaryTrendStats: SUMMARY_TREND_STATS,
};

export default async function flow(): Promise<void> {
  const iteration = exec.scenario.iterationInTest;
  const client = new ChatClient(config.apiUrl, pickUser(users, iteration));
  await listReadSend(client, { seed: iteration + 1, latencyMs: plan.latencyMs });
}

/** Environments for the read routes, so the run does not meet its own cold starts. */
export async function setup(): Promise<void> {
  await warmUp(
    users.map((user) => new ChatClient(config.apiUrl, user)),
    config.stage,
  );
}

export const handleSummary = writeSummary;
