/**
 * Runs attached to a running local stage through its target file: the
 * test users and everything they wrote are gone afterwards, unless the run
 * keeps them; a k6-operator TestRun written for it.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '#emulator';
import { writeTestRun } from '#load';
import { clientConfig, readTarget } from '#targets';
import { runForTest } from '../support/run.ts';
import { readAuditFile, readRunFolder } from '../support/run-folder.ts';

let emulator: Emulator;
let runsDir: string;
const workDir = `.loopgauge/test-load-attached-${process.pid}`;

beforeAll(async () => {
  emulator = await startEmulator({ workDir, functionLogs: 'silent' });
  runsDir = await mkdtemp(join(tmpdir(), 'loopgauge-runs-'));
}, 60_000);
afterAll(async () => {
  await emulator?.close();
  await rm(runsDir, { recursive: true, force: true });
  await rm(workDir, { recursive: true, force: true });
});

function smoke(keepData: boolean) {
  return runForTest({
    scenario: 'smoke',
    profile: 'quick',
    target: { kind: 'file', path: emulator.targetFile },
    keepData,
    runsDir,
    workDir,
  });
}

async function userExists(username: string): Promise<boolean> {
  const client = new CognitoIdentityProviderClient(clientConfig(emulator, 'cognito'));
  try {
    await client.send(
      new AdminGetUserCommand({ UserPoolId: emulator.userPoolId, Username: username }),
    );
    return true;
  } catch (error) {
    if (error instanceof UserNotFoundException) return false;
    throw error;
  } finally {
    client.destroy();
  }
}

async function itemCount(): Promise<number> {
  const client = new DynamoDBClient(clientConfig(emulator, 'dynamodb'));
  try {
    const result = await client.send(
      new ScanCommand({ TableName: emulator.tableName, Select: 'COUNT' }),
    );
    return result.Count ?? 0;
  } finally {
    client.destroy();
  }
}

/** The run's first user, by the runner's naming. */
const firstUser = (id: string) => `lg-${id.slice(0, 15).toLowerCase()}-00001`;

it('keeps the users and their chats with --keep-data, removes them otherwise', async () => {
  const kept = await smoke(true);
  expect(kept.exitCode).toBe(0);
  expect(readRunFolder(kept.folder).target).toMatchObject({
    kind: 'local',
    file: emulator.targetFile,
  });
  expect(await userExists(firstUser(kept.record.id))).toBe(true);
  const before = await itemCount();
  expect(before).toBeGreaterThan(0);

  const removed = await smoke(false);
  expect(removed.exitCode).toBe(0);
  expect(await userExists(firstUser(removed.record.id))).toBe(false);
  // Only the kept run's items are left.
  expect(await itemCount()).toBe(before);
});

it('keeps the run outcome and records it when cleanup and the audit cannot reach the table', async () => {
  const target = { ...(await readTarget(emulator.targetFile)) };
  const { output, ...result } = await runForTest({
    scenario: 'smoke',
    profile: 'tiny',
    target: { kind: 'open', target },
    runsDir,
    workDir,
    // The table is gone for whatever runs after the engine.
    afterLoad: async (ctx) => {
      ctx.target.tableName = 'loopgauge-no-such-table';
    },
  });
  expect(result.exitCode, output).toBe(0);
  const record = readRunFolder(result.folder);
  expect(record.exitCode).toBe(0);
  expect(record.cleanup).toEqual({
    outcome: 'failed',
    error: expect.stringContaining('ResourceNotFoundException'),
  });
  expect(output).toMatch(
    /^cleanup failed: test data of 1 users left in loopgauge-no-such-table \(users lg-.*-\* of user pool /m,
  );
  expect(output).toMatch(/^audit: not done — /m);
  expect(readAuditFile(result.folder)).toMatchObject({ ok: null, error: expect.any(String) });
  // The users are still there, and so is the file naming them.
  expect(await userExists(firstUser(record.id))).toBe(true);
  expect(existsSync(join(workDir, 'load', record.id, 'users.json'))).toBe(true);
}, 120_000);

it('writes a k6-operator TestRun, its Secret and a run folder waiting for its runners', async () => {
  const out: string[] = [];
  const code = await writeTestRun({
    scenario: 'throttle',
    profile: 'full',
    target: { kind: 'file', path: emulator.targetFile },
    parallelism: 3,
    runsDir,
    workDir,
    write: (text) => out.push(text),
  });
  expect(code).toBe(0);
  const folder = /\n {2}(\S+\/run\.json)\n/.exec(out.join(''))?.[1]?.replace(/\/run\.json$/, '');
  const record = readRunFolder(folder as string);
  expect(record.execution).toEqual({ mode: 'k8s', processes: 3 });
  expect(record.processes.map((p) => p.summary)).toEqual([
    'runner-1/summary.json',
    'runner-2/summary.json',
    'runner-3/summary.json',
  ]);
  const manifests = join(workDir, 'k8s', record.id);
  const list = JSON.parse(await readFile(join(manifests, 'testrun.json'), 'utf8')) as {
    items: Array<{ kind: string; spec?: { parallelism?: number } }>;
  };
  expect(list.items.map((item) => item.kind)).toEqual([
    'ConfigMap',
    'PersistentVolumeClaim',
    'TestRun',
  ]);
  expect(list.items[2]?.spec?.parallelism).toBe(3);
  expect((await stat(join(manifests, 'users-secret.json'))).mode & 0o777).toBe(0o600);
});
