/**
 * The HTTP edge of the functions: identity from the authorizer's claims, and
 * every result or error mapped to an API Gateway payload v2.0 response in one
 * place.
 */
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';
import type { ErrorResponse } from '#contracts';
import { ApiError, UnauthorizedError } from './errors.ts';

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpResult = APIGatewayProxyStructuredResultV2 & {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
};

/**
 * The caller's identity: the `sub` claim the JWT authorizer verified. The
 * authorizer already rejects unauthenticated requests; this is the second
 * line, for a route deployed without one by mistake, and for ID tokens,
 * which the authorizer lets through.
 */
export function callerOf(event: HttpEvent): string {
  const claims = event.requestContext?.authorizer?.jwt?.claims;
  const sub = claims?.sub;
  if (typeof sub !== 'string' || sub.length === 0 || sub.includes('#')) {
    throw new UnauthorizedError('request carries no verified identity');
  }
  // API Gateway's JWT authorizer accepts a Cognito ID token too (its `aud` is
  // the client id); only access tokens are credentials for this API.
  if (claims?.token_use !== 'access') {
    throw new UnauthorizedError('an access token is required');
  }
  return sub;
}

export function jsonResult(statusCode: number, body: unknown): HttpResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  };
}

/** Maps any thrown value to the error shape; messages of 5xx errors stay in the logs. */
export function errorResult(error: unknown, requestId: string): HttpResult {
  const apiError = error instanceof ApiError ? error : undefined;
  const code = apiError?.code ?? 'INTERNAL';
  const status = apiError?.status ?? 500;
  const body: ErrorResponse = {
    error: {
      code,
      message: apiError && status < 500 ? apiError.message : publicMessage(code),
      retryable: apiError?.retryable ?? false,
    },
    requestId,
  };
  return jsonResult(status, body);
}

function publicMessage(code: string): string {
  switch (code) {
    case 'AI_RATE_LIMITED':
      return 'The AI provider is busy; retry later';
    case 'AI_PROVIDER_ERROR':
      return 'The AI provider failed to answer; retry later';
    case 'AI_TIMEOUT':
      return 'The AI provider did not answer in time; retry later';
    case 'STORE_THROTTLED':
      return 'The service is busy; retry later';
    default:
      return 'Internal error';
  }
}
