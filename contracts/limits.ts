/** Limits of the API (architecture, "The API"). */
export const LIMITS = {
  /** `content` length after trimming, in characters (UTF-16 code units). */
  contentMinChars: 1,
  contentMaxChars: 8_000,
  /** Request bodies larger than this are rejected with 413 PAYLOAD_TOO_LARGE. */
  bodyMaxBytes: 32 * 1024,
  chatsPage: { min: 1, max: 100, default: 20 },
  messagesPage: { min: 1, max: 100, default: 100 },
  /** Length of a ULID: 26 characters of Crockford base32. */
  ulidLength: 26,
} as const;

/**
 * A canonical ULID: 26 upper-case Crockford base32 characters whose first
 * character is 0–7 (a 48-bit timestamp). Lower case is rejected on purpose:
 * ids are keys, and one id must have exactly one spelling.
 */
export const ULID_PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

export function isUlid(value: unknown): value is string {
  return typeof value === 'string' && ULID_PATTERN.test(value);
}
