import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.ts';
import { addToSink, type Metric, Registry, TrendSink } from '../../metrics.ts';
import {
  evaluateThresholds,
  installThresholds,
  MetricThresholds,
  parseThresholdExpression,
  Threshold,
} from '../../thresholds.ts';

describe('threshold expressions (k6 grammar)', () => {
  it.each([
    ['p(95)<200', { method: 'p', percentile: 95, operator: '<', value: 200 }],
    ['p(99.9) < 2000', { method: 'p', percentile: 99.9, operator: '<', value: 2000 }],
    ['avg<200', { method: 'avg', operator: '<', value: 200 }],
    ['count >= 500', { method: 'count', operator: '>=', value: 500 }],
    ['rate<=0.01', { method: 'rate', operator: '<=', value: 0.01 }],
    ['value===3', { method: 'value', operator: '===', value: 3 }],
    ['med == 1.5', { method: 'med', operator: '==', value: 1.5 }],
    ['max>1e3', { method: 'max', operator: '>', value: 1000 }],
    ['min!=0', { method: 'min', operator: '!=', value: 0 }],
  ])('parses %s', (source, expected) => {
    // Act
    const parsed = parseThresholdExpression(source);
    // Assess
    expect(parsed).toEqual(expected);
  });

  it.each(['p95<200', 'avg 200', 'foo<1', 'avg<abc', 'p(x)<1', 'p(95)=>200', '<200', 'avg<'])(
    'rejects %s',
    (source) => {
      // Act / Assess
      expect(() => parseThresholdExpression(source)).toThrow(ConfigError);
    },
  );
});

function registryWith(values: Record<string, number[]>): Registry {
  const r = new Registry();
  for (const [name, list] of Object.entries(values)) {
    const m =
      r.get(name) ??
      r.register(
        name,
        name.startsWith('t_')
          ? 'trend'
          : name.startsWith('r_')
            ? 'rate'
            : name.startsWith('g_')
              ? 'gauge'
              : 'counter',
      );
    for (const v of list) addToSink(m.sink, v);
  }
  return r;
}

