/**
 * `loopgauge k6`: the built-in k6-compatible engine's own command line
 * (`k6 run [flags] script`), with k6's argument handling and exit codes:
 * 255 for a bad command line, 99 for failed thresholds, 107 for a script
 * error, … (load/README.md lists them).
 */
import { EXIT, runCommand } from '#load';
import type { Command } from './args.ts';

export const K6_USAGE = `loopgauge k6 run [k6 flags] <script>

Runs a k6 script on the built-in k6-compatible engine (k6's flags, outputs and exit codes).

Run "loopgauge k6 --help" for the flags.`;

/** The command as `loopgauge` runs it (cli/main.ts). */
export const command: Command = { usage: K6_USAGE, run: k6Command, ownArguments: true };

export async function k6Command(argv: string[]): Promise<number> {
  try {
    return await runCommand(argv);
  } catch (error) {
    // What the engine did not turn into an exit code itself: k6's code for a script error.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`loopgauge k6: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return EXIT.scriptException;
  }
}
