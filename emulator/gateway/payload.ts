/**
 * API Gateway HTTP API payload format 2.0: the event the gateway hands a
 * function, and how it reads the function's answer
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html).
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';

export interface IncomingRequest {
  method: string;
  /** Path and query exactly as sent. */
  url: string;
  /** Node's `rawHeaders`: name, value, name, value… */
  rawHeaders: string[];
  body: Buffer;
  sourceIp: string;
}

export interface EventContext {
  routeKey: string;
  pathParameters: Record<string, string> | undefined;
  requestId: string;
  claims: Record<string, string>;
  scopes: string[] | null;
  now: Date;
}

const TEXT_TYPES =
  /^(text\/|application\/(json|xml|javascript|x-www-form-urlencoded)|[^;]*\+(json|xml))/i;

export function buildEvent(
  request: IncomingRequest,
  context: EventContext,
): APIGatewayProxyEventV2WithJWTAuthorizer {
  const url = new URL(request.url, 'http://localhost');
  const rawQueryString = url.search.startsWith('?') ? url.search.slice(1) : '';
  // Null-prototype maps: a client's names (`__proto__`, `toString`, …) are
  // only names, never inherited members or the prototype setter.
  const headers = nameMap();
  let cookies: string[] | undefined;
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
    const name = (request.rawHeaders[i] as string).toLowerCase();
    const value = request.rawHeaders[i + 1] as string;
    if (name === 'cookie') {
      // Payload 2.0 moves cookies out of the headers into their own list.
      cookies = [...(cookies ?? []), ...value.split(/;\s*/).filter(Boolean)];
      continue;
    }
    headers[name] = Object.hasOwn(headers, name) ? `${headers[name]},${value}` : value;
  }
  const query = nameMap();
  for (const [key, value] of url.searchParams)
    query[key] = Object.hasOwn(query, key) ? `${query[key]},${value}` : value;
  const host = headers.host ?? 'localhost';
  const hasBody = request.body.length > 0;
  const isText = TEXT_TYPES.test(headers['content-type'] ?? '');
  return {
    version: '2.0',
    routeKey: context.routeKey,
    rawPath: url.pathname,
    rawQueryString,
    ...(cookies ? { cookies } : {}),
    headers,
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: {
        principalId: '',
        integrationLatency: 0,
        // HTTP API sends `scopes: null` on routes without authorization scopes.
        jwt: { claims: context.claims, scopes: context.scopes },
      },
      domainName: host,
      domainPrefix: host.split('.')[0] ?? host,
      http: {
        method: request.method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: context.requestId,
      routeKey: context.routeKey,
      stage: '$default',
      time: clfTime(context.now),
      timeEpoch: context.now.getTime(),
    },
    ...(context.pathParameters ? { pathParameters: context.pathParameters } : {}),
    ...(hasBody
      ? { body: isText ? request.body.toString('utf8') : request.body.toString('base64') }
      : {}),
    isBase64Encoded: hasBody && !isText,
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
}

export interface HttpAnswer {
  statusCode: number;
  headers: Record<string, string>;
  cookies: string[];
  body: Buffer;
}

/**
 * Reads a function's result as payload 2.0 does: a structured response with
 * `statusCode`, or any other JSON value as a 200 `application/json` body.
 * Returns undefined for a result API Gateway would reject (it answers 502).
 */
export function readResult(result: unknown): HttpAnswer | undefined {
  if (result === undefined) return undefined;
  if (typeof result !== 'object' || result === null || !('statusCode' in result)) {
    return {
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      cookies: [],
      body: Buffer.from(typeof result === 'string' ? result : JSON.stringify(result)),
    };
  }
  const structured = result as {
    statusCode: unknown;
    headers?: unknown;
    cookies?: unknown;
    body?: unknown;
    isBase64Encoded?: unknown;
  };
  const { statusCode } = structured;
  if (
    typeof statusCode !== 'number' ||
    !Number.isInteger(statusCode) ||
    statusCode < 100 ||
    statusCode > 599
  ) {
    return undefined;
  }
  const headers = nameMap();
  if (structured.headers !== undefined) {
    if (typeof structured.headers !== 'object' || structured.headers === null) return undefined;
    for (const [name, value] of Object.entries(structured.headers)) {
      if (!['string', 'number', 'boolean'].includes(typeof value)) return undefined;
      headers[name.toLowerCase()] = String(value);
    }
  }
  const cookies = structured.cookies ?? [];
  if (!Array.isArray(cookies) || cookies.some((cookie) => typeof cookie !== 'string'))
    return undefined;
  const body = structured.body ?? '';
  if (typeof body !== 'string') return undefined;
  return {
    statusCode,
    headers,
    cookies: cookies as string[],
    body: structured.isBase64Encoded === true ? Buffer.from(body, 'base64') : Buffer.from(body),
  };
}

/** A string map with no prototype, for names that come from outside. */
export function nameMap(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `27/Nov/2026:14:42:04 +0000`, the request time format of `requestContext.time`. */
function clfTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}
