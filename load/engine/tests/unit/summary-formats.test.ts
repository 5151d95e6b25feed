import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatRfc3339Nano, metricDeclaration } from '../../json-output.ts';
import { Registry } from '../../metrics.ts';
import {
  legacySummaryExport,
  type SummaryCheck,
  type SummaryData,
  type SummaryMetric,
} from '../../summary/data.ts';
import { defaultStdoutSummary, humanizeBytes, humanizeDuration } from '../../summary/text.ts';
import { installThresholds } from '../../thresholds.ts';

const fixtures = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'k6-v1.3.0',
);
const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const handleSummaryFixture = JSON.parse(read('handle-summary-data.json')) as SummaryData;
const exportFixture = JSON.parse(read('summary-export.json')) as {
  root_group: Record<string, unknown>;
  metrics: Record<string, Record<string, unknown>>;
};

/**
 * The handleSummary data of the run that printed text-summary.txt, rebuilt
 * from that run's --summary-export file (values) and the handleSummary
 * fixture (types and contents, which do not vary between runs).
 */
function dataOfTextRun(): { data: SummaryData; checks: SummaryCheck[] } {
  const metrics: Record<string, SummaryMetric> = {};
  for (const [name, flat] of Object.entries(exportFixture.metrics)) {
    const shape = handleSummaryFixture.metrics[name] as SummaryMetric;
    const { thresholds, value, ...values } = flat as Record<string, number> & {
      thresholds?: Record<string, boolean>;
      value?: number;
    };
    const entry: SummaryMetric = {
      type: shape.type,
      contains: shape.contains,
      values: { ...values },
    };
    if (shape.type === 'rate') entry.values.rate = value ?? 0;
    else if (value !== undefined) entry.values.value = value;
    if (thresholds) {
      // keep the order in which the script defined them
      const order = Object.keys(shape.thresholds ?? {}).sort((a, b) =>
        a.startsWith('p(95)') ? -1 : b.startsWith('p(95)') ? 1 : 0,
      );
      entry.thresholds = Object.fromEntries(order.map((k) => [k, { ok: thresholds[k] === false }]));
    }
    metrics[name] = entry;
  }
  const httpReqs = exportFixture.metrics.http_reqs as { count: number; rate: number };
  const data: SummaryData = {
    ...handleSummaryFixture,
    metrics,
    state: {
      ...handleSummaryFixture.state,
      testRunDurationMs: (httpReqs.count / httpReqs.rate) * 1000,
    },
  };
  const root = exportFixture.root_group as {
    checks: Record<string, SummaryCheck>;
    groups: Record<string, { checks: Record<string, SummaryCheck> }>;
  };
  const checks = [
    root.checks.created,
    root.groups.browse?.checks['group entered'],
    root.checks.listed,
  ] as SummaryCheck[];
  return { data, checks };
}

describe('end-of-test text summary', () => {
  it("prints k6 v1.3's layout byte for byte", () => {
    // Prepare
    const expected = read('text-summary.txt');
    const { data, checks } = dataOfTextRun();
    // Act
    const text = defaultStdoutSummary(data, { enableColors: false, orderedChecks: checks });
    // Assess: from the THRESHOLDS title to the last metric line
    const from = (s: string) => s.indexOf('  █ THRESHOLDS');
    const to = (s: string) => s.indexOf('6.6 kB/s') + '6.6 kB/s'.length;
    expect(from(text)).toBeGreaterThan(0);
    expect(text.slice(from(text), to(text))).toBe(expected.slice(from(expected), to(expected)));
    expect(text.startsWith('\n\n  █ THRESHOLDS \n\n')).toBe(true);
  });

  it('shows failed checks and thresholds with k6 marks', () => {
    // Prepare
    const { data } = dataOfTextRun();
    const failing = structuredClone(data);
    (failing.metrics.http_req_failed as SummaryMetric).thresholds = { 'rate<0.05': { ok: false } };
    const checks: SummaryCheck[] = [
      { name: 'status is 200', path: '::status is 200', id: 'x', passes: 1921, fails: 3 },
    ];
    // Act
    const text = defaultStdoutSummary(failing, { enableColors: false, orderedChecks: checks });
    // Assess
    expect(text).toContain("    ✗ 'rate<0.05' rate=0.00%\n");
    expect(text).toContain('    ✗ status is 200\n      ↳  99% — ✓ 1921 / ✗ 3\n');
    expect(text).toContain('    checks_failed......: 0.15%  3 out of 1924\n');
  });

  it('formats values as k6 does', () => {
    // Act / Assess
    expect(humanizeDuration(0.81288, '')).toBe('812.88µs');
    expect(humanizeDuration(102.2073, '')).toBe('102.2ms');
    expect(humanizeDuration(61_500, '')).toBe('1m1s');
    expect(humanizeDuration(0, '')).toBe('0s');
    expect(humanizeDuration(1.5, 'ms')).toBe('1.50ms');
    expect(humanizeBytes(46464)).toBe('47 kB');
    expect(humanizeBytes(6624.28)).toBe('6.6 kB');
    expect(humanizeBytes(7)).toBe('7 B');
  });
});

describe('--summary-export', () => {
  it("has k6's legacy structure: flat values, inverted thresholds, groups and checks by name", () => {
    // Act
    const exported = JSON.parse(
      legacySummaryExport(handleSummaryFixture),
    ) as typeof exportFixture & { setup_data: unknown };
    // Assess
    expect(Object.keys(exported).sort()).toEqual(Object.keys(exportFixture).sort());
    expect(Object.keys(exported.metrics).sort()).toEqual(Object.keys(exportFixture.metrics).sort());
    for (const [name, m] of Object.entries(exportFixture.metrics)) {
      expect(Object.keys(exported.metrics[name] ?? {}).sort(), name).toEqual(Object.keys(m).sort());
    }
    expect(exported.metrics['http_req_duration{phase:ramp}']?.thresholds).toEqual({
      'p(95)<500': false,
      'max<2000': false,
    });
    expect(exported.metrics.http_req_failed?.value).toBe(0);
    expect(structureOf(exported.root_group)).toEqual(structureOf(exportFixture.root_group));
    expect(legacySummaryExport(handleSummaryFixture)).toMatch(
      /^\{\n {4}"root_group": \{\n {8}"name"/,
    );
  });
});

describe('--out json', () => {
  it('writes Metric lines exactly as k6 does', () => {
    // Prepare
    const r = new Registry();
    const thresholds = installThresholds(r, {
      'http_req_duration{phase:ramp}': ['p(95)<500', 'max<2000'],
      http_req_failed: ['rate<0.05'],
      'checks{check:created}': ['rate>0.9'],
    });
    r.builtin.httpReqDuration.submetric('expected_response:true');
    const lines = read('samples.ndjson').split('\n');
    // Act / Assess
    for (const m of [
      r.builtin.httpReqDuration,
      r.builtin.httpReqFailed,
      r.builtin.checks,
      r.builtin.dataSent,
      r.builtin.vus,
    ]) {
      expect(lines).toContain(metricDeclaration(m, thresholds));
    }
  });

  it("writes times in Go's RFC 3339 with nanoseconds", () => {
    // Act / Assess
    expect(formatRfc3339Nano(1795790402094799742n)).toBe('2026-11-27T14:40:02.094799742Z');
    expect(formatRfc3339Nano(1795790402497246660n)).toBe('2026-11-27T14:40:02.49724666Z');
    expect(formatRfc3339Nano(1795790402000000000n)).toBe('2026-11-27T14:40:02Z');
  });
});

/** Keys and nesting of a JSON value, without its numbers and strings. */
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
