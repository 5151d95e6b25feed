/**
 * The Cognito user pool operations the local stage serves, one handler each,
 * over the in-memory store. Request and response members are Cognito's
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_<Operation>.html);
 * each handler cites its page.
 */
import { randomUUID } from 'node:crypto';
import { CognitoError, constraintError, MESSAGES } from './errors.ts';
import { generatePassword, type PasswordPolicy, passwordViolation } from './password-policy.ts';
import { hashPassword, passwordMatches, type UserRecord, type UserStore } from './store.ts';
import {
  accessTokenClaims,
  idTokenClaims,
  type SignIn,
  type SigningKey,
  signJwt,
} from './tokens.ts';

export type Json = Record<string, unknown>;

/** Everything an operation needs: the pool's identity and settings, its store, keys and clock. */
export interface PoolContext {
  userPoolId: string;
  clientId: string;
  issuer: string;
  /** USER_PASSWORD_AUTH enabled on the app client. */
  passwordAuth: boolean;
  /** Access and ID token lifetime (the stack sets both from one setting). */
  tokenTtlSeconds: number;
  refreshTokenTtlMs: number;
  policy: PasswordPolicy;
  now: () => number;
  store: UserStore;
  keys: { access: SigningKey; id: SigningKey };
}

export type Operation = (pool: PoolContext, input: Json) => Json;

/**
 * How long a challenge session stays open: the app client's AuthSessionValidity,
 * 3 minutes by default
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html).
 */
const SESSION_TTL_MS = 3 * 60_000;

/** https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html */
function adminCreateUser(pool: PoolContext, input: Json): Json {
  requirePool(pool, input);
  const username = requireUsername(input);
  const action = optionalString(input, 'MessageAction', 'messageAction');
  if (action !== undefined && action !== 'SUPPRESS' && action !== 'RESEND') {
    throw constraintError(
      'messageAction',
      action,
      'Member must satisfy enum value set: [RESEND, SUPPRESS]',
    );
  }
  if (action === 'RESEND') {
    // RESEND re-sends an invitation; the local pool sends no messages at all.
    throw new CognitoError(
      'InvalidParameterException',
      'MessageAction RESEND is not supported by the local identity provider (it sends no messages)',
    );
  }
  const attributes = parseAttributes(input.UserAttributes);
  const temporary = optionalString(input, 'TemporaryPassword', 'temporaryPassword');
  if (temporary !== undefined) checkPassword(pool, temporary);
  const now = pool.now();
  const user: UserRecord = {
    username,
    sub: randomUUID(),
    attributes,
    status: 'FORCE_CHANGE_PASSWORD',
    enabled: true,
    createdAt: now,
    modifiedAt: now,
    password: hashPassword(temporary ?? generatePassword(pool.policy)),
  };
  if (!pool.store.add(user)) throw new CognitoError('UsernameExistsException', MESSAGES.userExists);
  return { User: userType(user) };
}

/** https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminSetUserPassword.html */
function adminSetUserPassword(pool: PoolContext, input: Json): Json {
  requirePool(pool, input);
  const user = requireUser(pool, input);
  const password = requireString(input, 'Password', 'password');
  const permanent = input.Permanent ?? false;
  if (typeof permanent !== 'boolean') {
    throw constraintError('permanent', permanent, 'Member must be a boolean');
  }
  checkPassword(pool, password);
  user.password = hashPassword(password);
  user.status = permanent ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD';
  user.modifiedAt = pool.now();
  return {};
}

/** https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminGetUser.html */
function adminGetUser(pool: PoolContext, input: Json): Json {
  requirePool(pool, input);
  const { Attributes, ...user } = userType(requireUser(pool, input));
  return { ...user, UserAttributes: Attributes };
}

/** https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDeleteUser.html */
function adminDeleteUser(pool: PoolContext, input: Json): Json {
  requirePool(pool, input);
  pool.store.delete(requireUser(pool, input).username);
  return {};
}

