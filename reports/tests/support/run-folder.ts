/** Hand-assembled run folders for the tests: a run.json in the runner's schema beside given k6 outputs. */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newRunRecord, processFiles, RUN_FILES, type RunRecord, type ScenarioName } from '#load';
import { getStage, type StageName } from '#stages';

/** The real k6 v1.3.0 outputs kept in the repository. */
export const K6_FIXTURES = new URL(
  '../../../load/engine/tests/fixtures/k6-v1.3.0/',
  import.meta.url,
).pathname;

export interface AssembleOptions {
  scenario?: ScenarioName;
  stage?: StageName;
  kind?: 'local' | 'deployed';
  /** Per engine process: the samples file to copy (or to write with `write`) and an optional summary to copy. */
  processes: { samples: string; summary?: string }[];
  record?: Partial<RunRecord>;
}

export async function assembleRunFolder(folder: string, options: AssembleOptions): Promise<string> {
  await mkdir(folder, { recursive: true });
  const count = options.processes.length;
  const processes = await Promise.all(
    options.processes.map(async (p, index) => {
      const files = processFiles(index, count);
      await copyFile(p.samples, join(folder, files.samples));
      if (p.summary) await copyFile(p.summary, join(folder, files.summary));
      return {
        index,
        executionSegment: count === 1 ? null : `${index}/${count}:${index + 1}/${count}`,
        summary: files.summary,
        samples: files.samples,
        exitCode: 0,
      };
    }),
  );
  const scenario = options.scenario ?? 'smoke';
  const stage = options.stage ?? 'local';
  const record: RunRecord = {
    ...newRunRecord({
      id: `20261127T144000Z-${scenario}`,
      scenario,
      profile: 'quick',
      target: { kind: options.kind ?? 'local', stage, apiUrl: 'http://127.0.0.1:3000', file: null },
      stage: getStage(stage),
      engine: { kind: 'k6', version: 'v1.3.0' },
      execution: { mode: count === 1 ? 'single' : 'split', processes: count },
      git: { commit: null, dirty: null },
      startedAt: '2026-11-27T14:40:00.000Z',
      users: { count: 4 },
      processes,
    }),
    endedAt: '2026-11-27T14:40:10.000Z',
    window: { start: '2026-11-27T14:40:01.000Z', end: '2026-11-27T14:40:07.000Z' },
    thresholds: { failed: [], gating: [] },
    exitCode: 0,
    ...options.record,
  };
  await writeFile(join(folder, RUN_FILES.run), `${JSON.stringify(record, null, 2)}\n`);
  return folder;
}
