/**
 * CloudWatch Logs filter patterns for unstructured log events
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html):
 * terms separated by spaces, all of which must appear (case-sensitive); a
 * quoted term (`"REPORT RequestId"`) matches as one phrase; `?term` terms
 * match when any of them appears; `-term` excludes events holding it. An
 * empty pattern matches every event.
 *
 * Not modelled: JSON patterns (`{ $.field = … }`), space-delimited patterns
 * (`[ip, user, …]`) and regular expressions (`%…%`); they are refused.
 */

export interface FilterPattern {
  all: string[];
  any: string[];
  none: string[];
}

export class FilterPatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterPatternError';
  }
}

export function parseFilterPattern(pattern: string): FilterPattern {
  const parsed: FilterPattern = { all: [], any: [], none: [] };
  const text = pattern.trim();
  if (/^[{[]/.test(text) || /%/.test(text)) {
    throw new FilterPatternError(
      'the emulator answers term filter patterns only (terms, "quoted phrases", ?term, -term), not JSON, space-delimited or regular-expression patterns',
    );
  }
  let index = 0;
  while (index < text.length) {
    while (text[index] === ' ') index += 1;
    if (index >= text.length) break;
    let prefix = '';
    if (text[index] === '?' || text[index] === '-') {
      prefix = text[index] ?? '';
      index += 1;
    }
    let term: string;
    if (text[index] === '"') {
      const close = text.indexOf('"', index + 1);
      if (close < 0) throw new FilterPatternError(`unbalanced quote in filter pattern: ${pattern}`);
      term = text.slice(index + 1, close);
      index = close + 1;
    } else {
      const end = text.indexOf(' ', index);
      term = text.slice(index, end < 0 ? text.length : end);
      index = end < 0 ? text.length : end;
    }
    if (term === '') throw new FilterPatternError(`empty term in filter pattern: ${pattern}`);
    (prefix === '?' ? parsed.any : prefix === '-' ? parsed.none : parsed.all).push(term);
  }
  return parsed;
}

export function matchesFilter(pattern: FilterPattern, message: string): boolean {
  if (!pattern.all.every((term) => message.includes(term))) return false;
  if (pattern.any.length > 0 && !pattern.any.some((term) => message.includes(term))) return false;
  return !pattern.none.some((term) => message.includes(term));
}
