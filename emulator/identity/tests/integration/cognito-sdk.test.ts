import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  InitiateAuthCommand,
  InvalidParameterException,
  InvalidPasswordException,
  ListUsersCommand,
  NotAuthorizedException,
  ResourceNotFoundException,
  RespondToAuthChallengeCommand,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_CLAIMS, decodeJwt, UUID_V4 } from '../support/jwt.ts';
import { type Harness, PASSWORD, startHarness, TEMPORARY_PASSWORD } from '../support/provider.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('pool and client ids', () => {
  it('look like Cognito ids and make up the issuer and JWKS URI', () => {
    // Assess
    expect(h.idp.userPoolId).toMatch(/^us-east-1_[0-9A-Za-z]{9}$/);
    expect(h.idp.clientId).toMatch(/^[0-9a-z]{26}$/);
    expect(h.idp.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(h.idp.issuer).toBe(`${h.idp.endpoint}/${h.idp.userPoolId}`);
    expect(h.idp.jwksUri).toBe(`${h.idp.issuer}/.well-known/jwks.json`);
  });
});

describe('AdminCreateUser', () => {
  it('creates a user in FORCE_CHANGE_PASSWORD with a uuid v4 sub and the given attributes', async () => {
    // Act
    const { User } = await h.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: h.idp.userPoolId,
        Username: 'erin',
        MessageAction: 'SUPPRESS',
        TemporaryPassword: TEMPORARY_PASSWORD,
        UserAttributes: [{ Name: 'email', Value: 'erin@example.com' }],
      }),
    );

    // Assess
    expect(User?.Username).toBe('erin');
    expect(User?.UserStatus).toBe('FORCE_CHANGE_PASSWORD');
    expect(User?.Enabled).toBe(true);
    expect(User?.UserCreateDate).toBeInstanceOf(Date);
    const attributes = Object.fromEntries((User?.Attributes ?? []).map((a) => [a.Name, a.Value]));
    expect(attributes.sub).toMatch(UUID_V4);
    expect(attributes.email).toBe('erin@example.com');
  });

  it('refuses a username that is taken, whatever its case', async () => {
    // Prepare
    await h.createUser('frank');

    // Act
    const sent = h.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: h.idp.userPoolId,
        Username: 'FRANK',
        MessageAction: 'SUPPRESS',
      }),
    );

    // Assess
    await expect(sent).rejects.toThrow(UsernameExistsException);
    await expect(sent).rejects.toThrow('User account already exists');
  });

  it('refuses a username in email format, the pool having an email alias', async () => {
    // Act
    const sent = h.cognito.send(
      new AdminCreateUserCommand({ UserPoolId: h.idp.userPoolId, Username: 'gail@example.com' }),
    );

    // Assess
    await expect(sent).rejects.toThrow(InvalidParameterException);
    await expect(sent).rejects.toThrow('Username cannot be of email format');
  });

  it('refuses a temporary password the policy does not allow', async () => {
    // Act
    const sent = h.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: h.idp.userPoolId,
        Username: 'hank',
        TemporaryPassword: 'short',
      }),
    );

    // Assess
    await expect(sent).rejects.toThrow(InvalidPasswordException);
    await expect(sent).rejects.toThrow(
      'Password did not conform with policy: Password not long enough',
    );
  });

  it('refuses an attribute the schema does not have', async () => {
    // Act
    const sent = h.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: h.idp.userPoolId,
        Username: 'iris',
        UserAttributes: [{ Name: 'custom:tier', Value: 'gold' }],
      }),
    );

    // Assess
    await expect(sent).rejects.toThrow(
      'Attributes did not conform to the schema: custom:tier: Attribute does not exist in the schema.',
    );
  });

  it('answers ResourceNotFoundException for another pool id', async () => {
    // Act
    const sent = h.cognito.send(
      new AdminCreateUserCommand({ UserPoolId: 'us-east-1_Elsewhere', Username: 'jack' }),
    );

    // Assess
    await expect(sent).rejects.toThrow(ResourceNotFoundException);
    await expect(sent).rejects.toThrow('User pool us-east-1_Elsewhere does not exist.');
  });
});

