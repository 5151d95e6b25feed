/**
 * The storage engine behind the capacity layer: a DynamoDB-compatible server
 * (dynalite) spoken to over its JSON protocol on loopback. The engine checks
 * only that a request carries a signature, not whose, so the layer signs its
 * own calls with a fixed placeholder.
 */
import { Pool } from 'undici';

export const API_VERSION = 'DynamoDB_20120810';
const ERROR_PREFIX = 'com.amazonaws.dynamodb.v20120810#';

export interface EngineAnswer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: JSON protocol bodies are checked where read.
  body: any;
  text: string;
}

export class Engine {
  readonly #pool: Pool;

  constructor(endpoint: string) {
    this.#pool = new Pool(endpoint, { connections: 16, pipelining: 1 });
  }

  /** Sends one operation with a JSON body; any answer (also 4xx/5xx) comes back parsed. */
  async call(operation: string, input: unknown): Promise<EngineAnswer> {
    const response = await this.#pool.request({
      method: 'POST',
      path: '/',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': `${API_VERSION}.${operation}`,
        'x-amz-date': '20200101T000000Z',
        authorization:
          'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
      },
      body: JSON.stringify(input),
    });
    const text = await response.body.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = {};
    }
    return { status: response.statusCode, body, text };
  }

  /** Relays a request as the client sent it (headers and body untouched). */
  async relay(
    headers: Record<string, string>,
    body: Buffer,
  ): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    const response = await this.#pool.request({ method: 'POST', path: '/', headers, body });
    const answer = Buffer.from(await response.body.arrayBuffer());
    const relayed: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (typeof value === 'string') relayed[name] = value;
    }
    return { status: response.statusCode, headers: relayed, body: answer };
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}

/** The error name of an engine answer (`ConditionalCheckFailedException`, …), if it is one. */
export function errorName(answer: EngineAnswer): string | undefined {
  if (answer.status < 400) return undefined;
  const type: unknown = answer.body?.__type;
  return typeof type === 'string' ? type.slice(type.indexOf('#') + 1) : 'UnknownError';
}

export function errorBody(name: string, message: string, extra: Record<string, unknown> = {}) {
  return { __type: `${ERROR_PREFIX}${name}`, message, ...extra };
}
