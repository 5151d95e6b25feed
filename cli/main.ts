/**
 * `loopgauge`: the command the npm scripts call. One subcommand per job;
 * bad input ends in one clear line on stderr and exit code 2 (`k6` keeps
 * k6's own argument handling and exit codes).
 */
import { UsageError } from './args.ts';

interface Command {
  /** The --help text; its third line is the command's summary in the list. */
  usage: string;
  run: (argv: string[]) => Promise<number>;
  /** The command reads --help and reports its own mistakes (with its own exit codes). */
  ownArguments?: boolean;
}

/**
 * Each command's module is imported only when that command runs (or for the
 * list of commands), so a command starts without loading the others' parts.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => {
    const { RUN_USAGE, runCommand } = await import('./run-command.ts');
    return { usage: RUN_USAGE, run: (argv) => runCommand(argv, process.env) };
  },
  stage: async () => {
    const { STAGE_USAGE, stageCommand } = await import('./stage-command.ts');
    return { usage: STAGE_USAGE, run: (argv) => stageCommand(argv, process.env) };
  },
  users: async () => {
    const { USERS_USAGE, usersCommand } = await import('./users-command.ts');
    return { usage: USERS_USAGE, run: usersCommand };
  },
  report: async () => {
    const { REPORT_USAGE, reportCommand } = await import('./report-command.ts');
    return { usage: REPORT_USAGE, run: reportCommand };
  },
  verify: async () => {
    const { VERIFY_USAGE, verifyCommand } = await import('./verify-command.ts');
    return { usage: VERIFY_USAGE, run: (argv) => verifyCommand(argv, process.env) };
  },
  'publish-pacts': async () => {
    const { PUBLISH_PACTS_USAGE, publishPactsCommand } = await import('./publish-pacts-command.ts');
    return { usage: PUBLISH_PACTS_USAGE, run: (argv) => publishPactsCommand(argv, process.env) };
  },
  chats: async () => {
    const { CHATS_USAGE, chatsCommand } = await import('./chats-command.ts');
    return { usage: CHATS_USAGE, run: chatsCommand };
  },
  load: async () => {
    const { LOAD_USAGE, loadCommand } = await import('./load-command.ts');
    return { usage: LOAD_USAGE, run: (argv) => loadCommand(argv, process.env) };
  },
  'mock-provider': async () => {
    const { MOCK_PROVIDER_USAGE, mockProviderCommand } = await import('./mock-provider-command.ts');
    return { usage: MOCK_PROVIDER_USAGE, run: (argv) => mockProviderCommand(argv, process.env) };
  },
  k6: async () => {
    const { K6_USAGE, k6Command } = await import('./k6-command.ts');
    return { usage: K6_USAGE, run: k6Command, ownArguments: true };
  },
};

const NAME_WIDTH = Math.max(...Object.keys(COMMANDS).map((name) => name.length));

/** The list of commands, each with its summary (which loads every command). */
async function usage(): Promise<string> {
  const lines = await Promise.all(
    Object.entries(COMMANDS).map(async ([name, load]) => {
      const { usage } = await load();
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
  const command = await load();
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
