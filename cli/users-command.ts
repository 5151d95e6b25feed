/** `loopgauge users`: provisions N users in a stage's user pool and writes their tokens for the load scenarios. */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { LocalStageOutputs } from '#backend/local/index.ts';
import { LOCAL_CREDENTIALS } from '#backend/local/index.ts';
import { parseDeployOutputs } from '#stages';
import { countFlag, parseFlags, UsageError } from './args.ts';
import { provisionUsers, type UserPoolTarget } from './users.ts';

export const USERS_USAGE = `loopgauge users [options]

Creates load-test users in a stage's user pool and writes their tokens for the load scenarios.

  --count N          users to provision (default 10, at most 10000)
  --local FILE       the local stage's outputs (default .stage/local.json)
  --deployed FILE    a deployed stage's outputs (npm run deploy writes .stage/deployed/<stack>.json)
  --stack NAME       the stack in that file (default: its only stack)
  --prefix TEXT      user name prefix (default loopgauge-user-)
  --concurrency N    requests in flight (default 4; Cognito allows 120 logins/s by default)
  --out FILE         where to write the tokens (default .stage/users.json)`;

export async function usersCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    count: { type: 'string' },
    local: { type: 'string' },
    deployed: { type: 'string' },
    stack: { type: 'string' },
    prefix: { type: 'string' },
    concurrency: { type: 'string' },
    out: { type: 'string' },
  });
  if (values.local && values.deployed)
    throw new UsageError('pass either --local or --deployed, not both');
  if (values.stack && !values.deployed) throw new UsageError('--stack goes with --deployed');
  const prefix = values.prefix ?? 'loopgauge-user-';
  if (!/^[\w.+-]{1,100}$/.test(prefix))
    throw new UsageError(`--prefix may hold letters, digits and _ . + - only, got "${prefix}"`);
  // Every flag is checked before any file is read.
  const count = countFlag(values.count, 'count', 10, 10_000);
  const concurrency = countFlag(values.concurrency, 'concurrency', 4, 64);
  const target = values.deployed
    ? await deployedTarget(values.deployed, values.stack)
    : await localTarget(values.local ?? '.stage/local.json');
  const started = performance.now();
  const file = await provisionUsers(target, { count, prefix, concurrency });
  const out = values.out ?? '.stage/users.json';
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

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(
      `cannot read ${what} ${path}${what === 'local stage outputs' ? ' — is the local stage running? (npm run stage)' : ''}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${path} is not valid JSON`);
  }
}

async function localTarget(path: string): Promise<UserPoolTarget> {
  const outputs = (await readJson(path, 'local stage outputs')) as Partial<LocalStageOutputs>;
  const fields = [
    'apiUrl',
    'region',
    'userPoolId',
    'userPoolClientId',
    'identityEndpoint',
  ] as const;
  const missing = fields.filter((field) => typeof outputs[field] !== 'string');
  if (missing.length > 0) throw new UsageError(`${path} lacks ${missing.join(', ')}`);
  return {
    apiUrl: outputs.apiUrl as string,
    region: outputs.region as string,
    userPoolId: outputs.userPoolId as string,
    userPoolClientId: outputs.userPoolClientId as string,
    identityEndpoint: outputs.identityEndpoint,
    credentials: LOCAL_CREDENTIALS,
  };
}

async function deployedTarget(path: string, stack: string | undefined): Promise<UserPoolTarget> {
  const document = await readJson(path, 'deploy outputs');
  const stacks = typeof document === 'object' && document !== null ? Object.keys(document) : [];
  const name = stack ?? (stacks.length === 1 ? stacks[0] : undefined);
  if (!name) throw new UsageError(`${path} holds ${stacks.length} stacks; name one with --stack`);
  try {
    const deployed = parseDeployOutputs(document, name);
    return {
      apiUrl: deployed.apiUrl,
      region: deployed.region,
      userPoolId: deployed.userPoolId,
      userPoolClientId: deployed.userPoolClientId,
    };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
