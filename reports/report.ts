/**
 * From run folders to a report: ingest every run (and the baseline's),
 * measure, check the model against each run, project the capacity file's
 * traffic onto the stage, price it, judge it, and write `report.json`,
 * `report.md` and `index.html`.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StageConfig } from '#stages';
import { type CapacityFile, DEFAULT_REGRESSION_TOLERANCE } from './capacity-file.ts';
import { costModel } from './cost.ts';
import { figures as figuresOf } from './figures.ts';
import { measureRun } from './measures.ts';
import { projectCapacity, trafficOf } from './model.ts';
import { checkRun } from './model-check.ts';
import { renderHtml } from './render/html.ts';
import { renderMarkdown } from './render/markdown.ts';
import { REPORT_SCHEMA, type Report, type RunReport } from './report-schema.ts';
import { readRunFolder, resolveRunFolders } from './run-folder.ts';
import type { RunInput } from './run-input.ts';
import { verdict } from './verdict.ts';

export interface ReportOptions {
  /** Run folders and session folders. */
  folders: string[];
  /** A run or session folder to compare with, scenario by scenario. */
  baseline?: string;
  capacity?: CapacityFile | null;
  /** The stage definition to project the traffic onto (default: the one the runs used). */
  stage?: StageConfig;
  /** Fixed time for reproducible output (tests). */
  now?: Date;
}

async function readRuns(paths: string[]): Promise<RunInput[]> {
  const folders = await resolveRunFolders(paths);
  const runs: RunInput[] = [];
  for (const folder of folders) runs.push(await readRunFolder(folder));
  return runs;
}

/** The report of already ingested runs: pure apart from the clock. */
export function reportOf(
  inputs: RunInput[],
  baselineInputs: RunInput[],
  capacity: CapacityFile | null,
  now: Date,
  projectOnto?: StageConfig,
): Report {
  const figures = figuresOf(capacity);
  const stages = new Map<string, StageConfig>();
  const runs: RunReport[] = inputs.map((input) => {
    const run = measureRun(input);
    if (input.stage) {
      stages.set(run.id, input.stage);
      run.modelCheck = checkRun(run, input.samples, input.stage, figures);
    }
    return run;
  });
  const baselines = baselineInputs.map(measureRun);
  const stage =
    projectOnto ??
    inputs.find((i) => i.target.kind === 'deployed' && i.stage)?.stage ??
    inputs.find((i) => i.stage)?.stage;
  if (!stage) throw new Error('no run names the stage it ran against');
  const projection = projectCapacity(stage, runs, capacity, figures);
  const { modelInputs, ...capacityOut } = projection;
  const traffic = capacity ? trafficOf(capacity) : null;
  const cost = costModel(stage, modelInputs, capacity, traffic, figures);
  const distinctStages = new Set(inputs.map((i) => i.target.stage));
  if (projectOnto && !distinctStages.has(projectOnto.name))
    capacityOut.notes.unshift(
      `projected onto stage “${projectOnto.name}”; the runs used ${[...distinctStages].join(', ')} (their measured figures keep their sources)`,
    );
  else if (distinctStages.size > 1)
    capacityOut.notes.unshift(
      `the runs used different stages (${[...distinctStages].join(', ')}); the model uses stage “${stage.name}”`,
    );
  const tolerance = capacity?.verdict?.regressionTolerance ?? DEFAULT_REGRESSION_TOLERANCE;
  const scenarios = [...new Set(runs.map((r) => r.scenario))];
  return {
    schema: REPORT_SCHEMA,
    generatedAt: now.toISOString(),
    title: `loopgauge capacity report: ${scenarios.join(', ')} on ${[...distinctStages].join(', ')}`,
    runs,
    baseline: baselines.length > 0 ? { ids: baselines.map((b) => b.id), tolerance } : null,
    figures: { quotas: figures.quotas, prices: figures.prices },
    capacity: { ...capacityOut, cost },
    verdict: verdict(runs, stages, baselines, tolerance),
  };
}

export async function buildReport(options: ReportOptions): Promise<Report> {
  const inputs = await readRuns(options.folders);
  const baselines = options.baseline ? await readRuns([options.baseline]) : [];
  return reportOf(
    inputs,
    baselines,
    options.capacity ?? null,
    options.now ?? new Date(),
    options.stage,
  );
}

export const REPORT_FILES = {
  json: 'report.json',
  markdown: 'report.md',
  html: 'index.html',
} as const;

async function writeAtomically(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

/** Writes the three outputs into `folder`; returns their paths. */
export async function writeReport(report: Report, folder: string): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const files = {
    json: join(folder, REPORT_FILES.json),
    markdown: join(folder, REPORT_FILES.markdown),
    html: join(folder, REPORT_FILES.html),
  };
  await writeAtomically(files.json, `${JSON.stringify(report, null, 2)}\n`);
  await writeAtomically(files.markdown, renderMarkdown(report));
  await writeAtomically(files.html, await renderHtml(report));
  return [files.html, files.markdown, files.json];
}
