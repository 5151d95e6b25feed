/**
 * A fault campaign against the local stage: concurrent sends — several chats
 * at once, duplicates in flight, one chat sending all its messages at once —
 * while the mock provider injects every fault kind it has; then every send
 * that did not get a 200 is retried with its `messageId` until it does, and
 * the audit reads the table: every message once, every reply once, every
 * count exact, and no AI call made twice for one turn.
 *
 * A fault kind is one entry of `CAMPAIGN`: how a send meets it. The
 * provider's faults are asked for by a directive in the message; the store's
 * throttling by the size of the message, on a stage whose provisioned table
 * (10 write units a second, 1 s of burst) cannot keep up with it.
 */
import { ulid } from 'ulid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '#emulator';
import { FAULT_KINDS, type FaultKind, type Metrics } from '#mock-provider';
import { getStage, type StageConfig } from '#stages';
import {
  auditTarget,
  contentSha256,
  duplicateAiCalls,
  formatAudit,
  provisionUsers,
  readAiJournal,
  type SendRecord,
} from '../../index.ts';

interface FaultEntry {
  name: string;
  /** The mock provider's fault this entry injects, if any. */
  fault: FaultKind | null;
  /** The mock directive a send carries to meet this fault (`[mock …]`). */
  directive: string;
  /** Characters added to the message: write units a send costs (one per KB). */
  padding?: number;
}

/**
 * Each fault fails both attempts the function makes (it retries once), so
 * the client sees it and retries; `hang` outlasts the function's deadline,
 * which leaves no time for a second attempt.
 */
const CAMPAIGN: FaultEntry[] = [
  { name: 'none', fault: null, directive: '' },
  { name: '429 with retry-after', fault: '429', directive: 'script=429,429 retry-after=100ms' },
  { name: '429 without retry-after', fault: '429', directive: 'script=429,429 retry-after=none' },
  { name: '500', fault: '500', directive: 'script=500,500' },
  { name: '529 (overloaded)', fault: '529', directive: 'script=529,529' },
  { name: 'malformed JSON', fault: 'malformed', directive: 'script=malformed,malformed' },
  { name: 'disconnect', fault: 'disconnect', directive: 'script=disconnect,disconnect' },
  { name: 'hang past the deadline', fault: 'hang', directive: 'script=hang' },
  { name: 'store throttling', fault: null, directive: '', padding: 6_000 },
];

const USERS = 4;
const CHATS_PER_USER = 2;
const MESSAGES_PER_CHAT = 4;
/** Every this many messages, the same send goes twice at once. */
const DUPLICATE_EVERY = 5;
const MAX_TRIES = 20;
/** Pause before retrying a message, so retries do not keep a throttled table saturated. */
const RETRY_PAUSE_MS = 250;

/**
 * The local stage with a short function deadline, so a hang costs seconds,
 * not half a minute, and a small provisioned table that throttles.
 */
function campaignStage(): StageConfig {
  const local = getStage('local');
  return {
    ...local,
    table: {
      ...local.table,
      billing: {
        mode: 'provisioned',
        readUnits: 100,
        writeUnits: 10,
        indexReadUnits: 100,
        indexWriteUnits: 10,
      },
      emulation: { throttling: true, burstSeconds: 1, partitions: 1, indexPropagationMs: 0 },
    },
    functions: {
      ...local.functions,
      timeoutSeconds: 4,
      settings: {
        ...local.functions.settings,
        send_message: { memoryMb: 512, reservedConcurrency: 12 },
      },
    },
    ai: { ...local.ai, timeoutMs: 10_000, maxRetries: 1 },
  };
}

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({
    stage: campaignStage(),
    workDir: '.loopgauge/test-campaign',
    functionLogs: 'silent',
  });
}, 60_000);
afterAll(async () => {
  await emulator?.close();
});

interface PlannedSend {
  sub: string;
  token: string;
  chatId: string;
  messageId: string;
  content: string;
  fault: FaultEntry;
}

