/**
 * The numbers a scenario derives from the stage it runs against and its
 * profile — rates, AI latencies, bursts — and what the stage's limits
 * predict for them (which layer refuses first, at what rate). The scenarios
 * build their options from these plans and the runner checks the run
 * against the same predictions, so the two cannot drift apart.
 */
import { type FunctionName, ROUTES } from '../../contracts/index.ts';
import { AWS_QUOTAS, type StageConfig } from '../../stages/index.ts';
import { PROFILES } from './profiles.ts';
import type { ProfileName, ScenarioName } from './scenarios.ts';

/** A function's concurrency limit: its reservation, or the account's. */
export function concurrencyLimit(stage: StageConfig, fn: FunctionName): number {
  return stage.functions.settings[fn].reservedConcurrency ?? AWS_QUOTAS.lambda.accountConcurrency;
}

export interface PredictedOnset {
  layer: 'lambda_throttle' | 'gateway_throttle';
  /** The offered rate (requests/s on the route) above which the layer refuses. */
  rate: number;
}

/**
 * Layers that refuse a route's requests as its rate rises, lowest rate first:
 * Lambda throttles once rate × duration passes the concurrency limit (Little's
 * law, https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html),
 * the gateway once the rate passes the route's limit and its burst bucket is
 * spent (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-throttling.html).
 */
export function predictOnsets(
  stage: StageConfig,
  fn: FunctionName,
  durationMs: number,
): PredictedOnset[] {
  const onsets: PredictedOnset[] = [
    { layer: 'lambda_throttle', rate: concurrencyLimit(stage, fn) / (durationMs / 1_000) },
    { layer: 'gateway_throttle', rate: stage.api.routeThrottles[fn].rateLimit },
  ];
  return onsets.sort((a, b) => a.rate - b.rate);
}

/**
 * The AI latency that puts a function's Lambda limit at half its route's
 * rate limit (rate × latency = concurrency limit): the two layers' onsets are
 * a factor of two apart, far enough for their order to survive a busy machine.
 */
export function latencyForHalfRouteRate(stage: StageConfig, fn: FunctionName): number {
  return Math.round(
    ((2 * concurrencyLimit(stage, fn)) / stage.api.routeThrottles[fn].rateLimit) * 1_000,
  );
}

export interface ThrottlePlan {
  fn: FunctionName;
  route: string;
  /** The AI latency every send asks the mock for. */
  latencyMs: number;
  routeRate: number;
  burst: number;
  peakRate: number;
  rampSeconds: number;
  holdSeconds: number;
  /** The layers expected within the ramp, in the order they should start refusing. */
  expected: PredictedOnset[];
  preAllocatedVUs: number;
  maxVUs: number;
}

/**
 * Sends ramp to a multiple of the send route's rate limit, each holding its
 * environment for an AI latency chosen so the Lambda limit falls at half the
 * route's rate: Lambda throttles appear first, the gateway's later.
 */
export function throttlePlan(stage: StageConfig, profile: ProfileName): ThrottlePlan {
  const p = PROFILES.throttle[profile];
  const fn: FunctionName = 'send_message';
  const { rateLimit, burstLimit } = stage.api.routeThrottles[fn];
  const latencyMs = latencyForHalfRouteRate(stage, fn);
  const peakRate = Math.ceil(p.peakFactor * rateLimit);
  const inFlight = Math.ceil(peakRate * ((latencyMs + 200) / 1_000));
  return {
    fn,
    route: ROUTES[fn].routeKey,
    latencyMs,
    routeRate: rateLimit,
    burst: burstLimit,
    peakRate,
    rampSeconds: p.rampSeconds,
    holdSeconds: p.holdSeconds,
    expected: predictOnsets(stage, fn, latencyMs).filter((onset) => onset.rate < peakRate),
    preAllocatedVUs: inFlight,
    maxVUs: inFlight * 2,
  };
}

export interface LatencyStep {
  name: 'fast' | 'realistic' | 'slow';
  latencyMs: number;
  /** Sends in flight the step should hold: rate × latency. */
  predictedConcurrency: number;
}

export interface AiLatencyPlan {
  sendsPerSecond: number;
  readsPerSecond: number;
  stepSeconds: number;
  concurrencyLimit: number;
  steps: LatencyStep[];
}

/** Mock AI latencies of the three steps: a quick model, a hosted model, a congested one. */
const LATENCIES = { fast: 100, realistic: 1_000, slow: 5_000 } as const;

