/**
 * Each scenario's pass criteria, decided from the run's samples after it
 * ends. A scenario built to break things passes when the layers the stage's
 * numbers predict refuse in the predicted order and their onsets are
 * measured; the others pass when they stay clear of failures they did not
 * expect. Latency objectives are thresholds (see `thresholds.ts`), not
 * criteria.
 */
import { FUNCTION_NAMES, type FunctionName, ROUTES } from '#contracts';
import type { StageConfig } from '#stages';
import {
  aiLatencyPlan,
  breakpointPlan,
  concurrencyLimit,
  predictOnsets,
  throttlePlan,
} from '../lib/plans.ts';
import { PROFILES } from '../lib/profiles.ts';
import { SAMPLE_METRICS, SAMPLE_TAGS, WARM_UP_STEP } from '../lib/samples.ts';
import type { ProfileName, ScenarioName } from '../lib/scenarios.ts';
import type { CriteriaOutcome, CriterionResult } from './run-folder.ts';
import type { RequestRecord, SampleDigest } from './samples.ts';

export interface CriteriaInput {
  scenario: ScenarioName;
  profile: ProfileName;
  stage: StageConfig;
  targetKind: 'local' | 'deployed';
  samples: SampleDigest;
  /** Check outcomes from the summary: name → fails. */
  checkFailures: Record<string, number>;
}

export function evaluateCriteria(input: CriteriaInput): CriteriaOutcome {
  const { criteria, measurements } = EVALUATORS[input.scenario](input);
  return { passed: criteria.every((criterion) => criterion.passed), criteria, measurements };
}

type Evaluation = { criteria: CriterionResult[]; measurements: Record<string, unknown> };

const EVALUATORS: Record<ScenarioName, (input: CriteriaInput) => Evaluation> = {
  smoke: (input) => {
    const failedChecks = Object.entries(input.checkFailures).filter(([, fails]) => fails > 0);
    return {
      criteria: [
        criterion(
          'every check passed',
          failedChecks.length === 0,
          failedChecks.length === 0
            ? `${Object.keys(input.checkFailures).length} checks passed`
            : `failed: ${failedChecks.map(([name, fails]) => `${name} (${fails}×)`).join('; ')}`,
        ),
        noFailures(input.samples, 'no request failed'),
      ],
      measurements: { requests: input.samples.requests.length },
    };
  },
  'cold-start': coldStart,
  throttle,
  'ai-latency': aiLatency,
  'dynamo-throughput': dynamoThroughput,
  soak: (input) => {
    const { requests, failures } = input.samples;
    const rate = requests.length === 0 ? 0 : failures.length / requests.length;
    return {
      criteria: [
        criterion(
          'the failure rate stayed within the SLO',
          requests.length > 0 && rate <= input.stage.slo.maxErrorRate,
          `${failures.length} of ${requests.length} requests failed (${percent(rate)}; SLO ${percent(input.stage.slo.maxErrorRate)})`,
        ),
      ],
      measurements: {
        requests: requests.length,
        failures: failures.length,
        layers: countLayers(input.samples),
      },
    };
  },
  breakpoint,
};

function criterion(name: string, passed: boolean, detail: string): CriterionResult {
  return { name, passed, detail };
}

function noFailures(samples: SampleDigest, name: string): CriterionResult {
  const layers = countLayers(samples);
  return criterion(
    name,
    samples.failures.length === 0,
    samples.failures.length === 0
      ? `${samples.requests.length} requests, none failed`
      : describeLayers(layers),
  );
}

function countLayers(samples: SampleDigest, filter: (route: string) => boolean = () => true) {
  const counts: Record<string, number> = {};
  for (const failure of samples.failures) {
    if (filter(failure.route)) counts[failure.layer] = (counts[failure.layer] ?? 0) + 1;
  }
  return counts;
}

