import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { onShutdownSignals } from '../../shutdown.ts';

function setUp() {
  const source = new EventEmitter();
  let clock = 0;
  const force = vi.fn();
  const shutdown = onShutdownSignals(source, { force, repeatWindowMs: 1_000, now: () => clock });
  return {
    source,
    force,
    shutdown,
    at(ms: number, signal: 'SIGINT' | 'SIGTERM' = 'SIGINT') {
      clock = ms;
      source.emit(signal, signal);
    },
  };
}

describe('onShutdownSignals', () => {
  it('asks for a graceful stop on the first signal, whichever it is', async () => {
    const { shutdown, at, force } = setUp();
    at(5, 'SIGTERM');
    await expect(shutdown.requested).resolves.toBe('SIGTERM');
    expect(force).not.toHaveBeenCalled();
  });

  it('keeps listening during the stop and takes a quick repeat as the same signal', async () => {
    const { shutdown, at, force, source } = setUp();
    at(0);
    at(30);
    at(1_000);
    await shutdown.requested;
    expect(force).not.toHaveBeenCalled();
    expect(source.listenerCount('SIGINT')).toBe(1);
  });

  it('forces on a second Ctrl-C after the window', () => {
    const { at, force } = setUp();
    at(0);
    at(1_500);
    expect(force).toHaveBeenCalledWith('SIGINT');
  });

  it('ignores signals once the stop is done, and keeps listening so none ends the exit', () => {
    const { shutdown, source, at, force } = setUp();
    at(0);
    shutdown.done();
    at(5_000);
    expect(force).not.toHaveBeenCalled();
    expect([source.listenerCount('SIGINT'), source.listenerCount('SIGTERM')]).toEqual([1, 1]);
  });
});
