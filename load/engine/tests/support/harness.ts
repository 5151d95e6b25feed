/**
 * What the engine's integration tests share: a local server and a scratch
 * folder for the file's lifetime, and a run of a script (a fixture or one the
 * test writes) with its log lines and stdout collected.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { Logger } from '../../logger.ts';
import { type RunTestOptions, type RunTestResult, runTest } from '../../run.ts';
import { startTestServer, type TestServer } from './server.ts';

export const FIXTURE_SCRIPTS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'scripts',
);

export interface ScriptRun {
  result: RunTestResult;
  /** "level: message" per log line */
  logs: string[];
  /** The log lines' fields, in the same order. */
  fields: Record<string, string>[];
  stdout: string;
}

export interface Harness {
  readonly server: TestServer;
  readonly dir: string;
  /** Writes a script into the scratch folder and returns its path. */
  write(name: string, body: string): string;
  /** Runs a script (a path, or a name under fixtures/scripts) quietly against the server. */
  run(script: string, extra?: Partial<RunTestOptions>): Promise<ScriptRun>;
}

export function useHarness(prefix: string): Harness {
  let server: TestServer | undefined;
  let dir = '';
  beforeAll(async () => {
    server = await startTestServer();
    dir = mkdtempSync(path.join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const h: Harness = {
    get server() {
      if (!server) throw new Error('the harness starts in beforeAll');
      return server;
    },
    get dir() {
      return dir;
    },
    write(name, body) {
      const file = path.join(dir, name);
      writeFileSync(file, body);
      return file;
    },
    async run(script, extra = {}) {
      const logs: string[] = [];
      const fields: Record<string, string>[] = [];
      const logger: Logger = {
        log: (level, msg, f) => {
          logs.push(`${level}: ${msg}`);
          fields.push(f ?? {});
        },
      };
      let stdout = '';
      const result = await runTest({
        scriptPath: path.isAbsolute(script) ? script : path.join(FIXTURE_SCRIPTS, script),
        env: { BASE: h.server.url },
        includeSystemEnv: false,
        quiet: true,
        stdout: (t) => {
          stdout += t;
        },
        logger,
        ...extra,
      });
      return { result, logs, fields, stdout };
    },
  };
  return h;
}
