/**
 * The report's content as sections of text and tables, built once from
 * `report.json`'s data and rendered twice: as Markdown (`report.md`, short
 * enough for a pull-request comment) and as HTML (`index.html`, with the
 * charts). A cell is plain text or a link.
 */
import { describeAudit } from '../ingest/audit.ts';
import type { Check, Limit, Report, RunReport } from '../report-schema.ts';
import { ms, num, pct, rate, usd } from './format.ts';

export type Cell = string | { text: string; href: string } | { text: string; strong: true };

export interface Table {
  head: string[];
  rows: Cell[][];
  /** Right-aligned columns (numbers). */
  numeric?: number[];
}

export interface Block {
  text?: string;
  list?: Cell[][];
  table?: Table;
  /** In Markdown, inside a collapsed `<details>`. */
  collapsed?: string;
  /** HTML only: the id of a chart drawn here. */
  chart?: { id: string; title: string };
}

export interface Section {
  id: string;
  title: string;
  level: 2 | 3;
  blocks: Block[];
}

const SOURCE_WORDS: Record<string, string> = {
  run: 'measured (transfers to AWS)',
  emulator: 'emulator — does not transfer',
  'mock-provider': 'mock provider — does not transfer',
  'capacity-file': 'capacity file',
  aws: 'AWS published figure',
  stage: 'stage definition',
  missing: 'missing',
};

function checkRow(c: Check): Cell[] {
  return [
    c.passed ? 'pass' : c.gating ? { text: 'FAIL', strong: true } : 'fail (informational)',
    c.scenario,
    c.route ?? '—',
    c.name,
    c.detail,
  ];
}

/** Units per request: the total, and in brackets the index's share when the run measured it. */
function units(total: number | null, index: number | null): string {
  return index === null ? num(total) : `${num(total)} (${num(index)})`;
}

