/**
 * The capacity model: pure functions from the measures of the runs, a
 * stage definition, AWS's published figures and a capacity file to each
 * limit's utilisation at peak, the traffic at which it breaks, the first
 * bottleneck and what to change.
 *
 * - Lambda: concurrency = request rate × time an environment is busy
 *   (Little's law; https://repost.aws/knowledge-center/lambda-troubleshoot-throttling),
 *   against a function's reserved concurrency or the account's unreserved
 *   pool; new environments against the scaling rate (1,000 per 10 s per
 *   function), assuming the worst: the step from the day's average to the
 *   peak happens within 10 s.
 * - API Gateway: each route's rate against its throttle, all routes against
 *   the account's (the burst bucket absorbs sub-second spikes only).
 * - DynamoDB: units per second against the table mode. Provisioned: one
 *   limit per bucket — the table's read and write units, the index's read
 *   and write units — each against the units the routes take from it
 *   (table-units.ts). On-demand: the table quota and a new table's first
 *   peak, against the total units (table and index together).
 * - SSM: GetParameter calls of new environments during that ramp plus cache
 *   refreshes, against the standard throughput.
 * - Cognito: sign-ins per second against UserAuthentication.
 * - AI provider: requests and tokens per minute against the team's limits.
 *
 * Every input says where it comes from (`Input.source`); a figure that is
 * not known is reported missing, never invented.
 */
import { FUNCTION_NAMES, type FunctionName, ROUTES } from '#contracts';
import type { StageConfig } from '#stages';
import type { CapacityFile } from './capacity-file.ts';
import { DEFAULT_SIGN_INS_PER_USER_PER_DAY } from './capacity-file.ts';
import type { Figures } from './figures.ts';
import { busyMs, type ModelInputs, modelInputs, SEND } from './model-inputs.ts';
import type { Capacity, Input, Limit, RunReport } from './report-schema.ts';
import { PROVISIONED_BUCKETS } from './table-units.ts';

export const SECONDS_PER_DAY = 86_400;

export interface Traffic {
  dailyActiveUsers: number;
  /** Messages per second at the peak, per daily active user. */
  peakMessagesPerUser: number;
  averageMessagesPerUser: number;
  peakSignInsPerUser: number;
}

export function trafficOf(capacity: CapacityFile): Traffic {
  const t = capacity.traffic;
  const average = t.messagesPerUserPerDay / SECONDS_PER_DAY;
  const signIns = t.signInsPerUserPerDay ?? DEFAULT_SIGN_INS_PER_USER_PER_DAY;
  return {
    dailyActiveUsers: t.dailyActiveUsers,
    peakMessagesPerUser: average * t.peakToAverage,
    averageMessagesPerUser: average,
    peakSignInsPerUser: (signIns / SECONDS_PER_DAY) * t.peakToAverage,
  };
}

interface LimitSpec {
  id: string;
  label: string;
  layer: string;
  route: string | null;
  capacity: number;
  unit: string;
  /** Demand in `unit` at the peak, per daily active user; `null` when an input is missing. */
  demandPerUser: number | null;
  /** The route's admitted request rate, when the limit is a route's. */
  admittedPerSecond: number | null;
  change: string;
  basis: string;
}

function limit(spec: LimitSpec, users: number): Limit {
  const demand = spec.demandPerUser === null ? null : spec.demandPerUser * users;
  return {
    id: spec.id,
    label: spec.label,
    layer: spec.layer,
    route: spec.route,
    capacity: spec.capacity,
    demandAtPeak: demand,
    unit: spec.unit,
    utilisation: demand === null || spec.capacity <= 0 ? null : demand / spec.capacity,
    admittedPerSecond: spec.admittedPerSecond,
    breaksAtDailyActiveUsers:
      spec.demandPerUser === null || spec.demandPerUser <= 0
        ? null
        : spec.capacity / spec.demandPerUser,
    change: spec.change,
    basis: spec.basis,
  };
}

const fmt = (n: number, digits = 2) => Number(n.toPrecision(digits + 2)).toLocaleString('en-US');

/**
 * Every limit on the request path for `stage`, with demand per user at
 * the peak of `traffic` (per-route rates = messages × mix).
 */
