/**
 * Load profiles, kept apart from the flows: how hard and how long each
 * scenario pushes. `quick` runs in CI and day to day (each run ends within
 * 40 s against the local stage); `full` is the pre-launch run against a
 * deployed stage; `tiny` only proves the whole job works end to end (its
 * figures are too few to judge a stage by). Rates that probe a limit are factors of the stage's own
 * numbers, so one profile fits every stage.
 */
import type { ProfileName, ScenarioName } from './scenarios.ts';

export interface SmokeProfile {
  users: number;
  /** Also provoke `AI_TIMEOUT` (costs the stage's whole AI budget, ~25 s). */
  aiTimeout: boolean;
}

export interface ColdStartProfile {
  /** Concurrent first requests per burst, per route. */
  steps: number[];
  /** Seconds between the starts of two bursts. */
  gapSeconds: number;
}

export interface ThrottleProfile {
  /** The ramp ends at this multiple of the send route's rate limit. */
  peakFactor: number;
  rampSeconds: number;
  holdSeconds: number;
}

export interface AiLatencyProfile {
  /** Seconds per latency step (fast, realistic, slow). */
  stepSeconds: number;
}

export interface DynamoThroughputProfile {
  seconds: number;
  sendsPerSecond: number;
  readsPerSecond: number;
  /** Size of each message's content in UTF-8 bytes. */
  contentBytes: number;
}

export interface SoakProfile {
  /** k6 duration; `DURATION` overrides it. */
  duration: string;
  /** Flows (list → read → send) per second. */
  flowsPerSecond: number;
}

export interface BreakpointProfile {
  /** The ramp of flows per second ends at this multiple of the send route's rate limit. */
  peakFactor: number;
  rampSeconds: number;
}

export interface ScenarioProfiles {
  smoke: SmokeProfile;
  'cold-start': ColdStartProfile;
  throttle: ThrottleProfile;
  'ai-latency': AiLatencyProfile;
  'dynamo-throughput': DynamoThroughputProfile;
  soak: SoakProfile;
  breakpoint: BreakpointProfile;
}

export const PROFILES: { [S in ScenarioName]: Record<ProfileName, ScenarioProfiles[S]> } = {
  smoke: {
    quick: { users: 2, aiTimeout: false },
    full: { users: 10, aiTimeout: true },
    tiny: { users: 1, aiTimeout: false },
  },
  'cold-start': {
    quick: { steps: [1, 2, 4], gapSeconds: 2 },
    full: { steps: [1, 5, 25, 100], gapSeconds: 5 },
    tiny: { steps: [1, 2], gapSeconds: 1 },
  },
  throttle: {
    quick: { peakFactor: 2, rampSeconds: 12, holdSeconds: 4 },
    full: { peakFactor: 2, rampSeconds: 60, holdSeconds: 30 },
    tiny: { peakFactor: 2, rampSeconds: 4, holdSeconds: 2 },
  },
  'ai-latency': {
    quick: { stepSeconds: 5 },
    full: { stepSeconds: 60 },
    tiny: { stepSeconds: 2 },
  },
  'dynamo-throughput': {
    quick: { seconds: 12, sendsPerSecond: 8, readsPerSecond: 8, contentBytes: 2_000 },
    full: { seconds: 300, sendsPerSecond: 40, readsPerSecond: 80, contentBytes: 6_000 },
    tiny: { seconds: 3, sendsPerSecond: 4, readsPerSecond: 4, contentBytes: 500 },
  },
  soak: {
    quick: { duration: '15s', flowsPerSecond: 4 },
    full: { duration: '30m', flowsPerSecond: 10 },
    tiny: { duration: '3s', flowsPerSecond: 2 },
  },
  breakpoint: {
    quick: { peakFactor: 1.6, rampSeconds: 15 },
    full: { peakFactor: 3, rampSeconds: 300 },
    tiny: { peakFactor: 1.6, rampSeconds: 4 },
  },
};

export function profileOf<S extends ScenarioName>(
  scenario: S,
  profile: ProfileName,
): ScenarioProfiles[S] {
  return PROFILES[scenario][profile];
}

/** How many test users a scenario's run needs. */
export function usersFor(scenario: ScenarioName, profile: ProfileName): number {
  switch (scenario) {
    case 'smoke':
      return PROFILES.smoke[profile].users;
    case 'cold-start':
      return Math.min(10, Math.max(...PROFILES['cold-start'][profile].steps));
    default:
      return { tiny: 2, quick: 4, full: 20 }[profile];
  }
}
