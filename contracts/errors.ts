/** Backend error codes, their HTTP status and whether a client may retry. */
export const ERROR_CODES = {
  VALIDATION_ERROR: { status: 400, retryable: false },
  UNAUTHORIZED: { status: 401, retryable: false },
  NOT_FOUND: { status: 404, retryable: false },
  PAYLOAD_TOO_LARGE: { status: 413, retryable: false },
  INTERNAL: { status: 500, retryable: false },
  AI_PROVIDER_ERROR: { status: 502, retryable: true },
  AI_RATE_LIMITED: { status: 503, retryable: true },
  STORE_THROTTLED: { status: 503, retryable: true },
  AI_TIMEOUT: { status: 504, retryable: true },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The body of every error the backend (not the gateway) returns. */
export interface ErrorResponse {
  error: { code: ErrorCode; message: string; retryable: boolean };
  requestId: string;
}

/**
 * The gateway's own responses, byte for byte what an API Gateway HTTP API
 * sends. Sources: Lambda rejected → 500, function error → 502
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway-errors.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-lambda.html);
 * throttle → 429 (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-throttling.html);
 * JWT authorizer → 401 with www-authenticate
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-jwt.html).
 */
export const GATEWAY_RESPONSES = {
  throttled: { status: 429, body: '{"message":"Too Many Requests"}' },
  unauthorized: { status: 401, body: '{"message":"Unauthorized"}' },
  /**
   * No route for the method and path. Also the answer to a method no route
   * has (`FOO`, `CONNECT`): unconfirmed for methods HTTP parsers do not know.
   */
  notFound: { status: 404, body: '{"message":"Not Found"}' },
  /** Over the 10 MB payload quota (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html); the status is documented, this body is not. */
  payloadTooLarge: { status: 413, body: '{"message":"Request Entity Too Large"}' },
  /**
   * Request line and header values over the 10,240-byte quota
   * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html).
   * Unconfirmed: the message is the text users report seeing
   * (https://ntsblog.homedev.com.au/index.php/2021/03/09/aws-api-gateway-http-header-is-larger-than-10240-bytes/),
   * in the gateway's JSON shape; no source states the status, 431 is RFC 6585's
   * (https://www.rfc-editor.org/rfc/rfc6585#section-5).
   */
  headersTooLarge: { status: 431, body: '{"message":"HTTP header is larger than 10240 bytes."}' },
  /**
   * A request that is not well-formed HTTP (a NUL or a bare CR in a header,
   * conflicting lengths). Unconfirmed: no source states the gateway's answer;
   * this is its 4xx shape with the status's own text.
   */
  badRequest: { status: 400, body: '{"message":"Bad Request"}' },
  lambdaThrottled: { status: 500, body: '{"message":"Internal Server Error"}' },
  badFunctionResponse: { status: 502, body: '{"message":"Internal Server Error"}' },
  /** Weak evidence (https://github.com/anomalyco/sst/issues/2232). */
  integrationTimeout: { status: 503, body: '{"message":"Service Unavailable"}' },
} as const;

export type GatewayResponseKind = keyof typeof GATEWAY_RESPONSES;

/** True when a parsed JSON body has the backend's error shape. */
export function isErrorResponse(body: unknown): body is ErrorResponse {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    (error as { code: string }).code in ERROR_CODES
  );
}
