/**
 * Loads a k6 script unchanged: esbuild bundles it with its relative imports
 * (.ts or .js) and resolves `k6`, `k6/http`, … to virtual modules that each
 * VU supplies. The bundle is compiled once into a factory function; calling
 * the factory runs the init code for one VU, with its own module instances
 * and its own `__VU`, `__ITER`, `__ENV`, `open`, `console` and timers, so
 * module-level state is per VU as in k6.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { runInThisContext } from 'node:vm';
import { build, type Plugin } from 'esbuild';
import { ScriptError } from './errors.ts';

/** The names each k6 module exports (from @types/k6). Unsupported ones throw when used. */
export const K6_MODULE_EXPORTS: Record<string, readonly string[]> = {
  k6: ['check', 'fail', 'group', 'randomSeed', 'sleep'],
  'k6/http': [
    'del',
    'head',
    'get',
    'options',
    'patch',
    'post',
    'put',
    'request',
    'asyncRequest',
    'url',
    'batch',
    'file',
    'cookieJar',
    'expectedStatuses',
    'setResponseCallback',
    'CookieJar',
    'FileData',
    'SSL_3_0',
    'TLS_1_0',
    'TLS_1_1',
    'TLS_1_2',
    'TLS_1_3',
    'OCSP_STATUS_GOOD',
    'OCSP_STATUS_REVOKED',
    'OCSP_STATUS_SERVER_FAILED',
    'OCSP_STATUS_UNKNOWN',
    'OCSP_REASON_AA_COMPROMISE',
    'OCSP_REASON_AFFILIATION_CHANGED',
    'OCSP_REASON_CA_COMPROMISE',
    'OCSP_REASON_CERTIFICATE_HOLD',
    'OCSP_REASON_CESSATION_OF_OPERATION',
    'OCSP_REASON_KEY_COMPROMISE',
    'OCSP_REASON_PRIVILEGE_WITHDRAWN',
    'OCSP_REASON_REMOVE_FROM_CRL',
    'OCSP_REASON_SUPERSEDED',
    'OCSP_REASON_UNSPECIFIED',
  ],
  'k6/metrics': ['Counter', 'Gauge', 'Rate', 'Trend'],
  'k6/execution': ['scenario', 'instance', 'test', 'vu'],
  'k6/data': ['SharedArray'],
  'k6/timers': ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
};

/** What the factory receives for one VU. */
export interface VUBindings {
  require: (name: string) => Record<string, unknown>;
  /** `__k6vu`: holds `iter` (read for `__ITER`) and `random` (used for `Math.random`). */
  vuState: { iter: number; random: () => number };
  vuId: number;
  env: Record<string, string>;
  open: (file: string, mode: unknown, dir: string) => unknown;
  console: Record<string, (...args: unknown[]) => void>;
  setTimeout: (...args: unknown[]) => unknown;
  clearTimeout: (id: unknown) => void;
  setInterval: (...args: unknown[]) => unknown;
  clearInterval: (id: unknown) => void;
}

export interface CompiledScript {
  readonly path: string;
  /** Runs the init code for one VU and returns the script's exports. */
  instantiate(bindings: VUBindings): Record<string, unknown>;
  /** Rewrites bundle positions in a stack trace to the script files' own lines. */
  mapStack(stack: string): string;
}

const PARAMS = [
  'module',
  'exports',
  '__k6require',
  '__k6vu',
  '__VU',
  '__ENV',
  '__k6open',
  'console',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'require',
];

