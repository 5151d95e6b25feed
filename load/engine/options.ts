/**
 * The script's `options` merged with the command line, the execution
 * shortcuts turned into scenarios, and every executor's settings validated
 * with k6's defaults.
 * Executors and defaults: https://grafana.com/docs/k6/latest/using-k6/scenarios/executors/
 * Common scenario options: https://grafana.com/docs/k6/latest/using-k6/scenarios/#options
 */
import { parseDuration } from './duration.ts';
import { ConfigError } from './errors.ts';

export type ExecutorType =
  | 'shared-iterations'
  | 'per-vu-iterations'
  | 'constant-vus'
  | 'ramping-vus'
  | 'constant-arrival-rate'
  | 'ramping-arrival-rate';

export interface Stage {
  durationMs: number;
  target: number;
}

interface BaseScenario {
  name: string;
  startTimeMs: number;
  gracefulStopMs: number;
  exec: string;
  env: Record<string, string>;
  tags: Record<string, string>;
}

export type ScenarioConfig = BaseScenario &
  (
    | { executor: 'shared-iterations'; vus: number; iterations: number; maxDurationMs: number }
    | { executor: 'per-vu-iterations'; vus: number; iterations: number; maxDurationMs: number }
    | { executor: 'constant-vus'; vus: number; durationMs: number }
    | { executor: 'ramping-vus'; startVUs: number; stages: Stage[]; gracefulRampDownMs: number }
    | {
        executor: 'constant-arrival-rate';
        rate: number;
        timeUnitMs: number;
        durationMs: number;
        preAllocatedVUs: number;
        maxVUs: number;
      }
    | {
        executor: 'ramping-arrival-rate';
        startRate: number;
        timeUnitMs: number;
        stages: Stage[];
        preAllocatedVUs: number;
        maxVUs: number;
      }
  );

export interface EngineOptions {
  scenarios: ScenarioConfig[];
  thresholds: Record<string, unknown>;
  summaryTrendStats: string[];
  summaryTimeUnit: string;
  setupTimeoutMs: number;
  teardownTimeoutMs: number;
  noSetup: boolean;
  noTeardown: boolean;
  noConnectionReuse: boolean;
  noVUConnectionReuse: boolean;
  userAgent: string;
  tags: Record<string, string>;
  discardResponseBodies: boolean;
  maxRedirects: number;
  throw: boolean;
  insecureSkipTLSVerify: boolean;
  /** Parallel requests of one http.batch() call, in total and per host. */
  batch: number;
  batchPerHost: number;
  /** Keep the VU's cookies across iterations (k6 clears them before each one). */
  noCookiesReset: boolean;
  /** This instance's part of the test (`--execution-segment`), if any. */
  executionSegment: string | undefined;
  /** All instances' parts (`--execution-segment-sequence`), if any. */
  executionSegmentSequence: string | undefined;
  /** The consolidated options as `exec.test.options` shows them. */
  consolidated: Record<string, unknown>;
}

/** Overrides from the command line; they win over the script's options. */
export interface CliOverrides {
  vus?: number;
  duration?: string;
  iterations?: number;
  tags?: Record<string, string>;
  /** `--execution-segment`, e.g. "0:1/3" */
  executionSegment?: string;
  /** `--execution-segment-sequence`, e.g. "0,1/3,2/3,1" */
  executionSegmentSequence?: string;
}

/** Receives k6's configuration warnings. */
export type OptionWarning = (message: string, fields?: Record<string, string>) => void;

/** The User-Agent sent unless `userAgent` is set: k6 v1.3.0's own. */
export const DEFAULT_USER_AGENT = 'Grafana k6/1.3.0';

const DEFAULT_TREND_STATS = ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)'];

const SUPPORTED_OPTIONS = new Set([
  'scenarios',
  'vus',
  'duration',
  'iterations',
  'stages',
  'thresholds',
  'summaryTrendStats',
  'summaryTimeUnit',
  'setupTimeout',
  'teardownTimeout',
  'noSetup',
  'noTeardown',
  'noConnectionReuse',
  'noVUConnectionReuse',
  'userAgent',
  'tags',
  'discardResponseBodies',
  'maxRedirects',
  'throw',
  'insecureSkipTLSVerify',
  'batch',
  'batchPerHost',
  'noCookiesReset',
  'executionSegment',
  'executionSegmentSequence',
]);

/** k6 options that only matter to k6 Cloud or to the k6 process itself; accepted and ignored. */
const IGNORED_OPTIONS = new Set([
  'ext',
  'cloud',
  'noUsageReport',
  'linger',
  'consoleOutput',
  'metricSamplesBufferSize',
]);

