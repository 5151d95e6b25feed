/**
 * The wire of the AWS APIs the emulator answers besides Cognito: requests
 * and responses as plain values, and errors in the shape each protocol
 * carries them, so the official SDK v3 clients raise the modelled
 * exception classes unchanged.
 *
 * - Lambda: REST-JSON (https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html):
 *   the error name in `x-amzn-ErrorType`, the body `{ "Type", "Message" }`.
 * - CloudWatch: AWS JSON 1.0 with the `awsQueryCompatible` trait
 *   (https://smithy.io/2.0/aws/protocols/aws-query-protocol.html#aws-protocols-awsquerycompatible-trait):
 *   `__type` names the shape, `x-amzn-query-error: <Code>;<Sender|Receiver>` the query-era code.
 * - CloudWatch Logs: AWS JSON 1.1 (https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html):
 *   `{ "__type", "message" }`.
 */
import { randomUUID } from 'node:crypto';

export interface WireRequest {
  method: string;
  /** The path, percent-decoding left to the handler (a function name may be an ARN with `:`). */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Protocol = 'rest-json' | 'json-1.0' | 'json-1.1';

export const CONTENT_TYPES: Record<Exclude<Protocol, 'rest-json'>, string> = {
  'json-1.0': 'application/x-amz-json-1.0',
  'json-1.1': 'application/x-amz-json-1.1',
};

export class AwsError extends Error {
  /** The modelled exception's name, e.g. `ResourceNotFoundException`. */
  readonly code: string;
  readonly status: number;
  /** The code an awsQuery client knows it by, e.g. `InvalidParameterValue`. */
  readonly queryCode: string | undefined;

  constructor(
    code: string,
    message: string,
    options: { status?: number; queryCode?: string } = {},
  ) {
    super(message);
    this.name = 'AwsError';
    this.code = code;
    this.status = options.status ?? 400;
    this.queryCode = options.queryCode;
  }
}

/** A successful JSON answer. */
export function jsonResponse(protocol: Protocol, body: unknown, status = 200): WireResponse {
  const text = JSON.stringify(body);
  return {
    status,
    headers: {
      'content-type': protocol === 'rest-json' ? 'application/json' : CONTENT_TYPES[protocol],
      'x-amzn-requestid': randomUUID(),
    },
    body: text,
  };
}

/**
 * An error in the protocol's shape. `namespace` is the Smithy namespace of
 * the service's shapes (CloudWatch's `__type` carries it).
 */
export function errorResponse(
  protocol: Protocol,
  error: AwsError,
  namespace?: string,
): WireResponse {
  const sender = error.status < 500 ? 'Sender' : 'Receiver';
  if (protocol === 'rest-json') {
    const response = jsonResponse(
      protocol,
      { Type: error.status < 500 ? 'User' : 'Service', Message: error.message },
      error.status,
    );
    response.headers['x-amzn-errortype'] = error.code;
    return response;
  }
  const type = namespace ? `${namespace}#${error.code}` : error.code;
  const response = jsonResponse(protocol, { __type: type, message: error.message }, error.status);
  if (error.queryCode) response.headers['x-amzn-query-error'] = `${error.queryCode};${sender}`;
  return response;
}

/** The JSON object a JSON-protocol request carries; an empty body is `{}`. */
export function parseJsonBody(
  body: string,
  error: (message: string) => AwsError,
): Record<string, unknown> {
  if (body.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw error('the request body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw error('the request body is not a JSON object');
  }
  return value as Record<string, unknown>;
}

/** `X-Amz-Target`'s operation when it names `service` (`<service>.<Operation>`). */
export function targetOperation(request: WireRequest, service: string): string | undefined {
  const target = request.headers['x-amz-target'];
  if (typeof target !== 'string' || !target.startsWith(`${service}.`)) return undefined;
  return target.slice(service.length + 1);
}

/** One service on AWS JSON 1.0 or 1.1: its `X-Amz-Target` prefix and the operations it answers. */
export interface JsonServiceSpec {
  /** `X-Amz-Target`'s prefix, e.g. `Logs_20140328`. */
  service: string;
  protocol: Exclude<Protocol, 'rest-json'>;
  /** The Smithy namespace `__type` carries, when the service's errors name it. */
  namespace?: string;
  operations: Record<string, (input: Record<string, unknown>) => unknown>;
  /** The error for an operation the emulator does not answer. */
  unknownOperation: (operation: string | undefined) => AwsError;
  /** The error for a body that is not a JSON object. */
  badInput: (message: string) => AwsError;
}

/** Dispatches `X-Amz-Target` to an operation and answers with its output or its `AwsError`. */
export function jsonService(spec: JsonServiceSpec): {
  accepts(request: WireRequest): boolean;
  handle(request: WireRequest): Promise<WireResponse>;
} {
  return {
    accepts: (request) => targetOperation(request, spec.service) !== undefined,
    async handle(request) {
      try {
        const name = targetOperation(request, spec.service);
        const operation =
          name !== undefined && Object.hasOwn(spec.operations, name)
            ? spec.operations[name]
            : undefined;
        if (!operation) throw spec.unknownOperation(name);
        return jsonResponse(spec.protocol, operation(parseJsonBody(request.body, spec.badInput)));
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        return errorResponse(spec.protocol, error, spec.namespace);
      }
    },
  };
}

/**
 * The wording of AWS's request validation: `1 validation error detected:
 * Value '100' at 'memorySize' failed to satisfy constraint: …`.
 */
export function validationMessage(member: string, value: unknown, constraint: string): string {
  return `1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: ${constraint}`;
}
