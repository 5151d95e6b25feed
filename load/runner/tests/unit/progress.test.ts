import { appendFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../progress.ts';

const point = (metric: string, value: number, tags: Record<string, string>) =>
  `${JSON.stringify({ metric, type: 'Point', data: { time: new Date().toISOString(), value, tags } })}\n`;

describe('the progress line', () => {
  it('counts requests, p95 and failures by layer as the stream grows, across files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'loopgauge-progress-'));
    const files = [join(dir, 'samples-0.ndjson'), join(dir, 'samples-1.ndjson')];
    await writeFile(files[0] as string, point('http_req_duration', 12, { route: 'GET /chats' }));
    const progress = new Progress({ files, write: () => undefined, tty: false });

    expect(await progress.poll()).toMatch(/ 1 requests .* p95 12 ms {2}failed: none\n$/);

    // A line written in two pieces is read once it is whole.
    const failed = point('failed_requests', 1, { layer: 'gateway_throttle', route: 'GET /chats' });
    await appendFile(files[0] as string, failed.slice(0, 20));
    await writeFile(files[1] as string, point('http_req_duration', 40, { route: 'GET /chats' }));
    expect(await progress.poll()).toMatch(/ 2 requests .* failed: none\n$/);
    await appendFile(files[0] as string, failed.slice(20));
    expect(await progress.poll()).toMatch(
      / 2 requests .* p95 40 ms {2}failed: gateway_throttle 1\n$/,
    );
  });

  it('redraws one line on a terminal', async () => {
    const progress = new Progress({ files: [], write: () => undefined, tty: true });
    const line = await progress.poll();
    expect(line.startsWith('\r\u001b[2K')).toBe(true);
    expect(line).toMatch(/failed: none$/);
  });
});