/** k6 options that change behaviour and are not implemented: refused by name. */
const UNSUPPORTED_OPTIONS = new Set([
  'rps',
  'dns',
  'hosts',
  'httpDebug',
  'tlsCipherSuites',
  'tlsVersion',
  'tlsAuth',
  'blacklistIPs',
  'blockHostnames',
  'minIterationDuration',
  'systemTags',
  'localIPs',
  'paused',
  'noThresholds',
  'noSummary',
  'webDashboard',
]);

const COMMON_KEYS = ['executor', 'startTime', 'gracefulStop', 'exec', 'env', 'tags', 'options'];
const EXECUTOR_KEYS: Record<ExecutorType, string[]> = {
  'shared-iterations': ['vus', 'iterations', 'maxDuration'],
  'per-vu-iterations': ['vus', 'iterations', 'maxDuration'],
  'constant-vus': ['vus', 'duration'],
  'ramping-vus': ['startVUs', 'stages', 'gracefulRampDown'],
  'constant-arrival-rate': ['rate', 'timeUnit', 'duration', 'preAllocatedVUs', 'maxVUs'],
  'ramping-arrival-rate': ['startRate', 'timeUnit', 'stages', 'preAllocatedVUs', 'maxVUs'],
};

type Raw = Record<string, unknown>;

function isObject(v: unknown): v is Raw {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function intOption(v: unknown, what: string, min: number, fallback?: number): number {
  if (v === undefined || v === null) {
    if (fallback === undefined) throw new ConfigError(`${what} is required`);
    return fallback;
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    throw new ConfigError(
      `${what} must be an integer of at least ${min}, got ${JSON.stringify(v)}`,
    );
  }
  return v;
}

function durationOption(v: unknown, what: string, fallbackMs?: number): number {
  if (v === undefined || v === null) {
    if (fallbackMs === undefined) throw new ConfigError(`${what} is required`);
    return fallbackMs;
  }
  return parseDuration(v, what);
}

function stringMap(v: unknown, what: string): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw new ConfigError(`${what} must be an object of strings`);
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) {
    if (typeof val === 'object' && val !== null) {
      throw new ConfigError(`${what}.${k} must be a string, number or boolean`);
    }
    out[k] = String(val);
  }
  return out;
}

function parseStages(v: unknown, what: string): Stage[] {
  if (!Array.isArray(v) || v.length === 0) {
    throw new ConfigError(`${what} must be a non-empty array of { duration, target }`);
  }
  return v.map((s, i) => {
    if (!isObject(s)) throw new ConfigError(`${what}[${i}] must be { duration, target }`);
    return {
      durationMs: durationOption(s.duration, `${what}[${i}].duration`),
      target: intOption(s.target, `${what}[${i}].target`, 0, 0),
    };
  });
}

