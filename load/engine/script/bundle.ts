/**
 * Loads a k6 script unchanged: prepare.ts bundles it and rewrites it for the
 * blocking API (in a worker thread when the engine runs bundled, so esbuild
 * and the parser never stay in the engine's memory); the result is compiled
 * once, and each VU runs it in its own context (vu.ts), so the init code runs
 * once per VU on fresh globals.
 */
import { SourceMap } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { ScriptError, UnsupportedError } from '../errors.ts';
import type { PreparedScript } from './prepare.ts';
import { sourcePosition } from './source-position.ts';

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

/**
 * Set by the launcher (bin.js, bench-run.js) to the bundled compile worker;
 * without it (e.g. under a TypeScript loader) scripts are prepared in-process.
 */
export const COMPILE_WORKER = Symbol.for('loopgauge.engine.compileWorker');

function prepareInWorker(file: string, scriptPath: string): Promise<PreparedScript> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: scriptPath });
    worker.once('message', (prepared: PreparedScript) => {
      resolve(prepared);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

async function prepare(scriptPath: string): Promise<PreparedScript> {
  const worker = (globalThis as Record<symbol, unknown>)[COMPILE_WORKER];
  if (typeof worker === 'string') return prepareInWorker(worker, scriptPath);
  const { prepareScript } = await import('./prepare.ts');
  return prepareScript(scriptPath);
}

export async function compileScript(scriptPath: string): Promise<CompiledScript> {
  const prepared = await prepare(scriptPath);
  if (!prepared.ok) {
    throw new ScriptError(prepared.message, {
      cause: prepared.unsupported ? new UnsupportedError(prepared.message) : undefined,
    });
  }
  const { bundleName } = prepared;
  const bundleMap = prepared.bundleMap ? new SourceMap(JSON.parse(prepared.bundleMap)) : undefined;
  const rewriteMap = new SourceMap(JSON.parse(prepared.rewriteMap));
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
  const wrapper = `${header}${prepared.code}\n})`;
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
      return (
        sourcePosition(bundleMap, bundleName, entry.originalLine, entry.originalColumn ?? 0) ??
        whole
      );
    });
  stackMappers.add(mapStack);
  return {
    path: path.resolve(scriptPath),
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
