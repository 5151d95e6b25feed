/**
 * Every subcommand's user mistakes, through the real command
 * (`node cli/bin.js <command> …`): exit code 2 (`k6`: k6's 255), and
 * stderr is one line that names the problem — never a stack trace.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localTargetJson } from '../support.ts';

const BIN = fileURLToPath(new URL('../../bin.js', import.meta.url));
/** Spawns at once: each is a Node start that loads the whole command (seconds of CPU). */
const PARALLEL = 3;

interface Case {
  name: string;
  args: () => string[];
  code: number;
  /** The whole stderr line, or a pattern it matches. */
  message: () => string | RegExp;
  env?: Record<string, string>;
}

interface Outcome {
  code: number | null;
  stderr: string;
}

let dir = '';
/** A port on 127.0.0.1 a test server holds (in use). */
let busyPort = 0;
let busy: Server | undefined;
/** A port nothing listens on. */
let closedPort = 0;
/** A local stage's target file whose stage is not running. */
let deadTarget = '';
/** A users file whose API is not running. */
let deadUsers = '';
/** A k6 script. */
let script = '';
const file = (name: string) => join(dir, name);

const CASES: Case[] = [
  {
    name: 'an unknown command',
    args: () => ['deploy-everything'],
    code: 2,
    message: () => /^loopgauge: unknown command "deploy-everything" \(known: run, stage, users, /,
  },
  {
    name: 'stage: an unknown flag',
    args: () => ['stage', '--prot', '3000'],
    code: 2,
    message: () => "loopgauge stage: Unknown option '--prot' (see loopgauge stage --help)",
  },
  {
    name: 'stage: a port in use',
    args: () => [
      'stage',
      ...['--port', String(busyPort), '--admin-port', '0', '--quiet-functions'],
    ],
    code: 2,
    message: () => `loopgauge stage: port ${busyPort} is in use (pick another with --port)`,
  },
  {
    name: 'users: a stage that is not running',
    args: () => ['users', '--target', deadTarget],
    code: 2,
    message: () =>
      `loopgauge users: the local stage of ${deadTarget} is not running (nothing answers at http://127.0.0.1:${closedPort}); start it with: npm run stage`,
  },
  {
    name: 'chats: an API that is not running',
    args: () => ['chats', '--users', deadUsers],
    code: 2,
    message: () =>
      `loopgauge chats: the API at http://127.0.0.1:${closedPort} (from ${deadUsers}) is not reachable: is its stage running? (npm run stage)`,
  },
  {
    name: 'report: a missing run folder',
    args: () => ['report', file('no-run')],
    code: 2,
    message: () => `loopgauge report: no such folder: ${file('no-run')}`,
  },
  {
    name: 'verify: a stage that is not running',
    args: () => ['verify', '--target', deadTarget],
    code: 2,
    message: () =>
      `loopgauge verify: the local stage of ${deadTarget} is not running (nothing answers at http://127.0.0.1:${closedPort}); start it with: npm run stage`,
  },
  {
    name: 'verify: a missing pact folder',
    args: () => ['verify', '--pacts', file('no-pacts')],
    code: 2,
    message: () => `loopgauge verify: cannot read the pact folder ${file('no-pacts')}`,
  },
  {
    name: 'publish-pacts: no broker',
    args: () => ['publish-pacts'],
    code: 2,
    message: () => /^loopgauge publish-pacts: .*PACT_BROKER_BASE_URL/,
    env: { PACT_BROKER_BASE_URL: '' },
  },
  {
    name: 'run: a broken configuration',
    args: () => ['run', '--config', file('broken.json')],
    code: 2,
    message: () => new RegExp(`^loopgauge run: ${file('broken.json')} is not JSON: `),
  },
  {
    name: 'run: an unknown scenario',
    args: () => ['run', '--scenarios', 'smoke,stress'],
    code: 2,
    message: () => /^loopgauge run: unknown scenario "stress" \(known: smoke, /,
  },
  {
    name: 'run: a target that is not running',
    args: () => ['run', '--target', deadTarget, '--out', file('session')],
    code: 2,
    message: () =>
      `loopgauge run: the local stage at http://127.0.0.1:${closedPort} (from ${deadTarget}) is not reachable: is the local stage still running? (npm run stage)`,
  },
  {
    name: 'run: a missing target file',
    args: () => ['run', '--target', file('nowhere.json')],
    code: 2,
    message: () => new RegExp(`^loopgauge run: .*${file('nowhere.json')}`),
  },
  {
    name: 'load: an unknown scenario',
    args: () => ['load', 'stress'],
    code: 2,
    message: () => /^loopgauge load: unknown scenario "stress" \(known: smoke, /,
  },
  {
    name: 'mock-provider: a bad seed',
    args: () => ['mock-provider', '--seed', 'lucky'],
    code: 2,
    message: () => 'loopgauge mock-provider: --seed must be an integer, got "lucky"',
  },
  {
    name: 'mock-provider: a port in use',
    args: () => ['mock-provider', '--port', String(busyPort)],
    code: 2,
    message: () => `loopgauge mock-provider: port ${busyPort} is in use (pick another with --port)`,
  },
  // k6 ends a bad command line with os.Exit(-1), exit status 255:
  // https://github.com/grafana/k6/blob/87883075ccd5e3d3fb961a860b3d6e422bbc353b/internal/cmd/root.go#L183-L187
  {
    name: 'k6: an unknown flag',
    args: () => ['k6', 'run', '--bogus', script],
    code: 255,
    message: () => /^time="[^"]+" level=error msg="Unknown option '--bogus'\."$/,
  },
  {
    name: 'k6: a missing script',
    args: () => ['k6', 'run', file('missing.js')],
    code: 255,
    message: () => /^time="[^"]+" level=error msg="script \\".*missing\.js\\" does not exist"$/,
  },
];

/** Runs the command; Node's own process warnings stay out of stderr (they are Node's, not the command's). */
function run(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: dir, timeout: 60_000, env: { ...process.env, NODE_NO_WARNINGS: '1', ...env } },
      (error, _stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stderr });
      },
    );
  });
}

