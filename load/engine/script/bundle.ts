/**
 * Loads a k6 script unchanged: esbuild bundles it with its relative imports
 * (.ts or .js) and resolves `k6`, `k6/http`, … to virtual modules that each
 * VU supplies; the bundle is rewritten so blocking calls can wait
 * (blocking.ts) and compiled once. Each VU runs the compiled code in its own
 * context (sandbox.ts), so the init code runs once per VU on fresh globals.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import { build, type Plugin } from 'esbuild';
import { ScriptError, UnsupportedError } from '../errors.ts';
import { rewriteBlocking } from './blocking.ts';

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
  'k6/encoding': ['b64encode', 'b64decode'],
  'k6/crypto': [
    'createHash',
    'createHMAC',
    'hmac',
    'md4',
    'md5',
    'randomBytes',
    'ripemd160',
    'sha1',
    'sha256',
    'sha384',
    'sha512',
    'sha512_224',
    'sha512_256',
  ],
};

/** What the compiled factory receives for one VU. */
export interface VUBindings {
  require: (name: string) => Record<string, unknown>;
  open: (file: unknown, mode: unknown, dir: string) => unknown;
  /** The runaway-loop guard called in every loop and function body. */
  guard: () => void;
  /** The blocking runtime's functions (BlockingRuntime.bindings()). */
  runtime: Record<string, unknown>;
  /** k6's globals, also reachable as plain identifiers. */
  globals: Record<string, unknown>;
}

export interface CompiledScript {
  readonly path: string;
  /** Runs the init code for one VU in `context` and returns the script's exports. */
  instantiate(context: object, bindings: VUBindings): Record<string, unknown>;
}

/** The k6 globals passed to the bundle as parameters (fast to reach; __ITER stays a global). */
export const GLOBAL_PARAMS = [
  '__VU',
  '__ENV',
  'console',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
] as const;

const RUNTIME_NAMES = ['__k6run', '__k6runAsync', '__k6mark', '__k6markm', '__k6o', '__k6om'];

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

interface MapEntry {
  originalSource?: string;
  originalLine?: number;
  originalColumn?: number;
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
      define: { open: '__k6_open_here' },
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
  const bundleName = `${abs}.bundle.js`;
  const bundleMap = mapText ? new SourceMap(JSON.parse(mapText)) : undefined;
  const toSource = (line0: number, col0: number): string | undefined => {
    const entry = bundleMap?.findEntry(line0, col0) as MapEntry | undefined;
    if (entry?.originalSource === undefined || entry.originalLine === undefined) return undefined;
    const file = path.resolve(path.dirname(bundleName), entry.originalSource);
    return `${file}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
  };

  let rewritten: ReturnType<typeof rewriteBlocking>;
  try {
    rewritten = rewriteBlocking(code, bundleName);
  } catch (err) {
    throw new ScriptError(`could not load ${scriptPath}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  if (rewritten.errors.length > 0) {
    const lines = rewritten.errors.map((e) => {
      const before = code.slice(0, e.offset);
      const line0 = before.split('\n').length - 1;
      const col0 = e.offset - before.lastIndexOf('\n') - 1;
      return `${toSource(line0, col0) ?? scriptPath}: ${e.message}`;
    });
    throw new ScriptError(`could not load ${scriptPath}: ${lines.join('\n')}`, {
      cause: new UnsupportedError(lines.join('\n')),
    });
  }
  const rewriteMap = new SourceMap(JSON.parse(rewritten.map.toString()));
  const params = [
    'module',
    'exports',
    '__k6require',
    '__k6open',
    '__k6g',
    '__k6rt',
    ...GLOBAL_PARAMS,
  ];
  const header = `(function (${params.join(', ')}) {\nvar { ${RUNTIME_NAMES.join(', ')} } = __k6rt;\n`;
  const wrapper = `${header}${rewritten.code}\n})`;
  const headerLines = 2;
  let script: Script;
  try {
    script = new Script(wrapper, { filename: bundleName });
  } catch (err) {
    throw new ScriptError(`could not compile ${scriptPath}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const position = new RegExp(`${escapeRegExp(bundleName)}:(\\d+):(\\d+)`, 'g');
  const mapStack = (stack: string): string =>
    stack.replace(position, (whole, line: string, col: string) => {
      const entry = rewriteMap.findEntry(Number(line) - 1 - headerLines, Number(col) - 1) as {
        originalLine?: number;
        originalColumn?: number;
      };
      if (entry.originalLine === undefined) return whole;
      return toSource(entry.originalLine, entry.originalColumn ?? 0) ?? whole;
    });
  stackMappers.add(mapStack);
  return {
    path: abs,
    instantiate(context: object, b: VUBindings): Record<string, unknown> {
      const factory = script.runInContext(context as never) as (...args: unknown[]) => void;
      const module = { exports: {} as Record<string, unknown> };
      factory(
        module,
        module.exports,
        b.require,
        b.open,
        b.guard,
        b.runtime,
        ...GLOBAL_PARAMS.map((name) => b.globals[name]),
      );
      return module.exports;
    },
  };
}

const stackMappers = new Set<(stack: string) => string>();

/** Maps bundle positions in any stack trace back to the scripts' own files and lines. */
export function mapStackTrace(stack: string): string {
  let out = stack;
  for (const map of stackMappers) out = map(out);
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
