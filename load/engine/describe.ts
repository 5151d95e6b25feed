/** The run header and progress lines, in k6's wording. */
import { formatDuration } from './duration.ts';
import type { ScenarioConfig } from './options.ts';
import { scenarioDurationMs, scenarioMaxVUs } from './options.ts';

/** k6's one-line description of a scenario (the "* name: …" lines of the header). */
export function describeScenario(s: ScenarioConfig): string {
  const extra: string[] = [];
  let text: string;
  switch (s.executor) {
    case 'shared-iterations':
      text = `${s.iterations} iterations shared among ${s.vus} VUs`;
      extra.push(`maxDuration: ${formatDuration(s.maxDurationMs)}`);
      break;
    case 'per-vu-iterations':
      text = `${s.iterations} iterations for each of ${s.vus} VUs`;
      extra.push(`maxDuration: ${formatDuration(s.maxDurationMs)}`);
      break;
    case 'constant-vus':
      text = `${s.vus} looping VUs for ${formatDuration(s.durationMs)}`;
      break;
    case 'ramping-vus':
      text = `Up to ${scenarioMaxVUs(s)} looping VUs for ${formatDuration(scenarioDurationMs(s))} over ${s.stages.length} stages`;
      extra.push(`gracefulRampDown: ${formatDuration(s.gracefulRampDownMs)}`);
      break;
    case 'constant-arrival-rate':
      text = `${((s.rate * 1000) / s.timeUnitMs).toFixed(2)} iterations/s for ${formatDuration(s.durationMs)}`;
      extra.push(`maxVUs: ${s.preAllocatedVUs}-${s.maxVUs}`);
      break;
    case 'ramping-arrival-rate': {
      const max = Math.max(s.startRate, ...s.stages.map((st) => st.target));
      text = `Up to ${((max * 1000) / s.timeUnitMs).toFixed(2)} iterations/s for ${formatDuration(scenarioDurationMs(s))} over ${s.stages.length} stages`;
      extra.push(`maxVUs: ${s.preAllocatedVUs}-${s.maxVUs}`);
      break;
    }
  }
  if (s.exec !== 'default') extra.push(`exec: ${s.exec}`);
  if (s.startTimeMs > 0) extra.push(`startTime: ${formatDuration(s.startTimeMs)}`);
  extra.push(`gracefulStop: ${formatDuration(s.gracefulStopMs)}`);
  return `${s.name}: ${text} (${extra.join(', ')})`;
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
}): string {
  const n = opts.scenarios.length;
  const maxVUs = opts.scenarios.reduce((sum, s) => sum + scenarioMaxVUs(s), 0);
  const lines = [
    '',
    '  loopgauge built-in engine (k6-compatible)',
    '',
    '     execution: local',
    `        script: ${opts.script}`,
    `        output: ${opts.outputs.length > 0 ? opts.outputs.join(', ') : '-'}`,
    '',
    `     scenarios: (100.00%) ${n} scenario${n === 1 ? '' : 's'}, ${maxVUs} max VUs, ${formatDuration(maxTestDurationMs(opts.scenarios))} max duration (incl. graceful stop):`,
    ...opts.scenarios.map((s) => `              * ${describeScenario(s)}`),
    '',
    '',
  ];
  return `${lines.join('\n')}\n`;
}