/** https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUsers.html */
function listUsers(pool: PoolContext, input: Json): Json {
  requirePool(pool, input);
  if (input.Filter !== undefined && input.Filter !== '') {
    throw new CognitoError(
      'InvalidParameterException',
      'ListUsers Filter is not supported by the local identity provider',
    );
  }
  const limit = input.Limit ?? 60;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0 || limit > 60) {
    throw constraintError('limit', limit, 'Member must have value less than or equal to 60');
  }
  const token = optionalString(input, 'PaginationToken', 'paginationToken');
  const after = token === undefined ? undefined : Buffer.from(token, 'base64url').toString();
  if (after !== undefined && !pool.store.hasKey(after)) {
    throw new CognitoError('InvalidParameterException', 'Invalid pagination token');
  }
  const users: Json[] = [];
  let last: string | undefined;
  let more = false;
  for (const [key, user] of pool.store.list(after)) {
    if (users.length === limit) {
      more = true;
      break;
    }
    users.push(userType(user));
    last = key;
  }
  return {
    Users: users,
    ...(more && last !== undefined
      ? { PaginationToken: Buffer.from(last).toString('base64url') }
      : {}),
  };
}

/** https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html */
function initiateAuth(pool: PoolContext, input: Json): Json {
  requireClient(pool, input);
  const flow = requireString(input, 'AuthFlow', 'authFlow');
  const parameters = stringMap(input.AuthParameters, 'authParameters');
  switch (flow) {
    case 'USER_PASSWORD_AUTH':
      return passwordAuth(pool, parameters);
    case 'REFRESH_TOKEN_AUTH':
    case 'REFRESH_TOKEN':
      return refreshTokenAuth(pool, parameters);
    case 'USER_SRP_AUTH':
    case 'CUSTOM_AUTH':
    case 'USER_AUTH':
      throw new CognitoError(
        'InvalidParameterException',
        `${flow} is not supported by the local identity provider (use USER_PASSWORD_AUTH)`,
      );
    default:
      throw constraintError(
        'authFlow',
        flow,
        'Member must satisfy enum value set: [USER_SRP_AUTH, REFRESH_TOKEN_AUTH, REFRESH_TOKEN, CUSTOM_AUTH, USER_PASSWORD_AUTH, USER_AUTH]',
      );
  }
}

function passwordAuth(pool: PoolContext, parameters: Map<string, string>): Json {
  if (!pool.passwordAuth) {
    throw new CognitoError('InvalidParameterException', MESSAGES.passwordAuthDisabled);
  }
  const username = requireParameter(parameters, 'USERNAME');
  const password = requireParameter(parameters, 'PASSWORD');
  const user = pool.store.find(username);
  // The stack's app client sets preventUserExistenceErrors, so an unknown user
  // gets the same answer as a wrong password (backend/cdk/constructs/user-directory.ts).
  if (!user || !passwordMatches(password, user.password)) {
    throw new CognitoError('NotAuthorizedException', MESSAGES.incorrectCredentials);
  }
  if (user.status === 'FORCE_CHANGE_PASSWORD') return newPasswordChallenge(pool, user);
  return {
    AuthenticationResult: tokensFor(pool, user, newSignIn(pool, user), true),
    ChallengeParameters: {},
  };
}

function refreshTokenAuth(pool: PoolContext, parameters: Map<string, string>): Json {
  const grant = pool.store.refreshGrant(requireParameter(parameters, 'REFRESH_TOKEN'));
  const user = grant && pool.store.holderOf(grant);
  if (!grant || !user) {
    throw new CognitoError('NotAuthorizedException', MESSAGES.invalidRefreshToken);
  }
  if (grant.expiresAt <= pool.now()) {
    throw new CognitoError('NotAuthorizedException', MESSAGES.expiredRefreshToken);
  }
  const { authTime, originJti, eventId } = grant;
  const signIn = { ...signInOf(user), authTime, originJti, eventId };
  // Without refresh-token rotation Cognito returns no new refresh token.
  return { AuthenticationResult: tokensFor(pool, user, signIn, false), ChallengeParameters: {} };
}

/** The challenge a user with a temporary password meets at sign-in. */
function newPasswordChallenge(pool: PoolContext, user: UserRecord): Json {
  const now = pool.now();
  const session = pool.store.openSession(
    { username: user.username, sub: user.sub, expiresAt: now + SESSION_TTL_MS },
    now,
  );
  return {
    ChallengeName: 'NEW_PASSWORD_REQUIRED',
    ChallengeParameters: {
      USER_ID_FOR_SRP: user.username,
      requiredAttributes: '[]',
      userAttributes: JSON.stringify(Object.fromEntries(user.attributes)),
    },
    Session: session,
  };
}

