import { describe, expect, it } from 'vitest';
import {
  RUN_FOLDER_SCHEMA_VERSION,
  type RunRecord,
  SAMPLE_SCHEMA_VERSION,
  SCENARIO_NAMES,
} from '#load';
import { getStage, STAGE_NAMES } from '#stages';
import { validateRunRecord as validate } from '../support/run-folder.ts';

function record(): RunRecord {
  return {
    schemaVersion: RUN_FOLDER_SCHEMA_VERSION,
    sampleSchemaVersion: SAMPLE_SCHEMA_VERSION,
    id: '20260104T101112Z-cold-start',
    scenario: 'cold-start',
    profile: 'quick',
    target: { kind: 'local', stage: 'local', apiUrl: 'http://127.0.0.1:3000', file: null },
    stage: getStage('local'),
    engine: { kind: 'builtin', version: 'loopgauge-k6 0.1.0' },
    execution: { mode: 'single', processes: 1 },
    git: { commit: '79cc0a5f0e1d2c3b4a5968778695a4b3c2d1e0f9', dirty: false },
    startedAt: '2026-01-04T10:11:12.000Z',
    endedAt: '2026-01-04T10:11:40.000Z',
    window: { start: '2026-01-04T10:11:15.000Z', end: '2026-01-04T10:11:38.000Z' },
    users: { count: 4 },
    processes: [
      {
        index: 0,
        executionSegment: null,
        summary: 'summary.json',
        samples: 'samples.ndjson',
        exitCode: 0,
      },
    ],
    thresholds: { failed: [], gating: [] },
    criteria: {
      passed: true,
      criteria: [{ name: 'bursts within reserved concurrency', passed: true, detail: '1, 2, 4' }],
      measurements: { steps: [] },
    },
    stageMetrics: 'stage-metrics.json',
    audit: 'audit.json',
    cleanup: { outcome: 'removed', error: null },
    exitCode: 0,
  };
}

describe('the run folder schema', () => {
  it('accepts a complete run.json', () => {
    expect(validate(record()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts a k8s run not yet collected', () => {
    const pending: RunRecord = {
      ...record(),
      execution: { mode: 'k8s', processes: 2 },
      endedAt: null,
      window: null,
      processes: [0, 1].map((index) => ({
        index,
        executionSegment: `${index}/2:${index + 1}/2`,
        summary: `runner-${index}/summary.json`,
        samples: `runner-${index}/samples.ndjson`,
        exitCode: null,
      })),
      thresholds: null,
      criteria: null,
      stageMetrics: null,
      cleanup: null,
      exitCode: null,
    };
    expect(validate(pending), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['an unknown scenario', { scenario: 'stress' }],
    ['another schema version', { schemaVersion: 2 }],
    ['a folder name of another shape', { id: '2026-01-04-smoke' }],
    ['a file outside the folder', { stageMetrics: '../elsewhere.json' }],
    ['a field the schema does not know', { tokens: ['eyJ…'] }],
    ['an unknown cleanup outcome', { cleanup: { outcome: 'skipped', error: null } }],
    ['a cleanup without its error field', { cleanup: { outcome: 'failed' } }],
  ])('rejects %s', (_, change) => {
    expect(validate({ ...record(), ...change })).toBe(false);
  });

  it('accepts every sample schema version a runner has written, and no later one', () => {
    for (let version = 1; version <= SAMPLE_SCHEMA_VERSION; version += 1) {
      expect(validate({ ...record(), sampleSchemaVersion: version }), `version ${version}`).toBe(
        true,
      );
    }
    expect(validate({ ...record(), sampleSchemaVersion: SAMPLE_SCHEMA_VERSION + 1 })).toBe(false);
  });

  it.each(STAGE_NAMES)('accepts a run against the %s stage', (name) => {
    const run = record();
    const accepted = validate({
      ...run,
      target: { ...run.target, stage: name },
      stage: getStage(name),
    });
    expect(accepted, JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(SCENARIO_NAMES)('accepts a run of the %s scenario', (scenario) => {
    expect(validate({ ...record(), scenario })).toBe(true);
  });

  it('accepts a run.json written before cleanup was recorded, and a failed cleanup', () => {
    const { cleanup: _, ...older } = record();
    expect(validate(older), JSON.stringify(validate.errors)).toBe(true);
    const failed = { outcome: 'failed', error: 'ProvisionedThroughputExceededException: …' };
    expect(validate({ ...record(), cleanup: failed })).toBe(true);
  });

  it('rejects a run.json without its processes', () => {
    const { processes: _, ...rest } = record();
    expect(validate(rest)).toBe(false);
  });
});
