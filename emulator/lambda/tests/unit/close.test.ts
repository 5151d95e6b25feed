import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FixturePools, fixturePools } from '../support.ts';

const SCRIPT = fileURLToPath(new URL('../fixtures/close-and-exit.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

let fixtures: FixturePools;

beforeAll(async () => {
  fixtures = await fixturePools();
});

afterAll(async () => {
  await fixtures.closeAll();
});

it('leaves nothing running after close: the process exits by itself', async () => {
  // Prepare: a process with an idle and a busy environment (see the script)

  // Act: the process is killed if it has not ended in time
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', SCRIPT, fixtures.bundlePath],
    { cwd: ROOT, timeout: 8_000 },
  );

  // Assess
  expect(JSON.parse(stdout)).toMatchObject({
    inFlight: 'error',
    stats: { environments: 0, busy: 0, idle: 0 },
  });
});
