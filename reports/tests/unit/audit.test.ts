import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditFile } from '#load';
import { getStage } from '#stages';
import { notAudited } from '../../ingest/audit.ts';
import { measureRun } from '../../measures.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { reportOf } from '../../report.ts';
import { RunFolderError, readRunFolder } from '../../run-folder.ts';
import { AUDIT_CHECK, verdict } from '../../verdict.ts';
import { run } from '../support/reports.ts';
import { assembleRunFolder, K6_FIXTURES } from '../support/run-folder.ts';

const SAMPLES = join(K6_FIXTURES, 'samples.ndjson');
const SUMMARY = join(K6_FIXTURES, 'handle-summary-data.json');

const clean: AuditFile = {
  version: 1,
  ok: true,
  checked: { sends: 12, messages: 10, chats: 2, storedMessages: 19 },
  findings: [],
  unanswered: [{ sub: 's', chatId: 'c1', messageId: 'm9' }],
  aiDuplicateCalls: 0,
};
const broken: AuditFile = {
  ...clean,
  ok: false,
  findings: [
    {
      kind: 'lost',
      sub: 's',
      chatId: 'c1',
      messageId: 'm1',
      detail: 'answered 200, reply not stored',
    },
    { kind: 'miscounted', sub: 's', chatId: 'c1', detail: 'messageCount 20, 19 messages stored' },
  ],
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loopgauge-audit-'));
});

/** A run folder of the k6 fixtures with this audit.json (none: `undefined`). */
async function folder(name: string, audit: unknown, named = audit !== undefined) {
  const path = await assembleRunFolder(join(dir, name), {
    processes: [{ samples: SAMPLES, summary: SUMMARY }],
    record: { audit: named ? 'audit.json' : null },
  });
  if (audit !== undefined) await writeFile(join(path, 'audit.json'), JSON.stringify(audit));
  return path;
}

describe('ingest of audit.json', () => {
  it('reads a clean audit: what it checked, no findings, the unanswered count', async () => {
    const input = await readRunFolder(await folder('clean', clean));
    expect(input.audit).toEqual({
      status: 'passed',
      checked: { sends: 12, messages: 10, chats: 2, storedMessages: 19 },
      findingsByKind: { lost: 0, duplicated: 0, orphaned: 0, miscounted: 0, altered: 0 },
      findings: [],
      unanswered: 1,
      aiDuplicateCalls: 0,
      error: null,
    });
  });

  it('counts findings by kind and lists them', async () => {
    const input = await readRunFolder(await folder('broken', broken));
    expect(input.audit.status).toBe('failed');
    expect(input.audit.findingsByKind).toMatchObject({ lost: 1, miscounted: 1, duplicated: 0 });
    expect(input.audit.findings).toEqual([
      { kind: 'lost', chatId: 'c1', messageId: 'm1', detail: 'answered 200, reply not stored' },
      {
        kind: 'miscounted',
        chatId: 'c1',
        messageId: null,
        detail: 'messageCount 20, 19 messages stored',
      },
    ]);
  });

  it('reads an audit that could not run', async () => {
    const input = await readRunFolder(
      await folder('not-done', { version: 1, ok: null, error: 'the table is not reachable' }),
    );
    expect(input.audit).toMatchObject({ status: 'not-done', error: 'the table is not reachable' });
  });

  it('says "not audited" for a folder without audit.json, and one that names an absent one', async () => {
    const older = await readRunFolder(await folder('older', undefined));
    expect(older.audit).toEqual(notAudited());
    expect(older.missing).toContain('no data audit (audit.json): the run is not audited');
    const absent = await readRunFolder(await folder('absent', undefined, true));
    expect(absent.audit.status).toBe('not-audited');
    expect(absent.missing).toContain(
      "audit.json is named in run.json but absent: the run's data is not audited",
    );
  });

  it.each([
    ['another version', { ...clean, version: 2 }, /audit version 2; this report reads version 1/],
    [
      'an unknown finding kind',
      { ...broken, findings: [{ kind: 'eaten' }] },
      /a finding of kind "eaten"/,
    ],
    ['no counts', { ...clean, checked: {} }, /"checked" must count/],
    ['a failed run without why', { version: 1, ok: null }, /must say why/],
  ])('rejects %s in one line naming the file', async (_, audit, message) => {
    const path = await folder(`bad-${_.replaceAll(' ', '-')}`, audit);
    const failure = readRunFolder(path);
    await expect(failure).rejects.toThrow(RunFolderError);
    await expect(failure).rejects.toThrow(message);
    await expect(failure).rejects.toThrow(join(path, 'audit.json'));
  });

  it('shows the audit per run in report.md', async () => {
    const inputs = await Promise.all([
      readRunFolder(await folder('md-clean', clean)),
      readRunFolder(await folder('md-broken', broken)),
      readRunFolder(await folder('md-older', undefined)),
    ]);
    const markdown = renderMarkdown(reportOf(inputs, [], null, new Date(0)));
    expect(markdown).toContain(
      'Data audit: no findings — 12 sends of 10 messages in 2 chats, 19 messages stored; 1 unanswered (informational), 0 AI calls repeated.',
    );
    expect(markdown).toContain('Data audit: findings: 1 lost, 1 miscounted — ');
    expect(markdown).toContain('| lost | c1 | m1 | answered 200, reply not stored |');
    expect(markdown).toContain('Data audit: not audited (the run folder has no audit.json).');
  });
});

describe('the audit in the verdict', () => {
  const stage = getStage('test');
  const audited = (audit: ReturnType<typeof notAudited>, id: string) => ({
    ...run({ routes: [{ route: 'GET /chats', requests: 100, p95: 100, p99: 200 }], id }),
    audit,
  });

  it('gates on findings, for every scenario', async () => {
    const ok = audited((await readRunFolder(await folder('v-clean', clean))).audit, 'ok');
    const bad = {
      ...audited((await readRunFolder(await folder('v-broken', broken))).audit, 'bad'),
      scenario: 'throttle',
    };
    const passing = verdict([ok], new Map([[ok.id, stage]]), [], 0.1);
    expect(passing.passed).toBe(true);
    expect(passing.checks.find((c) => c.name === AUDIT_CHECK)).toMatchObject({
      passed: true,
      gating: true,
      measured: 0,
    });
    const failing = verdict(
      [ok, bad],
      new Map([
        [ok.id, stage],
        [bad.id, stage],
      ]),
      [],
      0.1,
    );
    expect(failing.passed).toBe(false);
    expect(failing.checks.filter((c) => c.name === AUDIT_CHECK)).toEqual([
      expect.objectContaining({ scenario: 'smoke', passed: true }),
      expect.objectContaining({ scenario: 'throttle', passed: false, gating: true, measured: 2 }),
    ]);
  });

  it('says an audit that could not run without gating, and has no check for a run not audited', () => {
    const notDone = audited({ ...notAudited(), status: 'not-done', error: 'no table' }, 'nd');
    const older = audited(notAudited(), 'older');
    const result = verdict(
      [notDone, older],
      new Map([
        [notDone.id, stage],
        [older.id, stage],
      ]),
      [],
      0.1,
    );
    expect(result.passed).toBe(true);
    expect(result.checks.filter((c) => c.name === AUDIT_CHECK)).toEqual([
      expect.objectContaining({
        passed: false,
        gating: false,
        detail: 'the audit could not run: no table',
      }),
    ]);
  });

  it('carries the audit into report.json', async () => {
    const input = await readRunFolder(await folder('json', broken));
    expect(measureRun(input).audit.status).toBe('failed');
  });
});
