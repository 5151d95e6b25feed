/**
 * The local identity provider: one Cognito user pool with one app client,
 * served over Cognito's own wire protocol so that
 * `@aws-sdk/client-cognito-identity-provider` with `endpoint` set works
 * unchanged, plus the pool's JWKS and OpenID configuration under its issuer.
 *
 * Protocol (AWS JSON 1.1, https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html):
 * `POST /`, `Content-Type: application/x-amz-json-1.1`,
 * `X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>`, JSON body.
 */
import { generateKeyPairSync, type KeyObject, randomInt, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '../loopback.ts';
import { CognitoError } from './errors.ts';
import { isJson, OPERATIONS, type PoolContext } from './operations.ts';
import { type PasswordPolicy, STACK_PASSWORD_POLICY } from './password-policy.ts';
import { UserStore } from './store.ts';
import {
  accessTokenClaims,
  generateSigningKey,
  idTokenClaims,
  type Signer,
  signJwt,
} from './tokens.ts';

export interface IdentityProviderOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** The pool's region (the prefix of its id), e.g. `us-east-1`. */
  region: string;
  /** Access and ID token lifetime, 5–1,440 minutes as on Cognito (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html). */
  accessTokenValidityMinutes: number;
  refreshTokenValidityDays: number;
  /** Whether the app client allows USER_PASSWORD_AUTH. */
  passwordAuth: boolean;
  /** Clock in epoch milliseconds (tests); defaults to `Date.now`. */
  now?: () => number;
  /** Defaults to the stack's policy. */
  passwordPolicy?: PasswordPolicy;
}

/** What `mintForTest` signs; every field defaults to a valid token of the pool. */
export interface MintOptions {
  /** Which of Cognito's two tokens to imitate: its claim set and its signing key. Default `access`. */
  use?: 'access' | 'id';
  /** Claims merged over a valid set for a made-up user; a claim set to `undefined` is removed. */
  claims?: Record<string, unknown>;
  /** Header members merged over `{ kid, alg }`; a member set to `undefined` is removed. */
  header?: Record<string, unknown>;
  /**
   * `pool` (default): the pool's key for `use`; `foreign-key`: an RSA key the
   * JWKS does not hold (the header still names the pool's kid unless
   * overridden); `none`: unsigned, `alg: none`; `{ hs256 }`: HMAC-SHA256 with
   * that secret (for instance the public key's PEM).
   */
  signWith?: 'pool' | 'foreign-key' | 'none' | { hs256: string | Uint8Array };
}

export interface IdentityProvider {
  /** `http://127.0.0.1:<port>`: the Cognito SDK client's `endpoint`. */
  endpoint: string;
  /** `<region>_<9 alphanumerics>`, like Cognito's. */
  userPoolId: string;
  /** 26 lower-case alphanumerics, like Cognito's app client ids. */
  clientId: string;
  /** `${endpoint}/${userPoolId}` (Cognito's: `https://cognito-idp.<region>.amazonaws.com/<pool>`). */
  issuer: string;
  /** `${issuer}/.well-known/jwks.json`. */
  jwksUri: string;
  /** Test support: a token signed (or not) with the pool's keys or others; see `MintOptions`. */
  mintForTest(options?: MintOptions): string;
  /** Stops the server and drops every connection. */
  close(): Promise<void>;
}

export class IdentityProviderConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IdentityProviderConfigError';
  }
}

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';
const MAX_BODY_BYTES = 1024 * 1024;