it('keeps every message once and every count exact through every provider fault and the retries', async () => {
  const users = (
    await provisionUsers(emulator, { count: USERS, prefix: 'campaign-', concurrency: 4 })
  ).users;
  const ledger: SendRecord[] = [];
  /** Answers by error code, from the response bodies. */
  const codes = new Map<string, number>();
  let n = 0;
  const chats = users.flatMap((user) =>
    Array.from({ length: CHATS_PER_USER }, () => {
      const chatId = ulid();
      return Array.from({ length: MESSAGES_PER_CHAT }, (_, m): PlannedSend => {
        const fault = CAMPAIGN[n++ % CAMPAIGN.length] as FaultEntry;
        const directive = fault.directive ? ` [mock ${fault.directive}]` : '';
        const padding = fault.padding ? ` ${'p'.repeat(fault.padding)}` : '';
        return {
          sub: user.sub,
          token: user.accessToken,
          chatId,
          messageId: ulid(),
          content: `campaign ${chatId} message ${m}${directive}${padding}`,
          fault,
        };
      });
    }),
  );
  const send = async (planned: PlannedSend): Promise<number> => {
    const response = await fetch(`${emulator.apiUrl}/chats/${planned.chatId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${planned.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ messageId: planned.messageId, content: planned.content }),
    }).catch(() => undefined);
    const text = (await response?.text()) ?? '';
    const status = response?.status ?? 0;
    if (status !== 200) {
      const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? `${status}`;
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    ledger.push({
      sub: planned.sub,
      chatId: planned.chatId,
      messageId: planned.messageId,
      contentSha256: contentSha256(planned.content),
      status,
    });
    return status;
  };

  // The load: chats in parallel, each chat's messages in order — except the
  // first chat, which sends all of its messages at once.
  let m = 0;
  await Promise.all(
    chats.map(async (messages, index) => {
      if (index === 0) {
        await Promise.all(messages.map(send));
        return;
      }
      for (const planned of messages) {
        const twice = ++m % DUPLICATE_EVERY === 0;
        await Promise.all(twice ? [send(planned), send(planned)] : [send(planned)]);
      }
    }),
  );
  const failedAttempts = ledger.filter((record) => record.status !== 200).length;

  // The retries: every message without a 200, in order within its chat.
  await Promise.all(
    chats.map(async (messages) => {
      for (const planned of messages) {
        for (let tries = 0; !answered(ledger, planned.messageId); tries++) {
          if (tries === MAX_TRIES)
            throw new Error(`no 200 for ${planned.messageId} after ${tries} retries`);
          if (tries > 0) await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
          await send(planned);
        }
      }
    }),
  );

  const report = await auditTarget(emulator, ledger);
  const journal = await readAiJournal(emulator);
  const metrics = (await (
    await fetch(`${emulator.mockProviderUrl}/__mock/metrics`)
  ).json()) as Metrics;
  const tableThrottles =
    emulator.metrics.snapshot().tables[emulator.tableName]?.ThrottledRequests ?? 0;
  console.info(
    `fault campaign: ${chats.flat().length} messages, ${ledger.length} attempts, ` +
      `${failedAttempts} failed in the load and retried; failures by code ${JSON.stringify(Object.fromEntries(codes))}; ` +
      `provider faults injected ${JSON.stringify(metrics.byFault)}; ${tableThrottles} requests throttled by the table; ` +
      `${journal?.entries.length} AI calls, ${duplicateAiCalls(journal?.entries ?? [])} made again after an answer\n${formatAudit(report)}`,
  );

  expect(report.findings).toEqual([]);
  expect(report.unanswered).toEqual([]);
  expect(report.checked.storedMessages).toBe(2 * chats.flat().length);
  expect(journal?.dropped).toBe(0);
  // A turn's AI call is made again only when the attempt that made it failed
  // after its answer (the store refused the reply, or the function ran out of
  // time); concurrent duplicates wait for the reply instead.
  const failedAfterAnswer = (codes.get('STORE_THROTTLED') ?? 0) + (codes.get('502') ?? 0);
  expect(duplicateAiCalls(journal?.entries ?? [])).toBeLessThanOrEqual(failedAfterAnswer);
  // Every fault kind the mock has is in the campaign, and each was met; so was the store's.
  expect(new Set(CAMPAIGN.flatMap((entry) => entry.fault ?? []))).toEqual(new Set(FAULT_KINDS));
  for (const fault of FAULT_KINDS) expect(metrics.byFault[fault], fault).toBeGreaterThan(0);
  expect(tableThrottles, 'store throttling').toBeGreaterThan(0);
  expect(failedAttempts).toBeGreaterThan(0);
}, 120_000);

function answered(ledger: SendRecord[], messageId: string): boolean {
  return ledger.some((record) => record.messageId === messageId && record.status === 200);
}
