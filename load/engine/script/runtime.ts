/**
 * The runtime side of the blocking API (see blocking.ts for the rewrite).
 * One instance per VU. Rewritten functions hand their body, as a generator,
 * to `run`; every call that may block arrives as a yielded operation
 * `[fn, thisArg, args]`.
 *
 * - Driven asynchronously (an iteration, setup(), a group callback, …), an
 *   operation runs at once unless it really blocks: a blocking k6 function
 *   runs its async implementation and the VU awaits the promise; a rewritten
 *   function is entered as a nested generator; a native array or promise
 *   method given a rewritten callback runs an equivalent that waits in it.
 *   Nothing else awaits, so code that does not block keeps its synchronous
 *   timing.
 * - Called synchronously (by native code), a rewritten function runs its
 *   generator to the end at once; a blocking k6 function reached there throws
 *   (its synchronous form refuses, see `blocking()`).
 */
import { CALLBACK_METHODS } from './callback-methods.ts';

type Fn = (...args: unknown[]) => unknown;
type AnyGenerator =
  | Generator<unknown, unknown, unknown>
  | AsyncGenerator<unknown, unknown, unknown>;

/** A rewritten function's body, handed to the driver instead of being run. */
class Paused {
  constructor(
    readonly gen: AnyGenerator,
    readonly isAsync: boolean,
  ) {}
}

/** A blocking call in progress. */
class Awaiting {
  constructor(readonly promise: Promise<unknown>) {}
}

/** The built-ins of one realm the driver must recognise. */
export interface Intrinsics {
  functionPrototype: { call: Fn; apply: Fn };
  arrayPrototype: Record<string, unknown>;
  promisePrototype: Record<string, unknown>;
}

export class BlockingRuntime {
  #want = false;
  /** Rewritten functions → whether they were declared async. */
  readonly #marked = new WeakMap<object, boolean>();
  /** Blocking k6 functions (their synchronous form) → their async implementation. */
  readonly #roots = new WeakMap<object, Fn>();
  readonly #calls = new Set<unknown>();
  readonly #applies = new Set<unknown>();
  /** Native array/promise methods → their name. */
  readonly #methods = new Map<unknown, string>();

  constructor(...realms: Intrinsics[]) {
    for (const realm of realms) {
      this.#calls.add(realm.functionPrototype.call);
      this.#applies.add(realm.functionPrototype.apply);
      for (const name of CALLBACK_METHODS) {
        const fromArray = realm.arrayPrototype[name];
        if (typeof fromArray === 'function') this.#methods.set(fromArray, name);
        const fromPromise = realm.promisePrototype[name];
        if (typeof fromPromise === 'function') this.#methods.set(fromPromise, `promise.${name}`);
      }
    }
  }

  /** Registers a blocking k6 function: `sync` is what scripts hold; the driver runs `async`. */
  blocking<F extends Fn>(sync: F, async: Fn): F {
    this.#roots.set(sync, async);
    return sync;
  }

  /** Whether a function was rewritten to be able to wait (and was declared async). */
  rewritten(fn: unknown): { isAsync: boolean } | undefined {
    if (typeof fn !== 'function') return undefined;
    const isAsync = this.#marked.get(fn);
    return isAsync === undefined ? undefined : { isAsync };
  }

  /**
   * Calls `fn` where the VU may wait: a rewritten or blocking function runs
   * asynchronously (a promise is returned), anything else is called directly.
   */
  invoke(fn: unknown, thisArg: unknown, args: unknown[]): unknown {
    const result = this.#call(fn, thisArg, args);
    if (result instanceof Paused) return this.#drive(result);
    if (result instanceof Awaiting) return result.promise;
    return result;
  }

  /** The names the rewritten bundle uses (its factory's parameters). */
  bindings(): Record<string, unknown> {
    return {
      __k6run: (self: unknown, args: ArrayLike<unknown>, body: Fn) =>
        this.#run(self, args, body, false),
      __k6runAsync: (self: unknown, args: ArrayLike<unknown>, body: Fn) =>
        this.#run(self, args, body, true),
      __k6mark: (fn: object, isAsync: number) => {
        this.#marked.set(fn, isAsync === 1);
        return fn;
      },
      __k6markm: (target: Record<string, unknown>, name: string, isAsync: number) => {
        const fn = target[name];
        if (typeof fn === 'function') this.#marked.set(fn, isAsync === 1);
      },
      __k6o:
        (fn: unknown) =>
        (...args: unknown[]) => [fn, undefined, args],
      __k6om:
        (target: unknown, key: PropertyKey, optional?: number) =>
        (...args: unknown[]) => {
          if (optional === 1 && (target === null || target === undefined))
            return [noop, undefined, []];
          const fn = (target as Record<PropertyKey, unknown>)[key];
          if (optional === 1 && (fn === null || fn === undefined)) return [noop, undefined, []];
          return [fn, target, args];
        },
    };
  }

