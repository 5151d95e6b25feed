/**
 * The post-run audit of a load run, on a local stage the runner starts: a
 * clean run is audited ok; a run whose stored data changes after the
 * engine (through the DynamoDB API, one reply deleted and its question
 * rewritten) fails with the loss and the alteration named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { replyKey, TABLE_KEYS, userMessageKey } from '#backend';
import { ROUTES } from '#contracts';
import type { LoadRunOptions } from '#load';
import { clientConfig } from '#targets';
import { runForTest } from '../support/run.ts';
import { readAuditFile, readRunFolder } from '../support/run-folder.ts';

const workDir = `.loopgauge/test-load-audit-${process.pid}`;
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'loopgauge-audit-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
  await rm(workDir, { recursive: true, force: true });
});

function smoke(name: string, afterLoad?: LoadRunOptions['afterLoad']) {
  return runForTest({
    scenario: 'smoke',
    profile: 'tiny',
    target: { kind: 'local' },
    runsDir: join(tmp, name),
    workDir,
    ...(afterLoad ? { afterLoad } : {}),
  });
}

/** The first send of the run's samples that was answered 200: its chat and message ids. */
function firstAnsweredSend(runsDir: string): { chatId: string; messageId: string } {
  const [folder] = readdirSync(runsDir);
  const lines = readFileSync(join(runsDir, folder as string, 'samples.ndjson'), 'utf8').split('\n');
  for (const line of lines) {
    if (!line.includes('"http_reqs"') || !line.includes('"Point"')) continue;
    const tags = (JSON.parse(line) as { data: { tags: Record<string, string> } }).data.tags;
    if (tags.route === ROUTES.send_message.routeKey && tags.status === '200') {
      return { chatId: tags.chat as string, messageId: tags.message as string };
    }
  }
  throw new Error('the run answered no send with 200');
}

it('audits a clean run ok', async () => {
  const result = await smoke('clean');
  expect(result.exitCode, result.output).toBe(0);
  const record = readRunFolder(result.folder);
  expect(record.audit).toBe('audit.json');
  const audit = readAuditFile(result.folder);
  expect(audit).toMatchObject({ ok: true, findings: [], aiDuplicateCalls: 0 });
  expect(audit.ok && audit.checked.sends).toBeGreaterThan(0);
  expect(result.output).toMatch(/^audit: ok — /m);
}, 120_000);

it('fails a run whose stored reply went missing and whose question changed, naming both', async () => {
  let deleted: { chatId: string; messageId: string } | undefined;
  const result = await smoke('lost', async ({ target, users }) => {
    const send = firstAnsweredSend(join(tmp, 'lost'));
    const sub = (users.users[0] as { sub: string }).sub;
    const client = DynamoDBDocumentClient.from(
      new DynamoDBClient(clientConfig(target, 'dynamodb')),
    );
    // Both items exist: a change to a missing one would be no test of the audit.
    const existing = {
      TableName: target.tableName,
      ConditionExpression: 'attribute_exists(#pk)',
      ExpressionAttributeNames: { '#pk': TABLE_KEYS.partitionKey },
    };
    try {
      await client.send(
        new UpdateCommand({
          ...existing,
          Key: userMessageKey(sub, send.chatId, send.messageId),
          UpdateExpression: 'SET content = :content',
          ExpressionAttributeValues: { ':content': 'not what was sent' },
        }),
      );
      await client.send(
        new DeleteCommand({ ...existing, Key: replyKey(sub, send.chatId, send.messageId) }),
      );
    } finally {
      client.destroy();
    }
    deleted = send;
  });
  expect(deleted).toBeDefined();
  expect(result.exitCode, result.output).toBe(99);
  const audit = readAuditFile(result.folder);
  expect(audit.ok).toBe(false);
  expect(audit.ok === false && audit.findings).toContainEqual(
    expect.objectContaining({
      kind: 'lost',
      chatId: deleted?.chatId,
      messageId: deleted?.messageId,
      detail: 'answered 200, reply not stored',
    }),
  );
  expect(audit.ok === false && audit.findings).toContainEqual(
    expect.objectContaining({
      kind: 'altered',
      chatId: deleted?.chatId,
      messageId: deleted?.messageId,
    }),
  );
  expect(readRunFolder(result.folder).exitCode).toBe(99);
  expect(result.output).toContain(`lost: `);
}, 120_000);
