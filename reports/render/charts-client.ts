/**
 * The charts of `index.html`, run in the browser: reads the report's data
 * from the page and draws every `.chart[data-chart]` element with Apache
 * ECharts (canvas). Each chart marks its element `data-rendered="true"` once
 * drawn. Bundled with ECharts by `bundle.ts`; never run in Node.
 */
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { Report, RunReport } from '../report-schema.ts';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

type Option = echarts.EChartsCoreOption;

const base = {
  animation: false,
  tooltip: { trigger: 'axis' },
  legend: { type: 'scroll', top: 0 },
  grid: { left: 60, right: 60, top: 40, bottom: 40 },
};

const seconds = { type: 'value', name: 's', nameLocation: 'end', min: 0 };

function pairs(t: number[], values: (number | null)[]): [number, number | null][] {
  return t.map((s, i) => [s, values[i] ?? null]);
}

function latency(run: RunReport): Option {
  const series = Object.entries(run.series.routes).flatMap(([route, s]) =>
    (['p50', 'p95', 'p99'] as const).map((p) => ({
      name: `${route} ${p}`,
      type: 'line',
      showSymbol: false,
      connectNulls: false,
      data: pairs(run.series.t, s[p]),
    })),
  );
  return { ...base, xAxis: seconds, yAxis: { type: 'value', name: 'ms' }, series };
}

function errors(run: RunReport): Option {
  const t = run.series.t;
  const total = t.map((_, i) =>
    Object.values(run.series.routes).reduce((n, s) => n + (s.rate[i] ?? 0), 0),
  );
  const layers = Object.entries(run.series.failuresByLayer).map(([layer, counts]) => ({
    name: layer,
    type: 'bar',
    stack: 'failed',
    data: pairs(t, counts),
  }));
  return {
    ...base,
    xAxis: seconds,
    yAxis: { type: 'value', name: 'requests/s' },
    series: [
      { name: 'requests', type: 'line', showSymbol: false, data: pairs(t, total) },
      ...layers,
    ],
  };
}

const POINTS = ['min', 'p50', 'p90', 'p95', 'p99', 'max'] as const;

function coldWarm(run: RunReport): Option {
  const series = run.routes.flatMap((r) =>
    (['cold', 'warm'] as const).flatMap((kind) => {
      const d = r.latency[kind];
      return d ? [{ name: `${r.route} ${kind}`, type: 'line', data: POINTS.map((p) => d[p]) }] : [];
    }),
  );
  return {
    ...base,
    xAxis: { type: 'category', name: 'percentile', data: [...POINTS] },
    yAxis: { type: 'log', name: 'ms' },
    series,
  };
}

function concurrency(run: RunReport): Option {
  const t = run.series.t;
  const start = Date.parse(run.series.start) / 1_000;
  const series: object[] = [];
  for (const [route, s] of Object.entries(run.series.routes)) {
    series.push({ name: `${route} rate`, type: 'line', showSymbol: false, data: pairs(t, s.rate) });
    series.push({
      name: `${route} busy environments`,
      type: 'line',
      yAxisIndex: 1,
      showSymbol: false,
      lineStyle: { type: 'dashed' },
      data: pairs(t, s.busy.some((v) => v > 0) ? s.busy : s.inFlight),
    });
  }
  for (const [fn, points] of Object.entries(run.series.concurrentExecutions)) {
    series.push({
      name: `${fn} ConcurrentExecutions (stage)`,
      type: 'line',
      yAxisIndex: 1,
      step: 'end',
      data: points.map((p) => [p.t - start, p.v]),
    });
  }
  return {
    ...base,
    xAxis: seconds,
    yAxis: [
      { type: 'value', name: 'requests/s' },
      { type: 'value', name: 'environments' },
    ],
    series,
  };
}

function utilisation(report: Report): Option {
  const limits = report.capacity.limits
    .filter((l) => (l.utilisation ?? 0) > 0)
    .sort((a, b) => (a.utilisation ?? 0) - (b.utilisation ?? 0));
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 320, right: 40, top: 30, bottom: 30 },
    xAxis: { type: 'value', name: '%' },
    yAxis: {
      type: 'category',
      data: limits.map((l) => l.label),
      axisLabel: { width: 300, overflow: 'truncate' },
    },
    series: [
      {
        name: 'utilisation at peak',
        type: 'bar',
        label: { show: true, position: 'right', formatter: '{c} %' },
        data: limits.map((l) => ({
          value: Math.round((l.utilisation ?? 0) * 1_000) / 10,
          itemStyle: {
            color:
              (l.utilisation ?? 0) >= 1
                ? '#cf222e'
                : (l.utilisation ?? 0) >= 0.7
                  ? '#bf8700'
                  : '#1a7f37',
          },
        })),
        markLine: { symbol: 'none', data: [{ xAxis: 100 }], lineStyle: { color: '#cf222e' } },
      },
    ],
  };
}

function cost(report: Report): Option {
  const lines = report.capacity.cost.lines.filter((l) => l.usdPer1000Messages !== null);
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: lines.map((l) => `${l.service}: ${l.item}`),
      axisLabel: { interval: 0, rotate: 20 },
    },
    yAxis: { type: 'value', name: 'USD / 1,000 messages' },
    grid: { left: 70, right: 30, top: 40, bottom: 90 },
    series: [
      {
        name: report.capacity.cost.architecture,
        type: 'bar',
        data: lines.map((l) => l.usdPer1000Messages),
      },
    ],
  };
}

function optionFor(report: Report, id: string): Option | undefined {
  if (id === 'utilisation') return utilisation(report);
  if (id === 'cost') return cost(report);
  for (const run of report.runs) {
    if (id === `latency-${run.id}`) return latency(run);
    if (id === `errors-${run.id}`) return errors(run);
    if (id === `coldwarm-${run.id}`) return coldWarm(run);
    if (id === `concurrency-${run.id}`) return concurrency(run);
  }
  return undefined;
}

function draw(): void {
  const data = document.getElementById('report-data')?.textContent;
  if (!data) throw new Error('the report data is missing from the page');
  const report = JSON.parse(data) as Report;
  for (const element of document.querySelectorAll<HTMLElement>('.chart[data-chart]')) {
    const id = element.dataset.chart ?? '';
    const option = optionFor(report, id);
    if (!option) throw new Error(`no chart named ${id}`);
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.on('finished', () => {
      element.dataset.rendered = 'true';
    });
    chart.setOption(option);
    window.addEventListener('resize', () => chart.resize());
  }
}

draw();
