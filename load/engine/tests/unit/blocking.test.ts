/**
 * The blocking API's rewrite and runtime on their own: a fake `k6/http`
 * whose blocking calls resolve on the next microtask, no network.
 */
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { rewriteBlocking } from '../../script/blocking.ts';
import { BlockingRuntime, type Intrinsics } from '../../script/runtime.ts';

const PRELUDE = `var m = __k6require("k6/http");
var http_default = m.default;
var get = m.get;
var m2 = __k6require("k6");
var sleep = m2.sleep;
var group = m2.group;
`;

/** Runs `body` (which defines `main`) rewritten, with http.get returning "GET <url>". */
async function run(body: string): Promise<{ value: unknown; code: string; sync: () => unknown }> {
  const rewritten = rewriteBlocking(`${PRELUDE}${body}`, 'test.js');
  expect(rewritten.errors).toEqual([]);
  const context = createContext({});
  const realm = runInContext(
    '({ functionPrototype: Function.prototype, arrayPrototype: Array.prototype, promisePrototype: Promise.prototype })',
    context,
  ) as Intrinsics;
  const rt = new BlockingRuntime(realm);
  const refuse = (name: string) => () => {
    throw new Error(`${name} cannot wait here`);
  };
  const http: Record<string, unknown> = {
    get: rt.blocking(refuse('get'), async (url: unknown) => `GET ${String(url)}`),
  };
  http.default = http;
  const k6: Record<string, unknown> = {
    sleep: rt.blocking(refuse('sleep'), async () => undefined),
    group: rt.blocking(
      (_: unknown, fn: unknown) => (fn as () => unknown)(),
      (_: unknown, fn: unknown) => rt.invoke(fn, undefined, []),
    ),
  };
  const b = rt.bindings();
  const names = Object.keys(b);
  const factory = runInContext(
    `(function (__k6require, __k6g, ${names.join(', ')}) {\n${rewritten.code}\n; return { main, sync: typeof sync === 'function' ? sync : undefined }; })`,
    context,
  ) as (...args: unknown[]) => { main: unknown; sync?: () => unknown };
  const exported = factory(
    (name: string) => (name === 'k6' ? k6 : http),
    () => {},
    ...names.map((n) => b[n]),
  );
  const value = await rt.invoke(exported.main, undefined, []);
  return { value, code: rewritten.code, sync: () => exported.sync?.() };
}

describe('blocking calls in the places scripts put them', () => {
  it('waits in helpers, methods, classes, callbacks and higher-order functions', async () => {
    const { value } = await run(`
      function helper(p) { return get(p); }
      const api = { list() { return http_default.get('/list'); } };
      class Client { static one(p) { return helper(p); } }
      function retry(fn) { return fn(); }
      function depth(n) { return n === 0 ? [] : [get('/d' + n), ...depth(n - 1)]; }
      function main() {
        const out = [helper('/a'), api.list(), Client.one('/c'), retry(() => get('/r'))];
        ['/e1', '/e2'].forEach((p) => out.push(get(p)));
        out.push(['/m'].map((p) => get(p))[0]);
        group('g', () => out.push(get('/g')));
        out.push(...depth(2));
        if (true) { function inBlock() { return get('/b'); } out.push(inBlock()); }
        out.push([3, 1, 2].sort((a, b) => a - b).join());
        return out;
      }`);
    expect(value).toEqual([
      'GET /a',
      'GET /list',
      'GET /c',
      'GET /r',
      'GET /e1',
      'GET /e2',
      'GET /m',
      'GET /g',
      'GET /d2',
      'GET /d1',
      'GET /b',
      '1,2,3',
    ]);
  });

  it('keeps async functions async and waits in promise callbacks', async () => {
    const { value } = await run(`
      async function main() {
        const a = get('/a');
        const b = await Promise.resolve('/b').then((p) => get(p));
        return [a, b];
      }`);
    expect(value).toEqual(['GET /a', 'GET /b']);
  });

  it('runs a rewritten function synchronously for native callers, refusing a real wait there', async () => {
    const { sync } = await run(`
      function main() { return 1; }
      function sync() { return [2, 1].sort((a, b) => { sleep(1); return a - b; }); }`);
    expect(sync).toThrow('sleep cannot wait here');
  });

  it('refuses at load time what cannot wait, naming the construct', () => {
    const cases: [string, RegExp][] = [
      ['const o = { get v() { return get("/x"); } };', /in a getter/],
      ['class C { constructor() { get("/x"); } }', /in a class constructor/],
      ['function* gen() { yield get("/x"); }', /in a generator function/],
      ['function f(a = get("/x")) { return a; }', /in a default parameter value/],
      ['class D { field = get("/x"); }', /in a class field initialiser/],
    ];
    for (const [body, message] of cases) {
      const { errors } = rewriteBlocking(`${PRELUDE}${body}`, 'test.js');
      expect(errors.map((e) => e.message).join('\n'), body).toMatch(message);
    }
  });

  it('leaves code that cannot block as it was, apart from the loop guards', () => {
    const source = `${PRELUDE}function pure(x) { return [x].map((y) => y + 1); }`;
    const { code } = rewriteBlocking(source, 'test.js');
    expect(code).not.toContain('__k6run');
    expect(code).toContain('__k6g()');
  });
});
