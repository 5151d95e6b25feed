/**
 * `npm run bench:local-identity` — what the local identity provider costs
 * the stage and the users command: start-up time (two RSA key pairs), then,
 * through the real Cognito SDK, provisioning N users (AdminCreateUser +
 * AdminSetUserPassword), logging each in (USER_PASSWORD_AUTH), and checking
 * every access token with the JWT authorizer. Client and server share one
 * process, so rates are end-to-end on one event loop. Bounded in count
 * (--users ≤ 100,000) and time (each phase stops at 120 s).
 *
 * Flags: --users 2000  --concurrency 16  --starts 5
 */
import { parseArgs } from 'node:util';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { createJwtAuthorizer, type IdentityProvider, startIdentityProvider } from './index.ts';

const USAGE =
  'usage: npm run bench:local-identity -- [--users 2000] [--concurrency 16] [--starts 5]';
const PHASE_LIMIT_MS = 120_000;
const PASSWORD = 'Bench-pass-123!';
const OPTIONS = {
  region: 'us-east-1',
  accessTokenValidityMinutes: 60,
  refreshTokenValidityDays: 30,
  passwordAuth: true,
};

function fail(message: string): never {
  process.stderr.write(`bench:local-identity: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function integerFlag(
  values: Record<string, string | undefined>,
  name: string,
  max: number,
): number {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    fail(`--${name} must be an integer from 1 to ${max} (got ${values[name]})`);
  }
  return value;
}

function flags() {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      allowPositionals: false,
      options: {
        users: { type: 'string', default: '2000' },
        concurrency: { type: 'string', default: '16' },
        starts: { type: 'string', default: '5' },
      },
    });
    return {
      users: integerFlag(values, 'users', 100_000),
      concurrency: integerFlag(values, 'concurrency', 256),
      starts: integerFlag(values, 'starts', 20),
    };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** Runs `task(i)` for i in [0, count) on `concurrency` workers; returns each call's duration in ms. */
async function run(
  name: string,
  count: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<number[]> {
  const durations: number[] = [];
  const deadline = performance.now() + PHASE_LIMIT_MS;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      if (performance.now() > deadline)
        throw new Error(`${name} did not finish within ${PHASE_LIMIT_MS} ms`);
      const i = next++;
      const start = performance.now();
      await task(i);
      durations.push(performance.now() - start);
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  report(name, count, performance.now() - start, durations);
  return durations;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function report(name: string, count: number, elapsedMs: number, durations: number[]): void {
  const sorted = [...durations].sort((a, b) => a - b);
  const rate = (count / elapsedMs) * 1000;
  console.log(
    `${name.padEnd(28)} ${String(count).padStart(6)} in ${(elapsedMs / 1000).toFixed(2).padStart(6)} s` +
      `  ${rate.toFixed(0).padStart(6)}/s  p50 ${percentile(sorted, 50).toFixed(2)} ms` +
      `  p99 ${percentile(sorted, 99).toFixed(2)} ms`,
  );
}

async function main(): Promise<void> {
  const { users, concurrency, starts } = flags();
  console.log(
    `local identity provider: ${users} users, concurrency ${concurrency}, node ${process.version}`,
  );

  const startTimes: number[] = [];
  for (let i = 0; i < starts; i++) {
    const start = performance.now();
    const idp = await startIdentityProvider(OPTIONS);
    startTimes.push(performance.now() - start);
    await idp.close();
  }
  report(
    'start (2 RSA-2048 keys)',
    starts,
    startTimes.reduce((a, b) => a + b, 0),
    startTimes,
  );

  const idp: IdentityProvider = await startIdentityProvider(OPTIONS);
  const cognito = new CognitoIdentityProviderClient({
    endpoint: idp.endpoint,
    region: OPTIONS.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    const name = (i: number) => `bench-user-${i}`;
    const before = process.memoryUsage().rss;
    await run('provision (create + set)', users, concurrency, async (i) => {
      await cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: idp.userPoolId,
          Username: name(i),
          MessageAction: 'SUPPRESS',
        }),
      );
      await cognito.send(
        new AdminSetUserPasswordCommand({
          UserPoolId: idp.userPoolId,
          Username: name(i),
          Password: PASSWORD,
          Permanent: true,
        }),
      );
    });
    const tokens: string[] = [];
    await run('login (USER_PASSWORD_AUTH)', users, concurrency, async (i) => {
      const { AuthenticationResult } = await cognito.send(
        new InitiateAuthCommand({
          ClientId: idp.clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: name(i), PASSWORD },
        }),
      );
      tokens[i] = AuthenticationResult?.AccessToken ?? '';
    });
    const grownMb = (process.memoryUsage().rss - before) / 2 ** 20;
    console.log(`${'rss growth (users + tokens)'.padEnd(28)} ${grownMb.toFixed(1)} MB`);

    const authorizer = createJwtAuthorizer({
      issuer: idp.issuer,
      jwksUri: idp.jwksUri,
      clientId: idp.clientId,
    });
    await run('authorize (JWT authorizer)', users, concurrency, async (i) => {
      const result = await authorizer.authorize(`Bearer ${tokens[i]}`);
      if (!result.ok) throw new Error(`token ${i} refused: ${result.description}`);
    });
  } finally {
    cognito.destroy();
    await idp.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:local-identity: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
