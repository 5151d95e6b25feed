import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CognitoError } from '../../errors.ts';
import { type Json, OPERATIONS, type PoolContext } from '../../operations.ts';
import { STACK_PASSWORD_POLICY } from '../../password-policy.ts';
import { UserStore } from '../../store.ts';
import { generateSigningKey, type SigningKey } from '../../tokens.ts';
import { decodeJwt } from '../support/jwt.ts';

const DAY_MS = 86_400_000;
const PASSWORD = 'Local-pass-123!';
const TEMPORARY = 'Temporary-pass-1!';

let keys: { access: SigningKey; id: SigningKey };
let clock: { now: number };
let pool: PoolContext;

beforeAll(async () => {
  keys = { access: await generateSigningKey(), id: await generateSigningKey() };
});

beforeEach(() => {
  clock = { now: Date.UTC(2026, 0, 1) };
  pool = {
    userPoolId: 'us-east-1_Test12345',
    clientId: 'abcdefghijklmnopqrstuvwxyz',
    issuer: 'http://127.0.0.1:1/us-east-1_Test12345',
    passwordAuth: true,
    tokenTtlSeconds: 3600,
    refreshTokenTtlMs: 30 * DAY_MS,
    policy: STACK_PASSWORD_POLICY,
    now: () => clock.now,
    store: new UserStore(),
    keys,
  };
});

function call(operation: string, input: Json): Json {
  const handler = OPERATIONS[operation];
  if (!handler) throw new Error(`no operation ${operation}`);
  return handler(pool, input);
}

function failure(operation: string, input: Json): CognitoError {
  try {
    call(operation, input);
  } catch (error) {
    if (error instanceof CognitoError) return error;
    throw error;
  }
  throw new Error(`${operation} succeeded`);
}

function createUser(username: string, permanent = true): void {
  call('AdminCreateUser', {
    UserPoolId: pool.userPoolId,
    Username: username,
    TemporaryPassword: TEMPORARY,
    MessageAction: 'SUPPRESS',
  });
  if (permanent) {
    call('AdminSetUserPassword', {
      UserPoolId: pool.userPoolId,
      Username: username,
      Password: PASSWORD,
      Permanent: true,
    });
  }
}

function login(username: string, password = PASSWORD): Json {
  return call('InitiateAuth', {
    ClientId: pool.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
}

function refresh(token: unknown): Json {
  return call('InitiateAuth', {
    ClientId: pool.clientId,
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    AuthParameters: { REFRESH_TOKEN: token },
  });
}

const result = (response: Json) => response.AuthenticationResult as Record<string, unknown>;
const accessPayload = (response: Json) => decodeJwt(String(result(response).AccessToken)).payload;

describe('refresh tokens on the pool clock', () => {
  it('refresh keeps the sign-in (sub, auth_time, origin_jti) and stamps new tokens with the clock', () => {
    // Prepare
    createUser('carol');
    const first = login('carol');
    clock.now += 10 * 60_000;

    // Act
    const renewed = refresh(result(first).RefreshToken);

    // Assess
    const before = accessPayload(first);
    const after = accessPayload(renewed);
    expect(after.sub).toBe(before.sub);
    expect(after.auth_time).toBe(before.auth_time);
    expect(after.origin_jti).toBe(before.origin_jti);
    expect(after.jti).not.toBe(before.jti);
    expect(after.iat).toBe(Math.floor(clock.now / 1000));
    expect(result(renewed).RefreshToken).toBeUndefined();
  });

  it('refuses a refresh token once refreshTokenValidityDays have passed', () => {
    // Prepare
    createUser('carol');
    const token = result(login('carol')).RefreshToken;
    clock.now += 30 * DAY_MS;

    // Act
    const error = failure('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: token },
    });

    // Assess
    expect(error.type).toBe('NotAuthorizedException');
    expect(error.message).toBe('Refresh Token has expired');
  });

  it('refuses the refresh token of a deleted user even after the name is taken again', () => {
    // Prepare
    createUser('carol');
    const token = result(login('carol')).RefreshToken;
    call('AdminDeleteUser', { UserPoolId: pool.userPoolId, Username: 'carol' });
    createUser('carol');

    // Act
    const error = failure('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: token },
    });

    // Assess
    expect(error.message).toBe('Invalid Refresh Token');
  });
});

describe('NEW_PASSWORD_REQUIRED sessions', () => {
  function challenge(): string {
    createUser('dave', false);
    const response = login('dave', TEMPORARY);
    expect(response.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    return String(response.Session);
  }

  const answer = (session: string, password = PASSWORD) => ({
    ClientId: pool.clientId,
    ChallengeName: 'NEW_PASSWORD_REQUIRED',
    Session: session,
    ChallengeResponses: { USERNAME: 'dave', NEW_PASSWORD: password },
  });

  it('expire after three minutes', () => {
    // Prepare
    const session = challenge();
    clock.now += 3 * 60_000;

    // Act
    const error = failure('RespondToAuthChallenge', answer(session));

    // Assess
    expect(error.type).toBe('NotAuthorizedException');
    expect(error.message).toBe('Invalid session for the user, session is expired.');
  });

  it('stay open after a password the policy refuses, and answer one challenge only', () => {
    // Prepare
    const session = challenge();

    // Act
    const weak = failure('RespondToAuthChallenge', answer(session, 'weak'));
    const answered = call('RespondToAuthChallenge', answer(session));
    const reused = failure('RespondToAuthChallenge', answer(session));

    // Assess
    expect(weak.type).toBe('InvalidPasswordException');
    expect(result(answered).AccessToken).toEqual(expect.any(String));
    expect(reused.message).toBe('Invalid session for the user.');
  });
});

describe('a pool of 10,000 users', () => {
  it('creates them all and lists each exactly once, 60 to a page', () => {
    // Prepare
    for (let i = 0; i < 10_000; i++) createUser(`load-user-${i}`, false);
    const seen = new Set<unknown>();
    let pageToken: unknown;
    let pages = 0;

    // Act
    do {
      const page = call('ListUsers', {
        UserPoolId: pool.userPoolId,
        ...(pageToken === undefined ? {} : { PaginationToken: pageToken }),
      });
      for (const user of page.Users as Json[]) seen.add(user.Username);
      pageToken = page.PaginationToken;
      pages++;
    } while (pageToken !== undefined);

    // Assess
    expect(pool.store.size).toBe(10_000);
    expect(seen.size).toBe(10_000);
    expect(pages).toBe(Math.ceil(10_000 / 60));
  });
});
