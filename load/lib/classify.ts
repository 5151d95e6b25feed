/**
 * Which layer refused a request, from what the client sees: the status, and
 * whether the body is one of API Gateway's own answers (byte for byte, see
 * `GATEWAY_RESPONSES`) or the backend's error body. Pure: the scenarios call
 * it on every failed response, the tests call it on recorded answers.
 */
import { GATEWAY_RESPONSES, isErrorResponse } from '../../contracts/index.ts';
import { GATEWAY_FAILURE_CODES, type Layer } from './samples.ts';

export interface ObservedResponse {
  /** 0 when no HTTP response arrived (k6's `status` for network errors). */
  status: number;
  body: string | null | undefined;
}

/** `undefined` for a success (2xx/3xx); the layer otherwise. */
export function classifyFailure(response: ObservedResponse): Layer | undefined {
  const { status } = response;
  if (status === 0) return 'network';
  if (status >= 200 && status < 400) return undefined;
  const body = (response.body ?? '').trim();
  const parsed = parseJson(body);
  if (isErrorResponse(parsed)) {
    const code = parsed.error.code;
    if (code === 'STORE_THROTTLED') return 'store_throttle';
    if (code.startsWith('AI_')) return `ai:${code}`;
    return `backend:${code}`;
  }
  const gateway = gatewayAnswer(status, body);
  switch (gateway) {
    case 'throttled':
      return 'gateway_throttle';
    case 'unauthorized':
    case 'forbidden':
      return 'authorizer';
    case 'lambdaThrottled':
      return 'lambda_throttle';
    case 'badFunctionResponse':
    case 'integrationTimeout':
    case 'notFound':
    case 'payloadTooLarge':
      return `backend:${GATEWAY_FAILURE_CODES[gateway]}`;
    default:
      return `backend:${GATEWAY_FAILURE_CODES.unrecognized}`;
  }
}

/** A 403 from the JWT authorizer (a token without the route's scope). */
const FORBIDDEN = { status: 403, body: '{"message":"Forbidden"}' };

type GatewayAnswer = keyof typeof GATEWAY_RESPONSES | 'forbidden';

function gatewayAnswer(status: number, body: string): GatewayAnswer | undefined {
  if (status === FORBIDDEN.status && sameJson(body, FORBIDDEN.body)) return 'forbidden';
  for (const [kind, answer] of Object.entries(GATEWAY_RESPONSES)) {
    if (answer.status === status && sameJson(body, answer.body)) {
      return kind as keyof typeof GATEWAY_RESPONSES;
    }
  }
  return undefined;
}

/**
 * Equal as JSON, and case-insensitive in the message: API Gateway's docs
 * spell the 500 body `Internal server error` in one place and
 * `Internal Server Error` in another.
 */
function sameJson(body: string, expected: string): boolean {
  if (body === expected) return true;
  const a = parseJson(body);
  const b = parseJson(expected) as { message: string };
  return (
    typeof a === 'object' &&
    a !== null &&
    Object.keys(a).length === 1 &&
    typeof (a as { message?: unknown }).message === 'string' &&
    (a as { message: string }).message.toLowerCase() === b.message.toLowerCase()
  );
}

function parseJson(text: string): unknown {
  if (!text.startsWith('{')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
