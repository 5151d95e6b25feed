/** What every VU and module shares during one test run. */
import type { Clock } from './clock.ts';
import type { GroupTree } from './groups.ts';
import type { HttpTransport } from './http-client.ts';
import type { Logger } from './logger.ts';
import type { MetricsEngine, Registry } from './metrics.ts';
import type { EngineOptions, ScenarioConfig } from './options.ts';
import type { ScenarioPlan } from './plan.ts';
import type { CompiledScript } from './script/bundle.ts';
import type { EventLoopWatch } from './script/runaway.ts';

export interface InstanceState {
  iterationsCompleted: number;
  iterationsInterrupted: number;
  vusActive: number;
  vusInitialized: number;
}

export interface ScenarioState {
  readonly config: ScenarioConfig;
  /** Tags of every sample from this scenario: test-wide tags, scenario tags and `scenario`. */
  readonly tags: Readonly<Record<string, string>>;
  /** Unix ms when the scenario started. */
  startEpochMs: number;
  /** This instance's share of the scenario (execution segments). */
  readonly plan: ScenarioPlan;
  progress(): number;
}

export interface RunContext {
  readonly clock: Clock;
  readonly registry: Registry;
  readonly metrics: MetricsEngine;
  readonly options: EngineOptions;
  readonly logger: Logger;
  readonly groups: GroupTree;
  readonly script: CompiledScript;
  /** `__ENV` before scenario `env`: the process environment and `-e` values. */
  readonly baseEnv: Readonly<Record<string, string>>;
  /** The connection pool shared by the VUs. */
  readonly http: HttpTransport;
  readonly sharedArrays: Map<string, readonly unknown[]>;
  readonly files: Map<string, Buffer>;
  readonly instance: InstanceState;
  /** Monotonic ms when the test run started (for currentTestRunDuration and rates). */
  testStartMs: number;
  /** The setup() result as JSON, given to each VU. */
  setupDataJson: string | undefined;
  /** Ends the run now: `exec.test.abort()` or an abortOnFail threshold. */
  abortTest(reason: string, byThreshold: boolean): void;
  isAborted(): boolean;
  /** `exec.test.fail()`: the run goes on, the exit code becomes 110. */
  markFailed(message: string): void;
  /** The script used something the engine refuses: logged, the run stops with exit code 107. */
  refuse(message: string): void;
  /** Tells the VUs' runaway guards how long script code has run without waiting. */
  readonly watch: EventLoopWatch;
}
