import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureRun } from '../../measures.ts';
import { readRunFolder } from '../../run-folder.ts';
import { localRoute, syntheticRunFolder } from '../support/synthetic-runs.ts';

const SEND = 'POST /chats/{chatId}/messages';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loopgauge-measures-'));
});

/** A send costing 1.5 read and 5 write units, 0.5 and 2 of them the index's; GET /chats reading the index only. */
const routes = (split: boolean) => [
  localRoute('get_chats', 'GET /chats', () => 5, {
    readUnits: 0.5,
    ...(split ? { indexReadUnits: 0.5, indexWriteUnits: 0 } : {}),
  }),
  localRoute('send_message', SEND, () => 5, {
    readUnits: 1.5,
    writeUnits: 5,
    ...(split ? { indexReadUnits: 0.5, indexWriteUnits: 2 } : {}),
  }),
];

async function measure(name: string, split: boolean, sampleSchemaVersion: number) {
  const folder = await syntheticRunFolder(join(dir, name), 'smoke', routes(split), 10, {
    sampleSchemaVersion,
  });
  return measureRun(await readRunFolder(folder));
}

describe('DynamoDB units per request, table and index apart', () => {
  it('gives the index’s share as measured and the table’s as the total less it', async () => {
    const run = await measure('split', true, 2);
    const send = run.routes.find((r) => r.route === SEND)?.dynamodb;
    expect(send).toMatchObject({
      readUnitsPerRequest: 1.5,
      writeUnitsPerRequest: 5,
      tableReadUnitsPerRequest: 1,
      tableWriteUnitsPerRequest: 3,
      indexReadUnitsPerRequest: 0.5,
      indexWriteUnitsPerRequest: 2,
    });
    const list = run.routes.find((r) => r.route === 'GET /chats')?.dynamodb;
    expect(list).toMatchObject({ tableReadUnitsPerRequest: 0, indexReadUnitsPerRequest: 0.5 });
    expect(run.sampleSchemaVersion).toBe(2);
    expect(run.missing.join('\n')).not.toMatch(/index/);
  });

  it('reads a version-1 run folder: totals only, said to be counted whole (conservative)', async () => {
    const run = await measure('v1', false, 1);
    const send = run.routes.find((r) => r.route === SEND)?.dynamodb;
    expect(send).toMatchObject({
      readUnitsPerRequest: 1.5,
      writeUnitsPerRequest: 5,
      tableReadUnitsPerRequest: null,
      tableWriteUnitsPerRequest: null,
      indexReadUnitsPerRequest: null,
      indexWriteUnitsPerRequest: null,
    });
    expect(run.sampleSchemaVersion).toBe(1);
    const missing = run.missing.join('\n');
    expect(missing).toContain(
      `sample schema version 1 carries DynamoDB units as totals only (GET /chats, ${SEND})`,
    );
    expect(missing).toContain('conservative totals');
  });

  it('says so when a version-2 backend reported no index share', async () => {
    const run = await measure('no-idx', false, 2);
    expect(run.missing.join('\n')).toContain(
      'the backend’s x-loopgauge-ddb header carried no index share',
    );
  });
});
