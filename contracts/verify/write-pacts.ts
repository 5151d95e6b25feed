/**
 * `npm run contracts:consumer`: runs the consumer tests (the `contract`
 * Vitest project) into a fresh folder and, when they pass, makes the chat
 * API's pacts in `contracts/pacts/` exactly what they wrote — changed files
 * replaced, new ones added, ones no test writes any more removed.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PACTS_DIR, readPacts, stalePacts } from './pact-files.ts';

const dir = await mkdtemp(join(tmpdir(), 'loopgauge-pacts-'));
try {
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '--project', 'contract'],
      {
        stdio: 'inherit',
        env: { ...process.env, LOOPGAUGE_PACT_DIR: dir },
      },
    );
    child.on('error', reject);
    child.on('close', (status) => resolve(status ?? 1));
  });
  if (code !== 0) {
    process.stderr.write(
      `contracts:consumer: the consumer tests failed; ${PACTS_DIR} is unchanged\n`,
    );
    process.exitCode = code;
  } else {
    const changes = await stalePacts(dir, PACTS_DIR);
    for (const old of await readPacts(PACTS_DIR)) await rm(old.path);
    for (const pact of await readPacts(dir)) {
      await copyFile(pact.path, join(PACTS_DIR, basename(pact.path)));
    }
    process.stdout.write(
      changes.length === 0
        ? `contracts:consumer: ${PACTS_DIR} was already current\n`
        : `contracts:consumer: ${PACTS_DIR} updated:\n${changes.map((line) => `  ${line}`).join('\n')}\n`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
