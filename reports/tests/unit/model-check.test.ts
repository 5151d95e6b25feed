import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getStage } from '#stages';
import { figures } from '../../figures.ts';
import { measureRun } from '../../measures.ts';
import { checkRun, offeredRate, predictForRun } from '../../model-check.ts';
import { readRunFolder } from '../../run-folder.ts';
import { run, smallTable } from '../support/reports.ts';
import { localRoute, syntheticRunFolder } from '../support/synthetic-runs.ts';

const SEND = 'POST /chats/{chatId}/messages';

async function check(routes: Parameters<typeof syntheticRunFolder>[2]) {
  const dir = await mkdtemp(join(tmpdir(), 'loopgauge-check-'));
  const input = await readRunFolder(await syntheticRunFolder(dir, 'throttle', routes));
  return checkRun(measureRun(input), input.samples, getStage('local'), figures(null));
}

describe('the model against a run', () => {
  it('predicts the gateway when a route is offered more than its throttle and its functions keep up', async () => {
    // send_message: 8 environments × (1 / 20 ms) = 400/s, far above the route's 50/s.
    const result = await check([
      localRoute('send_message', SEND, (s) => 20 + 4 * s, { handlerMs: 20 }),
    ]);
    expect(result?.predicted).toMatchObject({
      limit: 'api.route.send_message',
      layer: 'gateway_throttle',
      admittedPerSecond: 50,
    });
    expect(result?.observed?.layer).toBe('gateway_throttle');
    expect(result?.layerMatches).toBe(true);
    expect(result?.deviation).toBeLessThan(0.1);
  });

  it('predicts Lambda when reserved concurrency admits less than the route throttle', async () => {
    // 8 environments × (1 / 200 ms) = 40/s, below the route's 50/s.
    const result = await check([
      localRoute('send_message', SEND, (s) => 20 + 2 * s, {
        handlerMs: 20,
        aiMs: 180,
        coldShare: 0,
      }),
      localRoute('get_chats', 'GET /chats', () => 10),
    ]);
    expect(result?.predicted.limit).toBe('lambda.reserved.send_message');
    expect(result?.predicted.admittedPerSecond).toBeGreaterThan(36);
    expect(result?.predicted.admittedPerSecond).toBeLessThan(44);
    expect(result?.observed).toMatchObject({ layer: 'lambda_throttle', route: SEND });
    expect(result?.layerMatches).toBe(true);
    expect(result?.deviation).toBeLessThan(0.1);
  });

  it('sees no refusal in a run that stayed under every limit', async () => {
    const result = await check([localRoute('get_chats', 'GET /chats', () => 10)]);
    expect(result?.observed).toBeNull();
    expect(result?.layerMatches).toBeNull();
    expect(result?.predicted.utilisation).toBeLessThan(1);
  });

  it('takes the highest 5-second average as the offered rate', () => {
    expect(offeredRate([0, 10, 10, 10, 10, 10, 0, 0])).toBe(10);
    expect(offeredRate([100, 0, 0, 0, 0, 0])).toBe(20);
    expect(offeredRate([3, 3])).toBe(3);
  });

  it('predicts the table when a provisioned table with throttling on admits the least', () => {
    const r = run({
      routes: [{ route: SEND, requests: 600, handlerMs: 20, writeUnits: 4, readUnits: 1 }],
    });
    const series = {
      rate: Array(60).fill(10),
      failed: [],
      p50: [],
      p95: [],
      p99: [],
      inFlight: [],
      busy: [],
    };
    r.series = { ...r.series, t: series.rate.map((_, i) => i), routes: { [SEND]: series } };
    // small-table: 10 write units a second; 10 sends/s × 4 units = 40.
    const predicted = predictForRun(r, getStage('small-table'), figures(null));
    expect(predicted).toMatchObject({
      limit: 'dynamodb.table.write',
      layer: 'store_throttle',
      route: SEND,
      utilisation: 4,
    });
    expect(predicted?.admittedPerSecond).toBeCloseTo(2.5, 10);
    // The local stage's on-demand table is not the limit.
    expect(predictForRun(r, getStage('local'), figures(null))?.limit).not.toMatch(/^dynamodb/);
  });

  describe('a provisioned table’s buckets, split as measured', () => {
    /** 10 sends a second for a minute, each 5 write units of which 2 the index's. */
    function sends(split: boolean) {
      const r = run({
        routes: [
          {
            route: SEND,
            requests: 600,
            handlerMs: 20,
            readUnits: 1,
            writeUnits: 5,
            ...(split ? { indexReadUnits: 0, indexWriteUnits: 2 } : {}),
          },
        ],
        sampleSchemaVersion: split ? 2 : 1,
      });
      const rate = Array(60).fill(10);
      r.series = {
        ...r.series,
        t: rate.map((_, i) => i),
        routes: {
          [SEND]: { rate, failed: [], p50: [], p95: [], p99: [], inFlight: [], busy: [] },
        },
      };
      return r;
    }
    const withIndexWrites = (indexWriteUnits: number) => smallTable({ indexWriteUnits });

    it('names the index when its 4 write units admit 2 sends a second, the table’s 10 admitting 3.3', () => {
      const predicted = predictForRun(sends(true), withIndexWrites(4), figures(null));
      expect(predicted).toMatchObject({ limit: 'dynamodb.index.write', route: SEND });
      expect(predicted?.utilisation).toBeCloseTo(5, 10);
      expect(predicted?.admittedPerSecond).toBeCloseTo(2, 10);
    });

    it('names the table’s writes, at its own share, when the index has room', () => {
      const predicted = predictForRun(sends(true), withIndexWrites(20), figures(null));
      expect(predicted).toMatchObject({ limit: 'dynamodb.table.write', route: SEND });
      expect(predicted?.utilisation).toBeCloseTo(3, 10);
      expect(predicted?.admittedPerSecond).toBeCloseTo(10 / 3, 10);
    });

    it('counts a version-1 run’s totals against both', () => {
      const predicted = predictForRun(sends(false), withIndexWrites(20), figures(null));
      expect(predicted).toMatchObject({ limit: 'dynamodb.table.write', route: SEND });
      expect(predicted?.utilisation).toBeCloseTo(5, 10);
      expect(predicted?.admittedPerSecond).toBeCloseTo(2, 10);
    });
  });
});
