/**
 * The capacity model's inputs, each with where it comes from: the capacity
 * file first, then what the runs measured (a deployed run's figures before a
 * local run's, the run with most requests of the route first), then AWS's
 * published figure; a figure no source gives is missing, never invented.
 */
import { FUNCTION_NAMES, type FunctionName, ROUTES } from '#contracts';
import type { CapacityFile } from './capacity-file.ts';
import type { Input, RouteMeasures, RunReport, Source } from './report-schema.ts';
import { bucketUnits, isSplit, type TablePart, totalUnits, type UnitKind } from './table-units.ts';

/**
 * "INITs (cold starts) typically occur in under 1% of invocations"
 * (https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase),
 * the share the model assumes when the capacity file gives none.
 */
export const AWS_TYPICAL_COLD_START_SHARE = 0.01;
export const AWS_COLD_START_SHARE_SOURCE =
  'https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase';

/** One route's inputs, each with its source. */
export interface RouteInputs {
  /** Requests of this route per message sent (1 for send_message). */
  mix: Input;
  /** Lambda duration without the AI call, ms. */
  durationMs: Input;
  /** The AI call, ms (send_message only). */
  aiMs: Input | null;
  initMs: Input;
  coldShare: Input;
  /** DynamoDB units per request, table and index together: what on-demand bills and counts. */
  readUnits: Input;
  writeUnits: Input;
  /** The units per request each provisioned bucket gives the route (see table-units.ts). */
  split: Record<TablePart, Record<UnitKind, Input>>;
  /** Whether `split` is measured; when not, each of its inputs is the total (conservative). */
  unitsSplit: boolean;
}

export interface ModelInputs {
  routes: Record<FunctionName, RouteInputs>;
  inputTokens: Input;
  outputTokens: Input;
}

export const SEND: FunctionName = 'send_message';

function input(
  name: string,
  route: string | null,
  value: number | null,
  unit: string,
  source: Source,
  note: string,
): Input {
  return { name, route, value, unit, source, note };
}

/** The run that best measures `fn`: a deployed one before a local one, then the one with most requests. */
function bestRun(runs: RunReport[], fn: FunctionName, has: (r: RouteMeasures) => boolean) {
  let best: { run: RunReport; route: RouteMeasures } | null = null;
  for (const run of runs) {
    const route = run.routes.find((r) => r.function === fn);
    if (!route || !has(route)) continue;
    if (
      best === null ||
      (run.target.kind === 'deployed' && best.run.target.kind === 'local') ||
      (run.target.kind === best.run.target.kind && route.requests > best.route.requests)
    )
      best = { run, route };
  }
  return best;
}

function measuredSource(run: RunReport, transfers: boolean): Source {
  return transfers || run.target.kind === 'deployed' ? 'run' : 'emulator';
}

const fromScenario = (run: RunReport) => `measured in ${run.scenario} (${run.id})`;

