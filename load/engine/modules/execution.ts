/**
 * `k6/execution`: vu, scenario, instance, test.
 * https://grafana.com/docs/k6/latest/javascript-api/k6-execution/
 */
import { TestAbortError } from '../errors.ts';
import type { VUHost } from '../vu-host.ts';
import { guarded } from './util.ts';

export function createExecutionModule(vu: VUHost): Record<string, unknown> {
  const ctx = vu.ctx;

  const requireVU = (what: string) => {
    if (vu.inInit)
      throw new Error(`getting ${what} information in the init context is not supported`);
  };
  const requireScenario = () => {
    requireVU('scenario');
    if (!vu.scenario)
      throw new Error('getting scenario information outside of the VU context is not supported');
    return vu.scenario;
  };

  const tagsProxy = (target: Record<string, string>) =>
    new Proxy(target, {
      set(t, key, value) {
        if (typeof key !== 'string') return false;
        if (value !== null && typeof value === 'object') {
          if (ctx.options.throw)
            throw new TypeError(`exec.vu.tags: "${key}" must be a string, number or boolean`);
          ctx.logger.log(
            'warning',
            `the "${key}" tag value is not a string, number or boolean; it is ignored`,
          );
          return true;
        }
        t[key] = String(value);
        vu.tagsChanged();
        return true;
      },
      deleteProperty(t, key) {
        if (typeof key === 'string') delete t[key];
        vu.tagsChanged();
        return true;
      },
    });
  const tags = tagsProxy(vu.tags);

  const vuInfo = {
    get iterationInInstance() {
      requireVU('VU');
      return vu.iterationInInstance;
    },
    get iterationInScenario() {
      requireVU('VU');
      return vu.iterationInScenario;
    },
    get idInInstance() {
      requireVU('VU');
      return vu.id;
    },
    get idInTest() {
      requireVU('VU');
      return vu.idInTest;
    },
    get tags() {
      requireVU('VU');
      return tags;
    },
    metrics: {
      get tags() {
        requireVU('VU');
        return tags;
      },
      get metadata() {
        requireVU('VU');
        return vu.metadata;
      },
    },
  };

  const scenario = {
    get name() {
      return requireScenario().config.name;
    },
    get executor() {
      return requireScenario().config.executor;
    },
    get startTime() {
      return requireScenario().startEpochMs;
    },
    get progress() {
      return requireScenario().progress();
    },
    get iterationInInstance() {
      requireScenario();
      return vu.scenarioIterationInInstance;
    },
    get iterationInTest() {
      requireScenario();
      return vu.iterationInTest;
    },
  };

  const instance = {
    get iterationsInterrupted() {
      return ctx.instance.iterationsInterrupted;
    },
    get iterationsCompleted() {
      return ctx.instance.iterationsCompleted;
    },
    get vusActive() {
      return ctx.instance.vusActive;
    },
    get vusInitialized() {
      return ctx.instance.vusInitialized;
    },
    get currentTestRunDuration() {
      return ctx.testStartMs === 0 ? 0 : ctx.clock.now() - ctx.testStartMs;
    },
  };

  const test = {
    abort(reason?: unknown): never {
      const message = reason === undefined ? 'test aborted' : `test aborted: ${String(reason)}`;
      ctx.abortTest(message, false);
      throw new TestAbortError(message);
    },
    fail(message?: unknown): void {
      ctx.markFailed(message === undefined ? 'test marked as failed' : String(message));
    },
    get options() {
      return ctx.options.consolidated;
    },
  };

  const api = { vu: vuInfo, scenario, instance, test };
  return { ...api, default: guarded('k6/execution', api) };
}