export function limitSpecs(
  stage: StageConfig,
  inputs: ModelInputs,
  traffic: Traffic | null,
  figures: Figures,
): LimitSpec[] {
  const specs: LimitSpec[] = [];
  const rate = (fn: FunctionName) => {
    const mix = inputs.routes[fn].mix.value;
    return traffic === null || mix === null ? null : traffic.peakMessagesPerUser * mix;
  };
  const concurrency = (fn: FunctionName) => {
    const r = rate(fn);
    if (r === 0) return 0;
    const busy = busyMs(inputs.routes[fn]);
    return r === null || busy === null ? null : (r * busy) / 1_000;
  };
  const sum = (values: (number | null)[]) =>
    values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);

  for (const fn of FUNCTION_NAMES) {
    const route = ROUTES[fn].routeKey;
    const throttle = stage.api.routeThrottles[fn];
    specs.push({
      id: `api.route.${fn}`,
      label: `API Gateway route throttle, ${route}`,
      layer: 'gateway_throttle',
      route,
      capacity: throttle.rateLimit,
      unit: 'requests/s',
      demandPerUser: rate(fn),
      admittedPerSecond: throttle.rateLimit,
      change: `api.routeThrottles.${fn}.rateLimit (stage ${stage.name})`,
      basis: `route rate at peak against the stage’s ${throttle.rateLimit} requests/s (burst ${throttle.burstLimit})`,
    });
  }
  specs.push({
    id: 'api.account',
    label: 'API Gateway account throttle (all APIs in the Region)',
    layer: 'gateway_throttle',
    route: null,
    capacity: figures.quota('apiGateway.accountRateLimit'),
    unit: 'requests/s',
    demandPerUser: sum(FUNCTION_NAMES.map(rate)),
    admittedPerSecond: null,
    change:
      'Service Quotas: API Gateway throttle rate (L-8A5B8E43), or capacity file quotas.apiGatewayAccountRps',
    basis: 'all routes’ rate at peak (other APIs of the account share it too)',
  });

  const reserved = FUNCTION_NAMES.reduce(
    (n, fn) => n + (stage.functions.settings[fn].reservedConcurrency ?? 0),
    0,
  );
  const unreserved = FUNCTION_NAMES.filter(
    (fn) => stage.functions.settings[fn].reservedConcurrency === null,
  );
  for (const fn of FUNCTION_NAMES) {
    const route = ROUTES[fn].routeKey;
    const c = stage.functions.settings[fn].reservedConcurrency;
    const busy = busyMs(inputs.routes[fn]);
    if (c !== null) {
      specs.push({
        id: `lambda.reserved.${fn}`,
        label: `Lambda reserved concurrency, ${fn}`,
        layer: 'lambda_throttle',
        route,
        capacity: c,
        unit: 'environments',
        demandPerUser: concurrency(fn),
        admittedPerSecond: busy === null || busy <= 0 ? null : c / (busy / 1_000),
        change: `functions.settings.${fn}.reservedConcurrency (stage ${stage.name})`,
        basis:
          busy === null
            ? 'rate × busy time (Little’s law); the busy time is missing'
            : `rate × ${fmt(busy)} ms busy per request (duration${fn === SEND ? ' + AI call' : ''} + cold-start share × INIT; Little’s law)`,
      });
    }
    specs.push({
      id: `lambda.scaling.${fn}`,
      label: `Lambda scaling rate, ${fn}`,
      layer: 'lambda_throttle',
      route,
      capacity: figures.quota('lambda.scalingEnvironmentsPer10Seconds'),
      unit: 'new environments / 10 s',
      demandPerUser: (() => {
        const peak = concurrency(fn);
        if (peak === null || traffic === null || traffic.peakMessagesPerUser === 0) return null;
        return peak * (1 - traffic.averageMessagesPerUser / traffic.peakMessagesPerUser);
      })(),
      admittedPerSecond: null,
      change: 'ramp traffic over minutes, or provisioned concurrency (AWS’s scaling rate is fixed)',
      basis:
        'environments added if traffic steps from the day’s average to the peak within 10 s (worst case)',
    });
  }
  if (unreserved.length > 0) {
    const pool = figures.quota('lambda.accountConcurrency') - reserved;
    specs.push({
      id: 'lambda.account',
      label: 'Lambda account concurrency (unreserved pool)',
      layer: 'lambda_throttle',
      route: null,
      capacity: pool,
      unit: 'environments',
      demandPerUser: sum(unreserved.map(concurrency)),
      admittedPerSecond: null,
      change:
        'Service Quotas: Lambda concurrent executions, or capacity file quotas.lambdaAccountConcurrency (other functions of the account share the pool)',
      basis: `concurrency of ${unreserved.join(', ')} against the account’s ${figures.quota('lambda.accountConcurrency')} less ${reserved} reserved`,
    });
  }

  /** Units per second at the peak per user: the route's rate × its units per request. */
  const demand = (fn: FunctionName, perRequest: Input) => {
    const r = rate(fn);
    if (r === 0) return 0;
    const u = perRequest.value;
    return r === null || u === null ? null : r * u;
  };
  const billing = stage.table.billing;
  if (billing.mode === 'provisioned') {
    for (const bucket of PROVISIONED_BUCKETS) {
      const perRequest = (fn: FunctionName) => inputs.routes[fn].split[bucket.part][bucket.kind];
      const totals = FUNCTION_NAMES.filter(
        (fn) => rate(fn) !== 0 && perRequest(fn).value !== null && !inputs.routes[fn].unitsSplit,
      );
      const what =
        bucket.part === 'table'
          ? `the table’s own ${bucket.kind} units per request of every route (the total less the index’s share)`
          : bucket.kind === 'read'
            ? 'the index’s read units per request of every route (GET /chats queries it)'
            : 'the index’s write units per request of every route (each chat write updates the index, which refuses a write it has no units for even when the table has them)';
      specs.push({
        id: bucket.id,
        label: bucket.label,
        layer: 'store_throttle',
        route: null,
        capacity: billing[bucket.billingKey],
        unit: `${bucket.kind} units/s`,
        demandPerUser: sum(FUNCTION_NAMES.map((fn) => demand(fn, perRequest(fn)))),
        admittedPerSecond: null,
        change: `table.billing.${bucket.billingKey} (stage ${stage.name})`,
        basis:
          totals.length === 0
            ? `${what}; units per request as measured`
            : `${what}; for ${totals.join(', ')} the runs give totals only, counted here whole: conservative`,
      });
    }
  } else {
    // Totals against the table quota: conservative, for AWS applies it to the table and to each
    // global secondary index on its own ("the table-level quota is the maximum read and write
    // capacity units that are available for any table, or any individual GSI within that table",
    // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html).
    const reads = sum(FUNCTION_NAMES.map((fn) => demand(fn, inputs.routes[fn].readUnits)));
    const writes = sum(FUNCTION_NAMES.map((fn) => demand(fn, inputs.routes[fn].writeUnits)));
    specs.push(
      {
        id: 'dynamodb.table.read',
        label: 'DynamoDB table read quota (on-demand)',
        layer: 'store_throttle',
        route: null,
        capacity: figures.quota('dynamodb.tableReadUnits'),
        unit: 'read units/s',
        demandPerUser: reads,
        admittedPerSecond: null,
        change:
          'Service Quotas: DynamoDB table read throughput, or capacity file quotas.dynamodbTableReadUnits',
        basis:
          'all routes’ read units per request as measured, table and index together, at peak (AWS applies the quota to the table and to the index each: conservative)',
      },
      {
        id: 'dynamodb.table.write',
        label: 'DynamoDB table write quota (on-demand)',
        layer: 'store_throttle',
        route: null,
        capacity: figures.quota('dynamodb.tableWriteUnits'),
        unit: 'write units/s',
        demandPerUser: writes,
        admittedPerSecond: null,
        change:
          'Service Quotas: DynamoDB table write throughput, or capacity file quotas.dynamodbTableWriteUnits',
        basis:
          'all routes’ write units per request as measured, table and index together, at peak (AWS applies the quota to the table and to the index each: conservative)',
      },
      {
        id: 'dynamodb.ondemand.read',
        label: 'DynamoDB on-demand: a new table’s first peak (reads)',
        layer: 'store_throttle',
        route: null,
        capacity: figures.quota('dynamodb.onDemandInitialReadUnits'),
        unit: 'read units/s',
        demandPerUser: reads,
        admittedPerSecond: null,
        change:
          'pre-warm the table (warm throughput) or grow traffic over 30 minutes; it then doubles its previous peak',
        basis:
          'a new on-demand table sustains this at once and doubles its previous peak at most every 30 minutes',
      },
      {
        id: 'dynamodb.ondemand.write',
        label: 'DynamoDB on-demand: a new table’s first peak (writes)',
        layer: 'store_throttle',
        route: null,
        capacity: figures.quota('dynamodb.onDemandInitialWriteUnits'),
        unit: 'write units/s',
        demandPerUser: writes,
        admittedPerSecond: null,
        change:
          'pre-warm the table (warm throughput) or grow traffic over 30 minutes; it then doubles its previous peak',
        basis:
          'a new on-demand table sustains this at once and doubles its previous peak at most every 30 minutes',
      },
    );
  }

  if (stage.provider.apiKeyParameter !== null) {
    const peak = concurrency(SEND);
    const ramp =
      peak === null || traffic === null || traffic.peakMessagesPerUser === 0
        ? null
        : (peak * (1 - traffic.averageMessagesPerUser / traffic.peakMessagesPerUser)) / 10;
    specs.push({
      id: 'ssm.getParameter',
      label: 'SSM GetParameter throughput (the AI key)',
      layer: 'backend:INTERNAL',
      route: ROUTES[SEND].routeKey,
      capacity: figures.quota('ssm.standardThroughputTps'),
      unit: 'calls/s',
      demandPerUser:
        peak === null || ramp === null ? null : ramp + peak / stage.ai.apiKeyCacheSeconds,
      admittedPerSecond: null,
      change: `ai.apiKeyCacheSeconds (stage ${stage.name}), or SSM higher throughput, or capacity file quotas.ssmGetParameterTps`,
      basis: `one call per new send_message environment while traffic steps to the peak within 10 s, plus one per environment every ${stage.ai.apiKeyCacheSeconds} s`,
    });
  }

  specs.push({
    id: 'cognito.userAuthentication',
    label: 'Cognito sign-ins (UserAuthentication)',
    layer: 'sign-in',
    route: null,
    capacity: figures.quota('cognito.userAuthenticationRps'),
    unit: 'requests/s',
    demandPerUser: traffic === null ? null : traffic.peakSignInsPerUser,
    admittedPerSecond: null,
    change: `Service Quotas: Cognito UserAuthentication; longer auth.accessTokenValidityMinutes (stage ${stage.name}) means fewer refreshes`,
    basis: 'sign-ins per user a day at the peak factor',
  });
  return specs;
}

