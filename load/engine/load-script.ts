/**
 * The start of a run: the script compiled, the run's shared context, and the
 * first init pass (VU 0, which later runs setup, teardown and handleSummary),
 * whose exported options are resolved with the command line's.
 */
import type { Clock } from './clock.ts';
import type { InstanceState, RunContext } from './context.ts';
import { ConfigError } from './errors.ts';
import type { GroupTree } from './groups.ts';
import { HttpTransport } from './http-client.ts';
import type { Logger } from './logger.ts';
import { MetricsEngine, type Registry } from './metrics.ts';
import { type CliOverrides, type EngineOptions, resolveOptions } from './options.ts';
import { compileScript } from './script/bundle.ts';
import type { EventLoopWatch } from './script/runaway.ts';
import { VU } from './vu.ts';

/** What the run owns and the context shares. */
export interface RunState {
  clock: Clock;
  registry: Registry;
  groups: GroupTree;
  instance: InstanceState;
  logger: Logger;
  watch: EventLoopWatch;
}

/** How the context reaches back into the run. */
export interface RunControl {
  abortTest: RunContext['abortTest'];
  isAborted: RunContext['isAborted'];
  markFailed: RunContext['markFailed'];
  refuse: RunContext['refuse'];
  /** Registers something to release when the run ends. */
  onClose(close: () => Promise<void>): void;
}

export interface ScriptSource {
  scriptPath: string;
  env?: Record<string, string>;
  includeSystemEnv?: boolean;
  cli?: CliOverrides;
}

export async function loadScript(
  source: ScriptSource,
  state: RunState,
  control: RunControl,
): Promise<{ ctx: RunContext; vu0: VU }> {
  const script = await compileScript(source.scriptPath);
  const baseEnv: Record<string, string> = {};
  if (source.includeSystemEnv !== false) {
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) baseEnv[k] = v;
  }
  Object.assign(baseEnv, source.env ?? {});
  // Defaults until the script's options are read (the first VU's init code needs some).
  let options: EngineOptions = resolveOptions(undefined, {});
  const http = new HttpTransport(
    () => state.clock.now(),
    () => options.insecureSkipTLSVerify,
  );
  control.onClose(() => http.close());
  const ctx: RunContext = {
    clock: state.clock,
    registry: state.registry,
    metrics: new MetricsEngine(state.registry, () => state.clock.now()),
    get options(): EngineOptions {
      return options;
    },
    logger: state.logger,
    groups: state.groups,
    script,
    baseEnv,
    http,
    sharedArrays: new Map(),
    files: new Map(),
    instance: state.instance,
    testStartMs: 0,
    setupDataJson: undefined,
    abortTest: control.abortTest,
    isAborted: control.isAborted,
    markFailed: control.markFailed,
    refuse: control.refuse,
    watch: state.watch,
  };
  const vu0 = new VU(ctx, { inInstance: 0, inTest: 0 }, undefined);
  control.onClose(() => vu0.close());
  vu0.init();
  options = resolveOptions(vu0.exports.options, source.cli ?? {}, (message, fields) =>
    state.logger.log('warning', message, fields),
  );
  Object.assign(vu0.tags, options.tags);
  vu0.tagsChanged();
  for (const s of options.scenarios) {
    if (typeof vu0.exports[s.exec] !== 'function') {
      throw new ConfigError(`executor ${s.name}: function '${s.exec}' not found in exports`);
    }
  }
  return { ctx, vu0 };
}
