import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ulid } from 'ulid';
import { afterEach, expect, it } from 'vitest';
import { provisionUsers, readRunningTarget } from '#targets';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Its own workspace: the stage writes `.loopgauge/` under the directory it runs in. */
const CWD = `${ROOT}.loopgauge/test-stage-signals`;

let child: ChildProcess | undefined;

afterEach(() => {
  if (child?.exitCode === null && child.signalCode === null && child.pid) {
    process.kill(-child.pid, 'SIGKILL');
  }
});

/** `npm run stage` as a terminal runs it: one Node process in a process group of its own. */
function startStage() {
  const stage = spawn(
    process.execPath,
    [`${ROOT}cli/bin.js`, 'stage', '--port', '0', '--admin-port', '0', '--quiet-functions'],
    { cwd: CWD, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  stage.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  stage.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    stage.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const up = new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (output.includes('Ctrl-C stops the stage.')) resolve();
      else if (stage.exitCode !== null) reject(new Error(`the stage exited early:\n${output}`));
      else return;
      clearInterval(check);
    }, 50);
  });
  const stopping = new Promise<void>((resolve) => {
    const check = setInterval(() => {
      if (!output.includes('stopping the local stage') && stage.exitCode === null) return;
      clearInterval(check);
      resolve();
    }, 5);
  });
  return { stage, up, stopping, exited, output: () => output };
}

/** Ctrl-C in a terminal: SIGINT to every process of the foreground group. */
function ctrlC(stage: ChildProcess) {
  // The group may be gone already: a stop that finished before this Ctrl-C.
  if (stage.pid && stage.exitCode === null) process.kill(-stage.pid, 'SIGINT');
}

it('stops gracefully with sends in flight, also when the Ctrl-C arrives twice', async () => {
  await mkdir(CWD, { recursive: true });
  const run = startStage();
  child = run.stage;
  await run.up;
  const target = await readRunningTarget(`${CWD}/.loopgauge/targets/local.json`);
  const token = (await provisionUsers(target, { count: 1, prefix: 'signals-', concurrency: 1 }))
    .users[0]?.accessToken;
  const inFlight = Array.from({ length: 4 }, () =>
    fetch(`${target.apiUrl}/chats/${ulid()}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ messageId: ulid(), content: 'slow [mock latency=3s]' }),
    }).catch(() => undefined),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));

  ctrlC(run.stage);
  await run.stopping;
  // The same Ctrl-C again, as a terminal and a relaying parent deliver it, while the stage stops.
  ctrlC(run.stage);
  const exit = await run.exited;
  await Promise.all(inFlight);

  expect(run.output()).toContain('stopping the local stage… (Ctrl-C again to force)\nstopped.\n');
  expect(exit, run.output()).toEqual({ code: 0, signal: null });
}, 60_000);