describe('AdminSetUserPassword and USER_PASSWORD_AUTH', () => {
  it('signs a user with a permanent password in, with Bearer tokens for the configured lifetime', async () => {
    // Prepare
    await h.createUser('kate', { email: 'kate@example.com', email_verified: 'true' });

    // Act
    const { AuthenticationResult: tokens, ChallengeName } = await h.login('kate');

    // Assess
    expect(ChallengeName).toBeUndefined();
    expect(tokens?.TokenType).toBe('Bearer');
    expect(tokens?.ExpiresIn).toBe(60 * 60);
    expect(tokens?.RefreshToken).toMatch(/^[A-Za-z0-9-_=.]+$/);
    expect(tokens?.AccessToken).toMatch(/^[A-Za-z0-9-_]+\.[A-Za-z0-9-_]+\.[A-Za-z0-9-_]+$/);
    expect(tokens?.IdToken).toMatch(/^[A-Za-z0-9-_]+\.[A-Za-z0-9-_]+\.[A-Za-z0-9-_]+$/);
  });

  it('signs in case-insensitively, keeping the username as created', async () => {
    // Prepare
    await h.createUser('Liam');

    // Act
    const { AuthenticationResult: tokens } = await h.login('LIAM');

    // Assess
    expect(decodeJwt(tokens?.AccessToken ?? '').payload.username).toBe('Liam');
  });

  it('answers a wrong password with NotAuthorizedException', async () => {
    // Prepare
    await h.createUser('mona');

    // Act
    const sent = h.login('mona', 'Wrong-pass-123!');

    // Assess
    await expect(sent).rejects.toThrow(NotAuthorizedException);
    await expect(sent).rejects.toThrow('Incorrect username or password.');
  });

  it('answers an unknown user exactly like a wrong password (preventUserExistenceErrors)', async () => {
    // Act
    const sent = h.login('nobody');

    // Assess
    await expect(sent).rejects.toThrow(NotAuthorizedException);
    await expect(sent).rejects.toThrow('Incorrect username or password.');
  });

  it('answers UserNotFoundException when setting the password of an unknown user', async () => {
    // Act
    const sent = h.cognito.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: h.idp.userPoolId,
        Username: 'nobody',
        Password: PASSWORD,
        Permanent: true,
      }),
    );

    // Assess
    await expect(sent).rejects.toThrow(UserNotFoundException);
    await expect(sent).rejects.toThrow('User does not exist.');
  });

  it('answers ResourceNotFoundException for another app client id', async () => {
    // Act
    const sent = h.cognito.send(
      new InitiateAuthCommand({
        ClientId: 'zzzzzzzzzzzzzzzzzzzzzzzzzz',
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: 'kate', PASSWORD },
      }),
    );

    // Assess
    await expect(sent).rejects.toThrow(ResourceNotFoundException);
    await expect(sent).rejects.toThrow(
      'User pool client zzzzzzzzzzzzzzzzzzzzzzzzzz does not exist.',
    );
  });

  it('refuses SRP sign-in, which the local pool does not implement, with a clear message', async () => {
    // Act
    const sent = h.cognito.send(
      new InitiateAuthCommand({
        ClientId: h.idp.clientId,
        AuthFlow: 'USER_SRP_AUTH',
        AuthParameters: { USERNAME: 'kate', SRP_A: 'abc' },
      }),
    );

    // Assess
    await expect(sent).rejects.toThrow(
      'USER_SRP_AUTH is not supported by the local identity provider',
    );
  });
});

describe('a temporary password', () => {
  it('meets NEW_PASSWORD_REQUIRED, answered with RespondToAuthChallenge', async () => {
    // Prepare
    await h.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: h.idp.userPoolId,
        Username: 'olga',
        MessageAction: 'SUPPRESS',
        TemporaryPassword: TEMPORARY_PASSWORD,
        UserAttributes: [{ Name: 'email', Value: 'olga@example.com' }],
      }),
    );

    // Act
    const challenge = await h.login('olga', TEMPORARY_PASSWORD);
    const answered = await h.cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId: h.idp.clientId,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: challenge.Session,
        ChallengeResponses: { USERNAME: 'olga', NEW_PASSWORD: PASSWORD },
      }),
    );
    const user = await h.cognito.send(
      new AdminGetUserCommand({ UserPoolId: h.idp.userPoolId, Username: 'olga' }),
    );

    // Assess
    expect(challenge.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect(challenge.AuthenticationResult).toBeUndefined();
    expect(challenge.ChallengeParameters).toEqual({
      USER_ID_FOR_SRP: 'olga',
      requiredAttributes: '[]',
      userAttributes: '{"email":"olga@example.com"}',
    });
    expect(answered.AuthenticationResult?.AccessToken).toEqual(expect.any(String));
    expect(user.UserStatus).toBe('CONFIRMED');
    await expect(h.login('olga')).resolves.toHaveProperty('AuthenticationResult');
  });

  it('is what AdminSetUserPassword with Permanent false sets', async () => {
    // Prepare
    await h.createUser('pete');
    await h.cognito.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: h.idp.userPoolId,
        Username: 'pete',
        Password: TEMPORARY_PASSWORD,
        Permanent: false,
      }),
    );

    // Act
    const response = await h.login('pete', TEMPORARY_PASSWORD);

    // Assess
    expect(response.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
  });
});