async function listen(server: Server, port = 0): Promise<number> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loopgauge-bad-input-'));
  busy = createServer();
  busyPort = await listen(busy);
  const closed = createServer();
  closedPort = await listen(closed);
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const nowhere = `http://127.0.0.1:${closedPort}`;
  deadTarget = file('local.json');
  deadUsers = file('users.json');
  script = file('script.js');
  await Promise.all([
    writeFile(file('broken.json'), '{"kind": "local",'),
    writeFile(script, 'export default function () {}\n'),
    writeFile(deadTarget, localTargetJson(nowhere)),
    writeFile(
      deadUsers,
      JSON.stringify({
        apiUrl: nowhere,
        expiresAt: new Date().toISOString(),
        users: [{ username: 'u1', accessToken: 'token' }],
      }),
    ),
  ]);
  const queue = [...CASES];
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        outcomes.set(next.name, await run(next.args(), next.env));
      }
    }),
  );
}, 600_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (busy ? busy.close(() => resolve()) : resolve()));
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('node cli/bin.js: a mistake gets one line on stderr and exit code 2 (k6: 255)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const outcome = outcomes.get(c.name);
    expect(outcome).toBeDefined();
    const { code, stderr } = outcome as Outcome;
    const lines = stderr.trimEnd().split('\n');
    expect(lines, stderr).toHaveLength(1);
    expect(stderr).not.toMatch(/^\s+at /m);
    const message = c.message();
    if (typeof message === 'string') expect(lines[0]).toBe(message);
    else expect(lines[0]).toMatch(message);
    expect(code, stderr).toBe(c.code);
  });
});
