/** API Gateway HTTP API payload v2.0 events and Lambda contexts, as the gateway builds them. */
import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { type FunctionName, ROUTES } from '#contracts';
import type { HttpEvent } from '../../commons/http.ts';

export interface EventInput {
  sub?: string | undefined;
  /** The token's `token_use` claim; default `access`. */
  tokenUse?: string;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  body?: string | undefined;
  isBase64Encoded?: boolean;
  routeKey?: string;
}

export function httpEvent(route: FunctionName, input: EventInput = {}): HttpEvent {
  const { method, path } = ROUTES[route];
  const rawPath = path.replace('{chatId}', input.pathParameters?.chatId ?? '');
  const requestId = randomUUID();
  const claims =
    input.sub === undefined ? undefined : { sub: input.sub, token_use: input.tokenUse ?? 'access' };
  return {
    version: '2.0',
    routeKey: input.routeKey ?? ROUTES[route].routeKey,
    rawPath,
    rawQueryString: new URLSearchParams(input.query ?? {}).toString(),
    headers: { 'content-type': 'application/json' },
    queryStringParameters: input.query,
    pathParameters: input.pathParameters,
    body: input.body,
    isBase64Encoded: input.isBase64Encoded ?? false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: {
        method,
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 'test',
      },
      requestId,
      routeKey: ROUTES[route].routeKey,
      stage: '$default',
      time: new Date().toISOString(),
      timeEpoch: Date.now(),
      authorizer: {
        principalId: '',
        integrationLatency: 0,
        jwt: { claims: claims ?? {}, scopes: [] },
      },
    },
  } as HttpEvent;
}

export function lambdaContext(remainingMs = 29_000): Context {
  const deadline = Date.now() + remainingMs;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'test',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:test',
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/test',
    logStreamName: 'test',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