  #run(self: unknown, args: ArrayLike<unknown>, body: Fn, isAsync: boolean): unknown {
    const wanted = this.#want;
    this.#want = false;
    const gen = Reflect.apply(body, self, args) as AnyGenerator;
    if (wanted) return new Paused(gen, isAsync);
    return isAsync ? this.#drive(new Paused(gen, true)) : this.#runNow(gen as Generator);
  }

  /** Runs a generator to its end without waiting (the caller is native code). */
  #runNow(gen: Generator<unknown, unknown, unknown>): unknown {
    let step = gen.next();
    for (;;) {
      if (step.done) return step.value;
      const [fn, thisArg, args] = step.value as [unknown, unknown, unknown[]];
      let value: unknown;
      try {
        value = callFunction(fn, thisArg, args);
      } catch (err) {
        step = gen.throw(err);
        continue;
      }
      step = gen.next(value);
    }
  }

  /** Runs a paused body, waiting only where a call really blocks. */
  async #drive(root: Paused): Promise<unknown> {
    const stack: Paused[] = [root];
    let throwing = false;
    let value: unknown;
    for (;;) {
      const top = stack[stack.length - 1] as Paused;
      let step: IteratorResult<unknown, unknown>;
      try {
        const next = throwing ? top.gen.throw(value) : top.gen.next(value);
        step = top.isAsync ? await next : (next as IteratorResult<unknown, unknown>);
      } catch (err) {
        stack.pop();
        if (stack.length === 0) throw err;
        throwing = true;
        value = err;
        continue;
      }
      throwing = false;
      if (step.done) {
        stack.pop();
        value = step.value;
        if (stack.length === 0) return value;
        continue;
      }
      const [fn, thisArg, args] = step.value as [unknown, unknown, unknown[]];
      try {
        const result = this.#call(fn, thisArg, args);
        if (result instanceof Paused) {
          stack.push(result);
          value = undefined;
        } else if (result instanceof Awaiting) {
          value = await result.promise;
        } else {
          value = result;
        }
      } catch (err) {
        throwing = true;
        value = err;
      }
    }
  }

  #call(fn: unknown, thisArg: unknown, args: unknown[]): unknown {
    if (typeof fn !== 'function') return callFunction(fn, thisArg, args);
    if (this.#marked.has(fn)) {
      this.#want = true;
      try {
        return Reflect.apply(fn, thisArg, args);
      } finally {
        this.#want = false;
      }
    }
    const async = this.#roots.get(fn);
    if (async) return new Awaiting(Promise.resolve(Reflect.apply(async, thisArg, args)));
    if (this.#calls.has(fn)) return this.#call(thisArg, args[0], args.slice(1));
    if (this.#applies.has(fn)) {
      const list = args[1];
      return this.#call(
        thisArg,
        args[0],
        list === undefined || list === null ? [] : Array.from(list as ArrayLike<unknown>),
      );
    }
    const method = this.#methods.get(fn);
    if (method !== undefined && args.some((a) => this.#mayWait(a))) {
      if (method.startsWith('promise.')) {
        return Reflect.apply(
          fn,
          thisArg,
          args.map((a) =>
            this.#mayWait(a) ? (...xs: unknown[]) => this.invoke(a, undefined, xs) : a,
          ),
        );
      }
      return new Awaiting(this.#arrayMethod(method, fn as Fn, thisArg, args));
    }
    return Reflect.apply(fn, thisArg, args);
  }

  #mayWait(fn: unknown): boolean {
    return typeof fn === 'function' && (this.#marked.has(fn) || this.#roots.has(fn));
  }

  /** Array methods with a callback that may wait: the callbacks run one after another. */
  async #arrayMethod(
    method: string,
    native: Fn,
    target: unknown,
    args: unknown[],
  ): Promise<unknown> {
    const [callback, second] = args;
    const list = Object(target) as ArrayLike<unknown>;
    const length = list.length >>> 0;
    const at = (i: number) => (list as Record<number, unknown>)[i];
    const has = (i: number) => i in (list as object);
    const cb = (...xs: unknown[]) => this.invoke(callback, second, xs);
    switch (method) {
      case 'forEach':
        for (let i = 0; i < length; i++) if (has(i)) await cb(at(i), i, list);
        return undefined;
      case 'map':
      case 'flatMap': {
        const values: unknown[] = [];
        for (let i = 0; i < length; i++) if (has(i)) values[i] = await cb(at(i), i, list);
        return native.call(list, (_: unknown, i: number) => values[i]);
      }
      case 'filter': {
        const keep: boolean[] = [];
        for (let i = 0; i < length; i++) if (has(i)) keep[i] = Boolean(await cb(at(i), i, list));
        return native.call(list, (_: unknown, i: number) => keep[i]);
      }
      case 'some':
        for (let i = 0; i < length; i++) if (has(i) && (await cb(at(i), i, list))) return true;
        return false;
      case 'every':
        for (let i = 0; i < length; i++) if (has(i) && !(await cb(at(i), i, list))) return false;
        return true;
      case 'find':
      case 'findIndex':
        for (let i = 0; i < length; i++) {
          if (await cb(at(i), i, list)) return method === 'find' ? at(i) : i;
        }
        return method === 'find' ? undefined : -1;
      case 'findLast':
      case 'findLastIndex':
        for (let i = length - 1; i >= 0; i--) {
          if (await cb(at(i), i, list)) return method === 'findLast' ? at(i) : i;
        }
        return method === 'findLast' ? undefined : -1;
      case 'reduce':
      case 'reduceRight': {
        const indexes = Array.from({ length }, (_, i) =>
          method === 'reduce' ? i : length - 1 - i,
        ).filter(has);
        let k = 0;
        let acc: unknown;
        if (args.length >= 2) acc = second;
        else {
          if (indexes.length === 0)
            throw new TypeError('Reduce of empty array with no initial value');
          acc = at(indexes[k++] as number);
        }
        for (; k < indexes.length; k++) {
          const i = indexes[k] as number;
          acc = await this.invoke(callback, undefined, [acc, at(i), i, list]);
        }
        return acc;
      }
      default:
        return Reflect.apply(native, target, args);
    }
  }
}

function noop(): undefined {
  return undefined;
}

function callFunction(fn: unknown, thisArg: unknown, args: unknown[]): unknown {
  if (typeof fn !== 'function') throw new TypeError(`${describe(fn)} is not a function`);
  return Reflect.apply(fn, thisArg, args);
}

function describe(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  return typeof value === 'object' ? 'object' : (JSON.stringify(value) ?? typeof value);
}
