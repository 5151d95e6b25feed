/** The scenarios (one file each in `load/scenarios/`) and the load profiles they run at. */

export const SCENARIO_NAMES = [
  'smoke',
  'cold-start',
  'throttle',
  'ai-latency',
  'dynamo-throughput',
  'soak',
  'breakpoint',
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/**
 * `quick`: CI and the everyday run (each ends within 40 s); `full`: before a
 * launch; `tiny`: a few seconds each, to prove the whole job runs (the
 * end-to-end test), not to measure.
 */
export const PROFILE_NAMES = ['quick', 'full', 'tiny'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export function isScenarioName(value: string): value is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(value);
}

export function isProfileName(value: string): value is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(value);
}
