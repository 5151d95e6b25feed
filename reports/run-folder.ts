/**
 * Reading run folders (`reports/runs/<UTC timestamp>-<scenario>/`, the load
 * runner's versioned layout: `run.json` names every other file) and
 * session folders (one run folder per scenario). Each engine process's
 * sample stream is ingested on its own and the results added up, so a
 * distributed run (k6 execution segments) reads as one.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RUN_FILES, RUN_FOLDER_SCHEMA_VERSION, type RunRecord } from '#load';
import { type StageConfig, validateStage } from '#stages';
import { STAGE_METRICS_SCHEMA, type StageMetrics } from '#targets';
import { AuditFileError, notAudited, parseAudit } from './ingest/audit.ts';
import { ingestSamples, SampleIngest } from './ingest/samples.ts';
import { addSummaries, readSummary, type SummaryFacts } from './ingest/summary.ts';
import type { RunAudit } from './report-schema.ts';
import type { RunInput } from './run-input.ts';

export class RunFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunFolderError';
  }
}

async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new RunFolderError(
      `cannot read ${what} ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RunFolderError(`${what} ${file} is not JSON: ${(error as Error).message}`);
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * The sample schema versions this report reads: 3, sends also tagged with
 * their content's digest (which only the audit reads); 2, DynamoDB units
 * with the index's share; 1, totals only, which the capacity model counts against
 * both the table's and the index's units (conservative, and said so in the
 * report).
 */
export const READ_SAMPLE_SCHEMA_VERSIONS: readonly number[] = [1, 2, 3];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields of `run.json` the report reads, checked with one clear message each. */
function checkRecord(value: unknown, file: string): RunRecord {
  const fail = (what: string): never => {
    throw new RunFolderError(`${file}: ${what}`);
  };
  if (!isRecord(value)) fail('not a run record (a JSON object)');
  const record = value as Record<string, unknown>;
  if (record.schemaVersion !== RUN_FOLDER_SCHEMA_VERSION)
    fail(
      `run folder schema version ${JSON.stringify(record.schemaVersion)}; this report reads version ${RUN_FOLDER_SCHEMA_VERSION}`,
    );
  if (!READ_SAMPLE_SCHEMA_VERSIONS.includes(record.sampleSchemaVersion as number))
    fail(
      `sample schema version ${JSON.stringify(record.sampleSchemaVersion)}; this report reads versions ${READ_SAMPLE_SCHEMA_VERSIONS.join(', ')}`,
    );
  for (const key of ['id', 'scenario', 'profile'] as const)
    if (typeof record[key] !== 'string') fail(`"${key}" must be a string`);
  const target = record.target;
  if (
    !isRecord(target) ||
    (target.kind !== 'local' && target.kind !== 'deployed') ||
    typeof target.stage !== 'string'
  )
    fail('"target" must name its kind (local or deployed) and stage');
  if (!Array.isArray(record.processes) || record.processes.length === 0)
    fail('"processes" must list the engine processes');
  for (const p of record.processes as unknown[]) {
    if (!isRecord(p) || typeof p.summary !== 'string' || typeof p.samples !== 'string')
      fail('every process must name its "summary" and "samples" files');
  }
  if (!isRecord(record.stage)) fail('"stage" must be the stage definition the run used');
  return value as RunRecord;
}

function checkStage(stage: unknown, file: string): StageConfig {
  try {
    return validateStage(stage as StageConfig);
  } catch (error) {
    throw new RunFolderError(
      `${file}: its stage definition is not valid: ${(error as Error).message}`,
    );
  }
}

async function readStageMetrics(file: string): Promise<StageMetrics> {
  const value = await readJson(file, 'stage metrics');
  if (!isRecord(value) || value.schema !== STAGE_METRICS_SCHEMA)
    throw new RunFolderError(
      `${file}: stage metrics schema ${JSON.stringify(isRecord(value) ? value.schema : undefined)}; this report reads ${STAGE_METRICS_SCHEMA}`,
    );
  return value as unknown as StageMetrics;
}

/** The stage metrics the collector could not get, one line per reason (one unanswered API leaves dozens). */
function missingStageMetrics(metrics: StageMetrics | null): string[] {
  const byReason = new Map<string, string[]>();
  for (const m of metrics?.missing ?? []) {
    const paths = byReason.get(m.reason) ?? [];
    paths.push(m.path);
    byReason.set(m.reason, paths);
  }
  return [...byReason].map(([reason, paths]) => {
    const shown = paths.slice(0, 3).join(', ');
    const more = paths.length > 3 ? ` and ${paths.length - 3} more` : '';
    return `stage metric${paths.length === 1 ? '' : 's'} ${shown}${more}: ${reason}`;
  });
}

