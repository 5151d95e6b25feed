/**
 * `report.json`: the report as data, for CI and for other tools. Versioned
 * by `schema`; `report.schema.json` beside this file is its JSON Schema,
 * generated from these definitions (a test fails when the file is stale).
 * A change that breaks readers bumps the version.
 */
import { type Static, Type as T, type TSchema } from '@sinclair/typebox';
import { FUNCTION_NAMES } from '#contracts';

/**
 * - v1: the first;
 * - v2: each run's data audit (`runs[].audit`).
 */
export const REPORT_SCHEMA = 'loopgauge.report/v2';

const Nullable = <S extends TSchema>(schema: S) => T.Union([schema, T.Null()]);

export const DistributionSchema = T.Object(
  {
    count: T.Integer({ minimum: 0 }),
    mean: T.Number(),
    min: T.Number(),
    p50: T.Number(),
    p90: T.Number(),
    p95: T.Number(),
    p99: T.Number(),
    max: T.Number(),
  },
  {
    description: 'a distribution in milliseconds (percentiles within 0.1 % from an HDR histogram)',
  },
);

/** Where a figure comes from, so a reader knows what to trust it for. */
export const SourceSchema = T.Union(
  [
    T.Literal('run'),
    T.Literal('emulator'),
    T.Literal('mock-provider'),
    T.Literal('capacity-file'),
    T.Literal('aws'),
    T.Literal('stage'),
    T.Literal('missing'),
  ],
  {
    description:
      'run: measured and transfers to AWS; emulator / mock-provider: measured on this machine, does not transfer; capacity-file: given by the team; aws: AWS’s published figure; stage: the stage definition; missing: not known',
  },
);

export const RouteMeasuresSchema = T.Object({
  route: T.String({ description: 'the route key, or k6’s name tag for runs without route tags' }),
  function: Nullable(T.Union(FUNCTION_NAMES.map((fn) => T.Literal(fn)))),
  requests: T.Integer({ minimum: 0 }),
  ratePerSecond: T.Number(),
  failed: T.Integer({ minimum: 0 }),
  failureRate: Nullable(T.Number()),
  statuses: T.Record(T.String(), T.Integer()),
  latency: T.Object({
    all: Nullable(DistributionSchema),
    cold: Nullable(DistributionSchema),
    warm: Nullable(DistributionSchema),
  }),
  initDuration: Nullable(DistributionSchema),
  handlerDuration: Nullable(DistributionSchema),
  aiDuration: Nullable(DistributionSchema),
  dynamodbDuration: Nullable(DistributionSchema),
  coldStartShare: Nullable(T.Number()),
  dynamodb: T.Object(
    {
      readUnitsPerRequest: Nullable(T.Number({ description: 'total: table and index' })),
      writeUnitsPerRequest: Nullable(T.Number({ description: 'total: table and index' })),
      tableReadUnitsPerRequest: Nullable(T.Number({ description: 'total less the index’s' })),
      tableWriteUnitsPerRequest: Nullable(T.Number({ description: 'total less the index’s' })),
      indexReadUnitsPerRequest: Nullable(T.Number({ description: 'the index’s share' })),
      indexWriteUnitsPerRequest: Nullable(T.Number({ description: 'the index’s share' })),
      retries: T.Integer({ minimum: 0 }),
    },
    {
      description:
        'mean DynamoDB units per request (the backend’s ReturnConsumedCapacity); the table’s and the index’s are null when the run does not split them (sample schema 1, or no idx_* fields in the telemetry header)',
    },
  ),
  failuresByLayer: T.Record(T.String(), T.Integer()),
  lambdaReports: Nullable(
    T.Object(
      {
        invocations: T.Integer(),
        coldStarts: T.Integer(),
        meanDurationMs: Nullable(T.Number()),
        p95DurationMs: Nullable(T.Number()),
        meanBilledMs: Nullable(T.Number()),
        meanInitMs: Nullable(T.Number()),
        memorySizeMb: Nullable(T.Number()),
        maxMemoryUsedMb: Nullable(T.Number()),
      },
      {
        description: 'what the function’s REPORT lines in the run window say (stage-metrics.json)',
      },
    ),
  ),
});

export const SeriesSchema = T.Object(
  {
    start: T.String({ description: 'ISO time of the first bucket' }),
    t: T.Array(T.Integer(), { description: 'seconds since start, one per 1-second bucket' }),
    routes: T.Record(
      T.String(),
      T.Object({
        rate: T.Array(T.Integer()),
        failed: T.Array(T.Integer()),
        p50: T.Array(Nullable(T.Number())),
        p95: T.Array(Nullable(T.Number())),
        p99: T.Array(Nullable(T.Number())),
        inFlight: T.Array(T.Number(), {
          description: 'mean requests in flight (sum of durations / 1 s)',
        }),
        busy: T.Array(T.Number(), {
          description: 'mean busy execution environments (handler + INIT time / 1 s)',
        }),
      }),
    ),
    failuresByLayer: T.Record(T.String(), T.Array(T.Integer())),
    droppedIterations: T.Array(T.Integer()),
    vus: T.Array(T.Integer()),
    concurrentExecutions: T.Record(
      T.String(),
      T.Array(T.Object({ t: T.Number(), v: T.Number() })),
      {
        description:
          'the stage’s own ConcurrentExecutions (Maximum) per function, from stage-metrics.json',
      },
    ),
  },
  { description: 'time series in 1-second buckets (by the time each request ended)' },
);

