/**
 * What a k6 module instance sees of its virtual user. The modules depend on
 * this interface only; vu.ts implements it and creates the modules.
 */
import type { RunContext, ScenarioState } from './context.ts';
import type { HttpTransport, RawResponse, TimedHandler } from './http-client.ts';
import type { Metric, Tags } from './metrics.ts';
import type { BlockingRuntime } from './script/runtime.ts';

export interface CookieEntry {
  value: string;
  domain: string;
  /** True when the cookie came without a Domain attribute (sent to that host only). */
  hostOnly: boolean;
  path: string;
  /** Epoch ms; 0 for a session cookie. */
  expires: number;
  secure: boolean;
  httpOnly: boolean;
  sameSite: string;
}

/** A VU's cookies: domain → name → cookie. */
export type CookieStore = Map<string, Map<string, CookieEntry>>;

export interface VUHost {
  readonly ctx: RunContext;
  /** `__VU`: the VU's id in this instance. */
  readonly id: number;
  /** `exec.vu.idInTest`: the VU's id in the whole test. */
  readonly idInTest: number;
  readonly scenario: ScenarioState | undefined;
  readonly inInit: boolean;
  /** True once the VU was interrupted (its samples are dropped). */
  readonly dead: boolean;
  /** The blocking API's runtime of this VU (registers blocking k6 functions). */
  readonly runtime: BlockingRuntime;
  /** exec.vu.tags / exec.vu.metrics.tags */
  readonly tags: Record<string, string>;
  readonly metadata: Record<string, string>;
  groupPath: string;
  iterationInScenario: number;
  iterationInInstance: number;
  /** `exec.scenario.iterationInTest` / `iterationInInstance` of the current iteration. */
  iterationInTest: number;
  scenarioIterationInInstance: number;
  /** The response callback set by http.setResponseCallback (undefined: k6's default). */
  responseCallback: unknown;
  readonly cookies: CookieStore;
  readonly transport: HttpTransport;
  /** Requests in flight, so an interrupt can abort them. */
  readonly inflight: Set<TimedHandler>;
  sampleTags(): Tags;
  tagsChanged(): void;
  emit(metric: Metric, value: number, tags?: Tags): void;
  addTraffic(raw: RawResponse): void;
  jobStarted(): void;
  jobDone(): void;
  /** Waits `ms` on the run's clock; ends early when the VU is interrupted. */
  sleep(ms: number): Promise<void>;
  /** Seeds the VU's Math.random. */
  seedRandom(random: () => number): void;
  /** Parses JSON into objects of the script's own realm. */
  parseJson(text: string): unknown;
  /** Fails the run: the script used something the engine refuses (exit code 107). */
  refuse(feature: string): never;
  setTimer(fn: unknown, ms: unknown, args: unknown[], interval: boolean): number;
  clearTimer(id: unknown): void;
}