describe('threshold evaluation', () => {
  it('compares trend aggregations: p(N) interpolates between neighbours as k6 does', () => {
    // Prepare: 1..100 → avg 50.5, med 50.5, p(95) = 95 + 0.05·(96 − 95) = 95.05
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const r = registryWith({ t_latency: values });
    const metrics = installThresholds(r, {
      t_latency: [
        'p(95)<95.1',
        'p(95)<=95.05',
        'p(95)<95.05',
        'avg==50.5',
        'med>50.4',
        'min>=1',
        'max<100',
      ],
    });
    // Act
    const result = evaluateThresholds(metrics, 10_000, false);
    // Assess
    const failed = metrics
      .of(metrics.metrics[0] as Metric)
      ?.thresholds.filter((t) => t.lastFailed)
      .map((t) => t.source);
    expect(failed).toEqual(['p(95)<95.05', 'max<100']);
    expect(result.breached).toEqual(['t_latency']);
  });

  it('takes a counter rate per second of test run time', () => {
    // Prepare
    const r = registryWith({ c_errors: Array.from({ length: 100 }, () => 1) });
    const metrics = installThresholds(r, { c_errors: ['count==100', 'rate<=10', 'rate<10'] });
    // Act
    evaluateThresholds(metrics, 10_000, false);
    // Assess
    expect(metrics.of(metrics.metrics[0] as Metric)?.thresholds.map((t) => t.lastFailed)).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('takes the rate of non-zero samples for a Rate and the last value for a Gauge', () => {
    // Prepare
    const r = registryWith({ r_ok: [1, 1, 1, 0], g_depth: [5, 9, 3] });
    const metrics = installThresholds(r, { r_ok: ['rate==0.75'], g_depth: ['value==3'] });
    // Act
    const result = evaluateThresholds(metrics, 1000, false);
    // Assess
    expect(result.breached).toEqual([]);
  });

  it('skips metrics without samples during the run, and fails an empty Rate at the end', () => {
    // Prepare
    const r = registryWith({ r_empty: [] });
    const metrics = installThresholds(r, { r_empty: ['rate<0.1'] });
    // Act
    const during = evaluateThresholds(metrics, 1000, true);
    const atEnd = evaluateThresholds(metrics, 1000, false);
    // Assess
    expect(during.breached).toEqual([]);
    expect(atEnd.breached).toEqual(['r_empty']);
  });

  it('evaluates sub-metrics on the samples with the given tags', () => {
    // Prepare
    const r = new Registry();
    const metrics = installThresholds(r, { 'http_req_duration{name:slow}': ['max<100'] });
    const duration = r.builtin.httpReqDuration;
    const sub = duration.submetric('name:slow');
    // Act
    for (const [v, name] of [
      [500, 'fast'],
      [50, 'slow'],
    ] as const) {
      addToSink(duration.sink, v);
      if (name === 'slow') addToSink(sub.sink, v);
    }
    const result = evaluateThresholds(metrics, 1000, false);
    // Assess
    expect(metrics.metrics[0]).toBe(sub);
    expect(result.breached).toEqual([]);
  });

  it('asks for an abort on an abortOnFail threshold once delayAbortEval has passed', () => {
    // Prepare
    const sink = new TrendSink();
    sink.add(50);
    const make = () =>
      new MetricThresholds([
        new Threshold({
          threshold: 'p(99)<10',
          abortOnFail: true,
          delayAbortEvalMs: 10_000,
          delayAbortEvalText: '10s',
        }),
      ]);
    const early = make();
    const late = make();
    // Act
    early.run(sink, 5_000);
    late.run(sink, 11_000);
    // Assess
    expect(early.abort).toBe(false);
    expect(late.abort).toBe(true);
  });

  it('rejects thresholds on unknown metrics, bad sub-metrics and unsupported aggregations', () => {
    // Prepare
    const r = new Registry();
    // Act / Assess
    expect(() => installThresholds(r, { nope: ['avg<1'] })).toThrow(/does not exist in the script/);
    expect(() => installThresholds(r, { 'http_req_duration{name:x': ['avg<1'] })).toThrow(
      /missing ending bracket/,
    );
    expect(() => installThresholds(r, { http_req_duration: ['rate<1'] })).toThrow(
      /unsupported aggregation method rate on metric of type trend/,
    );
    expect(() => installThresholds(r, { http_reqs: ['p(95)<1'] })).toThrow(
      /supported aggregation methods for this metric are: count, rate/,
    );
  });
});

describe('metric sinks', () => {
  it('keeps every trend value for exact percentiles', () => {
    // Prepare
    const sink = new TrendSink();
    // Act
    for (const v of [10, 2, 8, 4, 6]) sink.add(v);
    // Assess
    expect([sink.min, sink.max, sink.avg(), sink.percentile(0.5), sink.percentile(0.9)]).toEqual([
      2, 10, 6, 6, 9.2,
    ]);
  });

  it('parses sub-metric tags as k6 does (first colon, quotes and spaces trimmed)', () => {
    // Prepare
    const r = new Registry();
    // Act
    const sub = r.builtin.groupDuration.submetric(`group:::browse, "kind": 'api'`);
    // Assess
    expect(sub.filter).toEqual({ group: '::browse', kind: 'api' });
    expect(sub.name).toBe(`group_duration{group:::browse, "kind": 'api'}`);
    expect(r.builtin.groupDuration.submetric(`kind:api,group:::browse`)).toBe(sub);
  });

  it('refuses a metric name k6 refuses and a second type for one name', () => {
    // Prepare
    const r = new Registry();
    // Act / Assess
    expect(() => r.register('bad-name', 'counter')).toThrow(/Invalid metric name/);
    expect(() => r.register('http_reqs', 'trend')).toThrow(/already exists/);
  });
});
