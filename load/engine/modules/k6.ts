/**
 * The `k6` module: check, group (synchronous callbacks), fail, randomSeed.
 * https://grafana.com/docs/k6/latest/javascript-api/k6/
 */
import { UnsupportedError } from '../errors.ts';
import type { VU } from '../vu.ts';
import { guarded, stringifyTags } from './util.ts';

export function createK6Module(vu: VU): Record<string, unknown> {
  const ctx = vu.ctx;
  const b = ctx.registry.builtin;

  function check(value: unknown, sets: unknown, tags?: unknown): boolean {
    if (vu.inInit) throw new Error('Using check() in the init context is not supported');
    if (sets === null || typeof sets !== 'object') {
      throw new TypeError('check(): the second argument must be an object of named checks');
    }
    const extra =
      tags !== undefined && tags !== null && typeof tags === 'object'
        ? stringifyTags(tags)
        : undefined;
    let all = true;
    for (const [name, checker] of Object.entries(sets)) {
      const ok = Boolean(typeof checker === 'function' ? checker(value) : checker);
      const sampleTags = { ...vu.sampleTags(), ...extra, check: name };
      vu.emit(b.checks, ok ? 1 : 0, sampleTags);
      if (!vu.dead) ctx.groups.recordCheck(vu.groupPath, name, ok);
      if (!ok) all = false;
    }
    return all;
  }

  function group(name: unknown, fn: unknown): unknown {
    if (vu.inInit) throw new Error('Using group() in the init context is not supported');
    if (typeof name !== 'string' || name === '')
      throw new TypeError('group(): the name must be a non-empty string');
    if (name.includes('::')) throw new TypeError(`group name "${name}" may not contain '::'`);
    if (typeof fn !== 'function')
      throw new TypeError('group(): the second argument must be a function');
    if (fn.constructor?.name === 'AsyncFunction') {
      throw new UnsupportedError(
        `group("${name}"): async callbacks are not supported; k6 only supports synchronous group() callbacks`,
      );
    }
    const parent = vu.groupPath;
    const path = `${parent}::${name}`;
    ctx.groups.group(path);
    vu.groupPath = path;
    vu.tagsChanged();
    const start = ctx.clock.now();
    let result: unknown;
    try {
      result = fn();
    } finally {
      const tags = vu.sampleTags();
      vu.groupPath = parent;
      vu.tagsChanged();
      vu.emit(b.groupDuration, ctx.clock.now() - start, tags);
    }
    if (
      result !== null &&
      typeof result === 'object' &&
      typeof (result as { then?: unknown }).then === 'function'
    ) {
      throw new UnsupportedError(
        `group("${name}"): the callback returned a Promise; k6 only supports synchronous group() callbacks`,
      );
    }
    return result;
  }

  function fail(message?: unknown): never {
    throw new Error(message === undefined ? 'fail' : String(message));
  }

  function sleep(): never {
    throw new UnsupportedError(
      'sleep() blocks the VU, which the built-in engine cannot do in Node; use `await new Promise((r) => setTimeout(r, seconds * 1000))` instead',
    );
  }

  function randomSeed(seed: unknown): void {
    let s = Math.trunc(Number(seed)) >>> 0;
    // mulberry32: a small seeded PRNG for this VU's Math.random
    vu.state.random = () => {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const api = { check, group, fail, sleep, randomSeed };
  return { ...api, default: guarded('k6', api) };
}