/** https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html */
function respondToAuthChallenge(pool: PoolContext, input: Json): Json {
  requireClient(pool, input);
  const challenge = requireString(input, 'ChallengeName', 'challengeName');
  if (challenge !== 'NEW_PASSWORD_REQUIRED') {
    throw new CognitoError(
      'InvalidParameterException',
      `${challenge} is not supported by the local identity provider`,
    );
  }
  const sessionId = requireString(input, 'Session', 'session');
  const responses = stringMap(input.ChallengeResponses, 'challengeResponses');
  const username = requireParameter(responses, 'USERNAME');
  const password = requireParameter(responses, 'NEW_PASSWORD');
  const session = pool.store.session(sessionId);
  const user = session && pool.store.holderOf(session);
  if (!session || !user || user.username.toLowerCase() !== username.toLowerCase()) {
    throw new CognitoError('NotAuthorizedException', MESSAGES.invalidSession);
  }
  if (session.expiresAt <= pool.now()) {
    pool.store.closeSession(sessionId);
    throw new CognitoError('NotAuthorizedException', MESSAGES.expiredSession);
  }
  checkPassword(pool, password);
  pool.store.closeSession(sessionId);
  user.password = hashPassword(password);
  user.status = 'CONFIRMED';
  user.modifiedAt = pool.now();
  return {
    AuthenticationResult: tokensFor(pool, user, newSignIn(pool, user), true),
    ChallengeParameters: {},
  };
}

/** The router: `X-Amz-Target: AWSCognitoIdentityProviderService.<name>` → handler. */
export const OPERATIONS: Readonly<Record<string, Operation>> = {
  AdminCreateUser: adminCreateUser,
  AdminDeleteUser: adminDeleteUser,
  AdminGetUser: adminGetUser,
  AdminSetUserPassword: adminSetUserPassword,
  InitiateAuth: initiateAuth,
  ListUsers: listUsers,
  RespondToAuthChallenge: respondToAuthChallenge,
};

function signInOf(user: UserRecord): Omit<SignIn, 'authTime' | 'originJti' | 'eventId'> {
  const email = user.attributes.get('email');
  return {
    sub: user.sub,
    username: user.username,
    ...(email === undefined ? {} : { email }),
    emailVerified: user.attributes.get('email_verified') === 'true',
  };
}

function newSignIn(pool: PoolContext, user: UserRecord): SignIn {
  return {
    ...signInOf(user),
    authTime: Math.floor(pool.now() / 1000),
    originJti: randomUUID(),
    eventId: randomUUID(),
  };
}

/** AuthenticationResultType (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AuthenticationResultType.html). */
function tokensFor(
  pool: PoolContext,
  user: UserRecord,
  signIn: SignIn,
  withRefresh: boolean,
): Json {
  const iat = Math.floor(pool.now() / 1000);
  const { access, id } = pool.keys;
  const refresh = withRefresh
    ? pool.store.issueRefreshToken({
        username: user.username,
        sub: user.sub,
        authTime: signIn.authTime,
        originJti: signIn.originJti,
        eventId: signIn.eventId,
        expiresAt: pool.now() + pool.refreshTokenTtlMs,
      })
    : undefined;
  return {
    AccessToken: signJwt(
      { kid: access.kid, alg: 'RS256' },
      accessTokenClaims(pool, signIn, iat, pool.tokenTtlSeconds),
      { alg: 'RS256', key: access.privateKey },
    ),
    ExpiresIn: pool.tokenTtlSeconds,
    IdToken: signJwt(
      { kid: id.kid, alg: 'RS256' },
      idTokenClaims(pool, signIn, iat, pool.tokenTtlSeconds),
      { alg: 'RS256', key: id.privateKey },
    ),
    ...(refresh === undefined ? {} : { RefreshToken: refresh }),
    TokenType: 'Bearer',
  };
}