/** Chooses every input: the capacity file first, then what the runs measured, then AWS's figure. */
export function modelInputs(runs: RunReport[], capacity: CapacityFile | null): ModelInputs {
  const routes = {} as Record<FunctionName, RouteInputs>;
  const mixRun = runs
    .filter((run) => run.routes.some((r) => r.function === SEND && r.requests > 0))
    .sort((a, b) => routesCovered(b) - routesCovered(a) || sendsOf(b) - sendsOf(a))[0];
  for (const fn of FUNCTION_NAMES) {
    const route = ROUTES[fn].routeKey;
    routes[fn] = {
      mix: mixInput(fn, route, mixRun, capacity),
      durationMs: durationInput(fn, route, runs, capacity),
      aiMs: fn === SEND ? aiInput(route, runs, capacity) : null,
      initMs: initInput(fn, route, runs, capacity),
      coldShare:
        capacity?.lambda?.coldStartShare !== undefined
          ? input(
              'cold-start share',
              route,
              capacity.lambda.coldStartShare,
              'share',
              'capacity-file',
              'lambda.coldStartShare',
            )
          : input(
              'cold-start share',
              route,
              AWS_TYPICAL_COLD_START_SHARE,
              'share',
              'aws',
              `AWS: INITs typically occur in under 1% of invocations (${AWS_COLD_START_SHARE_SOURCE}); the runs’ shares reflect their scenarios, not production`,
            ),
      ...unitsInputs(fn, route, runs),
    };
  }
  const ai = capacity?.ai;
  return {
    routes,
    inputTokens:
      ai?.inputTokensPerMessage !== undefined
        ? input(
            'AI input tokens per message',
            null,
            ai.inputTokensPerMessage,
            'tokens',
            'capacity-file',
            'ai.inputTokensPerMessage',
          )
        : input(
            'AI input tokens per message',
            null,
            null,
            'tokens',
            'missing',
            'set ai.inputTokensPerMessage in the capacity file',
          ),
    outputTokens:
      ai?.outputTokensPerMessage !== undefined
        ? input(
            'AI output tokens per message',
            null,
            ai.outputTokensPerMessage,
            'tokens',
            'capacity-file',
            'ai.outputTokensPerMessage',
          )
        : input(
            'AI output tokens per message',
            null,
            null,
            'tokens',
            'missing',
            'set ai.outputTokensPerMessage in the capacity file',
          ),
  };
}

const sendsOf = (run: RunReport) => run.routes.find((r) => r.function === SEND)?.requests ?? 0;
const routesCovered = (run: RunReport) =>
  run.routes.filter((r) => r.function !== null && r.requests > 0).length;

function mixInput(
  fn: FunctionName,
  route: string,
  run: RunReport | undefined,
  capacity: CapacityFile | null,
): Input {
  if (fn === SEND)
    return input('requests per message', route, 1, 'requests', 'stage', 'one send per message');
  const given = capacity?.traffic.requestsPerMessage?.[fn as 'get_chats' | 'get_chat'];
  if (given !== undefined)
    return input(
      'requests per message',
      route,
      given,
      'requests',
      'capacity-file',
      `traffic.requestsPerMessage.${fn}`,
    );
  if (!run)
    return input(
      'requests per message',
      route,
      null,
      'requests',
      'missing',
      'no run sent messages',
    );
  const reads = run.routes.find((r) => r.function === fn)?.requests ?? 0;
  return input(
    'requests per message',
    route,
    reads / sendsOf(run),
    'requests',
    'run',
    `${fromScenario(run)}: the scenario’s mix`,
  );
}

function durationInput(
  fn: FunctionName,
  route: string,
  runs: RunReport[],
  capacity: CapacityFile | null,
): Input {
  const given = capacity?.lambda?.durationMs?.[fn];
  const name = fn === SEND ? 'Lambda duration without the AI call' : 'Lambda duration';
  if (given !== undefined)
    return input(name, route, given, 'ms', 'capacity-file', `lambda.durationMs.${fn}`);
  const measured = (r: RouteMeasures) =>
    r.lambdaReports?.meanDurationMs ?? r.handlerDuration?.mean ?? null;
  const best = bestRun(runs, fn, (r) => measured(r) !== null);
  const mean = best ? measured(best.route) : null;
  if (!best || mean === null)
    return input(
      name,
      route,
      null,
      'ms',
      'missing',
      `no handler timings; set lambda.durationMs.${fn}`,
    );
  const ai = fn === SEND ? (best.route.aiDuration?.mean ?? 0) : 0;
  const value = Math.max(0, mean - ai);
  const source = measuredSource(best.run, false);
  const note =
    source === 'emulator'
      ? `${fromScenario(best.run)} on the emulator — does not transfer to AWS; set lambda.durationMs.${fn}`
      : fromScenario(best.run);
  return input(name, route, value, 'ms', source, note);
}

