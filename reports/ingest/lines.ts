/**
 * Reads a text file line by line without holding it: chunks from a read
 * stream (gunzipped when the name ends in `.gz`, as k6 writes
 * `--out json=FILE.gz`), split on newlines, each line handed to a
 * synchronous callback. A callback per line rather than an async iterator:
 * a million awaits cost more than the parsing.
 */
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';

export async function forEachLine(file: string, onLine: (line: string) => void): Promise<void> {
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  const stream = file.endsWith('.gz') ? source.pipe(createGunzip()) : source;
  const decoder = new StringDecoder('utf8');
  let carry = '';
  const take = (text: string) => {
    let start = 0;
    let end = text.indexOf('\n');
    if (end === -1) {
      carry += text;
      return;
    }
    onLine(carry + text.slice(0, end));
    carry = '';
    start = end + 1;
    for (end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
      onLine(text.slice(start, end));
      start = end + 1;
    }
    carry = text.slice(start);
  };
  await new Promise<void>((resolve, reject) => {
    source.once('error', reject);
    stream.once('error', reject);
    stream.on('data', (chunk: Buffer) => {
      try {
        take(decoder.write(chunk));
      } catch (error) {
        source.destroy();
        reject(error);
      }
    });
    stream.once('end', () => {
      try {
        take(decoder.end());
        if (carry !== '') onLine(carry);
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}
