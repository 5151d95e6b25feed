/**
 * setup() data as k6 hands it to the VUs: k6 exports the JavaScript value to
 * Go and marshals it with encoding/json, so object keys come out sorted,
 * `undefined` properties become null, dates become RFC 3339 strings, and a
 * function or a non-finite number fails the run.
 * https://grafana.com/docs/k6/latest/using-k6/test-lifecycle/#setup-and-teardown-stages
 */

/** JSON text of the setup() result, or undefined when setup() returned undefined. */
export function setupDataJson(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return encode(value, new Set());
}

function encode(value: unknown, seen: Set<object>): string {
  switch (typeof value) {
    case 'undefined':
      return 'null';
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return String(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`json: unsupported value: ${goFloat(value)}`);
      return JSON.stringify(value);
    case 'bigint':
      return value.toString();
    case 'function':
      throw new Error('json: unsupported type: func(sobek.FunctionCall) sobek.Value');
    case 'symbol':
      return 'null';
  }
  if (value === null) return 'null';
  const obj = value as object;
  if (Object.prototype.toString.call(obj) === '[object Date]') {
    const iso = new Date((obj as Date).getTime()).toISOString();
    return JSON.stringify(iso.replace(/(\.\d*?)0+Z$/, '$1Z').replace(/\.Z$/, 'Z'));
  }
  if (seen.has(obj)) throw new Error('json: unsupported value: encountered a cycle');
  seen.add(obj);
  try {
    if (Array.isArray(obj)) return `[${obj.map((v) => encode(v, seen)).join(',')}]`;
    const keys = Object.keys(obj).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${encode((obj as Record<string, unknown>)[k], seen)}`).join(',')}}`;
  } finally {
    seen.delete(obj);
  }
}

function goFloat(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  return n > 0 ? '+Inf' : '-Inf';
}
