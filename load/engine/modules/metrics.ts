/**
 * `k6/metrics` (Counter, Gauge, Rate, Trend) and `k6/data` (SharedArray).
 * https://grafana.com/docs/k6/latest/javascript-api/k6-metrics/
 * https://grafana.com/docs/k6/latest/javascript-api/k6-data/sharedarray/
 */
import type { Metric, MetricType } from '../metrics.ts';
import type { VUHost } from '../vu-host.ts';
import { guarded, stringifyTags } from './util.ts';

export function createMetricsModule(vu: VUHost): Record<string, unknown> {
  const make = (type: MetricType) =>
    class {
      readonly name: string;
      readonly #metric: Metric;

      constructor(name: unknown, isTime?: unknown) {
        if (!vu.inInit) throw new Error('metrics must be declared in the init context');
        if (typeof name !== 'string') throw new TypeError('a metric needs a name');
        this.#metric = vu.ctx.registry.register(
          name,
          type,
          type === 'trend' && isTime === true ? 'time' : 'default',
        );
        this.name = name;
      }

      add(value: unknown, tags?: unknown): boolean {
        if (vu.inInit) throw new Error('Adding to metrics in the init context is not supported');
        let v: number;
        if (typeof value === 'boolean') v = value ? 1 : 0;
        else if (typeof value === 'number' && !Number.isNaN(value)) v = value;
        else {
          throw new TypeError(
            `'${String(value)}' is an invalid value for metric '${this.name}', a number or a boolean value is expected`,
          );
        }
        const base = vu.sampleTags();
        const sampleTags =
          tags !== undefined && tags !== null && typeof tags === 'object'
            ? { ...base, ...stringifyTags(tags) }
            : base;
        vu.emit(this.#metric, v, sampleTags);
        return true;
      }
    };
  const api = {
    Counter: make('counter'),
    Gauge: make('gauge'),
    Rate: make('rate'),
    Trend: make('trend'),
  };
  return { ...api, default: guarded('k6/metrics', api) };
}

export function createDataModule(vu: VUHost): Record<string, unknown> {
  // A function rather than a class: `new SharedArray(...)` must evaluate to the shared, frozen array itself.
  function SharedArray(name: unknown, fn: unknown): readonly unknown[] {
    if (!vu.inInit) throw new Error('new SharedArray must be called in the init context');
    if (typeof name !== 'string' || name === '')
      throw new TypeError('SharedArray: the first argument must be a non-empty name');
    if (typeof fn !== 'function')
      throw new TypeError(
        'SharedArray: the second argument must be a function that returns an array',
      );
    const existing = vu.ctx.sharedArrays.get(name);
    if (existing) return existing;
    const data = fn();
    if (!Array.isArray(data))
      throw new TypeError(`SharedArray "${name}": the function must return an array`);
    // k6 keeps the elements as JSON, read-only and shared by all VUs.
    const frozen = deepFreeze(JSON.parse(JSON.stringify(data)) as unknown[]);
    vu.ctx.sharedArrays.set(name, frozen);
    return frozen;
  }
  return { SharedArray, default: { SharedArray } };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
