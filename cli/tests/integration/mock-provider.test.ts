import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin.js', import.meta.url));

it('loopgauge mock-provider serves on the port it prints and exits 0 on SIGTERM', async () => {
  // Prepare
  const child = spawn(
    process.execPath,
    [BIN, 'mock-provider', '--port', '0', '--profile', 'instant', '--seed', '42'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = once(child, 'exit');
  let stdout = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`exited early with code ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^mock-provider listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
  });

  // Act
  const health = await request(`${url}/__mock/health`);
  const body = await health.body.json();
  child.kill('SIGTERM');
  const [code] = await exited;

  // Assess
  expect(body).toMatchObject({ status: 'ok', profile: 'instant', seed: 42 });
  expect(stdout).toContain('time to first token: constant 0ms');
  expect(code).toBe(0);
});
