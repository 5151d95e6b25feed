/**
 * The verdict: each scenario's routes against the stage's SLOs, the load
 * runner's own outcome (its pass criteria and gating thresholds), and each
 * figure against a baseline run of the same scenario. A check gates (fails
 * the verdict, and so the command's exit code) unless it would judge what a
 * run cannot show:
 * - latency and INIT figures of a local run are this machine's, not AWS's;
 * - the throttle and breakpoint scenarios refuse requests on purpose, and
 *   ai-latency's slow step holds more sends in flight than the send
 *   function's limit: those error rates are measurements, judged by the
 *   scenarios' own criteria.
 */
import type { FunctionName } from '#contracts';
import type { ScenarioName } from '#load';
import type { StageConfig } from '#stages';
import { describeAudit } from './ingest/audit.ts';
import type { Check, RouteMeasures, RunReport } from './report-schema.ts';

/** The routes (by function) each scenario drives into refusals on purpose. */
const REFUSED_ON_PURPOSE: Partial<Record<ScenarioName, readonly FunctionName[]>> = {
  throttle: ['get_chats', 'get_chat', 'send_message'],
  breakpoint: ['get_chats', 'get_chat', 'send_message'],
  'ai-latency': ['send_message'],
};

/** Whether a scenario refuses a route's requests on purpose (its failures and latencies measure a limit). */
export function refusedOnPurpose(scenario: string, fn: FunctionName | null): boolean {
  return fn !== null && (REFUSED_ON_PURPOSE[scenario as ScenarioName] ?? []).includes(fn);
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const pct = (n: number) => `${(n * 100).toFixed(2)} %`;

function sloChecks(run: RunReport, stage: StageConfig): Check[] {
  const checks: Check[] = [];
  const deployed = run.target.kind === 'deployed';
  for (const route of run.routes) {
    if (route.function === null || route.requests === 0) continue;
    const refuses = refusedOnPurpose(run.scenario, route.function);
    const slo = stage.slo.routes[route.function];
    const all = route.latency.all;
    const base = { scenario: run.scenario, route: route.route };
    if (all) {
      for (const [name, measured, objective] of [
        ['p95 latency', all.p95, slo.p95Ms],
        ['p99 latency', all.p99, slo.p99Ms],
      ] as const) {
        checks.push({
          ...base,
          name,
          passed: measured <= objective,
          gating: deployed,
          measured,
          objective,
          detail: `${ms(measured)} against ${ms(objective)}${deployed ? '' : ' (this machine’s latency: informational)'}`,
        });
      }
    }
    if (route.failureRate !== null) {
      checks.push({
        ...base,
        name: 'error rate',
        passed: route.failureRate <= stage.slo.maxErrorRate,
        gating: !refuses,
        measured: route.failureRate,
        objective: stage.slo.maxErrorRate,
        detail: `${pct(route.failureRate)} against ${pct(stage.slo.maxErrorRate)}${refuses ? ' (this scenario refuses requests on purpose: informational)' : ''}`,
      });
    }
    if (route.initDuration) {
      checks.push({
        ...base,
        name: 'INIT p95',
        passed: route.initDuration.p95 <= stage.slo.coldStartInitP95Ms,
        gating: deployed,
        measured: route.initDuration.p95,
        objective: stage.slo.coldStartInitP95Ms,
        detail: `${ms(route.initDuration.p95)} against ${ms(stage.slo.coldStartInitP95Ms)}${deployed ? '' : ' (the emulator’s INIT: informational)'}`,
      });
    }
  }
  if (run.runner.criteriaPassed !== null) {
    checks.push({
      scenario: run.scenario,
      route: null,
      name: 'scenario criteria',
      passed: run.runner.criteriaPassed,
      gating: true,
      measured: null,
      objective: null,
      detail: run.runner.criteriaPassed
        ? 'the load runner’s pass criteria held'
        : 'the load runner’s pass criteria failed (see run.json)',
    });
  }
  const audit = auditCheck(run);
  if (audit) checks.push(audit);
  checks.push({
    scenario: run.scenario,
    route: null,
    name: 'gating thresholds',
    passed: run.runner.gatingThresholds.length === 0,
    gating: true,
    measured: run.runner.gatingThresholds.length,
    objective: 0,
    detail:
      run.runner.gatingThresholds.length === 0
        ? 'none failed'
        : `failed: ${run.runner.gatingThresholds.join('; ')}`,
  });
  return checks;
}

export const AUDIT_CHECK = 'audit: no lost, duplicated, orphaned, miscounted or altered data';

/**
 * The data audit gates whenever it ran: no scenario, refused requests or
 * not, may lose or corrupt what it stored. One that could not run is said,
 * and does not gate; a run without one (older folders) has no check.
 */
function auditCheck(run: RunReport): Check | null {
  const audit = run.audit;
  if (audit.status === 'not-audited') return null;
  const findings = Object.values(audit.findingsByKind).reduce((sum, n) => sum + n, 0);
  return {
    scenario: run.scenario,
    route: null,
    name: AUDIT_CHECK,
    passed: audit.status === 'passed',
    gating: audit.status !== 'not-done',
    measured: audit.status === 'not-done' ? null : findings,
    objective: audit.status === 'not-done' ? null : 0,
    detail: describeAudit(audit),
  };
}

/** Figures compared with the baseline: higher is worse for each. */
const COMPARED: {
  name: string;
  pick: (r: RouteMeasures) => number | null;
  latency: boolean;
  format: (n: number) => string;
}[] = [
  { name: 'p95 latency', pick: (r) => r.latency.all?.p95 ?? null, latency: true, format: ms },
  { name: 'p99 latency', pick: (r) => r.latency.all?.p99 ?? null, latency: true, format: ms },
  { name: 'error rate', pick: (r) => r.failureRate, latency: false, format: pct },
  { name: 'INIT p95', pick: (r) => r.initDuration?.p95 ?? null, latency: true, format: ms },
  {
    name: 'DynamoDB read units per request',
    pick: (r) => r.dynamodb.readUnitsPerRequest,
    latency: false,
    format: (n) => n.toFixed(2),
  },
  {
    name: 'DynamoDB write units per request',
    pick: (r) => r.dynamodb.writeUnitsPerRequest,
    latency: false,
    format: (n) => n.toFixed(2),
  },
];

/** An error rate must also grow by this much (absolute) to count: 0 → 0.01 % is noise, not a regression. */
const ERROR_RATE_FLOOR = 0.001;

function baselineChecks(run: RunReport, baseline: RunReport, tolerance: number): Check[] {
  const checks: Check[] = [];
  for (const route of run.routes) {
    const before = baseline.routes.find((r) => r.route === route.route);
    if (!before || route.requests === 0) continue;
    for (const figure of COMPARED) {
      const now = figure.pick(route);
      const then = figure.pick(before);
      if (now === null || then === null) continue;
      const limit = then * (1 + tolerance) + (figure.name === 'error rate' ? ERROR_RATE_FLOOR : 0);
      const gating =
        !figure.latency || (run.target.kind === 'deployed' && baseline.target.kind === 'deployed');
      checks.push({
        scenario: run.scenario,
        route: route.route,
        name: `${figure.name} vs baseline`,
        passed: now <= limit,
        gating,
        measured: now,
        objective: limit,
        detail: `${figure.format(now)} now, ${figure.format(then)} in ${baseline.id} (tolerance ${Math.round(tolerance * 100)} %)${gating ? '' : ' (latency of a local run: informational)'}`,
      });
    }
  }
  return checks;
}

export function verdict(
  runs: RunReport[],
  stages: Map<string, StageConfig>,
  baselines: RunReport[],
  tolerance: number,
): { passed: boolean; checks: Check[] } {
  const checks: Check[] = [];
  for (const run of runs) {
    const stage = stages.get(run.id);
    if (stage) checks.push(...sloChecks(run, stage));
    const baseline = baselines.find((b) => b.scenario === run.scenario);
    if (baseline) checks.push(...baselineChecks(run, baseline, tolerance));
  }
  return { passed: checks.every((c) => c.passed || !c.gating), checks };
}
