/**
 * Message content of a chosen size and alphabet. DynamoDB bills item sizes
 * in UTF-8 bytes (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html)
 * while the API limits content in characters (UTF-16 code units, `LIMITS`),
 * so sizes here are UTF-8 bytes and the multibyte alphabet mixes 2-, 3- and
 * 4-byte characters. Deterministic for a seed; no Node built-ins (k6 has no
 * `TextEncoder`).
 */
import { LIMITS } from '../../contracts/index.ts';

export type Alphabet = 'ascii' | 'multibyte';
export const ALPHABETS: readonly Alphabet[] = ['ascii', 'multibyte'];

const WORDS: Record<Alphabet, readonly string[]> = {
  ascii: ['load', 'chat', 'gauge', 'token', 'lambda', 'table', 'burst', 'quota', 'cold', 'warm'],
  // 2-byte (é, ß, ж), 3-byte (日本, 한국, €) and 4-byte (🙂, 𝄞: surrogate pairs) characters.
  multibyte: ['café', 'straße', 'жук', '日本語', '한국어', '€', '🙂', '𝄞', 'naïve', '中文'],
};

/** The UTF-8 length of `text` in bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair: one 4-byte character.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

export interface ContentOptions {
  /** Target size in UTF-8 bytes, the suffix included; the result is at most this long. */
  bytes: number;
  alphabet: Alphabet;
  /** Picks the words; equal seeds give equal content. */
  seed: number;
  /** Appended after the words (a mock directive block). */
  suffix?: string;
}

/**
 * Words of the alphabet up to `bytes` UTF-8 bytes (the suffix included),
 * within the API's content limit in characters.
 */
export function makeContent(options: ContentOptions): string {
  const suffix = options.suffix ? ` ${options.suffix}` : '';
  const budget = options.bytes - utf8Length(suffix);
  const maxChars = LIMITS.contentMaxChars - suffix.length;
  const words = WORDS[options.alphabet];
  let text = '';
  let bytes = 0;
  let state = options.seed >>> 0 || 1;
  for (;;) {
    // xorshift32: a cheap deterministic word order.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    const word = `${text === '' ? '' : ' '}${words[state % words.length]}`;
    const wordBytes = utf8Length(word);
    if (bytes + wordBytes > budget || text.length + word.length > maxChars) break;
    text += word;
    bytes += wordBytes;
  }
  if (text === '') text = options.alphabet === 'ascii' ? 'x' : 'é';
  return `${text}${suffix}`;
}