describe('REFRESH_TOKEN_AUTH', () => {
  it('issues new access and ID tokens of the same sign-in, without a new refresh token', async () => {
    // Prepare
    await h.createUser('quinn');
    const first = (await h.login('quinn')).AuthenticationResult;

    // Act
    const renewed = await h.cognito.send(
      new InitiateAuthCommand({
        ClientId: h.idp.clientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: first?.RefreshToken ?? '' },
      }),
    );

    // Assess
    const before = decodeJwt(first?.AccessToken ?? '').payload;
    const after = decodeJwt(renewed.AuthenticationResult?.AccessToken ?? '').payload;
    expect(after.sub).toBe(before.sub);
    expect(after.origin_jti).toBe(before.origin_jti);
    expect(after.jti).not.toBe(before.jti);
    expect(renewed.AuthenticationResult?.IdToken).toEqual(expect.any(String));
    expect(renewed.AuthenticationResult?.RefreshToken).toBeUndefined();
  });

  it('refuses an unknown refresh token', async () => {
    // Act
    const sent = h.cognito.send(
      new InitiateAuthCommand({
        ClientId: h.idp.clientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: 'not-a-refresh-token' },
      }),
    );

    // Assess
    await expect(sent).rejects.toThrow(NotAuthorizedException);
    await expect(sent).rejects.toThrow('Invalid Refresh Token');
  });
});

describe('tokens', () => {
  it('carry exactly Cognito access-token claims, signed with a different kid than ID tokens', async () => {
    // Prepare
    await h.createUser('rosa', { email: 'rosa@example.com' });

    // Act
    const tokens = (await h.login('rosa')).AuthenticationResult;
    const again = (await h.login('rosa')).AuthenticationResult;
    const jwks = (await (await fetch(h.idp.jwksUri)).json()) as { keys: Record<string, string>[] };

    // Assess
    const access = decodeJwt(tokens?.AccessToken ?? '');
    const id = decodeJwt(tokens?.IdToken ?? '');
    expect(Object.keys(access.payload).sort()).toEqual(ACCESS_CLAIMS);
    expect(access.header).toEqual({ kid: expect.any(String), alg: 'RS256' });
    expect(id.header.kid).not.toBe(access.header.kid);
    expect(jwks.keys.map((key) => key.kid).sort()).toEqual(
      [access.header.kid, id.header.kid].sort(),
    );
    for (const key of jwks.keys) {
      expect(key).toEqual({
        alg: 'RS256',
        e: 'AQAB',
        kid: expect.any(String),
        kty: 'RSA',
        n: expect.any(String),
        use: 'sig',
      });
    }
    expect(access.payload).toMatchObject({
      iss: h.idp.issuer,
      client_id: h.idp.clientId,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      username: 'rosa',
    });
    expect(access.payload.sub).toMatch(UUID_V4);
    expect(Number(access.payload.exp) - Number(access.payload.iat)).toBe(3600);
    expect(decodeJwt(again?.AccessToken ?? '').payload.sub).toBe(access.payload.sub);
    expect(id.payload).toMatchObject({
      sub: access.payload.sub,
      aud: h.idp.clientId,
      token_use: 'id',
      'cognito:username': 'rosa',
      email: 'rosa@example.com',
      email_verified: false,
      origin_jti: access.payload.origin_jti,
    });
  });
});

describe('AdminGetUser, AdminDeleteUser and ListUsers', () => {
  it('reads, lists page by page, and deletes users; a deleted user cannot sign in', async () => {
    // Prepare
    await h.createUser('sam');

    // Act
    const user = await h.cognito.send(
      new AdminGetUserCommand({ UserPoolId: h.idp.userPoolId, Username: 'sam' }),
    );
    const names: string[] = [];
    let PaginationToken: string | undefined;
    do {
      const page = await h.cognito.send(
        new ListUsersCommand({ UserPoolId: h.idp.userPoolId, Limit: 2, PaginationToken }),
      );
      names.push(...(page.Users ?? []).map((u) => u.Username ?? ''));
      PaginationToken = page.PaginationToken;
    } while (PaginationToken);
    await h.cognito.send(
      new AdminDeleteUserCommand({ UserPoolId: h.idp.userPoolId, Username: 'sam' }),
    );

    // Assess
    expect(user.Username).toBe('sam');
    expect(user.UserStatus).toBe('CONFIRMED');
    expect(user.UserAttributes?.[0]?.Name).toBe('sub');
    expect(names).toContain('sam');
    expect(new Set(names).size).toBe(names.length);
    await expect(
      h.cognito.send(new AdminGetUserCommand({ UserPoolId: h.idp.userPoolId, Username: 'sam' })),
    ).rejects.toThrow(UserNotFoundException);
    await expect(h.login('sam')).rejects.toThrow(NotAuthorizedException);
  });
});

describe('an app client without USER_PASSWORD_AUTH', () => {
  let strict: Harness;

  beforeAll(async () => {
    strict = await startHarness({ passwordAuth: false });
  });
  afterAll(async () => {
    await strict?.close();
  });

  it('refuses the flow with InvalidParameterException', async () => {
    // Prepare
    await strict.createUser('tina');

    // Act
    const sent = strict.login('tina');

    // Assess
    await expect(sent).rejects.toThrow(InvalidParameterException);
    await expect(sent).rejects.toThrow('USER_PASSWORD_AUTH flow not enabled for this client');
  });
});
