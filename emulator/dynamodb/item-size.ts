/**
 * Item sizes as DynamoDB bills them, on the wire format of the JSON protocol
 * (binary values arrive base64-encoded). The rules, from
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html:
 *
 * - an item is the sum of its attribute names (UTF-8 bytes) and values;
 * - a string is its UTF-8 bytes; a binary its raw bytes;
 * - a number is about 1 byte per two significant digits plus 1 byte, with
 *   leading and trailing zeros trimmed;
 * - null and Boolean are 1 byte;
 * - a list or map is 3 bytes plus its elements, each element 1 byte more
 *   (a map element also counts its key's UTF-8 bytes);
 * - a set is the sum of its elements.
 */

/** An attribute value as the JSON protocol carries it (`{"S": "…"}`, `{"N": "1"}`, …). */
export interface AttributeValue {
  S?: string;
  N?: string;
  B?: string;
  SS?: string[];
  NS?: string[];
  BS?: string[];
  M?: Record<string, AttributeValue>;
  L?: AttributeValue[];
  NULL?: boolean;
  BOOL?: boolean;
}

export type Item = Record<string, AttributeValue>;

export const KB = 1_024;

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Bytes of an item: attribute names plus values. */
export function itemSize(item: Item): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) size += utf8Bytes(name) + valueSize(value);
  return size;
}

export function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return utf8Bytes(value.S);
  if (value.N !== undefined) return numberSize(value.N);
  if (value.B !== undefined) return Buffer.byteLength(value.B, 'base64');
  if (value.SS !== undefined) return value.SS.reduce((sum, s) => sum + utf8Bytes(s), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, n) => sum + numberSize(n), 0);
  if (value.BS !== undefined)
    return value.BS.reduce((sum, b) => sum + Buffer.byteLength(b, 'base64'), 0);
  if (value.M !== undefined) {
    let size = 3;
    for (const [key, element] of Object.entries(value.M))
      size += utf8Bytes(key) + valueSize(element) + 1;
    return size;
  }
  if (value.L !== undefined)
    return value.L.reduce((sum, element) => sum + valueSize(element) + 1, 3);
  // NULL and BOOL.
  return 1;
}

/** Significant digits halved and rounded up, plus one byte. */
export function numberSize(text: string): number {
  const [mantissa = ''] = text.toLowerCase().split('e');
  const digits = mantissa
    .replace(/[^0-9]/g, '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.ceil(digits.length / 2) + 1;
}
