/**
 * The built-in engine as a process of its own, for the runner: `node
 * --import tsx engine-main.ts run [k6 flags] script.ts`, exit code as k6's.
 */
import { runCommand } from '../engine/index.ts';

const code = await runCommand(process.argv.slice(2));
process.stdout.write('', () => process.exit(code));
