import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { GetChatsResponse } from '#contracts';
import { type Emulator, startEmulator } from '#emulator';
import type { UsersFile } from '#targets';
import { main } from '../../main.ts';

let emulator: Emulator;
const workDir = '.loopgauge/test-users';

beforeAll(async () => {
  emulator = await startEmulator({ workDir, functionLogs: 'silent' });
}, 60_000);
afterAll(async () => {
  await emulator?.close();
});

it('provisions users whose tokens the stage accepts, and again on a second run', async () => {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const args = [
    'users',
    '--count',
    '5',
    '--target',
    emulator.targetFile,
    '--out',
    `${workDir}/users.json`,
  ];

  const first = await main(args);
  const firstFile = JSON.parse(await readFile(`${workDir}/users.json`, 'utf8')) as UsersFile;
  const second = await main(args);
  const secondFile = JSON.parse(await readFile(`${workDir}/users.json`, 'utf8')) as UsersFile;
  vi.restoreAllMocks();

  expect([first, second]).toEqual([0, 0]);
  expect(firstFile.apiUrl).toBe(emulator.apiUrl);
  expect(firstFile.users.map((user) => user.username)).toEqual([
    'loopgauge-user-00001',
    'loopgauge-user-00002',
    'loopgauge-user-00003',
    'loopgauge-user-00004',
    'loopgauge-user-00005',
  ]);
  // The same users again (same subs), with fresh tokens.
  expect(secondFile.users.map((user) => user.sub)).toEqual(firstFile.users.map((user) => user.sub));
  expect(new Set(firstFile.users.map((user) => user.sub)).size).toBe(5);
  expect(Date.parse(firstFile.expiresAt)).toBeGreaterThan(Date.now());
  for (const user of secondFile.users) {
    const response = await fetch(`${emulator.apiUrl}/chats`, {
      headers: { authorization: `Bearer ${user.accessToken}` },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as GetChatsResponse).chats).toEqual([]);
  }
});
