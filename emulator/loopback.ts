/** Listening on 127.0.0.1 and closing, for every server of the local stage. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Listens on 127.0.0.1 (port 0 picks a free one) and returns the port. A
 * failure says which part could not listen where, and keeps the system
 * error's `code` (EADDRINUSE, …) for callers that explain it.
 */
export function listenOnLoopback(server: Server, port: number, what: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        Object.assign(new Error(`${what}: cannot listen on 127.0.0.1:${port}: ${error.message}`), {
          cause: error,
          code: error.code,
        }),
      );
    };
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Stops listening and drops every connection, idle or not. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
