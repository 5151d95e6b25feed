/**
 * The session's verdict on one screen: the first bottleneck and the
 * headroom at the configured traffic, p95 per route cold and warm, the cost
 * of 1,000 messages, and whether the contracts, the scenarios, the audit and
 * the SLOs passed — the same lines in the terminal and in `verdict.md`.
 */
import { type Report, refusedOnPurpose } from '#reports';

/** What the contract verification came to (`null`: it did not run). */
export interface ContractsOutcome {
  ok: boolean;
  verified: number;
  failed: number;
  /** Interactions only the local stage can be put in the state of (left out against a deployed one). */
  localOnly: number;
  /** Why it could not run at all, when it could not. */
  error?: string;
}

/** One scenario's step of the session. */
export interface ScenarioOutcome {
  scenario: string;
  /** The run folder, or `null` when the run never started one. */
  folder: string | null;
  /** The runner's exit code (0 passed, 99 a gating threshold, a criterion or the audit failed). */
  exitCode: number | null;
  /** The audit of the run's data: `null` when the run has no audit. */
  audit: { ok: boolean; sends: number; findings: number } | null;
  /** The runner's criteria that failed, one line each. */
  failedCriteria: string[];
  /** Why the run could not finish, when it could not. */
  error?: string;
}

export interface SessionOutcome {
  target: { kind: 'local' | 'deployed'; stage: string; apiUrl: string };
  profile: string;
  contracts: ContractsOutcome | null;
  scenarios: ScenarioOutcome[];
  report: Report | null;
  /** Where the report's HTML page is. */
  reportPath: string | null;
  /** Latency SLOs gate the job (always against a deployed stage; `gateLatency` locally). */
  latencyGates: boolean;
  /** The job was stopped (Ctrl-C) before it finished. */
  stopped: boolean;
  seconds: number;
}

const LATENCY_CHECKS = new Set(['p95 latency', 'p99 latency', 'INIT p95']);

