import { setTimeout as wait } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { clientGone, MockDisconnectError, sleepUntil, timedStream } from '../../timing.ts';

const decoder = new TextDecoder();

describe('timedStream', () => {
  it('a cut stream delivers what was sent before it fails, even to a late reader', async () => {
    // Prepare: three events due at once, cut after two
    const ends: string[] = [];
    const stream = timedStream(
      [
        { atMs: 0, data: 'a' },
        { atMs: 0, data: 'b' },
        { atMs: 0, data: 'c' },
      ],
      {
        startAt: performance.now(),
        cutAfter: 2,
        ending: 'fail',
        signal: clientGone(),
        onEnd: (end) => ends.push(end),
      },
    );
    const reader = stream.getReader();

    // Act: read only after the moment the connection drops
    await wait(60);
    const first = await reader.read();
    const second = reader.read();

    // Assess
    expect(decoder.decode(first.value)).toBe('ab');
    await expect(second).rejects.toBeInstanceOf(MockDisconnectError);
    expect(ends).toEqual(['disconnected']);
  });

  it('a malformed stream sends its broken trailer and ends normally', async () => {
    const stream = timedStream(
      [
        { atMs: 0, data: 'x' },
        { atMs: 0, data: 'y' },
      ],
      {
        startAt: performance.now(),
        cutAfter: 1,
        trailer: '{broken',
        signal: clientGone(),
        onEnd: () => undefined,
      },
    );
    const text = await new Response(stream).text();
    expect(text).toBe('x{broken');
  });
});

describe('sleepUntil', () => {
  it('resolves false as soon as the signal aborts', async () => {
    const gone = clientGone();
    const sleeping = sleepUntil(performance.now() + 60_000, gone);
    gone.abort();
    expect(await sleeping).toBe(false);
  });

  it('resolves true at or after its deadline', async () => {
    const deadline = performance.now() + 15;
    expect(await sleepUntil(deadline, clientGone())).toBe(true);
    expect(performance.now()).toBeGreaterThanOrEqual(deadline);
  });
});