export function parseScenario(name: string, raw: unknown): ScenarioConfig {
  const what = `scenarios.${name}`;
  if (!/^[0-9A-Za-z_-]+$/.test(name)) {
    throw new ConfigError(`scenario name "${name}" may only contain letters, digits, _ and -`);
  }
  if (!isObject(raw)) throw new ConfigError(`${what} must be an object`);
  const executor = raw.executor;
  if (executor === 'externally-controlled') {
    throw new ConfigError(
      `${what}: the externally-controlled executor is not supported by the built-in engine`,
    );
  }
  if (typeof executor !== 'string' || !(executor in EXECUTOR_KEYS)) {
    throw new ConfigError(
      `${what}.executor must be one of ${Object.keys(EXECUTOR_KEYS).join(', ')}; got ${JSON.stringify(executor)}`,
    );
  }
  const type = executor as ExecutorType;
  const allowed = new Set([...COMMON_KEYS, ...EXECUTOR_KEYS[type]]);
  for (const key of Object.keys(raw)) {
    if (!allowed.has(key))
      throw new ConfigError(`${what}: unknown option "${key}" for executor ${type}`);
  }
  if (raw.options !== undefined) {
    throw new ConfigError(
      `${what}.options (browser options) is not supported by the built-in engine`,
    );
  }
  const exec = raw.exec === undefined ? 'default' : raw.exec;
  if (typeof exec !== 'string' || exec === '')
    throw new ConfigError(`${what}.exec must be a function name`);
  const base: BaseScenario = {
    name,
    startTimeMs: durationOption(raw.startTime, `${what}.startTime`, 0),
    gracefulStopMs: durationOption(raw.gracefulStop, `${what}.gracefulStop`, 30_000),
    exec,
    env: stringMap(raw.env, `${what}.env`),
    tags: stringMap(raw.tags, `${what}.tags`),
  };
  switch (type) {
    case 'shared-iterations':
    case 'per-vu-iterations': {
      const vus = intOption(raw.vus, `${what}.vus`, 1, 1);
      const iterations = intOption(raw.iterations, `${what}.iterations`, 1, 1);
      if (type === 'shared-iterations' && iterations < vus) {
        throw new ConfigError(
          `${what}: the number of iterations (${iterations}) can't be less than the number of VUs (${vus})`,
        );
      }
      return {
        ...base,
        executor: type,
        vus,
        iterations,
        maxDurationMs: durationOption(raw.maxDuration, `${what}.maxDuration`, 600_000),
      };
    }
    case 'constant-vus': {
      const durationMs = durationOption(raw.duration, `${what}.duration`);
      if (durationMs <= 0) throw new ConfigError(`${what}.duration must be more than 0`);
      return { ...base, executor: type, vus: intOption(raw.vus, `${what}.vus`, 1, 1), durationMs };
    }
    case 'ramping-vus': {
      const stages = parseStages(raw.stages, `${what}.stages`);
      const startVUs = intOption(raw.startVUs, `${what}.startVUs`, 0, 1);
      if (Math.max(startVUs, ...stages.map((s) => s.target)) <= 0) {
        throw new ConfigError(
          `${what}: either startVUs or one of the stages' target values must be greater than 0`,
        );
      }
      return {
        ...base,
        executor: type,
        startVUs,
        stages,
        gracefulRampDownMs: durationOption(
          raw.gracefulRampDown,
          `${what}.gracefulRampDown`,
          30_000,
        ),
      };
    }
    case 'constant-arrival-rate': {
      const preAllocatedVUs = intOption(raw.preAllocatedVUs, `${what}.preAllocatedVUs`, 0);
      const maxVUs = intOption(raw.maxVUs, `${what}.maxVUs`, 0, preAllocatedVUs);
      if (maxVUs < preAllocatedVUs) {
        throw new ConfigError(
          `${what}: maxVUs (${maxVUs}) can't be less than preAllocatedVUs (${preAllocatedVUs})`,
        );
      }
      const durationMs = durationOption(raw.duration, `${what}.duration`);
      if (durationMs <= 0) throw new ConfigError(`${what}.duration must be more than 0`);
      const timeUnitMs = durationOption(raw.timeUnit, `${what}.timeUnit`, 1000);
      if (timeUnitMs <= 0) throw new ConfigError(`${what}.timeUnit must be more than 0`);
      return {
        ...base,
        executor: type,
        rate: intOption(raw.rate, `${what}.rate`, 1),
        timeUnitMs,
        durationMs,
        preAllocatedVUs,
        maxVUs,
      };
    }
    case 'ramping-arrival-rate': {
      const preAllocatedVUs = intOption(raw.preAllocatedVUs, `${what}.preAllocatedVUs`, 0);
      const maxVUs = intOption(raw.maxVUs, `${what}.maxVUs`, 0, preAllocatedVUs);
      if (maxVUs < preAllocatedVUs) {
        throw new ConfigError(
          `${what}: maxVUs (${maxVUs}) can't be less than preAllocatedVUs (${preAllocatedVUs})`,
        );
      }
      if (maxVUs === 0)
        throw new ConfigError(`${what}: maxVUs or preAllocatedVUs must be more than 0`);
      const timeUnitMs = durationOption(raw.timeUnit, `${what}.timeUnit`, 1000);
      if (timeUnitMs <= 0) throw new ConfigError(`${what}.timeUnit must be more than 0`);
      return {
        ...base,
        executor: type,
        startRate: intOption(raw.startRate, `${what}.startRate`, 0, 0),
        timeUnitMs,
        stages: parseStages(raw.stages, `${what}.stages`),
        preAllocatedVUs,
        maxVUs,
      };
    }
  }
}

/** Duration of the scenario's regular part (without startTime and gracefulStop). */
export function scenarioDurationMs(s: ScenarioConfig): number {
  switch (s.executor) {
    case 'shared-iterations':
    case 'per-vu-iterations':
      return s.maxDurationMs;
    case 'constant-vus':
    case 'constant-arrival-rate':
      return s.durationMs;
    case 'ramping-vus':
    case 'ramping-arrival-rate':
      return s.stages.reduce((sum, st) => sum + st.durationMs, 0);
  }
}