/** Whether the session passes: what its exit code says. */
export function sessionPassed(outcome: SessionOutcome): boolean {
  const checks = outcome.report?.verdict.checks ?? [];
  return (
    !outcome.stopped &&
    outcome.contracts?.ok === true &&
    outcome.scenarios.length > 0 &&
    outcome.scenarios.every((s) => s.exitCode === 0 && s.audit?.ok !== false) &&
    outcome.report?.verdict.passed === true &&
    (!outcome.latencyGates || checks.every((c) => c.passed || !LATENCY_CHECKS.has(c.name)))
  );
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mark = (ok: boolean) => (ok ? '✓' : '✗');

interface RouteLatency {
  route: string;
  cold: number | null;
  warm: number | null;
}

/**
 * p95 per route: cold from the run with the most cold requests of the
 * route, warm from the run with the most warm ones among the runs that do
 * not refuse the route on purpose (a throttled request is fast, a request
 * slowed to meet a limit is slow: neither says what the route takes).
 */
export function routeLatencies(report: Report): RouteLatency[] {
  const routes = new Map<string, { cold: [number, number]; warm: [number, number] }>();
  for (const run of report.runs) {
    for (const route of run.routes) {
      if (route.function === null) continue;
      const refuses = refusedOnPurpose(run.scenario, route.function);
      const entry = routes.get(route.route) ?? { cold: [0, Number.NaN], warm: [0, Number.NaN] };
      const { cold, warm } = route.latency;
      if (cold && cold.count > entry.cold[0]) entry.cold = [cold.count, cold.p95];
      if (!refuses && warm && warm.count > entry.warm[0]) entry.warm = [warm.count, warm.p95];
      routes.set(route.route, entry);
    }
  }
  return [...routes]
    .map(([route, { cold, warm }]) => ({
      route,
      cold: cold[0] > 0 ? cold[1] : null,
      warm: warm[0] > 0 ? warm[1] : null,
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** The verdict's lines, for a terminal (`markdown: false`) or `verdict.md`. */
export function verdictLines(
  outcome: SessionOutcome,
  { markdown }: { markdown: boolean },
): string[] {
  const passed = sessionPassed(outcome);
  const where =
    outcome.target.kind === 'local'
      ? `the local stage (${outcome.target.stage})`
      : `deployed stage "${outcome.target.stage}" at ${outcome.target.apiUrl}`;
  const head = `${outcome.stopped ? 'STOPPED' : passed ? 'PASS' : 'FAIL'} — ${where}, profile ${outcome.profile}, ${formatSeconds(outcome.seconds)}`;
  const rows: Array<[string, string]> = [];
  const report = outcome.report;
  if (report) {
    const { capacity } = report;
    const first = capacity.limits.find((l) => l.id === capacity.firstBottleneck);
    rows.push([
      'first bottleneck',
      first
        ? `${first.label}${first.breaksAtDailyActiveUsers === null ? '' : ` — breaks at ${int(first.breaksAtDailyActiveUsers)} daily users`}; raise: ${first.change}`
        : 'none found among the modelled limits',
    ]);
    const users = capacity.traffic?.dailyActiveUsers;
    rows.push([
      'headroom',
      users === undefined
        ? 'no traffic configured (capacity.traffic in loopgauge.config.json)'
        : first?.breaksAtDailyActiveUsers == null || users === 0
          ? `at ${int(users ?? 0)} daily users: no limit breaks`
          : `×${(first.breaksAtDailyActiveUsers / users).toFixed(2)} at ${int(users)} daily users${first.breaksAtDailyActiveUsers < users ? ' — over the limit' : ''}`,
    ]);
    const latencies = routeLatencies(report);
    const ms = (n: number | null) => (n === null ? '—' : `${n.toFixed(0)} ms`);
    rows.push([
      'p95 cold / warm',
      latencies.length === 0
        ? 'no route measured'
        : latencies
            .map((l) => `${l.route} ${ms(l.cold)} / ${ms(l.warm)}`)
            .join(markdown ? '<br>' : '\n'),
    ]);
    const cost = capacity.cost.usdPer1000Messages[capacity.cost.architecture];
    rows.push([
      'cost',
      cost === null || cost === undefined
        ? `not priced (${capacity.cost.missing.join('; ') || 'no figures'})`
        : `$${cost.toFixed(cost < 1 ? 3 : 2)} per 1,000 messages (${capacity.cost.architecture}${capacity.cost.missing.length > 0 ? `; leaves out ${capacity.cost.missing.length} item${capacity.cost.missing.length === 1 ? '' : 's'}, see the report` : ''})`,
    ]);
  }
  const contracts = outcome.contracts;
  rows.push([
    'contracts',
    contracts === null
      ? 'not verified'
      : contracts.error !== undefined
        ? `✗ ${contracts.error}`
        : `${mark(contracts.ok)} ${contracts.verified - contracts.failed} of ${contracts.verified} interactions verified${contracts.localOnly > 0 ? ` (${contracts.localOnly} local-only left out)` : ''}`,
  ]);
  rows.push([
    'scenarios',
    outcome.scenarios.length === 0
      ? 'none ran'
      : outcome.scenarios
          .map(
            (s) =>
              `${mark(s.exitCode === 0)} ${s.scenario}${s.error ? ` (${s.error})` : s.failedCriteria.length > 0 ? ` (${s.failedCriteria.join('; ')})` : ''}`,
          )
          .join(markdown ? '<br>' : '\n'),
  ]);
  const audited = outcome.scenarios.filter((s) => s.audit !== null);
  const findings = audited.reduce((sum, s) => sum + (s.audit?.findings ?? 0), 0);
  rows.push([
    'audit',
    audited.length === 0
      ? 'not audited'
      : `${mark(findings === 0)} ${int(audited.reduce((sum, s) => sum + (s.audit?.sends ?? 0), 0))} sends in ${audited.length} run${audited.length === 1 ? '' : 's'} checked: ${
          findings === 0
            ? 'no lost, duplicated, orphaned, miscounted or altered data'
            : `${findings} finding${findings === 1 ? '' : 's'} (${audited
                .filter((s) => !s.audit?.ok)
                .map((s) => s.scenario)
                .join(', ')})`
        }`,
  ]);
  if (report) {
    const checks = report.verdict.checks;
    const failed = checks.filter((c) => !c.passed);
    const gating = (c: (typeof checks)[number]) =>
      c.gating || (outcome.latencyGates && LATENCY_CHECKS.has(c.name));
    const lines = [
      `${mark(failed.every((c) => !gating(c)))} ${checks.length - failed.length} of ${checks.length} checks passed` +
        (failed.length > 0
          ? `; ${failed.filter(gating).length} failed that gate, ${failed.filter((c) => !gating(c)).length} informational`
          : ''),
      ...[...failed.filter(gating), ...failed.filter((c) => !gating(c))]
        .slice(0, 4)
        .map(
          (c) =>
            `${gating(c) ? '✗' : '·'} ${c.scenario}${c.route ? ` ${c.route}` : ''} ${c.name}: ${c.detail}`,
        ),
      ...(failed.length > 4 ? [`… ${failed.length - 4} more in the report`] : []),
    ];
    rows.push(['SLOs and checks', lines.join(markdown ? '<br>' : '\n')]);
  }
  if (outcome.reportPath) rows.push(['report', outcome.reportPath]);

  if (markdown) {
    return [
      `# loopgauge verdict: ${head}`,
      '',
      '| | |',
      '| --- | --- |',
      ...rows.map(([key, value]) => `| ${key} | ${value.replace(/\|/g, '\\|')} |`),
      '',
    ];
  }
  const width = Math.max(...rows.map(([key]) => key.length));
  return [
    '',
    head,
    ...rows.flatMap(([key, value]) =>
      value.split('\n').map((line, i) => `  ${(i === 0 ? key : '').padEnd(width)}  ${line}`),
    ),
    '',
  ];
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
