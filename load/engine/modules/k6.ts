/**
 * The `k6` module: check, group, fail, randomSeed and sleep.
 * https://grafana.com/docs/k6/latest/javascript-api/k6/
 */
import type { VUHost } from '../vu-host.ts';
import { guarded, stringifyTags } from './util.ts';

function isAsyncFunction(vu: VUHost, fn: unknown): boolean {
  if (typeof fn !== 'function') return false;
  return fn.constructor?.name === 'AsyncFunction' || vu.runtime.rewritten(fn)?.isAsync === true;
}

export function createK6Module(vu: VUHost): Record<string, unknown> {
  const ctx = vu.ctx;
  const b = ctx.registry.builtin;

  function check(value: unknown, sets: unknown, tags?: unknown): boolean {
    if (vu.inInit) throw new Error('Using check() in the init context is not supported');
    if (sets === null || sets === undefined) throw new Error('no checks provided to `check`');
    const extra =
      tags !== undefined && tags !== null && typeof tags === 'object'
        ? stringifyTags(tags)
        : undefined;
    let all = true;
    for (const [name, checker] of Object.entries(sets as object)) {
      if (name.includes('::')) throw new Error("group and check names may not contain '::'");
      if (isAsyncFunction(vu, checker)) {
        throw new Error(
          'the built-in check() does not support async functions as arguments. Use the JavaScript utils library as a replacement. Refer to https://grafana.com/docs/k6/latest/javascript-api/jslib/utils/check/ for more info',
        );
      }
      let ok: boolean;
      let thrown: { err: unknown } | undefined;
      try {
        ok = Boolean(typeof checker === 'function' ? checker(value) : checker);
      } catch (err) {
        ok = false;
        thrown = { err };
      }
      vu.emit(b.checks, ok ? 1 : 0, { ...vu.sampleTags(), ...extra, check: name });
      if (!vu.dead) ctx.groups.recordCheck(vu.groupPath, name, ok);
      if (thrown) throw thrown.err;
      if (!ok) all = false;
    }
    return all;
  }

  /** Enters the group, runs `body`, leaves it and records group_duration, as k6 does. */
  function enterGroup(name: unknown, fn: unknown): { leave: () => void } {
    if (vu.inInit) throw new Error('Using group() in the init context is not supported');
    if (typeof fn !== 'function')
      throw new Error('group() requires a callback as a second argument');
    if (isAsyncFunction(vu, fn)) {
      throw new Error(
        'group() does not support async functions as arguments, please see https://grafana.com/docs/k6/latest/javascript-api/k6/group/ for more info',
      );
    }
    const text = String(name);
    if (text.includes('::')) throw new Error("group and check names may not contain '::'");
    const parent = vu.groupPath;
    const path = `${parent}::${text}`;
    ctx.groups.group(path);
    vu.groupPath = path;
    vu.tagsChanged();
    const start = ctx.clock.now();
    return {
      leave: () => {
        const tags = vu.sampleTags();
        vu.groupPath = parent;
        vu.tagsChanged();
        vu.emit(b.groupDuration, ctx.clock.now() - start, tags);
      },
    };
  }

  function group(name: unknown, fn: unknown): unknown {
    const g = enterGroup(name, fn);
    try {
      return (fn as () => unknown)();
    } finally {
      g.leave();
    }
  }

  async function groupWaiting(name: unknown, fn: unknown): Promise<unknown> {
    const g = enterGroup(name, fn);
    try {
      return await vu.runtime.invoke(fn, undefined, []);
    } finally {
      g.leave();
    }
  }

  async function checkWaiting(value: unknown, sets: unknown, tags?: unknown): Promise<boolean> {
    if (sets === null || typeof sets !== 'object') return check(value, sets, tags);
    const resolved: Record<string, unknown> = {};
    for (const [name, checker] of Object.entries(sets)) {
      resolved[name] = vu.runtime.rewritten(checker)
        ? await vu.runtime.invoke(checker, undefined, [value])
        : checker;
    }
    return check(value, resolved, tags);
  }

  function fail(message?: unknown): never {
    throw new Error(message === undefined ? 'fail' : String(message));
  }

  function sleepNow(): never {
    if (vu.inInit)
      throw new Error('sleep() in the init context is not supported by the built-in engine');
    return vu.refuse(
      'sleep() was called from a callback that native code runs synchronously (for example Array.prototype.sort), where the built-in engine cannot wait',
    );
  }

  function randomSeed(seed: unknown): void {
    let s = Math.trunc(Number(seed)) >>> 0;
    // mulberry32: a small seeded PRNG for this VU's Math.random
    vu.seedRandom(() => {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    });
  }

  const api = {
    check: vu.runtime.blocking(check, checkWaiting),
    group: vu.runtime.blocking(group, groupWaiting),
    fail,
    sleep: vu.runtime.blocking(sleepNow, (secs: unknown) => vu.sleep(Number(secs) * 1000)),
    randomSeed,
  };
  return { ...api, default: guarded('k6', api) };
}
