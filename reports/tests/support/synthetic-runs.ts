/** Synthetic run folders of the local stage (see bench/synthetic.ts), for the report and model-check tests. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScenarioName } from '#load';
import { getStage } from '#stages';
import { type SyntheticRoute, writeSyntheticRun } from '../../bench/synthetic.ts';
import { assembleRunFolder } from './run-folder.ts';

const local = getStage('local');
export const START_MS = Date.parse('2026-11-27T14:40:01Z');

/** A route of the local stage with its own throttle and reserved concurrency. */
export function localRoute(
  fn: 'get_chats' | 'get_chat' | 'send_message',
  route: string,
  offered: (second: number) => number,
  timing: Partial<SyntheticRoute> = {},
): SyntheticRoute {
  const throttle = local.api.routeThrottles[fn];
  return {
    route,
    offered,
    gatewayRate: throttle.rateLimit,
    burst: throttle.burstLimit,
    concurrency: local.functions.settings[fn].reservedConcurrency ?? Number.POSITIVE_INFINITY,
    handlerMs: 5,
    aiMs: 0,
    initMs: 250,
    coldShare: 0.01,
    readUnits: 0.5,
    writeUnits: 0,
    ...timing,
  };
}

export async function syntheticRunFolder(
  dir: string,
  scenario: ScenarioName,
  routes: SyntheticRoute[],
  seconds = 30,
  record: Parameters<typeof assembleRunFolder>[1]['record'] = {},
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const samples = join(dir, `${scenario}.ndjson`);
  await writeSyntheticRun({ startMs: START_MS, seconds, routes }, samples);
  return assembleRunFolder(join(dir, `20261127T144000Z-${scenario}`), {
    scenario,
    processes: [{ samples }],
    record: { id: `20261127T144000Z-${scenario}`, ...record },
  });
}