/** One send rate through three AI latencies: rate × latency rises past the send function's limit. */
export function aiLatencyPlan(stage: StageConfig, profile: ProfileName): AiLatencyPlan {
  const limit = concurrencyLimit(stage, 'send_message');
  const sendsPerSecond = Math.max(1, Math.min(50, Math.round(limit / 2)));
  return {
    sendsPerSecond,
    readsPerSecond: 10,
    stepSeconds: PROFILES['ai-latency'][profile].stepSeconds,
    concurrencyLimit: limit,
    steps: (Object.keys(LATENCIES) as Array<keyof typeof LATENCIES>).map((name) => ({
      name,
      latencyMs: LATENCIES[name],
      predictedConcurrency: (sendsPerSecond * LATENCIES[name]) / 1_000,
    })),
  };
}

export interface BreakpointPlan {
  /** The AI latency of each send. */
  latencyMs: number;
  peakFlowsPerSecond: number;
  rampSeconds: number;
  /** The first layer expected to refuse, and on which route. */
  first: PredictedOnset & { route: string };
}

/**
 * Flows (list → read → send) ramp until a limit breaks; the lowest predicted
 * onset breaks first. Sends ask for the AI latency of `latencyForHalfRouteRate`.
 */
export function breakpointPlan(stage: StageConfig, profile: ProfileName): BreakpointPlan {
  const p = PROFILES.breakpoint[profile];
  const latencyMs = latencyForHalfRouteRate(stage, 'send_message');
  // Reads take a few milliseconds; the send holds its environment for the AI call.
  const durations: Record<FunctionName, number> = {
    get_chats: 20,
    get_chat: 20,
    send_message: latencyMs + 50,
  };
  const candidates = (Object.keys(ROUTES) as FunctionName[]).flatMap((fn) =>
    predictOnsets(stage, fn, durations[fn]).map((onset) => ({
      ...onset,
      route: ROUTES[fn].routeKey as string,
    })),
  );
  const first = candidates.sort((a, b) => a.rate - b.rate)[0] as BreakpointPlan['first'];
  return {
    latencyMs,
    peakFlowsPerSecond: Math.ceil(p.peakFactor * stage.api.routeThrottles.send_message.rateLimit),
    rampSeconds: p.rampSeconds,
    first,
  };
}

export interface TokenEstimate {
  sends: number;
  tokensPerSend: number;
  tokens: number;
}

/**
 * An upper bound of the AI tokens a run spends on a real provider: the sends
 * its profile makes, each with a full history and the longest reply the
 * stage allows (`ai.historyMaxChars` at ~4 characters per token).
 */
export function estimateTokens(
  scenario: ScenarioName,
  profile: ProfileName,
  stage: StageConfig,
): TokenEstimate {
  const sends = Math.ceil(estimateSends(scenario, profile, stage));
  const tokensPerSend = Math.ceil(stage.ai.historyMaxChars / 4) + stage.ai.maxOutputTokens;
  return { sends, tokensPerSend, tokens: sends * tokensPerSend };
}

function estimateSends(scenario: ScenarioName, profile: ProfileName, stage: StageConfig): number {
  switch (scenario) {
    case 'smoke':
      // A new chat twice (one idempotent repeat stored once), and the AI fault probes.
      return PROFILES.smoke[profile].users * 5;
    case 'cold-start':
      return PROFILES['cold-start'][profile].steps.reduce((sum, n) => sum + n, 0);
    case 'throttle': {
      const plan = throttlePlan(stage, profile);
      return plan.peakRate * (plan.rampSeconds / 2 + plan.holdSeconds);
    }
    case 'ai-latency': {
      const plan = aiLatencyPlan(stage, profile);
      return plan.sendsPerSecond * plan.stepSeconds * plan.steps.length;
    }
    case 'dynamo-throughput': {
      const p = PROFILES['dynamo-throughput'][profile];
      return p.sendsPerSecond * p.seconds;
    }
    case 'soak': {
      const p = PROFILES.soak[profile];
      return p.flowsPerSecond * durationSeconds(p.duration);
    }
    case 'breakpoint': {
      const plan = breakpointPlan(stage, profile);
      return (plan.peakFlowsPerSecond * plan.rampSeconds) / 2;
    }
  }
}

/** Seconds of a k6 duration such as `90s`, `30m` or `1h30m`. */
export function durationSeconds(duration: string): number {
  const units: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3_600 };
  let total = 0;
  for (const [, value, unit] of duration.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
    total += Number(value) * (units[unit as string] ?? 0);
  }
  return total;
}