export const TransferSchema = T.Object({
  figure: T.String(),
  transfers: T.Boolean(),
  why: T.String(),
});

export const ModelCheckSchema = T.Object(
  {
    predicted: T.Object({
      limit: T.String(),
      layer: T.String(),
      route: Nullable(T.String()),
      admittedPerSecond: T.Number(),
      utilisation: T.Number(),
    }),
    observed: Nullable(
      T.Object({
        layer: T.String(),
        route: T.String(),
        firstAt: T.Integer({ description: 'seconds since the run’s first sample' }),
        throttledSeconds: T.Integer(),
        admittedPerSecond: T.Number({
          description:
            'median per second of the route’s requests that got past the layer, while it refused some',
        }),
      }),
    ),
    layerMatches: Nullable(T.Boolean()),
    deviation: Nullable(T.Number({ description: '|predicted − observed| / observed' })),
  },
  {
    description:
      'the capacity model applied to the run itself: which limit it says refuses first at the run’s offered rates, and what the run shows',
  },
);

export const AUDIT_FINDING_KINDS = [
  'lost',
  'duplicated',
  'orphaned',
  'miscounted',
  'altered',
] as const;

export const AuditSchema = T.Object(
  {
    status: T.Union(
      [T.Literal('passed'), T.Literal('failed'), T.Literal('not-done'), T.Literal('not-audited')],
      {
        description:
          'passed: no findings; failed: findings; not-done: the audit could not run (error says why); not-audited: the run folder has no audit.json (written before runs were audited)',
      },
    ),
    checked: Nullable(
      T.Object({
        sends: T.Integer({ minimum: 0, description: 'send attempts in the ledger' }),
        messages: T.Integer({ minimum: 0, description: 'distinct messages sent' }),
        chats: T.Integer({ minimum: 0 }),
        storedMessages: T.Integer({ minimum: 0, description: 'message items in those chats' }),
      }),
    ),
    findingsByKind: T.Object(
      Object.fromEntries(AUDIT_FINDING_KINDS.map((kind) => [kind, T.Integer({ minimum: 0 })])) as {
        [K in (typeof AUDIT_FINDING_KINDS)[number]]: ReturnType<typeof T.Integer>;
      },
    ),
    findings: T.Array(
      T.Object({
        kind: T.Union(AUDIT_FINDING_KINDS.map((kind) => T.Literal(kind))),
        chatId: T.String(),
        messageId: Nullable(T.String()),
        detail: T.String(),
      }),
      { description: 'the first findings (at most 20); findingsByKind counts them all' },
    ),
    unanswered: Nullable(
      T.Integer({
        minimum: 0,
        description:
          'messages never answered 200 whose user message is stored without a reply: informational',
      }),
    ),
    aiDuplicateCalls: Nullable(
      T.Integer({
        minimum: 0,
        description:
          'AI calls the mock provider answered more than once for one turn (null: no mock journal)',
      }),
    ),
    error: Nullable(T.String()),
  },
  {
    description:
      'the post-run data audit (audit.json): the sends the run made against what the stage’s table holds',
  },
);

export const RunReportSchema = T.Object({
  id: T.String(),
  folder: T.String(),
  sampleSchemaVersion: T.Integer({
    minimum: 1,
    description: 'the version of the sample schema the run wrote (load/lib/samples.ts)',
  }),
  scenario: T.String(),
  profile: Nullable(T.String()),
  target: T.Object({
    kind: T.Union([T.Literal('local'), T.Literal('deployed')]),
    stage: T.String(),
  }),
  engine: Nullable(T.String()),
  processes: T.Integer({ minimum: 1 }),
  window: Nullable(T.Object({ start: T.String(), end: T.String() })),
  durationSeconds: T.Number(),
  requests: T.Integer(),
  failed: T.Integer(),
  iterations: T.Object({
    completed: Nullable(T.Integer()),
    dropped: T.Integer(),
    achievedPerSecond: Nullable(T.Number()),
    targetPerSecond: Nullable(T.Number({ description: '(completed + dropped) / duration' })),
  }),
  routes: T.Array(RouteMeasuresSchema),
  untaggedRequests: T.Integer({ description: 'requests without a route tag (setup, teardown)' }),
  layers: T.Array(T.Object({ layer: T.String(), count: T.Integer(), share: T.Number() })),
  series: SeriesSchema,
  transfer: T.Array(TransferSchema),
  modelCheck: Nullable(ModelCheckSchema),
  runner: T.Object({
    exitCode: Nullable(T.Integer()),
    criteriaPassed: Nullable(T.Boolean()),
    failedThresholds: T.Array(T.String()),
    gatingThresholds: T.Array(T.String()),
  }),
  audit: AuditSchema,
  missing: T.Array(T.String(), {
    description: 'what the run folder does not say, and what that leaves out',
  }),
});

