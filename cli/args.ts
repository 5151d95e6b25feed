/** Command-line parsing shared by the subcommands: `util.parseArgs`, with one clear error on bad input. */
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A `loopgauge` subcommand, as each `*-command.ts` exports it (`command`). */
export interface Command {
  /** The --help text; its third line is the command's summary in the list. */
  usage: string;
  run: (argv: string[]) => Promise<number>;
  /** The command reads --help and reports its own mistakes (with its own exit codes). */
  ownArguments?: boolean;
}

export class UsageError extends Error {
  /** Whether the line points at the command's --help (for a command line of the wrong shape). */
  readonly usage: boolean;

  constructor(message: string, options: { usage?: boolean } = {}) {
    super(message);
    this.name = 'UsageError';
    this.usage = options.usage ?? false;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseFlags<T extends Options>(
  argv: string[],
  options: T,
  { positionals = false }: { positionals?: boolean } = {},
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: positionals });
  } catch (error) {
    throw new UsageError(oneLine(error instanceof Error ? error.message : String(error)), {
      usage: true,
    });
  }
}

/**
 * `util.parseArgs`'s message on one line, without its advice on positionals
 * starting with "-" (no command here takes such a positional).
 */
function oneLine(message: string): string {
  return message
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*To specify a positional argument starting with a '-'.*$/, '');
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