/** UserType (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserType.html); times are epoch seconds on the wire. */
function userType(user: UserRecord): Json {
  return {
    Username: user.username,
    Attributes: [
      { Name: 'sub', Value: user.sub },
      ...[...user.attributes].map(([Name, Value]) => ({ Name, Value })),
    ],
    UserCreateDate: user.createdAt / 1000,
    UserLastModifiedDate: user.modifiedAt / 1000,
    Enabled: user.enabled,
    UserStatus: user.status,
  };
}

/**
 * The standard attributes; the stack's pool defines no custom ones
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
 */
const STANDARD_ATTRIBUTES = new Set([
  'address',
  'birthdate',
  'email',
  'email_verified',
  'family_name',
  'gender',
  'given_name',
  'locale',
  'middle_name',
  'name',
  'nickname',
  'phone_number',
  'phone_number_verified',
  'picture',
  'preferred_username',
  'profile',
  'updated_at',
  'website',
  'zoneinfo',
]);

function parseAttributes(value: unknown): Map<string, string> {
  const attributes = new Map<string, string>();
  if (value === undefined) return attributes;
  if (!Array.isArray(value))
    throw constraintError('userAttributes', value, 'Member must be a list');
  for (const item of value) {
    const name = isJson(item) ? item.Name : undefined;
    const attributeValue = isJson(item) ? (item.Value ?? '') : undefined;
    if (typeof name !== 'string' || typeof attributeValue !== 'string') {
      throw constraintError('userAttributes.member.name', name, 'Member must not be null');
    }
    if (!STANDARD_ATTRIBUTES.has(name)) {
      throw new CognitoError(
        'InvalidParameterException',
        `Attributes did not conform to the schema: ${name}: Attribute does not exist in the schema.`,
      );
    }
    attributes.set(name, attributeValue);
  }
  return attributes;
}

function checkPassword(pool: PoolContext, password: string): void {
  const violation = passwordViolation(password, pool.policy);
  if (violation !== null) throw new CognitoError('InvalidPasswordException', violation);
}

function requirePool(pool: PoolContext, input: Json): void {
  const id = requireString(input, 'UserPoolId', 'userPoolId');
  if (id !== pool.userPoolId)
    throw new CognitoError('ResourceNotFoundException', MESSAGES.poolMissing(id));
}

function requireClient(pool: PoolContext, input: Json): void {
  const id = requireString(input, 'ClientId', 'clientId');
  if (id !== pool.clientId)
    throw new CognitoError('ResourceNotFoundException', MESSAGES.clientMissing(id));
}

/** Username: 1–128 characters of `[\p{L}\p{M}\p{S}\p{N}\p{P}]`. */
function requireUsername(input: Json): string {
  const username = requireString(input, 'Username', 'username');
  if (username.length > 128) {
    throw constraintError(
      'username',
      username,
      'Member must have length less than or equal to 128',
    );
  }
  if (!/^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u.test(username)) {
    throw constraintError(
      'username',
      username,
      'Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+',
    );
  }
  // The stack's pool signs in with username or email alias, and then a
  // username may not look like an email address.
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(username)) {
    throw new CognitoError('InvalidParameterException', MESSAGES.emailFormatUsername);
  }
  return username;
}

function requireUser(pool: PoolContext, input: Json): UserRecord {
  const user = pool.store.find(requireString(input, 'Username', 'username'));
  if (!user) throw new CognitoError('UserNotFoundException', MESSAGES.userMissing);
  return user;
}

function requireString(input: Json, key: string, member: string): string {
  const value = optionalString(input, key, member);
  if (value === undefined || value === '') {
    throw constraintError(
      member,
      value,
      value === ''
        ? 'Member must have length greater than or equal to 1'
        : 'Member must not be null',
    );
  }
  return value;
}

function optionalString(input: Json, key: string, member: string): string | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw constraintError(member, value, 'Member must be a string');
  return value;
}

function stringMap(value: unknown, member: string): Map<string, string> {
  if (value === undefined || value === null) return new Map();
  if (!isJson(value) || Object.values(value).some((v) => typeof v !== 'string')) {
    throw constraintError(member, value, 'Member must be a map of strings');
  }
  return new Map(Object.entries(value as Record<string, string>));
}

function requireParameter(parameters: Map<string, string>, name: string): string {
  const value = parameters.get(name);
  if (value === undefined || value === '') {
    throw new CognitoError('InvalidParameterException', `Missing required parameter ${name}`);
  }
  return value;
}

export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
