/** Request validation by the API's rules (`LIMITS` and id formats of `#contracts`). */
import { isUlid, LIMITS, type SendMessageRequest } from '#contracts';
import { PayloadTooLargeError, ValidationError } from './errors.ts';

type Params = Readonly<Record<string, string | undefined>> | undefined;

export function parseChatId(pathParameters: Params): string {
  const chatId = pathParameters?.chatId;
  if (!isUlid(chatId))
    throw new ValidationError('chatId must be a ULID (26 characters, Crockford base32)');
  return chatId;
}

export function parseLimit(
  query: Params,
  bounds: { min: number; max: number; default: number },
): number {
  const raw = query?.limit;
  if (raw === undefined) return bounds.default;
  if (!/^\d{1,4}$/.test(raw)) {
    throw new ValidationError(`limit must be an integer from ${bounds.min} to ${bounds.max}`);
  }
  const limit = Number(raw);
  if (limit < bounds.min || limit > bounds.max) {
    throw new ValidationError(`limit must be an integer from ${bounds.min} to ${bounds.max}`);
  }
  return limit;
}

export function parseCursorParam(query: Params): string | undefined {
  const raw = query?.cursor;
  if (raw === undefined) return undefined;
  if (raw.length === 0 || raw.length > 2_048)
    throw new ValidationError('cursor is not valid for this listing');
  return raw;
}

/** The raw request body, decoded, with the 32 KB limit applied before anything parses it. */
export function decodeBody(body: string | undefined, isBase64Encoded: boolean): string {
  if (body === undefined || body === '') throw new ValidationError('request body is required');
  const bytes = isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8');
  if (bytes.byteLength > LIMITS.bodyMaxBytes) {
    throw new PayloadTooLargeError(`request body is larger than ${LIMITS.bodyMaxBytes} bytes`);
  }
  return bytes.toString('utf8');
}

/** A UTF-16 surrogate not part of a pair (in `u` mode, pairs match as one astral code point). */
const LONE_SURROGATE = /\p{Cs}/u;

export function parseSendMessageBody(text: string): SendMessageRequest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new ValidationError('request body is not valid JSON', { cause });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ValidationError('request body must be a JSON object');
  }
  const fields = parsed as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((key) => key !== 'messageId' && key !== 'content');
  if (unknown.length > 0) throw new ValidationError(`unknown field: ${unknown.sort().join(', ')}`);
  if (!isUlid(fields.messageId)) {
    throw new ValidationError('messageId must be a ULID (26 characters, Crockford base32)');
  }
  if (typeof fields.content !== 'string') throw new ValidationError('content must be a string');
  // JSON can escape half of a surrogate pair alone; no UTF-8 store or provider takes that.
  if (LONE_SURROGATE.test(fields.content)) {
    throw new ValidationError('content must be Unicode text (it holds a lone surrogate)');
  }
  const content = fields.content.trim();
  if (content.length < LIMITS.contentMinChars || content.length > LIMITS.contentMaxChars) {
    throw new ValidationError(
      `content must be ${LIMITS.contentMinChars} to ${LIMITS.contentMaxChars} characters after trimming`,
    );
  }
  return { messageId: fields.messageId, content };
}
