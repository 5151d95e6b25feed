/**
 * Which engine runs a scenario, and running it: real k6 when `K6_BINARY` or
 * `k6` on PATH is there and `--engine` allows it, otherwise the built-in
 * engine. Both get the same script and the same k6 command line, in a
 * process of their own (the built-in one through `engine-main.ts`), so the
 * load generator never shares an event loop with a local stage.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EngineKind } from './run-folder.ts';

export type EngineChoice = 'auto' | EngineKind;
export const ENGINE_CHOICES: readonly EngineChoice[] = ['auto', 'k6', 'builtin'];

export interface Engine {
  kind: EngineKind;
  /** The program and the arguments before k6's own (`run …`, `version`). */
  command: string;
  prefix: string[];
}

export class EngineNotFoundError extends Error {
  constructor() {
    super('--engine k6 needs the k6 binary: set K6_BINARY or put k6 on PATH');
    this.name = 'EngineNotFoundError';
  }
}

const ENGINE_MAIN = fileURLToPath(new URL('./engine-main.ts', import.meta.url));
/** tsx's loader, by absolute URL: the runner may run from any folder. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export const BUILTIN_ENGINE: Engine = {
  kind: 'builtin',
  command: process.execPath,
  prefix: ['--import', TSX_LOADER, ENGINE_MAIN],
};

/** The engine `choice` resolves to in this environment. */
export function resolveEngine(choice: EngineChoice, env: NodeJS.ProcessEnv): Engine {
  if (choice === 'builtin') return BUILTIN_ENGINE;
  const k6 = findK6(env);
  if (k6) return { kind: 'k6', command: k6, prefix: [] };
  if (choice === 'k6') throw new EngineNotFoundError();
  return BUILTIN_ENGINE;
}

function findK6(env: NodeJS.ProcessEnv): string | undefined {
  const candidates = env.K6_BINARY
    ? [env.K6_BINARY]
    : (env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, 'k6'));
  return candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export interface EngineRun {
  exitCode: number;
  /** What the engine wrote to stderr, for a failure's message (the last 4 KB). */
  stderrTail: string;
}

/**
 * Runs `engine` with k6's arguments. Its stdout and stderr go to `output`
 * (the runner's own output), stderr is also kept for error messages.
 */
export function runEngine(
  engine: Engine,
  args: string[],
  output: { stdout: (text: string) => void; stderr: (text: string) => void },
  signal?: AbortSignal,
): Promise<EngineRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(engine.command, [...engine.prefix, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    let stderrTail = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => output.stdout(text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderrTail = (stderrTail + text).slice(-4_096);
      output.stderr(text);
    });
    const onAbort = () => child.kill('SIGINT');
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (error) => {
      signal?.removeEventListener('abort', onAbort);
      reject(new Error(`cannot start ${engine.command}: ${error.message}`, { cause: error }));
    });
    child.on('close', (code, killedBy) => {
      signal?.removeEventListener('abort', onAbort);
      // k6's code for a run stopped from outside, when a signal ended the process.
      resolve({ exitCode: code ?? (killedBy ? 105 : 1), stderrTail });
    });
  });
}

/** Whether the engine's `run` takes k6's `--execution-segment` flags (it lists them in its help). */
export async function takesExecutionSegments(engine: Engine): Promise<boolean> {
  let help = '';
  const collect = (text: string) => {
    help += text;
  };
  await runEngine(engine, ['run', '--help'], { stdout: collect, stderr: collect });
  return help.includes('--execution-segment');
}

/** The engine's version line (`k6 v1.3.0 …`, `loopgauge-k6 0.1.0 …`). */
export async function engineVersion(engine: Engine): Promise<string> {
  let out = '';
  const run = await runEngine(engine, ['version'], {
    stdout: (text) => {
      out += text;
    },
    stderr: () => undefined,
  });
  const line = out.trim().split('\n')[0]?.trim() ?? '';
  if (run.exitCode !== 0 || line === '') {
    throw new Error(`${engine.command} version failed (exit code ${run.exitCode})`);
  }
  return line;
}
