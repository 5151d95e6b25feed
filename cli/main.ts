/**
 * `loopgauge`: the command the npm scripts call. One subcommand per job;
 * bad input ends in one clear line on stderr and exit code 2 (`k6` keeps
 * k6's own argument handling and exit codes).
 */
import { type Command, UsageError } from './args.ts';

/**
 * Each command's module is imported only when that command runs (or for the
 * list of commands), so a command starts without loading the others' parts.
 */
const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  run: () => import('./run-command.ts'),
  stage: () => import('./stage-command.ts'),
  users: () => import('./users-command.ts'),
  report: () => import('./report-command.ts'),
  verify: () => import('./verify-command.ts'),
  'publish-pacts': () => import('./publish-pacts-command.ts'),
  chats: () => import('./chats-command.ts'),
  load: () => import('./load-command.ts'),
  'mock-provider': () => import('./mock-provider-command.ts'),
  k6: () => import('./k6-command.ts'),
};

const NAME_WIDTH = Math.max(...Object.keys(COMMANDS).map((name) => name.length));

/** The list of commands, each with its summary (which loads every command). */
async function usage(): Promise<string> {
  const lines = await Promise.all(
    Object.entries(COMMANDS).map(async ([name, load]) => {
      const { usage } = (await load()).command;
      return `  ${name.padEnd(NAME_WIDTH)} ${usage.split('\n')[2] ?? ''}`;
    }),
  );
  return `loopgauge <command> [options]

Commands:
${lines.join('\n')}

Run "loopgauge <command> --help" for a command's options.`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${await usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(
      `loopgauge: unknown command "${name}" (known: ${Object.keys(COMMANDS).join(', ')})\n`,
    );
    return 2;
  }
  const { command } = await load();
  if (!command.ownArguments && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      const help = error.usage ? ` (see loopgauge ${name} --help)` : '';
      process.stderr.write(`loopgauge ${name}: ${error.message}${help}\n`);
      return 2;
    }
    process.stderr.write(`loopgauge ${name}: ${firstLine(error)}\n`);
    return 1;
  }
}

/** An unexpected error's message, on one line (its stack stays out of the user's way). */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ');
}
