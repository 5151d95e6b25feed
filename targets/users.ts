/**
 * Provisions load-test users in a target's user pool — a deployed stage's
 * Cognito pool or the emulator's, with the same SDK calls — and logs each in
 * once, so a load run starts with tokens and never hits Cognito's
 * authentication quota (120 requests/s by default,
 * https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html)
 * from inside the test.
 */
import { randomBytes, randomInt } from 'node:crypto';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { clientConfig, type Target } from './target.ts';

export interface ProvisionedUser {
  username: string;
  sub: string;
  accessToken: string;
  refreshToken: string;
}

/** The file load scenarios read their tokens from. */
export interface UsersFile {
  apiUrl: string;
  createdAt: string;
  /** When the first access token expires: runs longer than this must refresh. */
  expiresAt: string;
  users: ProvisionedUser[];
}

export interface ProvisionOptions {
  count: number;
  prefix: string;
  /** Requests in flight at once. */
  concurrency: number;
  now?: () => Date;
}

export async function provisionUsers(
  target: Target,
  options: ProvisionOptions,
): Promise<UsersFile> {
  const client = new CognitoIdentityProviderClient(clientConfig(target, 'cognito'));
  const createdAt = (options.now ?? (() => new Date()))();
  const password = generatePassword();
  const users: ProvisionedUser[] = new Array(options.count);
  let expiresIn = Number.POSITIVE_INFINITY;
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < options.count && !failed) {
      const index = next++;
      const username = `${options.prefix}${String(index + 1).padStart(5, '0')}`;
      try {
        await client.send(
          new AdminCreateUserCommand({
            UserPoolId: target.userPoolId,
            Username: username,
            MessageAction: 'SUPPRESS',
            UserAttributes: [
              { Name: 'email', Value: `${username}@loopgauge.invalid` },
              { Name: 'email_verified', Value: 'true' },
            ],
          }),
        );
      } catch (error) {
        // A user from an earlier run: reset the password and log in as usual.
        if (!(error instanceof UsernameExistsException)) throw error;
      }
      await client.send(
        new AdminSetUserPasswordCommand({
          UserPoolId: target.userPoolId,
          Username: username,
          Password: password,
          Permanent: true,
        }),
      );
      const auth = await client.send(
        new InitiateAuthCommand({
          ClientId: target.userPoolClientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: username, PASSWORD: password },
        }),
      );
      const result = auth.AuthenticationResult;
      if (!result?.AccessToken || !result.RefreshToken) {
        throw new Error(
          `logging in ${username} returned no tokens (challenge: ${auth.ChallengeName ?? 'none'})`,
        );
      }
      expiresIn = Math.min(expiresIn, result.ExpiresIn ?? 3_600);
      users[index] = {
        username,
        sub: subOf(result.AccessToken),
        accessToken: result.AccessToken,
        refreshToken: result.RefreshToken,
      };
    }
  };
  try {
    // The first failure stops the other workers; each finishes its request in flight.
    const results = await Promise.allSettled(
      Array.from({ length: Math.min(options.concurrency, options.count) }, () =>
        worker().catch((error: unknown) => {
          failed = true;
          throw error;
        }),
      ),
    );
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  } finally {
    client.destroy();
  }
  return {
    apiUrl: target.apiUrl,
    createdAt: createdAt.toISOString(),
    expiresAt: new Date(createdAt.getTime() + expiresIn * 1_000).toISOString(),
    users,
  };
}

/** The `sub` claim of a JWT, read without verifying it (the token came straight from the pool). */
export function subOf(token: string): string {
  const payload = token.split('.')[1];
  const claims = payload
    ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: unknown })
    : {};
  if (typeof claims.sub !== 'string') throw new Error('the access token has no sub claim');
  return claims.sub;
}

/** A throwaway password that meets Cognito's default policy: 8+ characters with upper, lower, digit, symbol. */
export function generatePassword(): string {
  const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)] as string;
  return `${randomBytes(12).toString('base64url')}${pick('ABCDEFGHJKLMNPQRSTUVWXYZ')}${pick('abcdefghijkmnpqrstuvwxyz')}${pick('23456789')}${pick('!#%+-=?')}`;
}