function aiSpecs(
  inputs: ModelInputs,
  capacity: CapacityFile | null,
  traffic: Traffic | null,
): LimitSpec[] {
  const specs: LimitSpec[] = [];
  const ai = capacity?.ai;
  const perMinute = traffic === null ? null : traffic.peakMessagesPerUser * 60;
  if (ai?.requestsPerMinute !== undefined) {
    specs.push({
      id: 'ai.requestsPerMinute',
      label: 'AI provider requests per minute',
      layer: 'ai:AI_RATE_LIMITED',
      route: ROUTES[SEND].routeKey,
      capacity: ai.requestsPerMinute,
      unit: 'requests/min',
      demandPerUser: perMinute,
      admittedPerSecond: ai.requestsPerMinute / 60,
      change: 'the provider account’s tier (capacity file ai.requestsPerMinute)',
      basis: 'one AI call per message (retries add more)',
    });
  }
  const tokens =
    inputs.inputTokens.value === null || inputs.outputTokens.value === null
      ? null
      : inputs.inputTokens.value + inputs.outputTokens.value;
  if (ai?.tokensPerMinute !== undefined) {
    specs.push({
      id: 'ai.tokensPerMinute',
      label: 'AI provider tokens per minute',
      layer: 'ai:AI_RATE_LIMITED',
      route: ROUTES[SEND].routeKey,
      capacity: ai.tokensPerMinute,
      unit: 'tokens/min',
      demandPerUser: perMinute === null || tokens === null ? null : perMinute * tokens,
      admittedPerSecond: tokens === null || tokens === 0 ? null : ai.tokensPerMinute / 60 / tokens,
      change: 'the provider account’s tier (capacity file ai.tokensPerMinute)',
      basis:
        tokens === null ? 'tokens per message are missing' : `${fmt(tokens)} tokens per message`,
    });
  }
  return specs;
}

