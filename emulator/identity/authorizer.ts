/**
 * The HTTP API JWT authorizer, as API Gateway runs it in front of the
 * stack's routes
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html):
 * take the token from the Authorization header (raw or `Bearer `-prefixed),
 * verify its signature against the issuer's JWKS (RSA algorithms only), then
 * check `kid`, `iss`, `aud` (or `client_id` when there is no `aud`), `exp` and
 * `nbf`. Verification is aws-jwt-verify's; the JWKS is fetched once and cached
 * (fetched again only for an unknown `kid`, at most once per 10 s).
 */
import { JwtVerifier } from 'aws-jwt-verify';
import {
  FetchError,
  JwksValidationError,
  JwkValidationError,
  JwtBaseError,
  JwtExpiredError,
  JwtInvalidAudienceError,
  JwtInvalidIssuerError,
  JwtInvalidSignatureAlgorithmError,
  JwtInvalidSignatureError,
  JwtNotBeforeError,
  JwtParseError,
  JwtWithoutValidKidError,
  KidNotFoundInJwksError,
  NonRetryableFetchError,
  WaitPeriodNotYetEndedJwkError,
} from 'aws-jwt-verify/error';
import type { Fetcher } from 'aws-jwt-verify/https';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';

export interface JwtAuthorizerOptions {
  issuer: string;
  jwksUri: string;
  /** The app client id: the authorizer's one audience. */
  clientId: string;
}

/** Why a request was refused; `description` is the text for the `www-authenticate` header. */
export type AuthorizerFailure = keyof typeof FAILURES;

export type AuthorizerResult =
  | {
      ok: true;
      /** As payload 2.0 carries them in `requestContext.authorizer.jwt.claims`. */
      claims: Record<string, string>;
      /**
       * `requestContext.authorizer.jwt.scopes`: null on routes without
       * authorization scopes, which is every route of the stack. API Gateway
       * sends null there even when the token has a `scope` claim
       * (https://github.com/aws/aws-lambda-go/issues/317,
       * https://github.com/DefinitelyTyped/DefinitelyTyped/pull/75458).
       */
      scopes: null;
    }
  | { ok: false; reason: AuthorizerFailure; description: string };

export interface JwtAuthorizer {
  authorize(authorizationHeader: string | undefined): Promise<AuthorizerResult>;
}

/**
 * Refusal reasons and their `error_description`. AWS publishes only the
 * audience wording ("the token does not have a valid audience",
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-jwt.html);
 * the others are this emulator's, in the same style.
 */
export const FAILURES = {
  missing: 'the token is missing',
  malformed: 'the token is not a valid JWT',
  algorithm: 'the token is not signed with an RSA algorithm',
  kid: 'the token kid does not match any key in the jwks_uri',
  signature: 'the token signature is invalid',
  expired: 'the token has expired',
  not_yet_valid: 'the token is not valid yet',
  issuer: 'the token does not have a valid issuer',
  audience: 'the token does not have a valid audience',
  token_use: 'the token is not an access token',
  jwks_unavailable: 'the signing keys could not be retrieved from the jwks_uri',
} as const;

/** The `www-authenticate` value of API Gateway's 401 for a refused token (troubleshooting page above). */
export function bearerChallenge(description: string): string {
  return `Bearer scope="" error="invalid_token" error_description="${description}"`;
}

const RSA_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512']);
const JWKS_FETCH_TIMEOUT_MS = 3_000;

class TokenUseError extends JwtBaseError {}