function runSections(run: RunReport, chartIds: Set<string>): Section[] {
  const blocks: Block[] = [];
  const target = `${run.target.kind} stage “${run.target.stage}”`;
  blocks.push({
    text: `${run.id} — ${target}, ${run.processes} engine process${run.processes === 1 ? '' : 'es'} (${run.engine ?? 'engine unknown'}), ${num(run.durationSeconds)} s, ${run.requests.toLocaleString('en-US')} requests, ${run.failed.toLocaleString('en-US')} failed. Iterations: ${rate(run.iterations.achievedPerSecond)} achieved of ${rate(run.iterations.targetPerSecond)} targeted, ${run.iterations.dropped} dropped.`,
  });
  blocks.push({
    table: {
      head: [
        'route',
        'requests',
        'rate',
        'p50',
        'p90',
        'p95',
        'p99',
        'max',
        'cold p95',
        'warm p95',
        'INIT p95',
        'cold share',
        'RCU/req (index)',
        'WCU/req (index)',
        'failed',
      ],
      numeric: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
      rows: run.routes.map((r) => [
        r.route,
        r.requests.toLocaleString('en-US'),
        rate(r.ratePerSecond),
        ms(r.latency.all?.p50),
        ms(r.latency.all?.p90),
        ms(r.latency.all?.p95),
        ms(r.latency.all?.p99),
        ms(r.latency.all?.max),
        ms(r.latency.cold?.p95),
        ms(r.latency.warm?.p95),
        ms(r.initDuration?.p95),
        pct(r.coldStartShare),
        units(r.dynamodb.readUnitsPerRequest, r.dynamodb.indexReadUnitsPerRequest),
        units(r.dynamodb.writeUnitsPerRequest, r.dynamodb.indexWriteUnitsPerRequest),
        pct(r.failureRate),
      ]),
    },
  });
  if (run.layers.length > 0) {
    blocks.push({
      text: 'Errors by layer (the hop that refused the request):',
      table: {
        head: ['layer', 'requests', 'share', ...run.routes.map((r) => r.route)],
        numeric: [1, 2, ...run.routes.map((_, i) => i + 3)],
        rows: run.layers.map((l) => [
          l.layer,
          l.count.toLocaleString('en-US'),
          pct(l.share),
          ...run.routes.map((r) => String(r.failuresByLayer[l.layer] ?? 0)),
        ]),
      },
    });
  }
  const reports = run.routes.filter((r) => r.lambdaReports !== null);
  if (reports.length > 0) {
    blocks.push({
      text: 'What the functions’ REPORT lines say (stage metrics):',
      table: {
        head: [
          'route',
          'invocations',
          'cold starts',
          'mean duration',
          'p95 duration',
          'mean billed',
          'mean INIT',
          'max memory used',
        ],
        numeric: [1, 2, 3, 4, 5, 6, 7],
        rows: reports.map((r) => [
          r.route,
          String(r.lambdaReports?.invocations ?? 0),
          String(r.lambdaReports?.coldStarts ?? 0),
          ms(r.lambdaReports?.meanDurationMs),
          ms(r.lambdaReports?.p95DurationMs),
          ms(r.lambdaReports?.meanBilledMs),
          ms(r.lambdaReports?.meanInitMs),
          r.lambdaReports?.maxMemoryUsedMb == null ? '—' : `${r.lambdaReports.maxMemoryUsedMb} MB`,
        ]),
      },
    });
  }
  blocks.push({
    text: `Data audit: ${describeAudit(run.audit)}.`,
    ...(run.audit.findings.length > 0
      ? {
          table: {
            head: ['finding', 'chat', 'message', 'what'],
            rows: run.audit.findings.map((f) => [f.kind, f.chatId, f.messageId ?? '—', f.detail]),
          },
        }
      : {}),
  });
  const check = run.modelCheck;
  if (check) {
    const p = check.predicted;
    const o = check.observed;
    blocks.push({
      text:
        `Model check — at the rates this run offered, the model says ${p.limit} (${p.layer}${p.route ? `, ${p.route}` : ''}) refuses first, at ${pct(p.utilisation)} utilisation, admitting ${rate(p.admittedPerSecond)}. ` +
        (o
          ? `The run: ${o.layer} refused first (${o.route}, from second ${o.firstAt}, ${o.throttledSeconds} s), ${rate(o.admittedPerSecond)} got past it (median). Layer ${check.layerMatches ? 'matches' : 'differs'}${check.deviation === null ? '' : `; rate within ${pct(check.deviation)}`}.`
          : 'The run: no layer refused a sustained share of requests.'),
    });
  }
  for (const [id, title] of [
    [`latency-${run.id}`, 'Latency percentiles over time'],
    [`errors-${run.id}`, 'Request rate and errors by layer'],
    [`coldwarm-${run.id}`, 'Cold vs warm latency distribution'],
    [`concurrency-${run.id}`, 'Concurrency vs rate'],
  ] as const) {
    if (chartIds.has(id)) blocks.push({ chart: { id, title } });
  }
  if (run.target.kind === 'local') {
    blocks.push({
      collapsed: 'What of this local run transfers to AWS',
      table: {
        head: ['figure', 'transfers', 'why'],
        rows: run.transfer.map((t) => [t.figure, t.transfers ? 'yes' : 'no', t.why]),
      },
    });
  }
  if (run.missing.length > 0)
    blocks.push({ collapsed: 'Not in this run folder', list: run.missing.map((m) => [m]) });
  return [{ id: `run-${run.id}`, title: `Scenario ${run.scenario}`, level: 3, blocks }];
}

function limitRow(l: Limit, first: string | null): Cell[] {
  const name: Cell =
    l.id === first ? { text: `${l.label} (first bottleneck)`, strong: true } : l.label;
  return [
    name,
    `${num(l.capacity)} ${l.unit}`,
    l.demandAtPeak === null ? '—' : `${num(l.demandAtPeak)} ${l.unit}`,
    pct(l.utilisation),
    l.breaksAtDailyActiveUsers === null ? '—' : num(l.breaksAtDailyActiveUsers),
    rate(l.admittedPerSecond),
    l.layer,
    l.change,
  ];
}