/**
 * The run's `audit.json`: the file `run.json` names, else one beside it;
 * "not audited" when there is none (folders written before runs were audited).
 */
async function readAudit(folder: string, record: RunRecord, missing: string[]): Promise<RunAudit> {
  const name = (record.audit as string | null | undefined) ?? RUN_FILES.audit;
  const file = join(folder, name);
  if (!(await exists(file))) {
    missing.push(
      record.audit
        ? `${record.audit} is named in run.json but absent: the run's data is not audited`
        : 'no data audit (audit.json): the run is not audited',
    );
    return notAudited();
  }
  try {
    return parseAudit(await readJson(file, 'audit'), file);
  } catch (error) {
    if (error instanceof AuditFileError) throw new RunFolderError(error.message);
    throw error;
  }
}

export async function readRunFolder(folder: string): Promise<RunInput> {
  const runFile = join(folder, RUN_FILES.run);
  if (!(await exists(folder))) throw new RunFolderError(`no such folder: ${folder}`);
  if (!(await exists(runFile)))
    throw new RunFolderError(`${folder} is not a run folder: it has no ${RUN_FILES.run}`);
  const record = checkRecord(await readJson(runFile, 'run record'), runFile);
  const stage = checkStage(record.stage, runFile);
  const missing: string[] = [];
  const samples = new SampleIngest();
  let summary: SummaryFacts | null = null;
  let read = 0;
  for (const process of record.processes) {
    const samplesFile = join(folder, process.samples);
    if (!(await exists(samplesFile))) {
      missing.push(
        `engine process ${process.index}: no ${process.samples} (its requests are not in this report)`,
      );
      continue;
    }
    samples.add(await ingestSamples(samplesFile));
    read += 1;
    const summaryFile = join(folder, process.summary);
    if (await exists(summaryFile)) {
      const facts = await readSummary(summaryFile).catch((error: Error) => {
        throw new RunFolderError(error.message);
      });
      summary = summary === null ? facts : addSummaries(summary, facts);
    } else {
      missing.push(
        `engine process ${process.index}: no ${process.summary} (counts come from the samples alone)`,
      );
    }
  }
  if (read === 0)
    throw new RunFolderError(`${folder}: none of its engine processes left a sample stream`);
  let stageMetrics: StageMetrics | null = null;
  if (record.stageMetrics !== null) {
    const file = join(folder, record.stageMetrics);
    if (await exists(file)) stageMetrics = await readStageMetrics(file);
    else missing.push(`${record.stageMetrics} is named in run.json but absent`);
  } else {
    missing.push('no stage metrics (CloudWatch, REPORT lines) were collected for this run');
  }
  missing.push(...missingStageMetrics(stageMetrics));
  const audit = await readAudit(folder, record, missing);
  return {
    folder,
    id: record.id,
    sampleSchemaVersion: record.sampleSchemaVersion,
    scenario: record.scenario,
    profile: record.profile,
    target: { kind: record.target.kind, stage: record.target.stage },
    stage,
    engine: `${record.engine.kind} ${record.engine.version}`,
    processes: record.processes.length,
    window: record.window,
    samples,
    summary,
    stageMetrics,
    runner: {
      exitCode: record.exitCode,
      criteriaPassed: record.criteria?.passed ?? null,
      failedThresholds: record.thresholds?.failed ?? [],
      gatingThresholds: record.thresholds?.gating ?? [],
    },
    audit,
    missing,
  };
}

/**
 * The run folders named on the command line: a run folder as it is, a
 * session folder as its run folders (sorted by name).
 */
export async function resolveRunFolders(paths: string[]): Promise<string[]> {
  const folders: string[] = [];
  for (const path of paths) {
    if (!(await exists(path))) throw new RunFolderError(`no such folder: ${path}`);
    if (await exists(join(path, RUN_FILES.run))) {
      folders.push(path);
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true }).catch(() => {
      throw new RunFolderError(`${path} is not a folder`);
    });
    const runs: string[] = [];
    for (const entry of entries) {
      if (entry.isDirectory() && (await exists(join(path, entry.name, RUN_FILES.run))))
        runs.push(join(path, entry.name));
    }
    if (runs.length === 0)
      throw new RunFolderError(
        `${path} is neither a run folder (no ${RUN_FILES.run}) nor a session folder (no run folders in it)`,
      );
    folders.push(...runs.sort());
  }
  return folders;
}