export async function startIdentityProvider(
  options: IdentityProviderOptions,
): Promise<IdentityProvider> {
  validate(options);
  const now = options.now ?? Date.now;
  const userPoolId = `${options.region}_${randomId(9, ALPHANUMERIC)}`;
  const clientId = randomId(26, LOWER_ALPHANUMERIC);
  // Requests wait until the pool below exists (its keys take 0.1–0.5 s).
  let markServing = () => {};
  const serving = new Promise<void>((resolve) => {
    markServing = resolve;
  });
  const server = createServer((req, res) => {
    serving
      .then(() => handle(req, res))
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        sendError(res, new CognitoError('InternalErrorException', message));
      });
  });
  const port = await listenOnLoopback(server, options.port ?? 0, 'identity provider');
  const [access, id] = await Promise.all([generateSigningKey(), generateSigningKey()]).catch(
    (error: unknown) => {
      server.close();
      throw error;
    },
  );
  const endpoint = `http://127.0.0.1:${port}`;
  const issuer = `${endpoint}/${userPoolId}`;
  const jwksUri = `${issuer}/.well-known/jwks.json`;

  const pool: PoolContext = {
    userPoolId,
    clientId,
    issuer,
    passwordAuth: options.passwordAuth,
    tokenTtlSeconds: options.accessTokenValidityMinutes * 60,
    refreshTokenTtlMs: options.refreshTokenValidityDays * 86_400_000,
    policy: options.passwordPolicy ?? STACK_PASSWORD_POLICY,
    now,
    store: new UserStore(),
    keys: { access, id },
  };
  const jwks = JSON.stringify({ keys: [access.jwk, id.jwk] });
  // Cognito's discovery document also lists its hosted-UI endpoints; the
  // stack disables OAuth, so only what a JWT verifier reads is served.
  const openIdConfiguration = JSON.stringify({
    issuer,
    jwks_uri: jwksUri,
    id_token_signing_alg_values_supported: ['RS256'],
    subject_types_supported: ['public'],
    response_types_supported: ['code', 'token'],
  });

  markServing();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', endpoint).pathname;
    if (req.method === 'GET' && path === `/${userPoolId}/.well-known/jwks.json`) {
      return send(res, 200, 'application/json', jwks);
    }
    if (req.method === 'GET' && path === `/${userPoolId}/.well-known/openid-configuration`) {
      return send(res, 200, 'application/json', openIdConfiguration);
    }
    if (req.method !== 'POST' || path !== '/') {
      return send(res, 404, 'application/json', JSON.stringify({ message: 'Not Found' }));
    }
    const body = await readBody(req);
    try {
      const target = req.headers['x-amz-target'];
      const name =
        typeof target === 'string' && target.startsWith(TARGET_PREFIX)
          ? target.slice(TARGET_PREFIX.length)
          : '';
      const operation = Object.hasOwn(OPERATIONS, name) ? OPERATIONS[name] : undefined;
      if (!operation) {
        throw new CognitoError(
          'UnknownOperationException',
          `Unknown operation ${typeof target === 'string' ? target : '(no X-Amz-Target header)'}`,
        );
      }
      send(res, 200, JSON_1_1, JSON.stringify(operation(pool, parseInput(body))));
    } catch (error) {
      if (!(error instanceof CognitoError)) throw error;
      sendError(res, error);
    }
  }

  let foreignKey: KeyObject | undefined;
  function signerFor(signWith: MintOptions['signWith'], use: 'access' | 'id'): Signer {
    if (signWith === undefined || signWith === 'pool') {
      return { alg: 'RS256', key: pool.keys[use].privateKey };
    }
    if (signWith === 'foreign-key') {
      foreignKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
      return { alg: 'RS256', key: foreignKey };
    }
    if (signWith === 'none') return { alg: 'none' };
    return { alg: 'HS256', secret: signWith.hs256 };
  }

  let closed: Promise<void> | undefined;
  return {
    endpoint,
    userPoolId,
    clientId,
    issuer,
    jwksUri,
    mintForTest({ use = 'access', claims = {}, header = {}, signWith } = {}) {
      const iat = Math.floor(now() / 1000);
      const signIn = {
        sub: randomUUID(),
        username: 'minted-test-user',
        emailVerified: false,
        authTime: iat,
        originJti: randomUUID(),
        eventId: randomUUID(),
      };
      const base =
        use === 'access'
          ? accessTokenClaims(pool, signIn, iat, pool.tokenTtlSeconds)
          : idTokenClaims(pool, signIn, iat, pool.tokenTtlSeconds);
      const signer = signerFor(signWith, use);
      return signJwt(
        withoutUndefined({ kid: pool.keys[use].kid, alg: signer.alg, ...header }),
        withoutUndefined({ ...base, ...claims }),
        signer,
      );
    },
    close() {
      closed ??= closeServer(server);
      return closed;
    },
  };
}

const JSON_1_1 = 'application/x-amz-json-1.1';
const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const LOWER_ALPHANUMERIC = '0123456789abcdefghijklmnopqrstuvwxyz';

function randomId(length: number, alphabet: string): string {
  return Array.from({ length }, () => alphabet.charAt(randomInt(alphabet.length))).join('');
}

function validate(options: IdentityProviderOptions): void {
  const { region, accessTokenValidityMinutes: access, refreshTokenValidityDays: refresh } = options;
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new IdentityProviderConfigError(
      `identity provider: "${region}" is not an AWS region name`,
    );
  }
  if (!Number.isInteger(access) || access < 5 || access > 1440) {
    throw new IdentityProviderConfigError(
      `identity provider: accessTokenValidityMinutes must be an integer from 5 to 1440 (got ${access})`,
    );
  }
  if (!(refresh > 0) || refresh > 3650) {
    throw new IdentityProviderConfigError(
      `identity provider: refreshTokenValidityDays must be more than 0 and at most 3650 (got ${refresh})`,
    );
  }
}

/** The body, or null when it exceeds MAX_BODY_BYTES. */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8');
}

function parseInput(body: string | null): Record<string, unknown> {
  if (body === null) {
    throw new CognitoError(
      'SerializationException',
      `request body exceeds ${MAX_BODY_BYTES} bytes`,
    );
  }
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    throw new CognitoError('SerializationException', 'request body is not valid JSON');
  }
  if (!isJson(input))
    throw new CognitoError('SerializationException', 'request body is not a JSON object');
  return input;
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    'x-amzn-requestid': randomUUID(),
  });
  res.end(body);
}

function sendError(res: ServerResponse, error: CognitoError): void {
  if (res.headersSent) {
    res.destroy(error);
    return;
  }
  res.setHeader('x-amzn-errortype', error.type);
  send(res, error.status, JSON_1_1, JSON.stringify({ __type: error.type, message: error.message }));
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
