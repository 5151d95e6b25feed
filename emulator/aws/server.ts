/**
 * One loopback HTTP server for the AWS APIs a run calls besides Cognito and
 * DynamoDB: Lambda's control API, CloudWatch metrics and CloudWatch Logs.
 * Each SDK client takes its own `endpoint`, and all three point here: the
 * requests cannot be confused (Lambda's are REST paths under
 * `/2015-03-31/functions/`, the others `POST /` with an `X-Amz-Target` of
 * their own service), so one port serves them, as one port serves each
 * other hop of the emulator. Signatures are not checked.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '../loopback.ts';
import { AwsError, errorResponse, type WireRequest, type WireResponse } from './wire.ts';

/** One service's answers. */
export interface AwsApi {
  /** Whether the request is for this service. */
  accepts(request: WireRequest): boolean;
  handle(request: WireRequest): Promise<WireResponse>;
}

export interface AwsServer {
  endpoint: string;
  close(): Promise<void>;
}

/** AWS services take far smaller requests; anything larger is refused unread. */
const MAX_BODY_BYTES = 6 * 1024 * 1024;

export async function startAwsServer(options: {
  port?: number;
  apis: AwsApi[];
}): Promise<AwsServer> {
  const server = createServer((request, response) => {
    answer(options.apis, request)
      .then((wire) => send(response, wire))
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        send(
          response,
          errorResponse('json-1.1', new AwsError('InternalFailure', message, { status: 500 })),
        );
      });
  });
  const port = await listenOnLoopback(server, options.port ?? 0, 'AWS APIs');
  return { endpoint: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

async function answer(apis: AwsApi[], incoming: IncomingMessage): Promise<WireResponse> {
  const url = new URL(incoming.url ?? '/', 'http://localhost');
  const body = await readBody(incoming);
  const request: WireRequest = {
    method: incoming.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: incoming.headers,
    body: body ?? '',
  };
  const api = apis.find((candidate) => candidate.accepts(request));
  if (!api) {
    const target = request.headers['x-amz-target'];
    return errorResponse(
      'json-1.1',
      new AwsError(
        'UnknownOperationException',
        `no AWS API of the emulator answers ${request.method} ${request.path}${typeof target === 'string' ? ` (${target})` : ''}`,
        { status: 404 },
      ),
    );
  }
  if (body === undefined) {
    return errorResponse(
      'json-1.1',
      new AwsError('SerializationException', `the request body exceeds ${MAX_BODY_BYTES} bytes`, {
        status: 413,
      }),
    );
  }
  return api.handle(request);
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, wire: WireResponse): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(wire.status, {
    ...wire.headers,
    'content-length': Buffer.byteLength(wire.body),
  });
  response.end(wire.body);
}
