/**
 * Log lines in k6's (logrus text) format on stderr, e.g.
 *   time="2026-11-27T14:40:05Z" level=info msg="ran for 4003 ms" source=console
 */
import { inspect } from 'node:util';

export type LogLevel = 'debug' | 'info' | 'warning' | 'error';

export interface Logger {
  log(level: LogLevel, msg: string, fields?: Record<string, string>): void;
}

const PLAIN = /^[A-Za-z0-9\-._/@^+]+$/;

function quote(value: string): string {
  return PLAIN.test(value) ? value : JSON.stringify(value);
}

export function formatLogLine(
  level: LogLevel,
  msg: string,
  fields: Record<string, string>,
  date: Date,
): string {
  const time = `${date.toISOString().slice(0, 19)}Z`;
  let line = `time="${time}" level=${level} msg=${quote(msg)}`;
  for (const key of Object.keys(fields).sort()) line += ` ${key}=${quote(fields[key] ?? '')}`;
  return `${line}\n`;
}

export class StderrLogger implements Logger {
  constructor(
    private readonly write: (text: string) => void = (t) => process.stderr.write(t),
    private readonly verbose = false,
  ) {}

  log(level: LogLevel, msg: string, fields: Record<string, string> = {}): void {
    if (level === 'debug' && !this.verbose) return;
    this.write(formatLogLine(level, msg, fields, new Date()));
  }
}

/** Formats console.log arguments as k6 does: strings as-is, other values as JSON when possible. */
export function formatConsoleArgs(args: unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return a;
      // Errors from a VU's context are not instanceof this realm's Error.
      if (
        a !== null &&
        typeof a === 'object' &&
        typeof (a as Error).stack === 'string' &&
        typeof (a as Error).message === 'string'
      ) {
        return (a as Error).stack as string;
      }
      if (a !== null && typeof a === 'object') {
        try {
          return JSON.stringify(a);
        } catch {
          return inspect(a);
        }
      }
      return String(a);
    })
    .join(' ');
}
