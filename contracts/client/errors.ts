/**
 * What a failed response means, typed: the backend's own error shape, one of
 * API Gateway's fixed answers, or something neither sends. Pure functions of
 * status and body, so a k6 script can classify its responses the same way.
 */
import {
  ERROR_CODES,
  type ErrorCode,
  GATEWAY_RESPONSES,
  type GatewayResponseKind,
  isErrorResponse,
} from '../errors.ts';

/** Any answer of the API other than success. */
export class ChatApiError extends Error {
  readonly status: number;
  /** Whether the same request may succeed when sent again later. */
  readonly retryable: boolean;
  /** Seconds the answer asked the client to wait (`retry-after`), if it did. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    message: string,
    details: { status: number; retryable: boolean; retryAfterSeconds?: number | undefined },
  ) {
    super(message);
    this.name = 'ChatApiError';
    this.status = details.status;
    this.retryable = details.retryable;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/** The backend's `{ error: { code, message, retryable }, requestId }`. */
export class BackendError extends ChatApiError {
  readonly code: ErrorCode;
  readonly requestId: string;

  constructor(
    body: { code: ErrorCode; message: string; retryable: boolean; requestId: string },
    status: number,
    retryAfterSeconds?: number,
  ) {
    super(body.message, { status, retryable: body.retryable, retryAfterSeconds });
    this.name = 'BackendError';
    this.code = body.code;
    this.requestId = body.requestId;
  }
}

/**
 * One of API Gateway's own answers (`{"message": "…"}`): the request never
 * reached a function (throttled, unauthorized, no route, too large) or the
 * function could not answer (Lambda throttled or failed, integration timeout).
 */
export class GatewayError extends ChatApiError {
  readonly kind: GatewayResponseKind;

  constructor(kind: GatewayResponseKind, message: string, retryAfterSeconds?: number) {
    const { status } = GATEWAY_RESPONSES[kind];
    super(message, { status, retryable: RETRYABLE_STATUSES.has(status), retryAfterSeconds });
    this.name = 'GatewayError';
    this.kind = kind;
  }
}

/** A response that is neither a success nor an error shape this API sends (a proxy's HTML page, a cut body). */
export class UnexpectedResponseError extends ChatApiError {
  /** The start of the body, for the log. */
  readonly bodySnippet: string;

  constructor(status: number, reason: string, body: string) {
    super(`unexpected response (${status}): ${reason}`, {
      status,
      retryable: RETRYABLE_STATUSES.has(status),
    });
    this.name = 'UnexpectedResponseError';
    this.bodySnippet = body.slice(0, 200);
  }
}

/** Statuses worth retrying whatever the body says: throttled, and service unavailable. */
const RETRYABLE_STATUSES = new Set([429, 503]);

const GATEWAY_KIND_BY_STATUS = new Map<number, GatewayResponseKind>(
  (Object.keys(GATEWAY_RESPONSES) as GatewayResponseKind[]).map((kind) => [
    GATEWAY_RESPONSES[kind].status,
    kind,
  ]),
);

export type ResponseOutcome<T> = { ok: true; body: T } | { ok: false; error: ChatApiError };

/**
 * Reads a response: the parsed body of a 2xx, or the typed error any other
 * status carries. `retryAfter` is the `retry-after` header, if any.
 */
export function readResponse<T>(
  status: number,
  text: string,
  retryAfter?: string | null,
): ResponseOutcome<T> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: new UnexpectedResponseError(status, 'the body is not JSON', text),
    };
  }
  if (status >= 200 && status < 300) return { ok: true, body: body as T };
  const wait = retryAfterSeconds(retryAfter);
  if (isErrorResponse(body) && ERROR_CODES[body.error.code].status === status) {
    return {
      ok: false,
      error: new BackendError({ ...body.error, requestId: body.requestId }, status, wait),
    };
  }
  const kind = GATEWAY_KIND_BY_STATUS.get(status);
  if (kind && isGatewayBody(body)) {
    return { ok: false, error: new GatewayError(kind, body.message, wait) };
  }
  return {
    ok: false,
    error: new UnexpectedResponseError(status, 'not an error shape of this API', text),
  };
}

function isGatewayBody(body: unknown): body is { message: string } {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { message?: unknown }).message === 'string' &&
    Object.keys(body).length === 1
  );
}

/** `retry-after` in seconds; the HTTP-date form is not used by this API and reads as absent. */
function retryAfterSeconds(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
