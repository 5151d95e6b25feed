/**
 * The HTML report in a real browser: Debian's Chromium, headless, driven by
 * playwright-core. Every chart must be drawn (ECharts finished, pixels on
 * its canvas), nothing may reach the network, the console stays clean, and
 * a screenshot is saved for people to look at.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKSPACE_DIR } from '#stages';
import { parseCapacityFile } from '../../capacity-file.ts';
import { chartIds } from '../../render/sections.ts';
import { buildReport, REPORT_FILES, writeReport } from '../../report.ts';
import type { Report } from '../../report-schema.ts';
import { launchChromium } from '../support/chromium.ts';
import { localRoute, syntheticRunFolder } from '../support/synthetic-runs.ts';

const SCREENSHOT = join(WORKSPACE_DIR, 'test-output', 'report-html.png');
const SEND = 'POST /chats/{chatId}/messages';

let dir: string;
let context: BrowserContext;
let report: Report;
let page: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loopgauge-html-'));
  const session = join(dir, 'session');
  await syntheticRunFolder(session, 'smoke', [
    localRoute('get_chats', 'GET /chats', () => 8, { coldShare: 0.05 }),
    localRoute('get_chat', 'GET /chats/{chatId}', () => 8, { coldShare: 0.05, readUnits: 2 }),
    localRoute('send_message', SEND, () => 6, {
      handlerMs: 30,
      aiMs: 120,
      coldShare: 0.05,
      readUnits: 1,
      writeUnits: 4,
    }),
  ]);
  await syntheticRunFolder(session, 'throttle', [
    localRoute('send_message', SEND, (s) => 20 + 3 * s, { handlerMs: 20, aiMs: 180 }),
  ]);
  const capacity = parseCapacityFile({
    version: 1,
    traffic: { dailyActiveUsers: 50_000, messagesPerUserPerDay: 12, peakToAverage: 4 },
    ai: {
      latencyMs: 2_500,
      inputTokensPerMessage: 1_200,
      outputTokensPerMessage: 250,
      usdPerMillionInputTokens: 0.15,
      usdPerMillionOutputTokens: 0.6,
    },
  });
  report = await buildReport({ folders: [session], capacity });
  await writeReport(report, session);
  page = join(session, REPORT_FILES.html);
  const profile = join(dir, 'chromium-profile');
  context = await launchChromium(profile);
});

afterAll(async () => {
  await context?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('index.html in headless Chromium', () => {
  it('draws every chart, logs no error and makes no network request', async () => {
    const tab = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    tab.on('pageerror', (error) => errors.push(String(error)));
    tab.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(page).href;
    await tab.goto(url);
    await tab.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLElement>('.chart')].every(
          (e) => e.dataset.rendered === 'true',
        ),
      null,
      { timeout: 30_000 },
    );
    const charts = await tab.$$eval('.chart', (elements) =>
      elements.map((element) => {
        const canvas = element.querySelector('canvas');
        if (!canvas) return { id: (element as HTMLElement).dataset.chart, drawn: 0 };
        const { data } = canvas
          .getContext('2d')
          ?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: [] };
        let drawn = 0;
        for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) drawn += 1;
        return { id: (element as HTMLElement).dataset.chart, drawn };
      }),
    );
    const expected = [...chartIds(report)].sort();
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(charts.map((c) => c.id).sort()).toEqual(expected);
    for (const chart of charts)
      expect(chart.drawn, `${chart.id} has pixels`).toBeGreaterThan(1_000);
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await mkdir(join(WORKSPACE_DIR, 'test-output'), { recursive: true });
    await tab.screenshot({ path: SCREENSHOT, fullPage: true });
  });
});
