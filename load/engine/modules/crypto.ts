/**
 * `k6/crypto`: hashes, HMACs and random bytes, computed by Node's crypto.
 * Output encodings "hex", "base64", "base64url", "base64rawurl" (k6's
 * unpadded url form) and "binary" (an ArrayBuffer).
 * https://grafana.com/docs/k6/latest/javascript-api/k6-crypto/
 */
import { createHash, createHmac, getHashes, randomBytes } from 'node:crypto';
import type { VUHost } from '../vu-host.ts';
import { b64encode, bytesOf, toArrayBuffer } from './encoding.ts';
import { guarded } from './util.ts';

const ALGORITHMS: Record<string, string> = {
  md4: 'md4',
  md5: 'md5',
  sha1: 'sha1',
  sha256: 'sha256',
  sha384: 'sha384',
  sha512: 'sha512',
  sha512_224: 'sha512-224',
  sha512_256: 'sha512-256',
  ripemd160: 'ripemd160',
};

function algorithm(name: unknown): string {
  const algo = typeof name === 'string' ? ALGORITHMS[name] : undefined;
  if (!algo) throw new TypeError(`invalid algorithm: ${String(name)}`);
  if (!getHashes().includes(algo)) {
    throw new TypeError(`hash algorithm ${String(name)} is not available in this Node build`);
  }
  return algo;
}

function encode(digest: Buffer, encoding: unknown): string | ArrayBuffer {
  switch (encoding) {
    case 'hex':
      return digest.toString('hex');
    case 'base64':
      return digest.toString('base64');
    case 'base64url':
      return b64encode(digest, 'url');
    case 'base64rawurl':
      return b64encode(digest, 'rawurl');
    case 'binary':
      return toArrayBuffer(digest);
    default:
      throw new TypeError(`invalid output encoding: ${String(encoding)}`);
  }
}

class Hasher {
  readonly #update: (data: Buffer) => void;
  readonly #digest: () => Buffer;
  constructor(update: (data: Buffer) => void, digest: () => Buffer) {
    this.#update = update;
    this.#digest = digest;
  }
  update(input: unknown): void {
    this.#update(bytesOf(input, 'update'));
  }
  digest(encoding: unknown): string | ArrayBuffer {
    return encode(this.#digest(), encoding);
  }
}

function hasher(name: unknown): Hasher {
  const h = createHash(algorithm(name));
  return new Hasher(
    (d) => h.update(d),
    () => h.digest(),
  );
}

function hmacHasher(name: unknown, secret: unknown): Hasher {
  const h = createHmac(algorithm(name), bytesOf(secret, 'createHMAC secret'));
  return new Hasher(
    (d) => h.update(d),
    () => h.digest(),
  );
}

export function createCryptoModule(_vu: VUHost): Record<string, unknown> {
  const digestOf = (name: string) => (input: unknown, encoding: unknown) => {
    const h = hasher(name);
    h.update(input);
    return h.digest(encoding);
  };
  const api: Record<string, unknown> = {
    createHash: hasher,
    createHMAC: hmacHasher,
    hmac: (name: unknown, secret: unknown, input: unknown, encoding: unknown) => {
      const h = hmacHasher(name, secret);
      h.update(input);
      return h.digest(encoding);
    },
    randomBytes: (size: unknown) => {
      const n = Number(size);
      if (!Number.isInteger(n) || n < 1) throw new TypeError('invalid size');
      return toArrayBuffer(randomBytes(n));
    },
  };
  for (const name of Object.keys(ALGORITHMS)) api[name] = digestOf(name);
  return { ...api, default: guarded('k6/crypto', api) };
}
