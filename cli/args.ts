/** Command-line parsing shared by the subcommands: `util.parseArgs`, with one clear error on bad input. */
import { type ParseArgsConfig, parseArgs } from 'node:util';

export class UsageError extends Error {
  /** Whether the command's usage follows the message (no for a mistake one line explains). */
  readonly usage: boolean;

  constructor(message: string, options: { usage?: boolean } = {}) {
    super(message);
    this.name = 'UsageError';
    this.usage = options.usage ?? true;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseFlags<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function portFlag(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535)
    throw new UsageError(`--${name} must be a port from 0 to 65535, got "${value}"`);
  return port;
}

export function countFlag(
  value: string | undefined,
  name: string,
  fallback: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > max) {
    throw new UsageError(`--${name} must be a whole number from 1 to ${max}, got "${value}"`);
  }
  return count;
}
