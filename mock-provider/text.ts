import type { Rng } from './prng.ts';

/**
 * Reply text: sentences of short words drawn by the request's text stream.
 * Every word has at most 6 letters and every sentence ends with ".", so each
 * piece is exactly one token under the tokenizer approximation, and a reply
 * planned at n tokens is n pieces that count back to n.
 */
const WORDS = [
  'the',
  'load',
  'test',
  'mock',
  'reply',
  'token',
  'model',
  'cloud',
  'stage',
  'queue',
  'event',
  'fast',
  'slow',
  'user',
  'chat',
  'data',
  'cache',
  'limit',
  'retry',
  'quota',
  'time',
  'state',
  'value',
  'table',
  'write',
  'read',
  'level',
  'steady',
  'burst',
  'warm',
  'cold',
  'start',
  'route',
  'path',
  'store',
  'record',
  'window',
  'metric',
  'report',
  'rate',
  'peak',
  'share',
  'scale',
  'signal',
  'sample',
  'trace',
  'budget',
  'second',
  'minute',
  'run',
  'plan',
  'check',
  'result',
  'stable',
  'clear',
  'simple',
  'small',
  'large',
  'and',
  'with',
  'for',
  'from',
  'into',
  'over',
] as const;

const MIN_SENTENCE = 5;
const MAX_SENTENCE = 14;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Exactly `tokens` pieces; their concatenation is the reply text. */
export function generatePieces(rng: Rng, tokens: number): string[] {
  const pieces: string[] = [];
  let sentenceLeft = 0;
  let startOfSentence = true;
  while (pieces.length < tokens) {
    if (sentenceLeft === 0 && !startOfSentence) {
      pieces.push('.');
      startOfSentence = true;
      continue;
    }
    if (startOfSentence) {
      sentenceLeft = MIN_SENTENCE + rng.below(MAX_SENTENCE - MIN_SENTENCE + 1);
    }
    const word = WORDS[rng.below(WORDS.length)] ?? 'the';
    const lead = pieces.length === 0 ? '' : ' ';
    pieces.push(lead + (startOfSentence ? capitalise(word) : word));
    startOfSentence = false;
    sentenceLeft -= 1;
  }
  return pieces;
}
