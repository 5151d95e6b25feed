/** `loopgauge users`: provisions N users in a target's user pool and writes their tokens for the load scenarios. */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { LOCAL_TARGET_PATH, USERS_FILE } from '#stages';
import {
  provisionUsers,
  readRunningTarget,
  StageNotRunningError,
  type Target,
  TargetError,
} from '#targets';
import { type Command, countFlag, parseFlags, UsageError } from './args.ts';

export const USERS_USAGE = `loopgauge users [options]

Creates load-test users in a stage's user pool and writes their tokens for the load scenarios.

  --count N          users to provision (default 10, at most 10000)
  --target FILE      the stage's target file: the local stage's (default ${LOCAL_TARGET_PATH})
                     or a deployed stage's outputs (npm run deploy writes .loopgauge/targets/<stack>.json)
  --stack NAME       the stack in a deploy outputs file that holds several
  --prefix TEXT      user name prefix (default loopgauge-user-)
  --concurrency N    requests in flight (default 4; Cognito allows 120 logins/s by default)
  --out FILE         where to write the tokens (default ${USERS_FILE})`;

/** The command as `loopgauge` runs it (cli/main.ts). */
export const command: Command = { usage: USERS_USAGE, run: usersCommand };

export async function usersCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    count: { type: 'string' },
    target: { type: 'string' },
    stack: { type: 'string' },
    prefix: { type: 'string' },
    concurrency: { type: 'string' },
    out: { type: 'string' },
  });
  const prefix = values.prefix ?? 'loopgauge-user-';
  if (!/^[\w.+-]{1,100}$/.test(prefix))
    throw new UsageError(`--prefix may hold letters, digits and _ . + - only, got "${prefix}"`);
  // Every flag is checked before any file is read.
  const count = countFlag(values.count, 'count', 10, 10_000);
  const concurrency = countFlag(values.concurrency, 'concurrency', 4, 64);
  const target = await targetFrom(values.target, values.stack);
  const started = performance.now();
  const file = await provisionUsers(target, { count, prefix, concurrency });
  const out = values.out ?? USERS_FILE;
  await mkdir(dirname(out), { recursive: true });
  // The file holds refresh tokens: readable by its owner only, also when it existed before.
  const temporary = `${out}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, out);
  const seconds = ((performance.now() - started) / 1_000).toFixed(1);
  process.stdout.write(
    `provisioned ${count} users in ${seconds} s → ${out} (tokens valid until ${file.expiresAt})\n`,
  );
  return 0;
}

async function targetFrom(path: string | undefined, stack: string | undefined): Promise<Target> {
  try {
    return await readRunningTarget(path ?? LOCAL_TARGET_PATH, stack);
  } catch (error) {
    if (!(error instanceof TargetError)) throw error;
    // A stopped stage's message already says how to start it.
    const hint =
      path === undefined && !(error instanceof StageNotRunningError)
        ? ' — is the local stage running? (npm run stage)'
        : '';
    throw new UsageError(`${error.message}${hint}`);
  }
}