function aiInput(route: string, runs: RunReport[], capacity: CapacityFile | null): Input {
  const given = capacity?.ai?.latencyMs;
  if (given !== undefined)
    return input('AI call', route, given, 'ms', 'capacity-file', 'ai.latencyMs');
  const best = bestRun(runs, SEND, (r) => r.aiDuration !== null);
  if (!best?.route.aiDuration)
    return input('AI call', route, null, 'ms', 'missing', 'set ai.latencyMs in the capacity file');
  return input(
    'AI call',
    route,
    best.route.aiDuration.mean,
    'ms',
    'mock-provider',
    `${fromScenario(best.run)} against the mock provider, if the stage used it — set ai.latencyMs for your provider`,
  );
}

function initInput(
  fn: FunctionName,
  route: string,
  runs: RunReport[],
  capacity: CapacityFile | null,
): Input {
  const given = capacity?.lambda?.initDurationMs;
  if (given !== undefined)
    return input('INIT duration', route, given, 'ms', 'capacity-file', 'lambda.initDurationMs');
  const best = bestRun(runs, fn, (r) => r.initDuration !== null);
  if (!best?.route.initDuration)
    return input(
      'INIT duration',
      route,
      null,
      'ms',
      'missing',
      'no cold start measured; set lambda.initDurationMs',
    );
  const source = measuredSource(best.run, false);
  return input(
    'INIT duration',
    route,
    best.route.initDuration.mean,
    'ms',
    source,
    source === 'emulator'
      ? `${fromScenario(best.run)} on the emulator (thread start included) — does not transfer; set lambda.initDurationMs`
      : fromScenario(best.run),
  );
}

const hasUnits = (r: RouteMeasures) =>
  r.dynamodb.readUnitsPerRequest !== null && r.dynamodb.writeUnitsPerRequest !== null;

/**
 * A route's DynamoDB units, all from one run: the best run that splits
 * table and index units, else the best with totals only (whose totals then
 * stand for each bucket: conservative).
 */
function unitsInputs(
  fn: FunctionName,
  route: string,
  runs: RunReport[],
): Pick<RouteInputs, 'readUnits' | 'writeUnits' | 'split' | 'unitsSplit'> {
  const best = bestRun(runs, fn, (r) => hasUnits(r) && isSplit(r)) ?? bestRun(runs, fn, hasUnits);
  const missing = (name: string) =>
    input(name, route, null, 'units', 'missing', 'no run measured it (telemetry headers off?)');
  const measured = `the backend’s ReturnConsumedCapacity, DynamoDB’s rules`;
  const total = (kind: UnitKind): Input => {
    const name = `DynamoDB ${kind} units per request`;
    if (!best) return missing(name);
    return input(
      name,
      route,
      totalUnits(best.route, kind),
      'units',
      'run',
      `${fromScenario(best.run)}: ${measured}, table and index together`,
    );
  };
  const share = (part: TablePart, kind: UnitKind): Input => {
    const name = `DynamoDB ${part} ${kind} units per request`;
    if (!best) return missing(name);
    const { value, split } = bucketUnits(best.route, part, kind);
    const why =
      best.run.sampleSchemaVersion < 2
        ? `its sample schema version ${best.run.sampleSchemaVersion} has totals only`
        : 'its backend reported no index share';
    const note = split
      ? `${fromScenario(best.run)}: ${measured}${part === 'table' ? ' (the total less the index’s share)' : ''}`
      : `${fromScenario(best.run)}: the total, table and index together — ${why}; conservative`;
    return input(name, route, value, 'units', 'run', note);
  };
  return {
    readUnits: total('read'),
    writeUnits: total('write'),
    split: {
      table: { read: share('table', 'read'), write: share('table', 'write') },
      index: { read: share('index', 'read'), write: share('index', 'write') },
    },
    unitsSplit: best !== null && isSplit(best.route),
  };
}

/** Time one request keeps an environment busy, ms: duration (+ the AI call) + the cold-start share of INIT. */
export function busyMs(inputs: RouteInputs): number | null {
  const d = inputs.durationMs.value;
  if (d === null) return null;
  const ai = inputs.aiMs ? inputs.aiMs.value : 0;
  if (ai === null) return null;
  return d + ai + (inputs.coldShare.value ?? 0) * (inputs.initMs.value ?? 0);
}