export function createJwtAuthorizer({
  issuer,
  jwksUri,
  clientId,
}: JwtAuthorizerOptions): JwtAuthorizer {
  const verifier = JwtVerifier.create(
    {
      issuer,
      jwksUri,
      // Checked below: `aud` when present, else `client_id`, as API Gateway does.
      audience: null,
      customJwtCheck: ({ header, payload }) => {
        if (!RSA_ALGORITHMS.has(header.alg ?? '')) {
          throw new JwtInvalidSignatureAlgorithmError('not an RSA algorithm', header.alg, [
            ...RSA_ALGORITHMS,
          ]);
        }
        // API Gateway requires exp to be after the current time; a token without one never is.
        if (payload.exp === undefined) throw new JwtExpiredError('no exp claim', undefined);
        if (!hasAudience(payload, clientId)) {
          throw new JwtInvalidAudienceError(
            'audience mismatch',
            payload.aud ?? payload.client_id,
            clientId,
          );
        }
        // Not an API Gateway check: HTTP API accepts a Cognito ID token too,
        // because its `aud` is the client id. The local stage refuses it (issue 5)
        // and documents the difference.
        if (payload.token_use !== 'access') throw new TokenUseError('not an access token');
      },
    },
    { jwksCache: new SimpleJwksCache({ fetcher: loopbackFetcher }) },
  );

  return {
    async authorize(authorizationHeader) {
      const token = tokenOf(authorizationHeader);
      if (token === undefined) return refuse('missing');
      try {
        const payload = await verifier.verify(token);
        return { ok: true, claims: toApiGatewayClaims(payload), scopes: null };
      } catch (error) {
        return refuse(reasonOf(error));
      }
    },
  };
}

/** The token of an Authorization header: the whole value, or what follows `Bearer `. */
export function tokenOf(authorizationHeader: string | undefined): string | undefined {
  const value = authorizationHeader?.trim();
  if (!value) return undefined;
  const bearer = /^bearer\s+(.*)$/i.exec(value);
  return bearer ? bearer[1] : value;
}

function hasAudience(payload: JwtPayload, clientId: string): boolean {
  if (payload.aud !== undefined) {
    return Array.isArray(payload.aud) ? payload.aud.includes(clientId) : payload.aud === clientId;
  }
  return payload.client_id === clientId;
}

function refuse(reason: AuthorizerFailure): AuthorizerResult {
  return { ok: false, reason, description: FAILURES[reason] };
}

function reasonOf(error: unknown): AuthorizerFailure {
  if (error instanceof JwtParseError) return 'malformed';
  if (error instanceof JwtInvalidSignatureAlgorithmError) return 'algorithm';
  if (
    error instanceof JwtWithoutValidKidError ||
    error instanceof KidNotFoundInJwksError ||
    error instanceof WaitPeriodNotYetEndedJwkError
  ) {
    return 'kid';
  }
  if (error instanceof JwtInvalidSignatureError) return 'signature';
  if (error instanceof JwtExpiredError) return 'expired';
  if (error instanceof JwtNotBeforeError) return 'not_yet_valid';
  if (error instanceof JwtInvalidIssuerError) return 'issuer';
  if (error instanceof JwtInvalidAudienceError) return 'audience';
  if (error instanceof TokenUseError) return 'token_use';
  if (
    error instanceof FetchError ||
    error instanceof JwksValidationError ||
    error instanceof JwkValidationError
  ) {
    return 'jwks_unavailable';
  }
  throw error;
}

/**
 * Claims as HTTP API hands them to a payload 2.0 integration: every value a
 * string (numbers and booleans in their JSON text), arrays as `[a b]`
 * (space-separated in brackets, e.g. `cognito:groups`), objects as JSON
 * text, null-valued claims left out. Measured against a live HTTP API:
 * https://github.com/floci-io/floci/pull/2011 and
 * https://github.com/aws-solutions-library-samples/guidance-for-claude-code-with-amazon-bedrock/issues/802;
 * real Cognito claims as delivered:
 * https://github.com/DefinitelyTyped/DefinitelyTyped/pull/75458.
 */
export function toApiGatewayClaims(payload: Record<string, unknown>): Record<string, string> {
  // No prototype: a claim's name is only a name.
  const claims = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(payload)) {
    if (value === null || value === undefined) continue;
    claims[name] = claimText(value);
  }
  return claims;
}

function claimText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(claimText).join(' ')}]`;
  return JSON.stringify(value);
}

/**
 * aws-jwt-verify's own fetcher speaks HTTPS only; the local issuer is plain
 * HTTP on loopback.
 */
const loopbackFetcher: Fetcher = {
  async fetch(uri: string): Promise<ArrayBuffer> {
    let response: Response;
    try {
      response = await fetch(uri, { signal: AbortSignal.timeout(JWKS_FETCH_TIMEOUT_MS) });
    } catch (error) {
      throw new FetchError(uri, error instanceof Error ? error.message : String(error));
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new NonRetryableFetchError(uri, `Status code is ${response.status}, expected 200`);
    }
    return response.arrayBuffer();
  },
};