function k6ModulesPlugin(): Plugin {
  return {
    name: 'k6-modules',
    setup(b) {
      b.onResolve({ filter: /^k6(\/|$)/ }, (args) => {
        if (args.path in K6_MODULE_EXPORTS) return { path: args.path, namespace: 'k6' };
        return {
          errors: [
            {
              text: `module "${args.path}" is not provided by the built-in engine (available: ${Object.keys(K6_MODULE_EXPORTS).join(', ')})`,
            },
          ],
        };
      });
      b.onResolve({ filter: /^https?:\/\// }, (args) => ({
        errors: [
          {
            text: `remote module "${args.path}" cannot be loaded by the built-in engine (no network access to module hosts)`,
          },
        ],
      }));
      b.onLoad({ filter: /.*/, namespace: 'k6' }, (args) => {
        const names = K6_MODULE_EXPORTS[args.path] ?? [];
        const lines = [
          `const m = __k6require(${JSON.stringify(args.path)});`,
          'export default m.default;',
        ];
        for (const n of names) lines.push(`export const ${n} = m.${n};`);
        return { contents: lines.join('\n'), loader: 'js' };
      });
      // Per-module `open()`: k6 resolves relative paths against the calling module's folder.
      b.onLoad({ filter: /\.(m?[jt]s|cjs)$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const dir = JSON.stringify(path.dirname(args.path));
        return {
          contents: `var __k6_open_here = (p, m) => __k6open(p, m, ${dir});${source}`,
          loader: args.path.endsWith('.ts') ? 'ts' : 'js',
        };
      });
    },
  };
}

export async function compileScript(scriptPath: string): Promise<CompiledScript> {
  const abs = path.resolve(scriptPath);
  let code: string;
  let mapText: string | undefined;
  try {
    const result = await build({
      entryPoints: [abs],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'neutral',
      target: 'es2022',
      sourcemap: 'external',
      outfile: `${abs}.bundle.js`,
      logLevel: 'silent',
      mainFields: ['module', 'main'],
      define: { open: '__k6_open_here', __ITER: '__k6vu.iter', 'Math.random': '__k6vu.random' },
      plugins: [k6ModulesPlugin()],
    });
    code = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
    mapText = result.outputFiles.find((f) => f.path.endsWith('.map'))?.text;
  } catch (err) {
    const errors = (
      err as { errors?: { text: string; location?: { file: string; line: number } | null }[] }
    ).errors;
    const detail = errors?.length
      ? errors
          .map((e) => (e.location ? `${e.location.file}:${e.location.line}: ${e.text}` : e.text))
          .join('\n')
      : (err as Error).message;
    throw new ScriptError(`could not load ${scriptPath}: ${detail}`, { cause: err });
  }
  const wrapper = `(function (${PARAMS.join(', ')}) {\n${code}\n})`;
  const bundleName = `${abs}.bundle.js`;
  const sourceMap = mapText ? new SourceMap(JSON.parse(mapText)) : undefined;
  const mapDir = path.dirname(bundleName);
  let factory: (...args: unknown[]) => void;
  try {
    factory = runInThisContext(wrapper, { filename: bundleName }) as (...args: unknown[]) => void;
  } catch (err) {
    throw new ScriptError(`could not compile ${scriptPath}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const requireStub = (name: unknown) => {
    throw new ScriptError(
      `require(${JSON.stringify(name)}) is not supported by the built-in engine; use import`,
    );
  };
  const compiled = compiledScriptsMapStack;
  const position = new RegExp(`${escapeRegExp(bundleName)}:(\\d+):(\\d+)`, 'g');
  const script: CompiledScript = {
    path: abs,
    mapStack(stack: string): string {
      if (!sourceMap) return stack;
      return stack.replace(position, (whole, line: string, col: string) => {
        // line 1 of the compiled text is the wrapper's header
        const entry = sourceMap.findEntry(Number(line) - 2, Number(col) - 1) as {
          originalSource?: string;
          originalLine?: number;
          originalColumn?: number;
        };
        if (entry.originalSource === undefined || entry.originalLine === undefined) return whole;
        const file = path.resolve(mapDir, entry.originalSource);
        return `${file}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
      });
    },
    instantiate(b: VUBindings): Record<string, unknown> {
      const module = { exports: {} as Record<string, unknown> };
      factory(
        module,
        module.exports,
        b.require,
        b.vuState,
        b.vuId,
        b.env,
        b.open,
        b.console,
        b.setTimeout,
        b.clearTimeout,
        b.setInterval,
        b.clearInterval,
        requireStub,
      );
      return module.exports;
    },
  };
  compiled.add(script);
  return script;
}

const compiledScriptsMapStack = new Set<CompiledScript>();

/** Maps bundle positions in any stack trace back to the scripts' own files and lines. */
export function mapStackTrace(stack: string): string {
  let out = stack;
  for (const s of compiledScriptsMapStack) out = s.mapStack(out);
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
