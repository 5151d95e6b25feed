/**
 * What each scenario does in this instance's execution segment: its VUs,
 * iterations, ramping steps, arrival times and iteration numbers, computed
 * as k6's executors compute them (lib/executor/*.go, GetExecutionRequirements
 * and the striped iteration indexes). Without segments the plan is simply
 * the scenario's configuration.
 */
import type { EngineOptions, ScenarioConfig, Stage } from './options.ts';
import { parseSegment, parseSequence, type Segment, SegmentedIndex, Tuple } from './segments.ts';

export interface VUStep {
  atMs: number;
  vus: number;
}

export interface ScenarioPlan {
  /** Whether this instance has anything to run for the scenario. */
  readonly hasWork: boolean;
  /** VUs initialised before the test (preAllocatedVUs for arrival rates). */
  readonly initialVUs: number;
  /** VUs this instance may use in all. */
  readonly maxVUs: number;
  /** Looping VUs of shared-iterations, per-vu-iterations and constant-vus. */
  readonly vus: number;
  /** shared-iterations: this instance's share; per-vu-iterations: per VU. */
  readonly iterations: number;
  /** ramping-vus: the number of looping VUs over time. */
  readonly steps: readonly VUStep[];
  /** ramping-vus: VUs above the count are hard-stopped (after gracefulRampDown). */
  readonly gracefulSteps: readonly VUStep[];
  /** Arrival-rate executors: start offsets (ms) of this instance's iterations. */
  arrivals(): Iterable<number>;
  /** Arrival rate this instance runs at, per second (constant-arrival-rate; the maximum for ramping). */
  readonly ratePerSec: number;
  /** `exec.scenario.iterationInInstance` and `iterationInTest` of the next iteration. */
  nextIteration(): { inInstance: number; inTest: number };
}

export interface SegmentPlan {
  /** The segment's length as a fraction (1 without segments). */
  readonly fraction: number;
  readonly segment: Segment | undefined;
  scenario(s: ScenarioConfig): ScenarioPlan;
  /** Ids of the next VU: in this instance and in the whole test. */
  nextVUId(): { inInstance: number; inTest: number };
}

function counter(tuple: Tuple | undefined): () => { inInstance: number; inTest: number } {
  if (!tuple) {
    let n = 0;
    return () => ({ inInstance: n, inTest: n++ });
  }
  const index = new SegmentedIndex(tuple);
  return () => {
    const { scaled, unscaled } = index.next();
    return { inInstance: scaled - 1, inTest: unscaled - 1 };
  };
}

function ns(ms: number): bigint {
  return BigInt(Math.round(ms * 1e6));
}

/** k6's getRawExecutionSteps for ramping-vus, on this instance's share of the VUs. */
export function rampingSteps(
  tuple: Tuple,
  startVUs: number,
  stages: readonly Stage[],
  zeroEnd: boolean,
): VUStep[] {
  const index = new SegmentedIndex(tuple);
  let { scaled, unscaled } = index.goTo(startVUs);
  const steps: VUStep[] = [{ atMs: 0, vus: scaled }];
  const add = (atNs: bigint, vus: number) => {
    if ((steps[steps.length - 1] as VUStep).vus !== vus)
      steps.push({ atMs: Number(atNs) / 1e6, vus });
  };
  let timeTillEnd = 0n;
  let from = startVUs;
  for (const stage of stages) {
    const to = stage.target;
    const duration = ns(stage.durationMs);
    timeTillEnd += duration;
    const diff = BigInt(to - from);
    if (diff === 0n) continue;
    if (duration === 0n) {
      ({ scaled, unscaled } = index.goTo(to));
      add(timeTillEnd, scaled);
      from = to;
      continue;
    }
    if (unscaled > to) {
      for (; unscaled > to; { scaled, unscaled } = index.prev()) {
        add(timeTillEnd - (duration * BigInt(to - unscaled + 1)) / diff, scaled - 1);
      }
    } else {
      for (; unscaled <= to; { scaled, unscaled } = index.next()) {
        add(timeTillEnd - (duration * BigInt(to - unscaled)) / diff, scaled);
      }
    }
    from = to;
  }
  if (zeroEnd && (steps[steps.length - 1] as VUStep).vus !== 0) {
    steps.push({ atMs: Number(timeTillEnd) / 1e6, vus: 0 });
  }
  return steps;
}

/** The VU count over time for ramping-vus without execution segments. */
export function rampingVUSteps(startVUs: number, stages: readonly Stage[]): VUStep[] {
  return rampingSteps(Tuple.of(undefined, []), startVUs, stages, true);
}

