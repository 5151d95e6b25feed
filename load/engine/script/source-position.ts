/** Maps a position in a bundle to "file:line:column" of the script's own sources. */
import type { SourceMap } from 'node:module';
import path from 'node:path';

interface MapEntry {
  originalSource?: string;
  originalLine?: number;
  originalColumn?: number;
}

export function sourcePosition(
  map: SourceMap | undefined,
  bundleName: string,
  line0: number,
  col0: number,
): string | undefined {
  const entry = map?.findEntry(line0, col0) as MapEntry | undefined;
  if (entry?.originalSource === undefined || entry.originalLine === undefined) return undefined;
  const file = path.resolve(path.dirname(bundleName), entry.originalSource);
  return `${file}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
}
