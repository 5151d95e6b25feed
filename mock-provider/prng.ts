import { hash } from 'node:crypto';

/**
 * Seeded randomness that depends only on its inputs: a request's draws come
 * from SHA-256 of `(seed, canonical body)`, split into independent streams,
 * so no draw depends on arrival order, concurrency, or any other request.
 */

/** JSON with object keys sorted, so key order never changes a request's identity. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The 256-bit key of a request: eight 32-bit words of SHA-256. */
export type RequestKey = Uint32Array;

export function requestKey(seed: number, canonicalBody: string): RequestKey {
  const digest = hash('sha256', `${seed}\u0000${canonicalBody}`, 'buffer');
  const words = new Uint32Array(8);
  for (let i = 0; i < 8; i++) words[i] = digest.readUInt32LE(i * 4);
  return words;
}

/** Lower-case hex of the first `chars` hex digits of a key. */
export function keyHex(key: RequestKey, chars = 16): string {
  let out = '';
  for (let i = 0; out.length < chars && i < key.length; i++) {
    out += (key[i] ?? 0).toString(16).padStart(8, '0');
  }
  return out.slice(0, chars);
}

/** A 32-bit finaliser (MurmurHash3 fmix32): spreads a small stream id over all bits. */
function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * SFC32 (Chris Doty-Humphrey's Small Fast Counting generator, from PractRand):
 * 128-bit state, passes PractRand and BigCrush, and is cheap in JavaScript.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a >>> 0;
    this.b = b >>> 0;
    this.c = c >>> 0;
    this.d = d >>> 0;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A uniform draw in the open interval (0, 1): never exactly 0 or 1, so inverse CDFs stay finite. */
  uniform(): number {
    return (this.nextUint32() + 0.5) / 4294967296;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.uniform() * n);
  }
}

/** Named streams of one request key; adding a stream never shifts another's draws. */
export const STREAM = {
  fault: 1,
  ttft: 2,
  tpot: 3,
  outputTokens: 4,
  text: 5,
} as const;

/**
 * The generator for one stream of one request. `variant` separates draws of
 * the same stream that must differ (a retry's fault draw uses the attempt).
 */
export function streamRng(key: RequestKey, stream: number, variant = 0): Rng {
  const mix = fmix32(stream * 0x9e3779b9 + fmix32(variant));
  return new Rng(
    (key[0] ?? 0) ^ mix,
    (key[1] ?? 0) ^ (key[4] ?? 0),
    (key[2] ?? 0) ^ (key[5] ?? 0) ^ fmix32(mix),
    (key[3] ?? 0) ^ (key[6] ?? 0) ^ (key[7] ?? 0),
  );
}
