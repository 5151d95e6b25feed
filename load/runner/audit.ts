/**
 * The run's post-run audit: the sends ledger rebuilt from the samples (every
 * `http_reqs` point of the send route carries its chat, message and user),
 * checked against what the stage's table holds (`auditTarget`), written to
 * the run folder as `audit.json`. The audit fails the run when it finds
 * data lost, duplicated, orphaned, miscounted or altered; an audit that
 * cannot run (the table unreachable, no samples) is said and recorded, and
 * leaves the run's outcome as it was.
 */
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROUTES } from '#contracts';
import {
  type AuditReport,
  auditTarget,
  duplicateAiCalls,
  formatAudit,
  readAiJournal,
  type SendRecord,
  type Target,
  type UsersFile,
} from '#targets';
import { SAMPLE_TAGS } from '../lib/samples.ts';
import { RUN_FILES } from './run-folder.ts';

/** `audit.json`'s version; `run-folder.schema.json` describes it under `$defs/auditFile`. */
export const AUDIT_FILE_VERSION = 1;

/** `audit.json`: the audit's report, or why it could not run. */
export type AuditFile =
  | ({
      version: typeof AUDIT_FILE_VERSION;
      /**
       * AI calls the mock provider answered more than once for one turn in the
       * run window (`duplicateAiCalls`); `null` when the stage has no mock journal.
       */
      aiDuplicateCalls: number | null;
    } & AuditReport)
  | { version: typeof AUDIT_FILE_VERSION; ok: null; error: string };

const SEND_ROUTE = ROUTES.send_message.routeKey;

interface Point {
  metric: string;
  type: string;
  data: { time: string; value: number; tags?: Record<string, string> | null };
}

/**
 * Every send attempt of the sample streams: one `SendRecord` per `http_reqs`
 * point of the send route, its `user` tag resolved to the user's `sub`
 * through the run's users file. Points without the ledger tags (a request
 * that never named a chat) are not sends of the ledger.
 */
export async function readSendsLedger(
  files: readonly string[],
  users: UsersFile,
): Promise<SendRecord[]> {
  const ledger: SendRecord[] = [];
  for (const file of files) {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.includes('"http_reqs"') || !line.includes('"Point"')) continue;
      const point = JSON.parse(line) as Point;
      if (point.type !== 'Point' || point.metric !== 'http_reqs') continue;
      const send = sendOf(point.data.tags ?? {}, users, file);
      if (send) ledger.push(send);
    }
  }
  return ledger;
}

function sendOf(
  tags: Record<string, string>,
  users: UsersFile,
  file: string,
): SendRecord | undefined {
  if ((tags[SAMPLE_TAGS.route] ?? tags.name) !== SEND_ROUTE) return undefined;
  const chatId = tags[SAMPLE_TAGS.chat];
  const messageId = tags[SAMPLE_TAGS.message];
  const index = tags[SAMPLE_TAGS.user];
  if (chatId === undefined || messageId === undefined || index === undefined) return undefined;
  const user = users.users[Number(index)];
  if (user === undefined) {
    throw new Error(`${file}: a send by user ${index}, who is not in the run's users file`);
  }
  const contentSha256 = tags[SAMPLE_TAGS.contentSha256];
  return {
    sub: user.sub,
    chatId,
    messageId,
    ...(contentSha256 === undefined ? {} : { contentSha256 }),
    status: Number(tags.status ?? 0),
  };
}

export interface AuditOutcome {
  /** The file name in the run folder. */
  file: string;
  /** True: nothing found; false: findings (the run fails); null: the audit could not run. */
  ok: boolean | null;
}

/**
 * Audits the run's sends on the target's table, writes `audit.json` and
 * prints the result: one line, and one per finding.
 */
export async function auditRun(input: {
  target: Target;
  users: UsersFile;
  samples: readonly string[];
  folder: string;
  /** The engine's window start: AI calls before it are not the run's. */
  since: Date;
  log: (text: string) => void;
}): Promise<AuditOutcome> {
  let audit: AuditFile;
  try {
    const ledger = await readSendsLedger(input.samples, input.users);
    const report = await auditTarget(input.target, ledger);
    audit = {
      version: AUDIT_FILE_VERSION,
      ...report,
      aiDuplicateCalls: await aiDuplicates(input.target, input.since),
    };
    const [head, ...findings] = formatAudit(report).split('\n');
    const ai =
      audit.aiDuplicateCalls === null ? '' : `, ${audit.aiDuplicateCalls} AI calls repeated`;
    input.log(`${[`${head}${ai}`, ...findings].join('\n')}\n`);
  } catch (error) {
    audit = { version: AUDIT_FILE_VERSION, ok: null, error: (error as Error).message };
    input.log(`audit: not done — ${audit.error}\n`);
  }
  await writeFile(join(input.folder, RUN_FILES.audit), `${JSON.stringify(audit, null, 2)}\n`);
  return { file: RUN_FILES.audit, ok: audit.ok };
}

/** The mock journal's repeated AI calls since `since`; `null` without a journal (or when it does not answer). */
async function aiDuplicates(target: Target, since: Date): Promise<number | null> {
  const journal = await readAiJournal(target).catch(() => undefined);
  if (journal === undefined) return null;
  return duplicateAiCalls(
    journal.entries.filter((entry) => Date.parse(entry.at) >= since.getTime()),
  );
}