/**
 * k6's reserveVUsForGracefulRampDowns: a VU that ramps down keeps its place
 * for gracefulRampDown (unless the count rises again first), so the hard
 * limit lags the scheduled count.
 */
export function gracefulRampDownSteps(
  raw: readonly VUStep[],
  gracefulRampDownMs: number,
  endMs: number,
): VUStep[] {
  const out: VUStep[] = [];
  let last = 0;
  let lastDownSlope = 0;
  for (let i = 0; i < raw.length; i++) {
    const step = raw[i] as VUStep;
    if (i === 0 || step.vus > last) {
      out.push(step);
      last = step.vus;
      continue;
    }
    if (step.vus === last) continue;
    const until = step.atMs + gracefulRampDownMs;
    let skipped = false;
    let rampingDown = true;
    for (let j = Math.max(i + 1, lastDownSlope); j < raw.length; j++) {
      const next = raw[j] as VUStep;
      if (next.atMs > until) break;
      if (next.vus >= last) {
        i = j - 1;
        skipped = true;
        break;
      }
      if (rampingDown) {
        if ((raw[j - 1] as VUStep).vus > next.vus) lastDownSlope = j;
        else rampingDown = false;
      }
    }
    if (skipped) continue;
    if (until >= endMs) break;
    out.push({ atMs: until, vus: step.vus });
    last = step.vus;
  }
  return out;
}

/** k6's ticker period: the inverse of the rate, truncated to whole nanoseconds. */
function periodNs(rate: number, timeUnitMs: number): bigint {
  return BigInt(Math.floor((timeUnitMs * 1e6) / rate));
}

function* constantArrivals(
  tuple: Tuple | undefined,
  rate: number,
  timeUnitMs: number,
  durationMs: number,
): Generator<number> {
  const period = periodNs(rate, timeUnitMs);
  const end = ns(durationMs);
  const stripes = tuple?.stripes() ?? { start: 0, gaps: [1], lcd: 1 };
  const gaps = stripes.gaps.length > 0 ? stripes.gaps : [stripes.lcd];
  for (let li = 0, gi = stripes.start; ; gi += gaps[li % gaps.length] as number, li++) {
    const t = period * BigInt(gi);
    if (t >= end) return;
    yield Number(t) / 1e6;
  }
}

/**
 * k6's `cal` for ramping-arrival-rate: iteration i (1-based, striped for the
 * segment) starts when the area under the rate curve reaches i.
 */
function* rampingArrivals(
  tuple: Tuple | undefined,
  startRate: number,
  timeUnitMs: number,
  stages: readonly Stage[],
): Generator<number> {
  const stripes = tuple?.stripes() ?? { start: 0, gaps: [1], lcd: 1 };
  const gaps = stripes.gaps.length > 0 ? stripes.gaps : [stripes.lcd];
  let li = -1;
  const next = () => {
    li++;
    return gaps[li % gaps.length] as number;
  };
  const timeUnit = timeUnitMs * 1e6;
  let from = startRate / timeUnit;
  let stageStart = 0;
  let doneSoFar = 0;
  let endCount = 0;
  let i = stripes.start + 1;
  for (const st of stages) {
    const to = st.target / timeUnit;
    const dur = st.durationMs * 1e6;
    if (from !== to) {
      endCount += dur * ((to - from) / 2 + from);
      for (; i <= endCount; i += next()) {
        const under = dur * (from * from * dur + 2 * (i - doneSoFar) * (to - from));
        const x = (from * dur - (under > 0 ? Math.sqrt(under) : 0)) / (from - to);
        yield (stageStart + Math.trunc(x)) / 1e6;
      }
    } else {
      endCount += dur * to;
      for (; i <= endCount; i += next())
        yield (stageStart + Math.trunc((i - doneSoFar) / to)) / 1e6;
    }
    doneSoFar = endCount;
    from = to;
    stageStart += dur;
  }
}

/** Start offsets (ms) of constant-arrival-rate iterations without segments. */
export function constantArrivalTimes(
  rate: number,
  timeUnitMs: number,
  durationMs: number,
): Iterable<number> {
  return constantArrivals(undefined, rate, timeUnitMs, durationMs);
}

/** Start offsets (ms) of ramping-arrival-rate iterations without segments. */
export function rampingArrivalTimes(
  startRate: number,
  timeUnitMs: number,
  stages: readonly Stage[],
): Iterable<number> {
  return rampingArrivals(undefined, startRate, timeUnitMs, stages);
}

function stagesMs(stages: readonly Stage[]): number {
  return stages.reduce((sum, s) => sum + s.durationMs, 0);
}

