import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Target, UsersFile } from '#targets';
import { auditRun, readSendsLedger } from '../../audit.ts';

const SEND = 'POST /chats/{chatId}/messages';
const point = (metric: string, tags: Record<string, string>) =>
  JSON.stringify({ metric, type: 'Point', data: { time: '2026-01-04T10:11:12Z', value: 1, tags } });
const send = (user: string, chat: string, message: string, status: string) =>
  point('http_reqs', { route: SEND, name: SEND, chat, message, user, status });

const users = {
  apiUrl: 'http://127.0.0.1:1',
  createdAt: '2026-01-04T10:00:00Z',
  expiresAt: '2026-01-04T11:00:00Z',
  users: ['sub-a', 'sub-b'].map((sub) => ({
    username: sub,
    sub,
    accessToken: 'x',
    refreshToken: 'y',
  })),
} satisfies UsersFile;

async function samples(...lines: string[]): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'loopgauge-audit-'));
  const file = join(dir, 'samples.ndjson');
  await writeFile(file, `${lines.join('\n')}\n`);
  return { dir, file };
}

describe('the sends ledger from the samples', () => {
  it('takes each send attempt of the send route, its user as the sub of the users file', async () => {
    const { file } = await samples(
      JSON.stringify({ type: 'Metric', metric: 'http_reqs', data: { type: 'counter' } }),
      send('1', 'chat-1', 'm-1', '503'),
      send('1', 'chat-1', 'm-1', '200'),
      send('0', 'chat-2', 'm-2', '0'),
      point('http_req_duration', { route: SEND, chat: 'chat-1', message: 'm-9', user: '0' }),
      point('http_reqs', { route: 'GET /chats', name: 'GET /chats', status: '200' }),
      point('http_reqs', { route: 'GET /chats/{chatId}', chat: 'c', message: 'm', user: '0' }),
      // A send without the ledger tags (a probe that named no chat) is not in the ledger.
      point('http_reqs', { route: SEND, name: SEND, status: '413' }),
    );
    expect(await readSendsLedger([file], users)).toEqual([
      { sub: 'sub-b', chatId: 'chat-1', messageId: 'm-1', status: 503 },
      { sub: 'sub-b', chatId: 'chat-1', messageId: 'm-1', status: 200 },
      { sub: 'sub-a', chatId: 'chat-2', messageId: 'm-2', status: 0 },
    ]);
  });
});

describe('the run audit', () => {
  it('records an audit that cannot run, and says why, without failing', async () => {
    const { dir, file } = await samples(send('7', 'chat-1', 'm-1', '200'));
    const lines: string[] = [];
    const outcome = await auditRun({
      target: {} as Target,
      users,
      samples: [file],
      folder: dir,
      since: new Date(0),
      log: (text) => lines.push(text),
    });
    expect(outcome).toEqual({ file: 'audit.json', ok: null });
    expect(JSON.parse(await readFile(join(dir, 'audit.json'), 'utf8'))).toEqual({
      version: 1,
      ok: null,
      error: `${file}: a send by user 7, who is not in the run's users file`,
    });
    expect(lines.join('')).toMatch(/^audit: not done — .*user 7.*\n$/);
  });
});
