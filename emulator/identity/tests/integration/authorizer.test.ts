import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJwtAuthorizer, FAILURES, type JwtAuthorizer } from '../../index.ts';
import { decodeJwt } from '../support/jwt.ts';
import { type Harness, startHarness } from '../support/provider.ts';

let h: Harness;
let authorizer: JwtAuthorizer;
let accessToken: string;
let idToken: string;

beforeAll(async () => {
  h = await startHarness();
  authorizer = createJwtAuthorizer({
    issuer: h.idp.issuer,
    jwksUri: h.idp.jwksUri,
    clientId: h.idp.clientId,
  });
  await h.createUser('uma');
  const tokens = (await h.login('uma')).AuthenticationResult;
  accessToken = tokens?.AccessToken ?? '';
  idToken = tokens?.IdToken ?? '';
});
afterAll(async () => {
  await h?.close();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('a valid access token', () => {
  it('is accepted with its claims as payload 2.0 strings and null scopes', async () => {
    // Act
    const result = await authorizer.authorize(`Bearer ${accessToken}`);

    // Assess
    const { payload } = decodeJwt(accessToken);
    expect(result).toEqual({
      ok: true,
      claims: {
        ...payload,
        auth_time: String(payload.auth_time),
        exp: String(payload.exp),
        iat: String(payload.iat),
      },
      scopes: null,
    });
  });

  it('is accepted without the Bearer prefix too', async () => {
    // Act
    const result = await authorizer.authorize(accessToken);

    // Assess
    expect(result.ok).toBe(true);
  });

  it('is accepted when minted, array claims in bracket form', async () => {
    // Prepare
    const token = h.idp.mintForTest({ claims: { 'cognito:groups': ['admin', 'beta'] } });

    // Act
    const result = await authorizer.authorize(`Bearer ${token}`);

    // Assess
    expect(result.ok && result.claims['cognito:groups']).toBe('[admin beta]');
  });
});

describe('a refused token', () => {
  const cases: [string, () => string | undefined, keyof typeof FAILURES][] = [
    ['no Authorization header', () => undefined, 'missing'],
    ['an empty Authorization header', () => '', 'missing'],
    [
      'an expired token',
      () => h.idp.mintForTest({ claims: { exp: nowSeconds() - 60 } }),
      'expired',
    ],
    ['a token without exp', () => h.idp.mintForTest({ claims: { exp: undefined } }), 'expired'],
    [
      'a token not valid yet (nbf in the future)',
      () => h.idp.mintForTest({ claims: { nbf: nowSeconds() + 600 } }),
      'not_yet_valid',
    ],
    [
      'a token of another issuer',
      () =>
        h.idp.mintForTest({
          claims: { iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Elsewhere' },
        }),
      'issuer',
    ],
    [
      'a token of another app client',
      () => h.idp.mintForTest({ claims: { client_id: 'otherclient0000000000000000' } }),
      'audience',
    ],
    [
      'a token whose aud is wrong, client_id right (aud decides)',
      () => h.idp.mintForTest({ claims: { aud: 'someone-else' } }),
      'audience',
    ],
    ['an ID token instead of an access token', () => idToken, 'token_use'],
    [
      'a token with a tampered payload',
      () => {
        const [header, payload, signature] = accessToken.split('.');
        const claims = { ...decodeJwt(accessToken).payload, sub: 'someone-else' };
        expect(payload).not.toBe(b64(claims));
        return `${header}.${b64(claims)}.${signature}`;
      },
      'signature',
    ],
    [
      'a token with a tampered signature',
      () => {
        const [header, payload, signature = ''] = accessToken.split('.');
        const middle = Math.floor(signature.length / 2);
        const flipped = signature[middle] === 'A' ? 'B' : 'A';
        return `${header}.${payload}.${signature.slice(0, middle)}${flipped}${signature.slice(middle + 1)}`;
      },
      'signature',
    ],
    [
      'a token signed by a key outside the JWKS',
      () => h.idp.mintForTest({ signWith: 'foreign-key' }),
      'signature',
    ],
    [
      'a token with an unknown kid',
      () => h.idp.mintForTest({ header: { kid: 'unknown-kid' } }),
      'kid',
    ],
    ['a token without kid', () => h.idp.mintForTest({ header: { kid: undefined } }), 'kid'],
    ['an unsigned token (alg none)', () => h.idp.mintForTest({ signWith: 'none' }), 'malformed'],
    [
      'an alg none token carrying a signature',
      () => `${h.idp.mintForTest({ signWith: 'none' })}c2lnbmF0dXJl`,
      'algorithm',
    ],
    [
      'an HS256 token with any secret',
      () => h.idp.mintForTest({ signWith: { hs256: 'secret' } }),
      'algorithm',
    ],
    ['a token that is not three parts', () => 'abc.def', 'malformed'],
    ['a token that is not base64url', () => '!!!.???.***', 'malformed'],
    [
      'a token whose header is not JSON',
      () => `${Buffer.from('nope').toString('base64url')}.${b64({})}.c2ln`,
      'malformed',
    ],
    ['a token under another scheme', () => `Basic ${accessToken}`, 'malformed'],
  ];

  it.each(cases)('%s', async (_, header, reason) => {
    // Prepare
    const value = header();

    // Act
    const result = await authorizer.authorize(
      value === undefined || value === '' || value.startsWith('Basic ') ? value : `Bearer ${value}`,
    );

    // Assess
    expect(result).toEqual({ ok: false, reason, description: FAILURES[reason] });
  });

  it('includes an HS256 token keyed with the public key of the kid it names (key confusion)', async () => {
    // Prepare
    const kid = String(decodeJwt(accessToken).header.kid);
    const jwks = (await (await fetch(h.idp.jwksUri)).json()) as { keys: JsonWebKey[] };
    const jwk = jwks.keys.find((key) => key.kid === kid);
    const pem = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }).export({
      type: 'spki',
      format: 'pem',
    });
    const token = h.idp.mintForTest({ signWith: { hs256: pem.toString() } });

    // Act
    const result = await authorizer.authorize(`Bearer ${token}`);

    // Assess
    expect(result).toEqual({ ok: false, reason: 'algorithm', description: FAILURES.algorithm });
  });

  it("words a wrong audience exactly as API Gateway's www-authenticate does", () => {
    // Assess
    expect(FAILURES.audience).toBe('the token does not have a valid audience');
  });
});

describe('an unreachable JWKS', () => {
  it('refuses every token, as jwks_unavailable', async () => {
    // Prepare
    const offline = createJwtAuthorizer({
      issuer: h.idp.issuer,
      jwksUri: 'http://127.0.0.1:9/nothing/.well-known/jwks.json',
      clientId: h.idp.clientId,
    });

    // Act
    const result = await offline.authorize(`Bearer ${accessToken}`);

    // Assess
    expect(result).toEqual({
      ok: false,
      reason: 'jwks_unavailable',
      description: FAILURES.jwks_unavailable,
    });
  });
});