export const FigureSchema = T.Object({
  key: T.String(),
  label: T.String(),
  value: T.Number(),
  unit: T.String(),
  url: T.String(),
  confirmedBy: Nullable(T.String()),
  taken: T.String(),
  overridden: T.Boolean({ description: 'the capacity file replaced AWS’s figure' }),
});

export const InputSchema = T.Object({
  name: T.String(),
  route: Nullable(T.String()),
  value: Nullable(T.Number()),
  unit: T.String(),
  source: SourceSchema,
  note: T.String(),
});

export const LimitSchema = T.Object({
  id: T.String(),
  label: T.String(),
  layer: T.String({ description: 'the failure layer a client sees when it breaks' }),
  route: Nullable(T.String()),
  capacity: T.Number({ description: 'what the limit allows, in `unit`' }),
  demandAtPeak: Nullable(T.Number()),
  unit: T.String(),
  utilisation: Nullable(T.Number({ description: 'demand at peak / capacity; ≥ 1 breaks' })),
  admittedPerSecond: Nullable(
    T.Number({ description: 'the route’s request rate the limit admits' }),
  ),
  breaksAtDailyActiveUsers: Nullable(T.Number()),
  change: T.String({ description: 'what to change to raise it (a stage config key or a quota)' }),
  basis: T.String({ description: 'how the figure was computed, and from what' }),
});

export const CostLineSchema = T.Object({
  service: T.String(),
  item: T.String(),
  usdPer1000Messages: Nullable(T.Number()),
  usdPerMonth: Nullable(T.Number()),
  basis: T.String(),
});

export const CapacitySchema = T.Object({
  stage: T.String(),
  traffic: Nullable(
    T.Object({
      dailyActiveUsers: T.Number(),
      messagesPerDay: T.Number(),
      peakMessagesPerSecond: T.Number(),
      peakRequestsPerSecond: T.Record(T.String(), T.Number()),
      peakSignInsPerSecond: T.Number(),
    }),
  ),
  inputs: T.Array(InputSchema),
  limits: T.Array(LimitSchema),
  firstBottleneck: Nullable(
    T.String({ description: 'id of the limit that breaks at the fewest users' }),
  ),
  cost: T.Object({
    architecture: T.String({ description: 'the stage’s architecture, which the totals use' }),
    lines: T.Array(CostLineSchema),
    usdPer1000Messages: T.Record(T.String(), Nullable(T.Number()), {
      description:
        'total of the priced lines per architecture (arm64, x86_64); `missing` says what is left out',
    }),
    usdPerMonth: T.Record(T.String(), Nullable(T.Number())),
    missing: T.Array(T.String()),
  }),
  notes: T.Array(T.String()),
});

export const CheckSchema = T.Object({
  scenario: T.String(),
  route: Nullable(T.String()),
  name: T.String(),
  passed: T.Boolean(),
  gating: T.Boolean({ description: 'whether a failure fails the verdict' }),
  measured: Nullable(T.Number()),
  objective: Nullable(T.Number()),
  detail: T.String(),
});

export const ReportSchema = T.Object(
  {
    schema: T.Literal(REPORT_SCHEMA),
    generatedAt: T.String(),
    title: T.String(),
    runs: T.Array(RunReportSchema),
    baseline: Nullable(T.Object({ ids: T.Array(T.String()), tolerance: T.Number() })),
    figures: T.Object({ quotas: T.Array(FigureSchema), prices: T.Array(FigureSchema) }),
    capacity: CapacitySchema,
    verdict: T.Object({ passed: T.Boolean(), checks: T.Array(CheckSchema) }),
  },
  { title: 'loopgauge capacity report', additionalProperties: false },
);

export type Report = Static<typeof ReportSchema>;
export type RunReport = Static<typeof RunReportSchema>;
export type RunAudit = Static<typeof AuditSchema>;
export type RouteMeasures = Static<typeof RouteMeasuresSchema>;
export type DistributionJson = Static<typeof DistributionSchema>;
export type Series = Static<typeof SeriesSchema>;
export type Source = Static<typeof SourceSchema>;
export type Input = Static<typeof InputSchema>;
export type Limit = Static<typeof LimitSchema>;
export type CostLine = Static<typeof CostLineSchema>;
export type Capacity = Static<typeof CapacitySchema>;
export type Check = Static<typeof CheckSchema>;
export type Figure = Static<typeof FigureSchema>;
export type ModelCheck = Static<typeof ModelCheckSchema>;
export type Transfer = Static<typeof TransferSchema>;
