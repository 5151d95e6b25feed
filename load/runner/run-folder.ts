/**
 * The run folder, `reports/runs/<UTC timestamp>-<scenario>/`: everything one
 * load run leaves behind, and the only thing the reports read. Its layout is
 * versioned: `run-folder.schema.json` beside this file describes `run.json`
 * (these types, checked against the schema in the tests), which names every
 * other file of the folder:
 *
 * | file                                   | what                                                  |
 * | -------------------------------------- | ----------------------------------------------------- |
 * | `run.json`                             | the resolved run config and its outcome (`RunRecord`) |
 * | `summary.json` / `summary-<i>.json`    | k6's `handleSummary` data, one per engine process     |
 * | `samples.ndjson` / `samples-<i>.ndjson`| k6's JSON-lines sample stream (`--out json`), likewise|
 * | `stage-metrics.json`                   | what the stage measured in the run window (optional)  |
 * | `audit.json`                           | the post-run audit of the sends (`AuditFile`)         |
 *
 * Test users' tokens are never written here: run folders get shared.
 */
import type { StageConfig, StageName } from '#stages';
import { SAMPLE_SCHEMA_VERSION } from '../lib/samples.ts';
import type { ProfileName, ScenarioName } from '../lib/scenarios.ts';

export const RUN_FOLDER_SCHEMA_VERSION = 1;

/** Where run folders go, relative to the repository root. */
export const RUNS_DIR = 'reports/runs';

export const RUN_FILES = {
  run: 'run.json',
  stageMetrics: 'stage-metrics.json',
  audit: 'audit.json',
} as const;

/** `YYYYMMDDTHHMMSSZ`: how run folders (and the sessions that hold them) are named. */
export function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** The summary and samples files of engine process `index` of `count`. */
export function processFiles(index: number, count: number): { summary: string; samples: string } {
  return count === 1
    ? { summary: 'summary.json', samples: 'samples.ndjson' }
    : { summary: `summary-${index}.json`, samples: `samples-${index}.ndjson` };
}

export type EngineKind = 'k6' | 'builtin';

/** One engine process of the run (several with `--split`, one per runner pod with `--k8s`). */
export interface EngineProcess {
  index: number;
  /** k6's `--execution-segment` of this process, or `null` when it ran the whole test. */
  executionSegment: string | null;
  /** File names in the run folder. */
  summary: string;
  samples: string;
  /** The process's exit code; `null` while it has not run (a k8s run not yet collected). */
  exitCode: number | null;
}

export interface CriterionResult {
  name: string;
  passed: boolean;
  /** One line a person can read: what was expected and what was measured. */
  detail: string;
}

/** A scenario's pass criteria, evaluated from the samples after the run. */
export interface CriteriaOutcome {
  passed: boolean;
  criteria: CriterionResult[];
  /** The figures the criteria were decided on (scenario-specific, plain JSON). */
  measurements: Record<string, unknown>;
}

export interface ThresholdOutcome {
  /** `<metric>: <expression>` of every threshold that failed. */
  failed: string[];
  /** The failed ones that decide the exit code (latency only against a deployed stage). */
  gating: string[];
}

/** What became of the run's test users and their data. */
export interface CleanupOutcome {
  /**
   * `removed`: deleted through the stage's APIs; `kept`: `--keep-data`;
   * `discarded`: the local stage the run started was stopped with them;
   * `failed`: left behind, `error` says why.
   */
  outcome: 'removed' | 'kept' | 'discarded' | 'failed';
  error: string | null;
}

export interface RunRecord {
  schemaVersion: typeof RUN_FOLDER_SCHEMA_VERSION;
  /** The version of the sample schema the scenario wrote (`SAMPLE_SCHEMA_VERSION`). */
  sampleSchemaVersion: number;
  /** The folder's name: `<YYYYMMDDTHHMMSSZ>-<scenario>[-<n>]`. */
  id: string;
  scenario: ScenarioName;
  profile: ProfileName;
  target: {
    kind: 'local' | 'deployed';
    stage: StageName;
    apiUrl: string;
    /** The target file read, or `null` for a local stage the runner started. */
    file: string | null;
  };
  /** The stage definition the run was measured against. */
  stage: StageConfig;
  engine: { kind: EngineKind; version: string };
  execution: { mode: 'single' | 'split' | 'k8s'; processes: number };
  git: { commit: string | null; dirty: boolean | null };
  /** The runner's whole run, and the window in which the engine ran. */
  startedAt: string;
  endedAt: string | null;
  window: { start: string; end: string } | null;
  users: { count: number };
  processes: EngineProcess[];
  thresholds: ThresholdOutcome | null;
  criteria: CriteriaOutcome | null;
  /** File names in the folder, or `null` when not collected. */
  stageMetrics: string | null;
  /** `audit.json` (the post-run audit, `AuditFile`), or `null` when the run was not audited. */
  audit: string | null;
  /**
   * The test data's cleanup, `null` until it ran (`run.json` is written
   * before it and again after). Absent in folders written before it was added.
   */
  cleanup: CleanupOutcome | null;
  /** The runner's exit code (k6's codes; 99 when a gating threshold, a pass criterion or the audit failed). */
  exitCode: number | null;
}

/** A run's record before it has run: what it is and where, every outcome still `null`. */
export function newRunRecord(
  fields: Pick<
    RunRecord,
    | 'id'
    | 'scenario'
    | 'profile'
    | 'target'
    | 'stage'
    | 'engine'
    | 'execution'
    | 'git'
    | 'startedAt'
    | 'users'
    | 'processes'
  >,
): RunRecord {
  return {
    schemaVersion: RUN_FOLDER_SCHEMA_VERSION,
    sampleSchemaVersion: SAMPLE_SCHEMA_VERSION,
    ...fields,
    endedAt: null,
    window: null,
    thresholds: null,
    criteria: null,
    stageMetrics: null,
    audit: null,
    cleanup: null,
    exitCode: null,
  };
}
