/**
 * Pagination cursors: opaque, bound to the caller and to the listing they came
 * from, and tamper-evident (HMAC-SHA256). A cursor that fails any check is a
 * 400, never a page of someone else's data; keys are rebuilt from the token's
 * `sub` in any case, the cursor only says where to resume.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ValidationError } from './errors.ts';

const VERSION = 1;
const MAC_BYTES = 16;

export interface CursorScope {
  /** The listing: `chats`, or `chat:<chatId>`. */
  listing: string;
  sub: string;
}

export class CursorCodec {
  readonly #secret: string;

  constructor(secret: string) {
    this.#secret = secret;
  }

  encode<T>(scope: CursorScope, position: T): string {
    const payload = Buffer.from(JSON.stringify({ v: VERSION, l: scope.listing, p: position }));
    return `${payload.toString('base64url')}.${this.#mac(scope, payload).toString('base64url')}`;
  }

  /**
   * Returns the position, or throws ValidationError for anything but an
   * intact cursor of this scope whose position `isPosition` accepts.
   */
  decode<T>(scope: CursorScope, cursor: string, isPosition: (value: unknown) => value is T): T {
    const [payloadText, macText, ...rest] = cursor.split('.');
    if (!payloadText || !macText || rest.length > 0) throw invalid();
    const payload = canonicalBase64Url(payloadText);
    const mac = canonicalBase64Url(macText);
    if (!payload || !mac) throw invalid();
    const expected = this.#mac(scope, payload);
    if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) throw invalid();
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload.toString('utf8'));
    } catch (cause) {
      throw invalid(cause);
    }
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      (parsed as { v?: unknown }).v !== VERSION ||
      (parsed as { l?: unknown }).l !== scope.listing
    ) {
      throw invalid();
    }
    const position = (parsed as { p?: unknown }).p;
    if (!isPosition(position)) throw invalid();
    return position;
  }

  #mac(scope: CursorScope, payload: Buffer): Buffer {
    // The sub is in the MAC, not in the payload: a cursor reveals nothing of
    // its owner and verifies only for the caller it was issued to.
    return createHmac('sha256', this.#secret)
      .update(scope.sub)
      .update('\0')
      .update(scope.listing)
      .update('\0')
      .update(payload)
      .digest()
      .subarray(0, MAC_BYTES);
  }
}

/**
 * The bytes of a base64url text, only when that text is their one spelling
 * (what `encode` writes: no padding, no other alphabet, no stray characters,
 * no unused bits set). Node's decoder skips what it does not understand.
 */
function canonicalBase64Url(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

function invalid(cause?: unknown): ValidationError {
  return new ValidationError('cursor is not valid for this listing', { cause });
}