function describeLayers(layers: Record<string, number>): string {
  const entries = Object.entries(layers);
  return entries.length === 0
    ? 'no failures'
    : entries.map(([layer, n]) => `${layer} ${n}`).join(', ');
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(2)} %`;
}

// cold-start ---------------------------------------------------------------

function coldStart(input: CriteriaInput): Evaluation {
  const steps = PROFILES['cold-start'][input.profile].steps;
  const cold = input.samples.values.get(SAMPLE_METRICS.coldStarts.name) ?? [];
  const inits = input.samples.values.get(SAMPLE_METRICS.initDuration.name) ?? [];
  const criteria: CriterionResult[] = [];
  const stepReports = steps.map((concurrency) => {
    const step = String(concurrency);
    const routes: Record<string, unknown> = {};
    for (const fn of Object.keys(ROUTES) as FunctionName[]) {
      const route = ROUTES[fn].routeKey;
      const mine = <T extends { tags: Record<string, string> }>(list: T[]) =>
        list.filter(
          (s) => s.tags[SAMPLE_TAGS.step] === step && s.tags[SAMPLE_TAGS.route] === route,
        );
      const failures = input.samples.failures.filter(
        (f) => f.tags[SAMPLE_TAGS.step] === step && f.route === route,
      );
      const throttled = failures.filter((f) => f.layer === 'lambda_throttle').length;
      const other = failures.filter((f) => f.layer !== 'lambda_throttle');
      const limit = concurrencyLimit(input.stage, fn);
      const allowed = Math.max(0, concurrency - limit);
      const coldCount = mine(cold).filter((s) => s.value === 1).length;
      routes[route] = {
        requests: mine(input.samples.requests).length,
        environmentsCreated: coldCount,
        warm: mine(cold).filter((s) => s.value === 0).length,
        lambdaThrottles: throttled,
        initDurationsMs: mine(inits).map((s) => s.value),
        concurrencyLimit: limit,
      };
      if (throttled > allowed || other.length > 0) {
        criteria.push(
          criterion(
            `burst ${concurrency} on ${route}: only the throttles its limit explains`,
            false,
            `${throttled} Lambda throttles (at most ${allowed} over the limit of ${limit})` +
              (other.length > 0 ? `, other failures: ${other.map((f) => f.layer).join(', ')}` : ''),
          ),
        );
      }
    }
    return { concurrency, routes };
  });
  const firstStep = stepReports[0];
  const firstCold = firstStep
    ? Object.values(firstStep.routes).every(
        (r) => (r as { environmentsCreated: number }).environmentsCreated > 0,
      )
    : false;
  criteria.unshift(
    criterion(
      'the first burst started in fresh environments on every route',
      firstCold,
      firstCold
        ? 'every route cold-started in the first burst'
        : 'a route found a warm environment: the environments were not fresh',
    ),
  );
  if (criteria.length === 1) {
    criteria.push(
      criterion(
        'every burst stayed within its concurrency limits or was throttled as they explain',
        true,
        `bursts of ${steps.join(', ')} per route`,
      ),
    );
  }
  return { criteria, measurements: { steps: stepReports } };
}

// throttle -----------------------------------------------------------------

export interface Onset {
  layer: string;
  /** Milliseconds from the first request to the first failure of the layer. */
  atMs: number;
  /** Requests sent on the route in the second before the onset. */
  offeredRate: number;
}

/** The first failure of each layer on `route`, in time order. */
export function measureOnsets(samples: SampleDigest, route: string): Onset[] {
  const mine = samples.requests.filter((r) => r.route === route);
  const t0 = mine[0]?.start ?? 0;
  const seen = new Map<string, Onset>();
  for (const failure of samples.failures) {
    if (failure.route !== route || seen.has(failure.layer)) continue;
    seen.set(failure.layer, {
      layer: failure.layer,
      atMs: Math.round(failure.time - t0),
      offeredRate: mine.filter((r) => r.start > failure.time - 1_000 && r.start <= failure.time)
        .length,
    });
  }
  return [...seen.values()];
}

export interface AdmittedRate {
  /** Requests the gateway let through between its first and last 429, per second. */
  rate: number;
  admitted: number;
  windowMs: number;
  /** Requests sent before the first 429 (the burst bucket plus what refilled). */
  sentBeforeFirst429: number;
}

/**
 * The rate the gateway admitted while it throttled: every request sent on
 * the route between the first and the last 429 that it did not refuse, per
 * second of that window. A token bucket admits its refill rate then.
 */
export function admittedRate(requests: RequestRecord[], route: string): AdmittedRate | undefined {
  const mine = requests.filter((r) => r.route === route);
  const refused = mine.filter((r) => r.layer === 'gateway_throttle');
  const first = refused[0]?.start;
  const last = refused[refused.length - 1]?.start;
  if (first === undefined || last === undefined || last <= first) return undefined;
  const admitted = mine.filter(
    (r) => r.start >= first && r.start <= last && r.layer !== 'gateway_throttle',
  ).length;
  return {
    rate: admitted / ((last - first) / 1_000),
    admitted,
    windowMs: Math.round(last - first),
    sentBeforeFirst429: mine.filter((r) => r.start < first).length,
  };
}

/** Within 10 % of the route's configured rate. */
export const ADMITTED_RATE_TOLERANCE = 0.1;

function throttle(input: CriteriaInput): Evaluation {
  const plan = throttlePlan(input.stage, input.profile);
  const onsets = measureOnsets(input.samples, plan.route);
  const admitted = admittedRate(input.samples.requests, plan.route);
  const expectedOrder = plan.expected.map((onset) => onset.layer);
  const measuredOrder = onsets.map((onset) => onset.layer);
  const unexpected = measuredOrder.filter((layer) => !expectedOrder.includes(layer as never));
  const criteria = [
    criterion(
      'the expected layers refused, in the expected order',
      expectedOrder.length > 0 &&
        unexpected.length === 0 &&
        expectedOrder.every((layer, i) => measuredOrder[i] === layer),
      `expected ${expectedOrder.join(' → ') || 'none'}; measured ${
        onsets
          .map((o) => `${o.layer} at ${(o.atMs / 1_000).toFixed(1)} s (${o.offeredRate} req/s)`)
          .join(' → ') || 'none'
      }`,
    ),
  ];
  if (expectedOrder.includes('gateway_throttle')) {
    const ok =
      admitted !== undefined &&
      Math.abs(admitted.rate - plan.routeRate) <= ADMITTED_RATE_TOLERANCE * plan.routeRate;
    criteria.push(
      criterion(
        'while the gateway throttled it admitted the route rate (±10 %)',
        ok,
        admitted === undefined
          ? 'the gateway never throttled long enough to measure'
          : `${admitted.rate.toFixed(1)} req/s admitted over ${(admitted.windowMs / 1_000).toFixed(1)} s; route rate ${plan.routeRate} req/s`,
      ),
      criterion(
        'the first 429 came only once the burst bucket was spent',
        admitted !== undefined && admitted.sentBeforeFirst429 >= plan.burst,
        admitted === undefined
          ? 'no 429 measured'
          : `${admitted.sentBeforeFirst429} requests passed before the first 429; burst bucket ${plan.burst}`,
      ),
    );
  }
  return {
    criteria,
    measurements: {
      route: plan.route,
      latencyMs: plan.latencyMs,
      routeRate: plan.routeRate,
      burst: plan.burst,
      peakRate: plan.peakRate,
      expected: plan.expected,
      onsets,
      admitted: admitted ?? null,
      layers: countLayers(input.samples),
    },
  };
}

// ai-latency ---------------------------------------------------------------

function aiLatency(input: CriteriaInput): Evaluation {
  const plan = aiLatencyPlan(input.stage, input.profile);
  const send = ROUTES.send_message.routeKey;
  const readFailures = input.samples.failures.filter((f) => f.route !== send);
  const sendFailures = input.samples.failures.filter((f) => f.route === send);
  const criteria: CriterionResult[] = [
    criterion(
      'the read routes did not fail',
      readFailures.length === 0,
      describeLayers(countLayers(input.samples, (route) => route !== send)),
    ),
    criterion(
      'sends failed only by Lambda throttling',
      sendFailures.every((f) => f.layer === 'lambda_throttle'),
      describeLayers(countLayers(input.samples, (route) => route === send)),
    ),
  ];
  const steps = plan.steps.map((step) => {
    const sends = input.samples.requests.filter(
      (r) => r.route === send && r.tags[SAMPLE_TAGS.step] === step.name,
    );
    const served = sends.filter((r) => r.status === 200);
    const meanMs = served.reduce((sum, r) => sum + r.durationMs, 0) / Math.max(1, served.length);
    const throttles = sendFailures.filter(
      (f) => f.layer === 'lambda_throttle' && f.tags[SAMPLE_TAGS.step] === step.name,
    ).length;
    const measuredConcurrency = (sends.length / plan.stepSeconds) * (meanMs / 1_000);
    if (step.predictedConcurrency < 0.75 * plan.concurrencyLimit && throttles > 0) {
      criteria.push(
        criterion(
          `${step.name}: no throttles below the limit`,
          false,
          `${throttles} throttles at a predicted ${step.predictedConcurrency.toFixed(1)} in flight (limit ${plan.concurrencyLimit})`,
        ),
      );
    }
    if (step.predictedConcurrency >= 1.5 * plan.concurrencyLimit && throttles === 0) {
      criteria.push(
        criterion(
          `${step.name}: throttles past the limit`,
          false,
          `no throttles at a predicted ${step.predictedConcurrency.toFixed(1)} in flight (limit ${plan.concurrencyLimit})`,
        ),
      );
    }
    return {
      step: step.name,
      aiLatencyMs: step.latencyMs,
      sends: sends.length,
      meanSendMs: Math.round(meanMs),
      predictedConcurrency: step.predictedConcurrency,
      measuredConcurrency: Number(measuredConcurrency.toFixed(2)),
      lambdaThrottles: throttles,
    };
  });
  criteria.push(
    criterion(
      'concurrency = rate × duration against the limit',
      criteria.every((c) => c.passed),
      `${steps
        .map(
          (s) =>
            `${s.step}: ${s.predictedConcurrency.toFixed(1)} predicted, ${s.lambdaThrottles} throttles`,
        )
        .join('; ')} (limit ${plan.concurrencyLimit})`,
    ),
  );
  return {
    criteria,
    measurements: {
      sendsPerSecond: plan.sendsPerSecond,
      concurrencyLimit: plan.concurrencyLimit,
      steps,
    },
  };
}

// dynamo-throughput ----------------------------------------------------------

function dynamoThroughput(input: CriteriaInput): Evaluation {
  const reads = input.samples.values.get(SAMPLE_METRICS.dynamodbReadUnits.name) ?? [];
  const writes = input.samples.values.get(SAMPLE_METRICS.dynamodbWriteUnits.name) ?? [];
  const served = input.samples.requests.filter((r) => r.status === 200);
  const failures = input.samples.failures;
  const storeThrottles = failures.filter((f) => f.layer === 'store_throttle').length;
  const byGroup: Record<string, { requests: number; rcu: number; wcu: number }> = {};
  const add = (list: typeof reads, key: 'rcu' | 'wcu') => {
    for (const sample of list) {
      const group =
        `${sample.tags[SAMPLE_TAGS.route]} ${sample.tags[SAMPLE_TAGS.step] ?? ''}`.trim();
      const entry = byGroup[group] ?? { requests: 0, rcu: 0, wcu: 0 };
      if (key === 'rcu') entry.requests += 1;
      entry[key] += sample.value;
      byGroup[group] = entry;
    }
  };
  add(reads, 'rcu');
  add(writes, 'wcu');
  const perRequest = Object.fromEntries(
    Object.entries(byGroup).map(([group, totals]) => [
      group,
      {
        requests: totals.requests,
        readUnitsPerRequest: Number((totals.rcu / Math.max(1, totals.requests)).toFixed(3)),
        writeUnitsPerRequest: Number((totals.wcu / Math.max(1, totals.requests)).toFixed(3)),
      },
    ]),
  );
  return {
    criteria: [
      criterion(
        'every served request reported its DynamoDB units',
        served.length > 0 && reads.length >= served.length,
        `${reads.length} unit reports for ${served.length} served requests`,
      ),
      criterion(
        'failures were store throttles only',
        failures.every((f) => f.layer === 'store_throttle'),
        `${describeLayers(countLayers(input.samples))}; ${storeThrottles} store throttles`,
      ),
    ],
    measurements: { perRequest, storeThrottles },
  };
}

// breakpoint ---------------------------------------------------------------

export interface Window {
  second: number;
  offered: number;
  failed: number;
  p95Ms: number;
}

/** Requests per second of the run (by the time they were sent), failures (by when they failed) and p95. */
export function perSecond(samples: SampleDigest): Window[] {
  const measured = samples.requests.filter((r) => r.tags[SAMPLE_TAGS.step] !== WARM_UP_STEP);
  const t0 = measured[0]?.start ?? 0;
  const windows: Window[] = [];
  const durations: number[][] = [];
  const at = (time: number) => {
    const second = Math.max(0, Math.floor((time - t0) / 1_000));
    for (let s = windows.length; s <= second; s++) {
      windows.push({ second: s, offered: 0, failed: 0, p95Ms: 0 });
      durations.push([]);
    }
    return second;
  };
  for (const request of measured) {
    const second = at(request.start);
    (windows[second] as Window).offered += 1;
    (durations[second] as number[]).push(request.durationMs);
  }
  for (const failure of samples.failures) {
    if (failure.tags[SAMPLE_TAGS.step] === WARM_UP_STEP || failure.time < t0) continue;
    (windows[at(failure.time)] as Window).failed += 1;
  }
  windows.forEach((window, second) => {
    const sorted = (durations[second] as number[]).sort((a, b) => a - b);
    window.p95Ms = sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
  });
  return windows;
}

/** Two predicted onsets this close are a tie: either may come first. */
const NEAR_TIE = 1.25;

/**
 * Each route's predicted onsets (`predictOnsets`) with the Lambda duration
 * the run measured for it before its first failure: on a loaded machine the
 * functions run slower than the stage alone predicts, and rate × duration
 * is what fills their concurrency.
 */
function predictFromDurations(input: CriteriaInput, before: number) {
  return FUNCTION_NAMES.flatMap((fn) => {
    const route = ROUTES[fn].routeKey;
    const served = input.samples.requests.filter(
      (r) =>
        r.route === route &&
        r.end < before &&
        r.status >= 200 &&
        r.status < 300 &&
        r.tags[SAMPLE_TAGS.step] !== WARM_UP_STEP,
    );
    if (served.length === 0) return [];
    const meanMs = served.reduce((sum, r) => sum + r.durationMs, 0) / served.length;
    return predictOnsets(input.stage, fn, meanMs).map((onset) => ({
      ...onset,
      route: route as string,
      durationMs: Math.round(meanMs),
    }));
  }).sort((a, b) => a.rate - b.rate);
}

function breakpoint(input: CriteriaInput): Evaluation {
  const plan = breakpointPlan(input.stage, input.profile);
  const windows = perSecond(input.samples);
  const slo = input.stage.slo;
  const worstP95 = Math.max(...Object.values(slo.routes).map((r) => r.p95Ms));
  const broken = (w: Window) =>
    w.offered > 0 &&
    (w.failed / w.offered > slo.maxErrorRate ||
      (input.targetKind === 'deployed' && w.p95Ms > worstP95));
  const firstBroken = windows.find(broken);
  const held = windows.filter((w) => firstBroken === undefined || w.second < firstBroken.second);
  const highestHeld = Math.max(0, ...held.map((w) => w.offered));
  const firstFailure = input.samples.failures.find(
    (f) => f.tags[SAMPLE_TAGS.step] !== WARM_UP_STEP,
  );
  const predicted = predictFromDurations(input, firstFailure?.time ?? Number.POSITIVE_INFINITY);
  const lowest = predicted[0];
  const match = predicted.find(
    (p) =>
      firstFailure !== undefined &&
      p.layer === firstFailure.layer &&
      p.route === firstFailure.route,
  );
  return {
    criteria: [
      criterion(
        'an SLO broke within the ramp',
        firstBroken !== undefined,
        firstBroken === undefined
          ? `no second broke the SLOs up to ${Math.max(0, ...windows.map((w) => w.offered))} req/s; raise the profile's peak`
          : `broke at second ${firstBroken.second}: ${firstBroken.failed} of ${firstBroken.offered} failed, p95 ${firstBroken.p95Ms.toFixed(0)} ms`,
      ),
      criterion(
        'the layer the limits predict refused first',
        match !== undefined && lowest !== undefined && match.rate <= lowest.rate * NEAR_TIE,
        `predicted ${lowest ? `${lowest.layer} on ${lowest.route} from ${lowest.rate.toFixed(0)} req/s` : 'nothing'}` +
          ` (stage alone: ${plan.first.layer} on ${plan.first.route}); first failure: ${
            firstFailure
              ? `${firstFailure.layer} on ${firstFailure.route}${match ? ` (predicted from ${match.rate.toFixed(0)} req/s)` : ''}`
              : 'none'
          }`,
      ),
    ],
    measurements: {
      highestRateHeld: highestHeld,
      firstBrokenSecond: firstBroken?.second ?? null,
      expectedFirst: plan.first,
      predicted,
      onsets: (Object.keys(ROUTES) as FunctionName[]).flatMap((fn) =>
        measureOnsets(input.samples, ROUTES[fn].routeKey).map((o) => ({
          route: ROUTES[fn].routeKey,
          ...o,
        })),
      ),
      windows,
    },
  };
}
