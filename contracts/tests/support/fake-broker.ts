/**
 * A stand-in for a Pact Broker on 127.0.0.1: the few HAL resources Pact's
 * tools follow to publish pacts, fetch the pacts a provider must verify and
 * publish its results — and a record of every request, for the test to read.
 * Anything else is a 404, so an unexpected call shows.
 */
import { createServer } from 'node:http';

export interface BrokerRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeBroker {
  url: string;
  requests: BrokerRequest[];
  close(): Promise<void>;
}

/** `pacts`: what the broker serves a provider for verification. */
export async function startFakeBroker(pacts: Array<Record<string, unknown>>): Promise<FakeBroker> {
  const requests: BrokerRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const base = `http://127.0.0.1:${port}`;
      const path = request.url ?? '/';
      const text = Buffer.concat(chunks).toString('utf8');
      requests.push({
        method: request.method ?? 'GET',
        path,
        authorization: request.headers.authorization,
        body: text ? JSON.parse(text) : undefined,
      });
      const hal = (status: number, body: Record<string, unknown>) => {
        response.writeHead(status, { 'content-type': 'application/hal+json' });
        response.end(JSON.stringify({ _links: { self: { href: `${base}${path}` } }, ...body }));
      };
      const method = request.method ?? 'GET';
      const pact = /^\/pacts\/(\d+)$/.exec(path);
      if (method === 'GET' && path === '/') {
        return hal(200, {
          _links: {
            'pb:publish-contracts': { href: `${base}/contracts/publish` },
            'pb:provider-pacts-for-verification': {
              href: `${base}/pacts/provider/{provider}/for-verification`,
              templated: true,
            },
          },
        });
      }
      if (method === 'POST' && path === '/contracts/publish') {
        return hal(200, { notices: [{ type: 'success', text: 'published' }] });
      }
      if (path.startsWith('/pacts/provider/')) {
        return hal(200, {
          _embedded: {
            pacts: pacts.map((_, index) => ({
              shortDescription: 'latest from main',
              verificationProperties: { pending: false, notices: [] },
              _links: { self: { href: `${base}/pacts/${index}`, name: `pact ${index}` } },
            })),
          },
        });
      }
      if (method === 'GET' && pact) {
        return hal(200, {
          ...pacts[Number(pact[1])],
          _links: {
            'pb:publish-verification-results': { href: `${base}/results/${pact[1]}` },
            'pb:provider': { href: `${base}/pacticipants/provider` },
          },
        });
      }
      if (method === 'GET' && path === '/pacticipants/provider') {
        return hal(200, {
          _links: {
            'pb:branch-version': {
              href: `${base}/pacticipants/provider/branches/{branch}/versions/{version}`,
              templated: true,
            },
          },
        });
      }
      if (method === 'PUT' && path.startsWith('/pacticipants/provider/branches/'))
        return hal(200, {});
      if (method === 'POST' && path.startsWith('/results/')) return hal(201, {});
      return hal(404, { error: `no ${method} ${path} here` });
    });
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