/** Ids of the charts the HTML draws (those with data). */
export function chartIds(report: Report): Set<string> {
  const ids = new Set<string>();
  for (const run of report.runs) {
    if (run.series.t.length === 0) continue;
    ids.add(`latency-${run.id}`);
    ids.add(`errors-${run.id}`);
    ids.add(`concurrency-${run.id}`);
    if (run.routes.some((r) => r.latency.cold || r.latency.warm)) ids.add(`coldwarm-${run.id}`);
  }
  if (report.capacity.limits.some((l) => (l.utilisation ?? 0) > 0)) ids.add('utilisation');
  if (report.capacity.cost.lines.some((l) => l.usdPer1000Messages !== null)) ids.add('cost');
  return ids;
}

export function sections(report: Report): Section[] {
  const charts = chartIds(report);
  const out: Section[] = [];
  const failing = report.verdict.checks.filter((c) => !c.passed && c.gating);
  out.push({
    id: 'verdict',
    title: `Verdict: ${report.verdict.passed ? 'pass' : 'FAIL'}`,
    level: 2,
    blocks: [
      {
        text: report.verdict.passed
          ? `Every gating check passed (${report.verdict.checks.length} checks${report.baseline ? `, baseline ${report.baseline.ids.join(', ')}` : ''}).`
          : `${failing.length} gating check${failing.length === 1 ? '' : 's'} failed${report.baseline ? ` (baseline ${report.baseline.ids.join(', ')}, tolerance ${pct(report.baseline.tolerance)})` : ''}:`,
      },
      ...(failing.length > 0
        ? [
            {
              table: {
                head: ['', 'scenario', 'route', 'check', 'figures'],
                rows: failing.map(checkRow),
              },
            },
          ]
        : []),
      {
        collapsed: 'Every check',
        table: {
          head: ['', 'scenario', 'route', 'check', 'figures'],
          rows: report.verdict.checks.map(checkRow),
        },
      },
    ],
  });

  const cap = report.capacity;
  const capBlocks: Block[] = [];
  const first = cap.limits.find((l) => l.id === cap.firstBottleneck);
  if (cap.traffic) {
    const t = cap.traffic;
    capBlocks.push({
      text: `At ${num(t.dailyActiveUsers)} daily active users (${num(t.messagesPerDay)} messages a day; peak ${rate(t.peakMessagesPerSecond)} messages, ${Object.entries(
        t.peakRequestsPerSecond,
      )
        .map(([route, r]) => `${route} ${rate(r)}`)
        .join(
          ', ',
        )}; ${rate(t.peakSignInsPerSecond)} sign-ins) on stage “${cap.stage}”: ${first ? `the first bottleneck is **${first.label}**, at ${pct(first.utilisation)} of its capacity; it breaks at ${num(first.breaksAtDailyActiveUsers)} daily active users. Change: ${first.change}.` : 'no limit could be evaluated (see the inputs marked missing).'}`,
    });
  } else {
    capBlocks.push({ text: `Stage “${cap.stage}”. ${cap.notes[0] ?? ''}` });
  }
  const sorted = [...cap.limits].sort(
    (a, b) =>
      (a.breaksAtDailyActiveUsers ?? Number.POSITIVE_INFINITY) -
      (b.breaksAtDailyActiveUsers ?? Number.POSITIVE_INFINITY),
  );
  capBlocks.push({
    table: {
      head: [
        'limit',
        'capacity',
        'demand at peak',
        'utilisation',
        'breaks at (daily users)',
        'route rate admitted',
        'refused as',
        'what to change',
      ],
      numeric: [1, 2, 3, 4, 5],
      rows: sorted.map((l) => limitRow(l, cap.firstBottleneck)),
    },
  });
  if (charts.has('utilisation'))
    capBlocks.push({ chart: { id: 'utilisation', title: 'Utilisation per limit at peak' } });
  capBlocks.push({
    collapsed: 'How each limit was computed',
    list: sorted.map((l) => [`${l.label}: ${l.basis}`]),
  });
  capBlocks.push({
    text: 'The model’s inputs, and where each comes from:',
    table: {
      head: ['input', 'route', 'value', 'source', 'note'],
      numeric: [2],
      rows: cap.inputs.map((i) => [
        i.name,
        i.route ?? '—',
        i.value === null ? '—' : `${num(i.value)} ${i.unit}`,
        SOURCE_WORDS[i.source] ?? i.source,
        i.note,
      ]),
    },
  });
  if (cap.notes.length > 0) capBlocks.push({ list: cap.notes.map((n) => [n]) });
  const checked = report.runs.filter((r) => r.modelCheck?.observed);
  if (checked.length > 0) {
    capBlocks.push({
      text: 'The model checked against the runs that met a limit (at the rates each run offered, on the run’s own stage):',
      table: {
        head: [
          'scenario',
          'model: refuses first',
          'model: admits',
          'run: refused first',
          'run: got past it',
          'layer',
          'apart',
        ],
        numeric: [2, 4, 6],
        rows: checked.map((r) => {
          const c = r.modelCheck;
          return [
            r.scenario,
            `${c?.predicted.limit} (${c?.predicted.layer})`,
            rate(c?.predicted.admittedPerSecond),
            `${c?.observed?.layer} on ${c?.observed?.route}`,
            rate(c?.observed?.admittedPerSecond),
            c?.layerMatches ? 'matches' : { text: 'differs', strong: true },
            pct(c?.deviation),
          ];
        }),
      },
    });
  }
  out.push({ id: 'capacity', title: 'Capacity', level: 2, blocks: capBlocks });

  const cost = cap.cost;
  out.push({
    id: 'cost',
    title: 'Cost',
    level: 2,
    blocks: [
      {
        text: `Per 1,000 messages: ${usd(cost.usdPer1000Messages.arm64)} on arm64, ${usd(cost.usdPer1000Messages.x86_64)} on x86_64; per month: ${usd(cost.usdPerMonth.arm64)} on arm64, ${usd(cost.usdPerMonth.x86_64)} on x86_64. The lines below use the stage’s architecture (${cost.architecture}).`,
      },
      {
        table: {
          head: ['service', 'item', 'per 1,000 messages', 'per month', 'basis'],
          numeric: [2, 3],
          rows: cost.lines.map((l) => [
            l.service,
            l.item,
            usd(l.usdPer1000Messages),
            usd(l.usdPerMonth),
            l.basis,
          ]),
        },
      },
      ...(charts.has('cost')
        ? [{ chart: { id: 'cost', title: 'Cost per 1,000 messages by service' } }]
        : []),
      ...(cost.missing.length > 0
        ? [{ text: 'Not priced:', list: cost.missing.map((m) => [m]) }]
        : []),
    ],
  });

  out.push({
    id: 'runs',
    title: 'Scenarios',
    level: 2,
    blocks: [
      {
        table: {
          head: [
            'scenario',
            'run',
            'target',
            'duration',
            'requests',
            'failed',
            'iterations achieved / targeted',
            'dropped',
          ],
          numeric: [3, 4, 5, 6, 7],
          rows: report.runs.map((r) => [
            r.scenario,
            r.id,
            `${r.target.kind} ${r.target.stage}`,
            `${num(r.durationSeconds)} s`,
            r.requests.toLocaleString('en-US'),
            r.failed.toLocaleString('en-US'),
            `${rate(r.iterations.achievedPerSecond)} / ${rate(r.iterations.targetPerSecond)}`,
            String(r.iterations.dropped),
          ]),
        },
      },
    ],
  });
  for (const run of report.runs) out.push(...runSections(run, charts));

  const figureRows = (list: Report['figures']['quotas']) =>
    list.map((f): Cell[] => [
      f.label,
      `${num(f.value, 6)} ${f.unit}${f.overridden ? ' (capacity file)' : ''}`,
      { text: new URL(f.url).hostname, href: f.url },
      f.confirmedBy ? { text: new URL(f.confirmedBy).hostname, href: f.confirmedBy } : '—',
      f.taken,
    ]);
  out.push({
    id: 'figures',
    title: 'Published figures used',
    level: 2,
    blocks: [
      {
        collapsed: 'AWS quotas and prices, with their sources and the day they were taken',
        table: {
          head: ['figure', 'value', 'source', 'confirmed by', 'taken'],
          rows: [...figureRows(report.figures.quotas), ...figureRows(report.figures.prices)],
        },
      },
    ],
  });
  return out;
}
