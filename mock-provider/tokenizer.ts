/**
 * A deterministic approximation of BPE token counts (not a real tokenizer).
 *
 * Text is split the way the GPT-4 (cl100k) pre-tokenizer splits it: runs of
 * letters with an optional leading space, groups of up to three digits,
 * runs of other symbols with an optional leading space, and whitespace. Then:
 * - a letter run of a space-separated script costs one token per 6 letters
 *   (common English words are one token each, long words several);
 * - a letter of a script written without spaces (Han, Kana, Hangul, Thai)
 *   costs one token each;
 * - a digit group costs one token;
 * - a symbol run costs one token per 2 characters;
 * - a space that leads a word is part of it; any other whitespace run
 *   costs one token.
 * Message framing follows OpenAI's published counting recipe: 3 tokens per
 * message plus its role, and 3 to prime the reply.
 */

const PIECE = / ?\p{L}+| ?\p{N}{1,3}| ?[^\s\p{L}\p{N}]+|\s+/gu;
const WHITESPACE = /^\s+$/u;
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

export const LETTERS_PER_TOKEN = 6;
const SYMBOLS_PER_TOKEN = 2;
/** OpenAI cookbook "How to count tokens": tokens_per_message = 3, reply priming = 3. */
const TOKENS_PER_MESSAGE = 3;
const REPLY_PRIMING_TOKENS = 3;
/** A flat cost for a non-text content part (an image at low detail costs 85 on OpenAI). */
const NON_TEXT_PART_TOKENS = 85;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function pieceTokens(piece: string): number {
  const start = piece.charCodeAt(0) === 32 && piece.length > 1 ? 1 : 0;
  const first = piece.charCodeAt(start);
  // Fast path: a word of ASCII letters, by far the most common piece.
  if (isAsciiLetter(first) && isAsciiLetter(piece.charCodeAt(piece.length - 1))) {
    let ascii = true;
    for (let i = start + 1; i < piece.length - 1 && ascii; i++)
      ascii = isAsciiLetter(piece.charCodeAt(i));
    if (ascii) return Math.ceil((piece.length - start) / LETTERS_PER_TOKEN);
  }
  if (WHITESPACE.test(piece)) return 1;
  const body = piece.slice(start);
  const ch = String.fromCodePoint(body.codePointAt(0) ?? 0);
  if (/\p{N}/u.test(ch)) return 1;
  if (/\p{L}/u.test(ch)) {
    if (UNSPACED_SCRIPT.test(body)) return [...body].length;
    return Math.ceil([...body].length / LETTERS_PER_TOKEN);
  }
  return Math.ceil([...body].length / SYMBOLS_PER_TOKEN);
}

/** The pieces a text splits into (exported for tests of the generator). */
export function splitPieces(text: string): string[] {
  return text.match(PIECE) ?? [];
}

export function countTokens(text: string): number {
  let total = 0;
  for (const piece of splitPieces(text)) total += pieceTokens(piece);
  return total;
}

/** Message content as both APIs accept it: a string or an array of typed parts. */
export type MessageContent = string | ReadonlyArray<{ type?: unknown; text?: unknown }> | null;

export interface CountableMessage {
  role: string;
  content: MessageContent;
}

/** The text of a message's content: a string as is, text parts joined by newlines. */
export function contentText(content: MessageContent): string {
  if (typeof content === 'string') return content;
  if (content === null) return '';
  return content
    .filter((part) => part.type === 'text' && typeof part.text === 'string')
    .map((part) => part.text as string)
    .join('\n');
}

function contentTokens(content: MessageContent): number {
  if (typeof content === 'string' || content === null) return countTokens(contentText(content));
  let total = 0;
  for (const part of content) {
    total +=
      part.type === 'text' && typeof part.text === 'string'
        ? countTokens(part.text)
        : NON_TEXT_PART_TOKENS;
  }
  return total;
}

/** Prompt tokens of a conversation (with an optional separate system prompt, as Anthropic sends it). */
export function countPromptTokens(
  messages: readonly CountableMessage[],
  system?: MessageContent,
): number {
  let total = REPLY_PRIMING_TOKENS;
  if (system !== undefined && system !== null) {
    total += TOKENS_PER_MESSAGE + 1 + contentTokens(system);
  }
  for (const message of messages) {
    total += TOKENS_PER_MESSAGE + countTokens(message.role) + contentTokens(message.content);
  }
  return total;
}