/** Builds the engine options from the script's exported `options` and the command line. */
export function resolveOptions(
  scriptOptions: unknown,
  cli: CliOverrides,
  warn: OptionWarning = () => {},
): EngineOptions {
  const opts: Raw = isObject(scriptOptions) ? { ...scriptOptions } : {};
  if (scriptOptions !== undefined && !isObject(scriptOptions)) {
    throw new ConfigError('the exported options must be an object');
  }
  for (const key of Object.keys(opts)) {
    if (UNSUPPORTED_OPTIONS.has(key)) {
      throw new ConfigError(`option "${key}" is not supported by the built-in engine`);
    }
    if (!SUPPORTED_OPTIONS.has(key) && !IGNORED_OPTIONS.has(key)) {
      warn('There were unknown fields in the options exported in the script', {
        error: `json: unknown field "${key}"`,
      });
    }
  }
  if (cli.duration !== undefined || cli.iterations !== undefined) {
    // Execution settings on the command line replace the script's entirely, as in k6.
    if (opts.scenarios !== undefined && opts.scenarios !== null) {
      warn('"cli" level configuration overrode scenarios configuration entirely');
    }
    delete opts.scenarios;
    delete opts.stages;
    delete opts.duration;
    delete opts.iterations;
    if (cli.duration !== undefined) opts.duration = cli.duration;
    if (cli.iterations !== undefined) opts.iterations = cli.iterations;
  }
  if (cli.vus !== undefined) opts.vus = cli.vus;
  if (cli.executionSegment !== undefined) opts.executionSegment = cli.executionSegment;
  if (cli.executionSegmentSequence !== undefined) {
    opts.executionSegmentSequence = cli.executionSegmentSequence;
  }

  const rawScenarios = deriveScenarios(opts, warn);
  const scenarios = Object.entries(rawScenarios).map(([name, raw]) => parseScenario(name, raw));
  const trendStats = opts.summaryTrendStats ?? DEFAULT_TREND_STATS;
  if (!Array.isArray(trendStats) || !trendStats.every((s) => typeof s === 'string')) {
    throw new ConfigError('summaryTrendStats must be an array of strings');
  }
  for (const stat of trendStats as string[]) {
    if (!/^(avg|min|med|max|count|p\(\d+(\.\d+)?\))$/.test(stat)) {
      throw new ConfigError(
        `summaryTrendStats: stat '${stat}' is not supported (use avg, min, med, max, count or p(N))`,
      );
    }
  }
  const summaryTimeUnit = opts.summaryTimeUnit ?? '';
  if (typeof summaryTimeUnit !== 'string' || !['', 's', 'ms', 'us'].includes(summaryTimeUnit)) {
    throw new ConfigError(
      `summaryTimeUnit must be one of s, ms, us; got ${JSON.stringify(summaryTimeUnit)}`,
    );
  }
  const thresholds = opts.thresholds ?? {};
  if (!isObject(thresholds))
    throw new ConfigError('thresholds must be an object keyed by metric name');
  const userAgent = opts.userAgent ?? DEFAULT_USER_AGENT;
  if (typeof userAgent !== 'string') throw new ConfigError('userAgent must be a string');
  const tags = { ...stringMap(opts.tags, 'tags'), ...(cli.tags ?? {}) };
  const maxRedirects = intOption(opts.maxRedirects, 'maxRedirects', 0, 10);

  const executionSegment = optionalString(opts.executionSegment, 'executionSegment');
  const executionSegmentSequence = optionalString(
    opts.executionSegmentSequence,
    'executionSegmentSequence',
  );
  const consolidated = consolidatedOptions(opts, rawScenarios, tags, trendStats as string[]);

  return {
    scenarios,
    thresholds,
    summaryTrendStats: trendStats as string[],
    summaryTimeUnit,
    setupTimeoutMs: durationOption(opts.setupTimeout, 'setupTimeout', 60_000),
    teardownTimeoutMs: durationOption(opts.teardownTimeout, 'teardownTimeout', 60_000),
    noSetup: opts.noSetup === true,
    noTeardown: opts.noTeardown === true,
    noConnectionReuse: opts.noConnectionReuse === true,
    noVUConnectionReuse: opts.noVUConnectionReuse === true,
    userAgent,
    tags,
    discardResponseBodies: opts.discardResponseBodies === true,
    maxRedirects,
    throw: opts.throw === true,
    insecureSkipTLSVerify: opts.insecureSkipTLSVerify === true,
    batch: intOption(opts.batch, 'batch', 0, 20),
    batchPerHost: intOption(opts.batchPerHost, 'batchPerHost', 0, 6),
    noCookiesReset: opts.noCookiesReset === true,
    executionSegment,
    executionSegmentSequence,
    consolidated,
  };
}

