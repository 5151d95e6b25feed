import type { Context, LambdaFunctionURLEvent } from 'aws-lambda';
import { getResponse } from 'msw';
import { createMockProvider, type MockProvider, type MockProviderOptions } from './provider.ts';

/**
 * The same MSW handlers behind a Lambda Function URL in BUFFERED invoke mode
 * (the response is returned whole). What a buffered Function URL cannot do,
 * and what it does instead:
 * - a stream is returned whole after its last event (timing is kept as total
 *   latency; the client sees every event at once);
 * - `disconnect` mid-stream returns the events sent before the cut, with no
 *   terminator; `disconnect` before the headers fails the invocation, which
 *   the Function URL answers with 502;
 * - `hang` is held until `hangMarginMs` before the function's timeout, then
 *   answered 504 with an empty body (a client with a shorter timeout never
 *   sees it).
 * All state — journal, counters, rate-limit buckets, attempt counts — is per
 * execution environment, so the admin routes (`/__mock/*`) are not served
 * here: a reset or a script would reach one environment only.
 *
 * A deployed URL is reachable from anywhere, so it answers only requests that
 * carry `requiredKey` (as `Authorization: Bearer …` or `x-api-key`); others
 * get the provider's own 401 for a missing key.
 */

export interface FunctionUrlResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: false;
}

export interface FunctionUrlHandlerOptions
  extends Omit<MockProviderOptions, 'openaiBaseUrl' | 'anthropicBaseUrl'> {
  /** How long before the function's timeout a hung response gives up. Default 1000 ms. */
  hangMarginMs?: number;
  /** The one API key accepted; unset accepts any non-empty key, as the library does. */
  requiredKey?: string | undefined;
}

export type FunctionUrlHandler = ((
  event: LambdaFunctionURLEvent,
  context?: Pick<Context, 'getRemainingTimeInMillis'>,
) => Promise<FunctionUrlResult>) & { provider: MockProvider };

/** Reads a body to its end, or to the point where it fails (a cut stream). */
async function readAll(body: ReadableStream<Uint8Array> | null): Promise<string> {
  if (!body) return '';
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // The stream was cut on purpose (disconnect fault): keep what was sent.
  }
  return text + decoder.decode();
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = name in out ? `${out[name]}, ${value}` : value;
  });
  return out;
}

function presentedKey(headers: Headers): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.get('authorization') ?? '')?.[1];
  return bearer ?? headers.get('x-api-key') ?? undefined;
}

export function createFunctionUrlHandler(
  options: FunctionUrlHandlerOptions = {},
): FunctionUrlHandler {
  const { hangMarginMs = 1000, requiredKey, ...providerOptions } = options;
  const provider = createMockProvider({
    ...providerOptions,
    openaiBaseUrl: '*',
    anthropicBaseUrl: '*',
  });
  const { handlers } = provider;

  const handler = async (
    event: LambdaFunctionURLEvent,
    context?: Pick<Context, 'getRemainingTimeInMillis'>,
  ): Promise<FunctionUrlResult> => {
    const method = event.requestContext.http.method;
    const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
    const url = `https://${event.requestContext.domainName}${event.rawPath}${query}`;
    const headers = new Headers();
    for (const [name, value] of Object.entries(event.headers ?? {})) {
      if (value !== undefined) headers.set(name, value);
    }
    if (requiredKey !== undefined && presentedKey(headers) !== requiredKey) {
      // Answered by the provider's own handler as a request without a key.
      headers.delete('authorization');
      headers.delete('x-api-key');
    }
    let body: Uint8Array<ArrayBuffer> | string | undefined;
    if (event.body !== undefined && method !== 'GET' && method !== 'HEAD') {
      body = event.isBase64Encoded ? new Uint8Array(Buffer.from(event.body, 'base64')) : event.body;
    }
    const controller = new AbortController();
    const remaining = context?.getRemainingTimeInMillis();
    const deadline =
      remaining === undefined
        ? undefined
        : setTimeout(() => controller.abort(), Math.max(0, remaining - hangMarginMs));
    try {
      const request = new Request(url, {
        method,
        headers,
        signal: controller.signal,
        ...(body !== undefined ? { body } : {}),
      });
      const response = await getResponse(handlers, request);
      if (!response) {
        return {
          statusCode: 404,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            error: {
              message: `Invalid URL (${method} ${event.rawPath})`,
              type: 'invalid_request_error',
              param: null,
              code: null,
            },
          }),
          isBase64Encoded: false,
        };
      }
      if (response.type === 'error') {
        if (controller.signal.aborted) {
          return { statusCode: 504, headers: {}, body: '', isBase64Encoded: false };
        }
        throw new Error('mock provider dropped the connection (disconnect fault)');
      }
      return {
        statusCode: response.status,
        headers: headerRecord(response.headers),
        body: await readAll(response.body),
        isBase64Encoded: false,
      };
    } finally {
      clearTimeout(deadline);
    }
  };
  return Object.assign(handler, { provider });
}
