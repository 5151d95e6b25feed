/**
 * The benchmark's trivial loopback server: a keep-alive HTTP/1.1 responder
 * on a raw TCP socket that answers every request (GET, no body) with a
 * canned 200 "ok", so the server costs little CPU next to the engine.
 * Reports its port to the parent process.
 */

import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';

const RESPONSE = Buffer.from(
  'HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\nkeep-alive: timeout=60\r\n\r\nok',
);

const server = createServer((socket) => {
  socket.setNoDelay(true);
  let tail = '';
  socket.on('data', (chunk: Buffer) => {
    const text = tail + chunk.toString('latin1');
    let count = 0;
    let at = text.indexOf('\r\n\r\n');
    let end = 0;
    while (at >= 0) {
      count++;
      end = at + 4;
      at = text.indexOf('\r\n\r\n', end);
    }
    tail = text.slice(end);
    if (count === 1) socket.write(RESPONSE);
    else if (count > 1) socket.write(Buffer.concat(Array.from({ length: count }, () => RESPONSE)));
  });
  socket.on('error', () => socket.destroy());
});
server.listen(0, '127.0.0.1', () => {
  process.send?.((server.address() as AddressInfo).port);
});
process.on('disconnect', () => process.exit(0));