function optionalString(v: unknown, what: string): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new ConfigError(`${what} must be a string`);
  return v;
}

/** k6's lib.Options keys as exec.test.options shows them (without the execution shortcuts). */
const CONSOLIDATED_KEYS = [
  'paused',
  'scenarios',
  'executionSegment',
  'executionSegmentSequence',
  'noSetup',
  'setupTimeout',
  'noTeardown',
  'teardownTimeout',
  'rps',
  'dns',
  'maxRedirects',
  'userAgent',
  'batch',
  'batchPerHost',
  'httpDebug',
  'insecureSkipTLSVerify',
  'tlsCipherSuites',
  'tlsVersion',
  'tlsAuth',
  'throw',
  'thresholds',
  'blacklistIPs',
  'blockHostnames',
  'hosts',
  'noConnectionReuse',
  'noVUConnectionReuse',
  'minIterationDuration',
  'cloud',
  'ext',
  'summaryTrendStats',
  'summaryTimeUnit',
  'systemTags',
  'tags',
  'metricSamplesBufferSize',
  'noCookiesReset',
  'discardResponseBodies',
  'consoleOutput',
  'localIPs',
];

/** k6's default system tags (metrics.DefaultSystemTagSet). */
const DEFAULT_SYSTEM_TAGS = [
  'check',
  'error',
  'error_code',
  'expected_response',
  'group',
  'method',
  'name',
  'proto',
  'scenario',
  'service',
  'status',
  'subproto',
  'tls_version',
  'url',
];

function consolidatedOptions(
  opts: Raw,
  scenarios: Record<string, unknown>,
  tags: Record<string, string>,
  trendStats: string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of CONSOLIDATED_KEYS) out[key] = opts[key] ?? null;
  out.scenarios = scenarios;
  out.tags = Object.keys(tags).length > 0 ? tags : null;
  out.summaryTrendStats = trendStats;
  out.systemTags = opts.systemTags ?? DEFAULT_SYSTEM_TAGS;
  out.dns = opts.dns ?? { ttl: '5m', select: 'random', policy: 'preferIPv4' };
  return deepFreeze(out);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * k6's execution shortcuts: iterations → shared-iterations, duration →
 * constant-vus, stages → ramping-vus; with none of them (and no scenarios),
 * one iteration of one VU (per-vu-iterations).
 */
function deriveScenarios(opts: Raw, warn: OptionWarning): Record<string, unknown> {
  const has = (k: string) => opts[k] !== undefined && opts[k] !== null;
  const stages = Array.isArray(opts.stages) && opts.stages.length > 0;
  const vus = opts.vus;
  if (has('iterations')) {
    if (stages)
      throw new ConfigError(
        'using `iterations` and `stages` options simultaneously is not allowed',
      );
    if (has('scenarios'))
      throw new ConfigError(
        'using `iterations` and `scenarios` options simultaneously is not allowed',
      );
    const raw: Raw = { executor: 'shared-iterations', vus: vus ?? 1, iterations: opts.iterations };
    if (has('duration')) raw.maxDuration = opts.duration;
    return { default: raw };
  }
  if (has('duration')) {
    if (stages)
      throw new ConfigError('using `duration` and `stages` options simultaneously is not allowed');
    if (has('scenarios'))
      throw new ConfigError(
        'using `duration` and `scenarios` options simultaneously is not allowed',
      );
    return { default: { executor: 'constant-vus', vus: vus ?? 1, duration: opts.duration } };
  }
  if (stages) {
    if (has('scenarios'))
      throw new ConfigError('using `stages` and `scenarios` options simultaneously is not allowed');
    return { default: { executor: 'ramping-vus', startVUs: vus ?? 1, stages: opts.stages } };
  }
  if (has('scenarios')) {
    const scenarios = opts.scenarios;
    if (!isObject(scenarios)) throw new ConfigError('scenarios must be an object');
    if (Object.keys(scenarios).length > 0) return scenarios;
    warn(
      '`scenarios` was explicitly set to an empty value, running the script with 1 iteration in 1 VU',
    );
  }
  if (typeof vus === 'number' && vus !== 1) {
    warn(
      `\`vus=${vus}\` option will be ignored, it only works in conjunction with \`iterations\`, \`duration\`, or \`stages\``,
    );
  }
  if (Array.isArray(opts.stages) && opts.stages.length === 0) {
    warn(
      '`stages` was explicitly set to an empty value, running the script with 1 iteration in 1 VU',
    );
  }
  return { default: { executor: 'per-vu-iterations', vus: 1, iterations: 1 } };
}
