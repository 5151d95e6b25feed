/** One run as the report reads it: what the run folder holds, ingested. */
import type { StageConfig } from '#stages';
import type { StageMetrics } from '#targets';
import type { SampleIngest } from './ingest/samples.ts';
import type { SummaryFacts } from './ingest/summary.ts';
import type { RunAudit } from './report-schema.ts';

export interface RunInput {
  folder: string;
  id: string;
  /** The sample schema version the run's samples follow (`SAMPLE_SCHEMA_VERSION` of its runner). */
  sampleSchemaVersion: number;
  scenario: string;
  profile: string | null;
  target: { kind: 'local' | 'deployed'; stage: string };
  /** The stage definition the run was measured against (`null`: a bare k6 run). */
  stage: StageConfig | null;
  engine: string | null;
  processes: number;
  window: { start: string; end: string } | null;
  samples: SampleIngest;
  summary: SummaryFacts | null;
  /** What the stage itself measured in the run window (CloudWatch, REPORT lines). */
  stageMetrics: StageMetrics | null;
  runner: {
    exitCode: number | null;
    criteriaPassed: boolean | null;
    failedThresholds: string[];
    gatingThresholds: string[];
  };
  /** The post-run data audit (`audit.json`), or `not-audited` without one. */
  audit: RunAudit;
  /** What the folder does not hold, in words. */
  missing: string[];
}
