/**
 * `k6/encoding`: base64 in k6's four encodings ("std", "rawstd", "url",
 * "rawurl"); decoding returns an ArrayBuffer, or a string with format "s".
 * https://grafana.com/docs/k6/latest/javascript-api/k6-encoding/
 */
import type { VUHost } from '../vu-host.ts';
import { guarded } from './util.ts';

type Encoding = 'std' | 'rawstd' | 'url' | 'rawurl';

function encodingOf(value: unknown): Encoding {
  if (value === undefined || value === null || value === '') return 'std';
  if (value === 'std' || value === 'rawstd' || value === 'url' || value === 'rawurl') return value;
  throw new TypeError(`unknown base64 encoding "${String(value)}"; use std, rawstd, url or rawurl`);
}

/** The bytes of a string (UTF-8) or of binary data. */
export function bytesOf(input: unknown, what: string): Buffer {
  if (typeof input === 'string') return Buffer.from(input, 'utf8');
  if (
    input instanceof ArrayBuffer ||
    Object.prototype.toString.call(input) === '[object ArrayBuffer]'
  )
    return Buffer.from(input as ArrayBuffer);
  if (ArrayBuffer.isView(input))
    return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  throw new TypeError(`${what}: expected a string or an ArrayBuffer`);
}

export function toArrayBuffer(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function b64encode(input: unknown, encoding?: unknown): string {
  const bytes = bytesOf(input, 'b64encode');
  const enc = encodingOf(encoding);
  const text = bytes.toString(enc === 'url' || enc === 'rawurl' ? 'base64url' : 'base64');
  if (enc === 'url') return text.padEnd(Math.ceil(text.length / 4) * 4, '=');
  if (enc === 'rawstd') return text.replace(/=+$/, '');
  return text;
}

function b64decode(input: unknown, encoding?: unknown, format?: unknown): ArrayBuffer | string {
  if (typeof input !== 'string') throw new TypeError('b64decode: expected a base64 string');
  const enc = encodingOf(encoding);
  const padded = enc === 'rawstd' || enc === 'rawurl';
  const alphabet =
    enc === 'url' || enc === 'rawurl' ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (
    !alphabet.test(input) ||
    (padded && input.includes('=')) ||
    (!padded && input.length % 4 !== 0)
  ) {
    throw new Error(`illegal base64 data at input "${input}"`);
  }
  const bytes = Buffer.from(input, enc === 'url' || enc === 'rawurl' ? 'base64url' : 'base64');
  return format === 's' ? bytes.toString('utf8') : toArrayBuffer(bytes);
}

export function createEncodingModule(_vu: VUHost): Record<string, unknown> {
  const api = { b64encode, b64decode };
  return { ...api, default: guarded('k6/encoding', api) };
}
