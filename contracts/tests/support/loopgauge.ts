import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const BIN = resolve('cli/bin.js');

/** Runs the `loopgauge` command as a user would; resolves with its exit code and all it printed. */
export function loopgauge(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}