/** The plan of one scenario for this instance's tuple (undefined: the whole test). */
export function scenarioPlan(s: ScenarioConfig, tuple: Tuple | undefined): ScenarioPlan {
  const scale = (n: number) => (tuple ? tuple.scale(n) : n);
  const fraction = tuple ? tuple.segment.length.toNumber() : 1;
  const base = {
    steps: [] as VUStep[],
    gracefulSteps: [] as VUStep[],
    arrivals: (): Iterable<number> => [],
    ratePerSec: 0,
  };
  switch (s.executor) {
    case 'shared-iterations': {
      const vus = scale(s.vus);
      const byVUs = tuple?.forValue(s.vus);
      const iterations = tuple ? (byVUs ? byVUs.scale(s.iterations) : 0) : s.iterations;
      return {
        ...base,
        hasWork: vus > 0 && iterations > 0,
        initialVUs: vus,
        maxVUs: vus,
        vus,
        iterations,
        nextIteration: counter(byVUs),
      };
    }
    case 'per-vu-iterations':
    case 'constant-vus': {
      const vus = scale(s.vus);
      return {
        ...base,
        hasWork: vus > 0,
        initialVUs: vus,
        maxVUs: vus,
        vus,
        iterations: s.executor === 'per-vu-iterations' ? s.iterations : 0,
        nextIteration: counter(tuple),
      };
    }
    case 'ramping-vus': {
      const t = tuple ?? Tuple.of(undefined, []);
      const steps = rampingSteps(t, s.startVUs, s.stages, true);
      const end = stagesMs(s.stages) + s.gracefulStopMs;
      let graceful = rampingSteps(t, s.startVUs, s.stages, false);
      if (s.gracefulRampDownMs > 0)
        graceful = gracefulRampDownSteps(graceful, s.gracefulRampDownMs, end);
      if ((graceful[graceful.length - 1] as VUStep).vus !== 0) graceful.push({ atMs: end, vus: 0 });
      const maxVUs = Math.max(...graceful.map((g) => g.vus));
      return {
        ...base,
        hasWork: maxVUs > 0,
        initialVUs: maxVUs,
        maxVUs,
        vus: maxVUs,
        iterations: 0,
        steps,
        gracefulSteps: graceful,
        nextIteration: counter(tuple),
      };
    }
    case 'constant-arrival-rate':
    case 'ramping-arrival-rate': {
      const preAllocated = scale(s.preAllocatedVUs);
      const maxVUs = scale(s.maxVUs);
      const byMaxVUs = tuple?.forValue(s.maxVUs);
      const ratePerSec =
        s.executor === 'constant-arrival-rate'
          ? ((s.rate * 1000) / s.timeUnitMs) * fraction
          : ((Math.max(s.startRate, ...s.stages.map((st) => st.target)) * 1000) / s.timeUnitMs) *
            fraction;
      return {
        ...base,
        hasWork: maxVUs > 0,
        initialVUs: preAllocated,
        maxVUs,
        vus: maxVUs,
        iterations: 0,
        ratePerSec,
        arrivals: () =>
          s.executor === 'constant-arrival-rate'
            ? constantArrivals(byMaxVUs, s.rate, s.timeUnitMs, s.durationMs)
            : rampingArrivals(byMaxVUs, s.startRate, s.timeUnitMs, s.stages),
        nextIteration: counter(byMaxVUs),
      };
    }
  }
}

/** The whole run's plan from the `executionSegment` and `executionSegmentSequence` options. */
export function segmentPlan(
  options: Pick<EngineOptions, 'executionSegment' | 'executionSegmentSequence'>,
): SegmentPlan {
  const segment = options.executionSegment ? parseSegment(options.executionSegment) : undefined;
  const sequence = options.executionSegmentSequence
    ? parseSequence(options.executionSegmentSequence)
    : [];
  const segmented = segment !== undefined || sequence.length > 0;
  const tuple = segmented ? Tuple.of(segment, sequence) : undefined;
  const plans = new Map<ScenarioConfig, ScenarioPlan>();
  const ids = counter(tuple);
  return {
    fraction: tuple ? tuple.segment.length.toNumber() : 1,
    segment: tuple?.segment,
    scenario(s) {
      let plan = plans.get(s);
      if (!plan) {
        plan = scenarioPlan(s, tuple);
        plans.set(s, plan);
      }
      return plan;
    },
    nextVUId() {
      const { inInstance, inTest } = ids();
      return { inInstance: inInstance + 1, inTest: inTest + 1 };
    },
  };
}
