/**
 * A run folder's `audit.json` (the load runner's post-run data audit,
 * `AuditFile` of `#load`), read into what the report shows: its status,
 * what it checked, its findings by kind, the unanswered messages. Folders
 * written before runs were audited have none: "not audited".
 */
import type { AuditFile } from '#load';
import { AUDIT_FINDING_KINDS, type RunAudit } from '../report-schema.ts';

/** Findings listed in the report; `findingsByKind` counts them all. */
export const LISTED_FINDINGS = 20;

export class AuditFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditFileError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const noFindings = (): RunAudit['findingsByKind'] =>
  Object.fromEntries(AUDIT_FINDING_KINDS.map((kind) => [kind, 0])) as RunAudit['findingsByKind'];

/** A run without `audit.json`. */
export function notAudited(): RunAudit {
  return {
    status: 'not-audited',
    checked: null,
    findingsByKind: noFindings(),
    findings: [],
    unanswered: null,
    aiDuplicateCalls: null,
    error: null,
  };
}

/** Checks `audit.json`'s content (version 1) and reads it; `name` is the file in messages. */
export function parseAudit(value: unknown, name: string): RunAudit {
  const fail = (what: string): never => {
    throw new AuditFileError(`${name}: ${what}`);
  };
  if (!isRecord(value)) fail('not an audit (a JSON object)');
  const audit = value as Record<string, unknown>;
  if (audit.version !== 1)
    fail(`audit version ${JSON.stringify(audit.version)}; this report reads version 1`);
  if (audit.ok === null) {
    if (typeof audit.error !== 'string') fail('an audit that did not run must say why ("error")');
    return { ...notAudited(), status: 'not-done', error: audit.error as string };
  }
  if (typeof audit.ok !== 'boolean') fail('"ok" must be true, false or null');
  const checked = audit.checked;
  if (
    !isRecord(checked) ||
    !['sends', 'messages', 'chats', 'storedMessages'].every((k) => Number.isInteger(checked[k]))
  )
    fail('"checked" must count sends, messages, chats and storedMessages');
  if (!Array.isArray(audit.findings) || !Array.isArray(audit.unanswered))
    fail('"findings" and "unanswered" must be lists');
  const file = value as Extract<AuditFile, { ok: boolean }>;
  const findingsByKind = noFindings();
  for (const finding of file.findings) {
    if (!isRecord(finding) || !(AUDIT_FINDING_KINDS as readonly unknown[]).includes(finding.kind))
      fail(
        `a finding of kind ${JSON.stringify(isRecord(finding) ? finding.kind : finding)}; kinds are ${AUDIT_FINDING_KINDS.join(', ')}`,
      );
    findingsByKind[finding.kind] += 1;
  }
  return {
    status: file.ok && file.findings.length === 0 ? 'passed' : 'failed',
    checked: {
      sends: file.checked.sends,
      messages: file.checked.messages,
      chats: file.checked.chats,
      storedMessages: file.checked.storedMessages,
    },
    findingsByKind,
    findings: file.findings.slice(0, LISTED_FINDINGS).map((f) => ({
      kind: f.kind,
      chatId: String(f.chatId),
      messageId: f.messageId ?? null,
      detail: String(f.detail),
    })),
    unanswered: file.unanswered.length,
    aiDuplicateCalls: Number.isInteger(file.aiDuplicateCalls) ? file.aiDuplicateCalls : null,
    error: null,
  };
}

/** One line: what the audit says of the run. */
export function describeAudit(audit: RunAudit): string {
  switch (audit.status) {
    case 'not-audited':
      return 'not audited (the run folder has no audit.json)';
    case 'not-done':
      return `the audit could not run: ${audit.error}`;
    default: {
      const c = audit.checked;
      const found = AUDIT_FINDING_KINDS.filter((kind) => audit.findingsByKind[kind] > 0)
        .map((kind) => `${audit.findingsByKind[kind]} ${kind}`)
        .join(', ');
      const what = c
        ? `${c.sends} sends of ${c.messages} messages in ${c.chats} chats, ${c.storedMessages} messages stored`
        : '';
      const ai =
        audit.aiDuplicateCalls === null ? '' : `, ${audit.aiDuplicateCalls} AI calls repeated`;
      return `${audit.status === 'passed' ? 'no findings' : `findings: ${found}`} — ${what}; ${audit.unanswered} unanswered (informational)${ai}`;
    }
  }
}
