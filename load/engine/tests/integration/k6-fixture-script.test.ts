/**
 * Runs the script that produced the k6 v1.3.0 reference outputs, unchanged,
 * against a local server, and compares the engine's outputs with k6's.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../logger.ts';
import { type RunTestResult, runTest } from '../../run.ts';
import type { SummaryData } from '../../summary/data.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'fixtures');
const k6Out = (name: string) => readFileSync(path.join(fixtures, 'k6-v1.3.0', name), 'utf8');

interface Line {
  type: string;
  metric: string;
  data: { tags?: Record<string, string>; time?: string; value?: number };
}

function parseLines(text: string): Line[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Line);
}

/** Per metric: the distinct sets of tag keys its points carry. */
function tagShapes(lines: Line[]): Record<string, string[]> {
  const shapes: Record<string, Set<string>> = {};
  for (const l of lines) {
    if (l.type !== 'Point') continue;
    const set = shapes[l.metric] ?? new Set<string>();
    set.add(Object.keys(l.data.tags ?? {}).join(','));
    shapes[l.metric] = set;
  }
  return Object.fromEntries(Object.entries(shapes).map(([k, v]) => [k, [...v].sort()]));
}

/**
 * On a busy machine an arrival-rate iteration can find no free VU and be
 * dropped, which adds a dropped_iterations metric that k6's run did not have.
 */
const MAY_APPEAR = 'dropped_iterations';

function withoutDropped<T extends object>(o: T): T {
  const copy = { ...o } as Record<string, unknown>;
  delete copy[MAY_APPEAR];
  return copy as T;
}

function structureOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structureOf);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, structureOf(v)]),
    );
  }
  return typeof value;
}

describe("k6's fixture script", () => {
  let server: TestServer;
  let dir: string;
  let result: RunTestResult;
  let stdout = '';
  const logs: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    dir = mkdtempSync(path.join(tmpdir(), 'k6-fixture-'));
    const logger: Logger = { log: (level, msg) => logs.push(`${level}: ${msg}`) };
    result = await runTest({
      scriptPath: path.join(fixtures, 'scripts', 'fixture-script.ts'),
      env: { BASE: server.url },
      includeSystemEnv: false,
      summaryExport: path.join(dir, 'summary-export.json'),
      jsonOut: path.join(dir, 'samples.ndjson'),
      stdout: (t) => {
        stdout += t;
      },
      logger,
    });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs to the end with the thresholds passing', () => {
    // Assess
    expect(result.exitCode).toBe(0);
    expect(logs).toContainEqual(expect.stringMatching(/^info: ran for \d+ ms$/));
    expect(server.hits.get('POST /items')).toBeGreaterThanOrEqual(155);
    expect(server.hits.get('GET /items')).toBeGreaterThan(20);
  });

  it('passes handleSummary the same data structure as k6 (metrics, types, values, thresholds, groups)', () => {
    // Prepare
    const k6 = JSON.parse(k6Out('handle-summary-data.json')) as SummaryData;
    const ours = result.summary as SummaryData;
    // Assess
    expect(Object.keys(withoutDropped(ours.metrics)).sort()).toEqual(
      Object.keys(k6.metrics).sort(),
    );
    for (const [name, m] of Object.entries(k6.metrics)) {
      const mine = ours.metrics[name];
      expect({ type: mine?.type, contains: mine?.contains }, name).toEqual({
        type: m.type,
        contains: m.contains,
      });
      expect(Object.keys(mine?.values ?? {}).sort(), name).toEqual(Object.keys(m.values).sort());
      expect(Object.keys(mine?.thresholds ?? {}).sort(), name).toEqual(
        Object.keys(m.thresholds ?? {}).sort(),
      );
    }
    expect(structureOf(ours.root_group)).toEqual(structureOf(k6.root_group));
    expect(ours.root_group.groups[0]?.id).toBe(k6.root_group.groups[0]?.id);
    expect(ours.root_group.checks.map((c) => c.id).sort()).toEqual(
      k6.root_group.checks.map((c) => c.id).sort(),
    );
    expect(structureOf(ours.options)).toEqual(structureOf(k6.options));
    expect(structureOf(ours.state)).toEqual(structureOf(k6.state));
    expect(structureOf(ours.setup_data)).toEqual(structureOf(k6.setup_data));
    expect(ours.metrics.checks?.values.passes).toBeGreaterThan(200);
  });

  it('writes --summary-export in the structure of k6', () => {
    // Prepare
    const k6 = JSON.parse(k6Out('summary-export.json')) as Record<string, unknown>;
    const ours = JSON.parse(readFileSync(path.join(dir, 'summary-export.json'), 'utf8')) as {
      metrics: Record<string, unknown>;
    };
    // Assess
    expect(structureOf({ ...ours, metrics: withoutDropped(ours.metrics) })).toEqual(
      structureOf(k6),
    );
  });

  it('writes --out json with the Metric lines of k6 and the same tags on every point', () => {
    // Prepare
    const k6Lines = parseLines(k6Out('samples.ndjson'));
    const ourText = readFileSync(path.join(dir, 'samples.ndjson'), 'utf8');
    const ourLines = parseLines(ourText);
    const declarations = (text: string) =>
      text
        .split('\n')
        .filter((l) => l.startsWith('{"type":"Metric"') && !l.includes(`"name":"${MAY_APPEAR}"`))
        .sort();
    // Assess
    expect(declarations(ourText)).toEqual(declarations(k6Out('samples.ndjson')));
    expect(withoutDropped(tagShapes(ourLines))).toEqual(tagShapes(k6Lines));
    const point = ourLines.find((l) => l.type === 'Point' && l.metric === 'http_req_duration');
    expect(point?.data.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/);
    expect(point?.data.tags).toMatchObject({
      name: 'create-item',
      url: 'create-item',
      method: 'POST',
      status: '201',
      proto: 'HTTP/1.1',
      scenario: 'ramp',
      phase: 'ramp',
    });
    const firstDeclaration = ourText.indexOf('{"type":"Metric","data":{"name":"http_reqs"');
    expect(firstDeclaration).toBeLessThan(ourText.indexOf('{"metric":"http_reqs"'));
  });

  it("prints k6's summary layout", () => {
    // Assess
    expect(stdout).toContain(
      "\n\n  █ THRESHOLDS \n\n    checks{check:created}\n    ✓ 'rate>0.9' rate=100.00%\n",
    );
    expect(stdout).toMatch(/\n {6}\{ phase:ramp \}\.+: avg=/);
    expect(stdout).toMatch(/\n {4}CUSTOM\n {4}payload_bytes\.+: avg=/);
    expect(stdout).toContain('      { expected_response:true }...: avg=');
    expect(stdout).toMatch(
      /ramp: Up to 50\.00 iterations\/s for 4s over 2 stages \(maxVUs: 5-10, gracefulStop: 30s\)/,
    );
  });
});
