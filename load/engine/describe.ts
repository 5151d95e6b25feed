/** The run header and progress lines, in k6's wording. */
import { formatDuration } from './duration.ts';
import type { ScenarioConfig } from './options.ts';
import { scenarioDurationMs } from './options.ts';
import { type SegmentPlan, scenarioPlan } from './plan.ts';

/** k6's one-line description of a scenario (the "* name: …" lines of the header). */
export function describeScenario(s: ScenarioConfig, plan = scenarioPlan(s, undefined)): string {
  const extra: string[] = [];
  let text: string;
  switch (s.executor) {
    case 'shared-iterations':
      text = `${plan.iterations} iterations shared among ${plan.vus} VUs`;
      extra.push(`maxDuration: ${formatDuration(s.maxDurationMs)}`);
      break;
    case 'per-vu-iterations':
      text = `${s.iterations} iterations for each of ${plan.vus} VUs`;
      extra.push(`maxDuration: ${formatDuration(s.maxDurationMs)}`);
      break;
    case 'constant-vus':
      text = `${plan.vus} looping VUs for ${formatDuration(s.durationMs)}`;
      break;
    case 'ramping-vus':
      text = `Up to ${plan.maxVUs} looping VUs for ${formatDuration(scenarioDurationMs(s))} over ${s.stages.length} stages`;
      extra.push(`gracefulRampDown: ${formatDuration(s.gracefulRampDownMs)}`);
      break;
    case 'constant-arrival-rate':
      text = `${plan.ratePerSec.toFixed(2)} iterations/s for ${formatDuration(s.durationMs)}`;
      extra.push(maxVUsRange(plan.initialVUs, plan.maxVUs));
      break;
    case 'ramping-arrival-rate':
      text = `Up to ${plan.ratePerSec.toFixed(2)} iterations/s for ${formatDuration(scenarioDurationMs(s))} over ${s.stages.length} stages`;
      extra.push(maxVUsRange(plan.initialVUs, plan.maxVUs));
      break;
  }
  if (s.exec !== 'default') extra.push(`exec: ${s.exec}`);
  if (s.startTimeMs > 0) extra.push(`startTime: ${formatDuration(s.startTimeMs)}`);
  extra.push(`gracefulStop: ${formatDuration(s.gracefulStopMs)}`);
  return `${s.name}: ${text} (${extra.join(', ')})`;
}

/** k6 prints "maxVUs: 5" when maxVUs equals preAllocatedVUs, else "maxVUs: 5-10". */
function maxVUsRange(preAllocated: number, max: number): string {
  return max > preAllocated ? `maxVUs: ${preAllocated}-${max}` : `maxVUs: ${preAllocated}`;
}

/** Longest possible run: startTime + duration + gracefulStop of the latest scenario. */
export function maxTestDurationMs(scenarios: readonly ScenarioConfig[]): number {
  return Math.max(
    ...scenarios.map((s) => s.startTimeMs + scenarioDurationMs(s) + s.gracefulStopMs),
  );
}

export function header(opts: {
  script: string;
  outputs: string[];
  scenarios: readonly ScenarioConfig[];
  plan: SegmentPlan;
}): string {
  const n = opts.scenarios.length;
  const maxVUs = opts.scenarios.reduce((sum, s) => sum + opts.plan.scenario(s).maxVUs, 0);
  const lines = [
    '',
    '  loopgauge built-in engine (k6-compatible)',
    '',
    '     execution: local',
    `        script: ${opts.script}`,
    `        output: ${opts.outputs.length > 0 ? opts.outputs.join(', ') : '-'}`,
    '',
    `     scenarios: (${(opts.plan.fraction * 100).toFixed(2)}%) ${n} scenario${n === 1 ? '' : 's'}, ${maxVUs} max VUs, ${formatDuration(maxTestDurationMs(opts.scenarios))} max duration (incl. graceful stop):`,
    ...opts.scenarios.map((s) => `              * ${describeScenario(s, opts.plan.scenario(s))}`),
    '',
    '',
  ];
  return `${lines.join('\n')}\n`;
}
