/** Helpers shared by the k6 module implementations. */
import { UnsupportedError } from '../errors.ts';

/** The default export: unknown members fail loudly instead of reading as undefined. */
export function guarded(moduleName: string, api: Record<string, unknown>): Record<string, unknown> {
  return new Proxy(api, {
    get(target, key) {
      if (typeof key === 'symbol' || key in target || key === 'then' || key === 'toJSON') {
        return (target as Record<string | symbol, unknown>)[key];
      }
      throw new UnsupportedError(`${moduleName}.${key} is not provided by the built-in engine`);
    },
  });
}

export function stringifyTags(tags: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tags)) {
    if (v !== null && typeof v === 'object') {
      throw new TypeError(`tag "${k}" must be a string, number or boolean`);
    }
    out[k] = String(v);
  }
  return out;
}
