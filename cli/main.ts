/**
 * `loopgauge`: the command the npm scripts call. One subcommand per job;
 * bad input ends in one clear line on stderr and exit code 2 (`k6` keeps
 * k6's own argument handling and exit codes).
 */
import { UsageError } from './args.ts';
import { CHATS_USAGE, chatsCommand } from './chats-command.ts';
import { K6_USAGE, k6Command } from './k6-command.ts';
import { LOAD_USAGE, loadCommand } from './load-command.ts';
import { MOCK_PROVIDER_USAGE, mockProviderCommand } from './mock-provider-command.ts';
import { PUBLISH_PACTS_USAGE, publishPactsCommand } from './publish-pacts-command.ts';
import { REPORT_USAGE, reportCommand } from './report-command.ts';
import { RUN_USAGE, runCommand } from './run-command.ts';
import { STAGE_USAGE, stageCommand } from './stage-command.ts';
import { USERS_USAGE, usersCommand } from './users-command.ts';
import { VERIFY_USAGE, verifyCommand } from './verify-command.ts';

interface Command {
  /** The --help text; its third line is the command's summary in the list. */
  usage: string;
  run: (argv: string[]) => Promise<number>;
  /** The command reads --help and reports its own mistakes (with its own exit codes). */
  ownArguments?: boolean;
}

const COMMANDS: Record<string, Command> = {
  run: { usage: RUN_USAGE, run: (argv) => runCommand(argv, process.env) },
  stage: { usage: STAGE_USAGE, run: (argv) => stageCommand(argv, process.env) },
  users: { usage: USERS_USAGE, run: usersCommand },
  report: { usage: REPORT_USAGE, run: reportCommand },
  verify: { usage: VERIFY_USAGE, run: (argv) => verifyCommand(argv, process.env) },
  'publish-pacts': {
    usage: PUBLISH_PACTS_USAGE,
    run: (argv) => publishPactsCommand(argv, process.env),
  },
  chats: { usage: CHATS_USAGE, run: chatsCommand },
  load: { usage: LOAD_USAGE, run: (argv) => loadCommand(argv, process.env) },
  'mock-provider': {
    usage: MOCK_PROVIDER_USAGE,
    run: (argv) => mockProviderCommand(argv, process.env),
  },
  k6: { usage: K6_USAGE, run: k6Command, ownArguments: true },
};

const NAME_WIDTH = Math.max(...Object.keys(COMMANDS).map((name) => name.length));

const USAGE = `loopgauge <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(NAME_WIDTH)} ${command.usage.split('\n')[2] ?? ''}`)
  .join('\n')}

Run "loopgauge <command> --help" for a command's options.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(
      `loopgauge: unknown command "${name}" (known: ${Object.keys(COMMANDS).join(', ')})\n`,
    );
    return 2;
  }
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
