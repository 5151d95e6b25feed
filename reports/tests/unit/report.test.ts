import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUN_FILES } from '#load';
import { getStage } from '#stages';
import { parseCapacityFile } from '../../capacity-file.ts';
import { COMMENT_LIMIT, renderMarkdown } from '../../render/markdown.ts';
import { buildReport, REPORT_FILES, writeReport } from '../../report.ts';
import { RunFolderError } from '../../run-folder.ts';
import { assembleRunFolder, K6_FIXTURES } from '../support/run-folder.ts';
import { localRoute, syntheticRunFolder } from '../support/synthetic-runs.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const validate = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(join(ROOT, 'reports/report.schema.json'), 'utf8')),
);
const SEND = 'POST /chats/{chatId}/messages';
const NOW = new Date('2026-12-01T00:00:00Z');

let dir: string;
let k6Run: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loopgauge-report-'));
  k6Run = await assembleRunFolder(join(dir, 'k6'), {
    processes: [
      {
        samples: join(K6_FIXTURES, 'samples.ndjson'),
        summary: join(K6_FIXTURES, 'handle-summary-data.json'),
      },
    ],
  });
});

describe('a report of a run folder assembled from k6 v1.3.0’s outputs', () => {
  it('matches report.schema.json', async () => {
    const report = await buildReport({ folders: [k6Run], now: NOW });
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(
      true,
    );
  });

  it('groups by k6’s name tag and says what the folder does not hold', async () => {
    const report = await buildReport({ folders: [k6Run], now: NOW });
    const run = report.runs[0];
    expect(run?.routes.map((r) => r.route)).toEqual(['create-item', 'list-items']);
    const missing = run?.missing.join('\n') ?? '';
    expect(missing).toContain('no route tags');
    expect(missing).toContain('no telemetry samples');
    // The handleSummary fixture comes from a second k6 run of the same script: 219 requests, not 220.
    expect(missing).toContain('the samples hold 220 requests, the summary counts 219');
    expect(missing).toContain('no stage metrics');
  });

  it('writes index.html, report.md and report.json into the folder', async () => {
    const report = await buildReport({ folders: [k6Run], now: NOW });
    const files = await writeReport(report, k6Run);
    expect(files.map((f) => f.slice(k6Run.length + 1)).sort()).toEqual(
      Object.values(REPORT_FILES).sort(),
    );
    const html = await readFile(join(k6Run, REPORT_FILES.html), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    expect(html).toContain('data-chart="latency-');
    const markdown = await readFile(join(k6Run, REPORT_FILES.markdown), 'utf8');
    expect(markdown.length).toBeLessThan(COMMENT_LIMIT);
    expect(markdown).toMatch(/^## loopgauge capacity report/);
  });
});

describe('a distributed run', () => {
  it('reads two engine processes as one run', async () => {
    const lines = readFileSync(join(K6_FIXTURES, 'samples.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean);
    const halves: [string[], string[]] = [[], []];
    let n = 0;
    for (const line of lines) {
      if (line.startsWith('{"type":"Metric"')) {
        halves[0].push(line);
        halves[1].push(line);
      } else halves[(n++ % 2) as 0 | 1].push(line);
    }
    const files = halves.map((half, i) => {
      const file = join(dir, `half-${i}.ndjson`);
      writeFileSync(file, `${half.join('\n')}\n`);
      return file;
    });
    const split = await assembleRunFolder(join(dir, 'split'), {
      processes: files.map((samples) => ({ samples })),
    });
    const single = await assembleRunFolder(join(dir, 'single'), {
      processes: [{ samples: join(K6_FIXTURES, 'samples.ndjson') }],
    });
    const [a, b] = await Promise.all(
      [split, single].map((f) => buildReport({ folders: [f], now: NOW })),
    );
    expect(a?.runs[0]?.processes).toBe(2);
    expect(a?.runs[0]?.requests).toBe(b?.runs[0]?.requests);
    expect(a?.runs[0]?.routes.map((r) => r.latency.all?.p95)).toEqual(
      b?.runs[0]?.routes.map((r) => r.latency.all?.p95),
    );
  });
});

describe('a session folder', () => {
  it('gives one report across its scenarios and says which measure comes from which', async () => {
    const session = join(dir, 'session');
    await syntheticRunFolder(session, 'smoke', [
      localRoute('get_chats', 'GET /chats', () => 5),
      localRoute('get_chat', 'GET /chats/{chatId}', () => 5, { readUnits: 2 }),
      localRoute('send_message', SEND, () => 5, {
        handlerMs: 40,
        aiMs: 100,
        readUnits: 1,
        writeUnits: 4,
      }),
    ]);
    await syntheticRunFolder(session, 'throttle', [
      localRoute('send_message', SEND, (s) => 20 + 4 * s, { handlerMs: 20 }),
    ]);
    const capacity = parseCapacityFile({
      version: 1,
      traffic: { dailyActiveUsers: 10_000, messagesPerUserPerDay: 10, peakToAverage: 3 },
    });
    const report = await buildReport({ folders: [session], capacity, now: NOW });
    expect(report.runs.map((r) => r.scenario)).toEqual(['smoke', 'throttle']);
    const mix = report.capacity.inputs.find(
      (i) => i.name === 'requests per message' && i.route === 'GET /chats',
    );
    expect(mix).toMatchObject({ value: 1, source: 'run' });
    expect(mix?.note).toContain('measured in smoke');
    expect(report.capacity.firstBottleneck).not.toBeNull();
    expect(report.runs[1]?.modelCheck?.layerMatches).toBe(true);
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(
      true,
    );
    expect(renderMarkdown(report)).toContain('### Scenario throttle');
    const many = { ...report, runs: Array.from({ length: 40 }, () => report.runs).flat() };
    const long = renderMarkdown(many);
    expect(long.length).toBeLessThan(COMMENT_LIMIT);
    expect(long).toContain('The per-scenario tables are in index.html');
    expect(long).toContain('### Capacity');
    const prod = await buildReport({
      folders: [session],
      capacity,
      stage: getStage('prod'),
      now: NOW,
    });
    expect(prod.capacity.stage).toBe('prod');
    expect(
      prod.capacity.limits.find((l) => l.id === 'lambda.reserved.send_message')?.capacity,
    ).toBe(100);
    expect(prod.capacity.notes[0]).toContain('projected onto stage “prod”');
  });

  it('flags a regression against a baseline, with both figures', async () => {
    const before = join(dir, 'before');
    const after = join(dir, 'after');
    await syntheticRunFolder(before, 'smoke', [
      localRoute('get_chats', 'GET /chats', () => 5, { readUnits: 0.5 }),
    ]);
    await syntheticRunFolder(after, 'smoke', [
      localRoute('get_chats', 'GET /chats', () => 5, { readUnits: 1 }),
    ]);
    const report = await buildReport({ folders: [after], baseline: before, now: NOW });
    const check = report.verdict.checks.find(
      (c) => c.name === 'DynamoDB read units per request vs baseline',
    );
    expect(check).toMatchObject({ passed: false, gating: true, measured: 1 });
    expect(check?.detail).toContain('1.00 now, 0.50 in 20261127T144000Z-smoke');
    expect(report.verdict.passed).toBe(false);
  });
});

describe('a run that splits DynamoDB units between table and index', () => {
  it('shows the index’s share per route and models each of a provisioned table’s buckets', async () => {
    const folder = await syntheticRunFolder(join(dir, 'split-units'), 'dynamo-throughput', [
      localRoute('send_message', SEND, () => 5, {
        handlerMs: 40,
        readUnits: 1.5,
        writeUnits: 5,
        indexReadUnits: 0.5,
        indexWriteUnits: 2,
      }),
    ]);
    const capacity = parseCapacityFile({
      version: 1,
      traffic: { dailyActiveUsers: 10_000, messagesPerUserPerDay: 10, peakToAverage: 3 },
    });
    const report = await buildReport({
      folders: [folder],
      capacity,
      stage: getStage('small-table'),
      now: NOW,
    });
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(
      true,
    );
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('RCU/req (index)');
    expect(markdown).toMatch(/\| 1\.5 \(0\.5\) +\| 5 \(2\) +\|/);
    const write = report.capacity.limits.find((l) => l.id === 'dynamodb.index.write');
    expect(write?.label).toBe('DynamoDB activity index write units (provisioned)');
    // 10,000 users × 10 messages a day × 3 at the peak = 3.47 sends/s × 2 index units.
    expect(write?.demandAtPeak).toBeCloseTo(((10_000 * 10 * 3) / 86_400) * 2, 6);
  });
});

describe('bad input', () => {
  it('says a folder is not a run folder', async () => {
    const empty = join(dir, 'empty');
    await mkdir(empty, { recursive: true });
    await expect(buildReport({ folders: [empty] })).rejects.toThrow(RunFolderError);
    await expect(buildReport({ folders: [empty] })).rejects.toThrow('is neither a run folder');
    await expect(buildReport({ folders: [join(dir, 'nope')] })).rejects.toThrow('no such folder');
  });

  it('refuses a run folder of another schema version', async () => {
    const folder = await assembleRunFolder(join(dir, 'v9'), {
      processes: [{ samples: join(K6_FIXTURES, 'samples.ndjson') }],
      record: { schemaVersion: 9 as 1 },
    });
    await expect(buildReport({ folders: [folder] })).rejects.toThrow(
      `${join(folder, RUN_FILES.run)}: run folder schema version 9; this report reads version 1`,
    );
  });

  it('refuses a sample schema version it does not know, naming those it reads', async () => {
    const folder = await assembleRunFolder(join(dir, 'samples-v9'), {
      processes: [{ samples: join(K6_FIXTURES, 'samples.ndjson') }],
      record: { sampleSchemaVersion: 9 },
    });
    await expect(buildReport({ folders: [folder] })).rejects.toThrow(
      `${join(folder, RUN_FILES.run)}: sample schema version 9; this report reads versions 1, 2, 3`,
    );
  });

  it('refuses a run.json that is not JSON', async () => {
    const folder = join(dir, 'broken');
    await mkdir(folder, { recursive: true });
    writeFileSync(join(folder, RUN_FILES.run), '{');
    await expect(buildReport({ folders: [folder] })).rejects.toThrow(
      /run record .*run\.json is not JSON/,
    );
  });
});
