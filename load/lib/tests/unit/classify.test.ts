import { describe, expect, it } from 'vitest';
import { GATEWAY_RESPONSES } from '#contracts';
import { classifyFailure } from '../../classify.ts';

const backendError = (code: string) =>
  JSON.stringify({ error: { code, message: 'm', retryable: false }, requestId: 'r' });

describe('classifyFailure', () => {
  it('passes successes', () => {
    expect(classifyFailure({ status: 200, body: '{}' })).toBeUndefined();
    expect(classifyFailure({ status: 304, body: '' })).toBeUndefined();
  });

  it.each([
    ['no response', 0, null, 'network'],
    ['the gateway throttle', 429, GATEWAY_RESPONSES.throttled.body, 'gateway_throttle'],
    ['the authorizer', 401, GATEWAY_RESPONSES.unauthorized.body, 'authorizer'],
    ['a missing scope', 403, '{"message":"Forbidden"}', 'authorizer'],
    ['a Lambda throttle', 500, GATEWAY_RESPONSES.lambdaThrottled.body, 'lambda_throttle'],
    [
      'the docs spelling of the 500 body',
      500,
      '{"message": "Internal server error"}',
      'lambda_throttle',
    ],
    ['a function error', 502, GATEWAY_RESPONSES.badFunctionResponse.body, 'backend:FUNCTION_ERROR'],
    [
      'an integration timeout',
      503,
      GATEWAY_RESPONSES.integrationTimeout.body,
      'backend:INTEGRATION_TIMEOUT',
    ],
    ['an unknown route', 404, GATEWAY_RESPONSES.notFound.body, 'backend:ROUTE_NOT_FOUND'],
    [
      'a backend validation error',
      400,
      backendError('VALIDATION_ERROR'),
      'backend:VALIDATION_ERROR',
    ],
    ['the backend INTERNAL', 500, backendError('INTERNAL'), 'backend:INTERNAL'],
    ['a store throttle', 503, backendError('STORE_THROTTLED'), 'store_throttle'],
    ['an AI rate limit', 503, backendError('AI_RATE_LIMITED'), 'ai:AI_RATE_LIMITED'],
    ['an AI timeout', 504, backendError('AI_TIMEOUT'), 'ai:AI_TIMEOUT'],
    ['an HTML error page', 502, '<html>bad gateway</html>', 'backend:UNRECOGNIZED'],
    ['a 429 of another shape', 429, '{"message":"Slow down","extra":1}', 'backend:UNRECOGNIZED'],
  ])('classifies %s', (_, status, body, layer) => {
    expect(classifyFailure({ status, body })).toBe(layer);
  });
});
