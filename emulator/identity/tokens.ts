/**
 * The pool's signing keys, its JWKS and its tokens. Tokens are compact JWS
 * signed with node:crypto, so signing stays synchronous (and fast enough to
 * log in thousands of load-test users); the same signer mints the broken
 * tokens the authorizer tests need.
 *
 * Shapes follow Cognito's
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html):
 * https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html
 * https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
 * https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
 */
import {
  createHmac,
  generateKeyPair,
  type JsonWebKey,
  type KeyObject,
  randomBytes,
  randomUUID,
  sign,
} from 'node:crypto';
import { promisify } from 'node:util';

const generateRsaKeyPair = promisify(generateKeyPair);

/** One RS256 key: Cognito signs access and ID tokens with different keys (different `kid`). */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  /** The public half as it appears in the JWKS. */
  jwk: JsonWebKey;
}

export async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateRsaKeyPair('rsa', { modulusLength: 2048 });
  // Cognito's kids are 44-character base64 strings.
  const kid = randomBytes(32).toString('base64');
  const { n, e } = publicKey.export({ format: 'jwk' });
  return { kid, privateKey, jwk: { alg: 'RS256', e, kid, kty: 'RSA', n, use: 'sig' } };
}

/** How a token is signed: the pool's RSA keys, an HMAC secret, or not at all (`alg: none`). */
export type Signer =
  | { alg: 'RS256'; key: KeyObject }
  | { alg: 'HS256'; secret: string | Uint8Array }
  | { alg: 'none' };

export function signJwt(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  signer: Signer,
): string {
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  switch (signer.alg) {
    case 'RS256':
      return `${input}.${sign('RSA-SHA256', Buffer.from(input), signer.key).toString('base64url')}`;
    case 'HS256':
      return `${input}.${createHmac('sha256', signer.secret).update(input).digest('base64url')}`;
    case 'none':
      return `${input}.`;
  }
}

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/** One sign-in: what the access, ID and refresh tokens it yields have in common. */
export interface SignIn {
  sub: string;
  username: string;
  email?: string;
  emailVerified: boolean;
  /** Epoch seconds of the authentication (kept through refreshes). */
  authTime: number;
  /** Shared by every token of this sign-in and its refreshes (token revocation is on in the stack). */
  originJti: string;
  eventId: string;
}

export interface Pool {
  issuer: string;
  clientId: string;
}

/** Claims in the order Cognito writes them. */
export function accessTokenClaims(
  pool: Pool,
  signIn: SignIn,
  iat: number,
  ttlSeconds: number,
): Record<string, unknown> {
  return {
    sub: signIn.sub,
    iss: pool.issuer,
    client_id: pool.clientId,
    origin_jti: signIn.originJti,
    event_id: signIn.eventId,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    auth_time: signIn.authTime,
    exp: iat + ttlSeconds,
    iat,
    jti: randomUUID(),
    username: signIn.username,
  };
}

export function idTokenClaims(
  pool: Pool,
  signIn: SignIn,
  iat: number,
  ttlSeconds: number,
): Record<string, unknown> {
  return {
    sub: signIn.sub,
    ...(signIn.email === undefined ? {} : { email_verified: signIn.emailVerified }),
    iss: pool.issuer,
    'cognito:username': signIn.username,
    origin_jti: signIn.originJti,
    aud: pool.clientId,
    event_id: signIn.eventId,
    token_use: 'id',
    auth_time: signIn.authTime,
    exp: iat + ttlSeconds,
    iat,
    jti: randomUUID(),
    ...(signIn.email === undefined ? {} : { email: signIn.email }),
  };
}