/** The limit that breaks first: the fewest users, then the highest utilisation. */
export function firstBottleneck(limits: Limit[]): Limit | null {
  let first: Limit | null = null;
  for (const l of limits) {
    if (l.breaksAtDailyActiveUsers === null) continue;
    if (
      first === null ||
      l.breaksAtDailyActiveUsers < (first.breaksAtDailyActiveUsers ?? Number.POSITIVE_INFINITY)
    )
      first = l;
  }
  return first;
}

export function projectCapacity(
  stage: StageConfig,
  runs: RunReport[],
  capacity: CapacityFile | null,
  figures: Figures,
): Omit<Capacity, 'cost'> & { modelInputs: ModelInputs } {
  const inputs = modelInputs(runs, capacity);
  const traffic = capacity ? trafficOf(capacity) : null;
  const users = traffic?.dailyActiveUsers ?? 0;
  const specs = [
    ...limitSpecs(stage, inputs, traffic, figures),
    ...aiSpecs(inputs, capacity, traffic),
  ];
  const limits = specs.map((spec) => limit(spec, users));
  const first = firstBottleneck(limits);
  const notes: string[] = [];
  if (!capacity)
    notes.push(
      'no capacity file: limits are listed with what they allow; utilisation needs traffic (--capacity FILE)',
    );
  if (capacity && !capacity.ai?.requestsPerMinute)
    notes.push(
      'AI provider limits not checked: set ai.requestsPerMinute and ai.tokensPerMinute in the capacity file',
    );
  // A chat is a partition key of the table; the index is keyed otherwise, so the table's writes count.
  const writes = inputs.routes.send_message.split.table.write.value;
  if (writes !== null && writes > 0)
    notes.push(
      `DynamoDB partitions: one chat is one partition key, so one chat could take ${fmt(figures.quota('dynamodb.partitionWriteUnits') / writes)} messages/s before its partition’s ${figures.quota('dynamodb.partitionWriteUnits')} write units/s — far beyond one user’s pace`,
    );
  notes.push(
    'API Gateway’s burst bucket absorbs spikes shorter than a second only; the model compares sustained rates',
  );
  const routeRates: Record<string, number> = {};
  if (traffic) {
    for (const fn of FUNCTION_NAMES) {
      const mix = inputs.routes[fn].mix.value;
      if (mix !== null) routeRates[ROUTES[fn].routeKey] = traffic.peakMessagesPerUser * mix * users;
    }
  }
  const allInputs = [
    ...FUNCTION_NAMES.flatMap((fn) => {
      const r = inputs.routes[fn];
      return [
        r.mix,
        r.durationMs,
        ...(r.aiMs ? [r.aiMs] : []),
        r.initMs,
        r.coldShare,
        ...(stage.table.billing.mode === 'provisioned'
          ? [r.split.table.read, r.split.index.read, r.split.table.write, r.split.index.write]
          : [r.readUnits, r.writeUnits]),
      ];
    }),
    inputs.inputTokens,
    inputs.outputTokens,
  ];
  return {
    stage: stage.name,
    traffic: traffic
      ? {
          dailyActiveUsers: users,
          messagesPerDay: traffic.averageMessagesPerUser * SECONDS_PER_DAY * users,
          peakMessagesPerSecond: traffic.peakMessagesPerUser * users,
          peakRequestsPerSecond: routeRates,
          peakSignInsPerSecond: traffic.peakSignInsPerUser * users,
        }
      : null,
    inputs: allInputs,
    limits,
    firstBottleneck: first?.id ?? null,
    notes,
    modelInputs: inputs,
  };
}
