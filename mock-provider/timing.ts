import type { TimedEvent } from './wire.ts';

/**
 * "The client went away", lighter than an AbortSignal (which costs an
 * EventTarget per request on the server's hot path).
 */
export interface ClientGone {
  readonly aborted: boolean;
  /** Calls `listener` once when the client leaves; returns an unsubscribe. */
  onAbort(listener: () => void): () => void;
}

export function goneFromSignal(signal: AbortSignal): ClientGone {
  return {
    get aborted() {
      return signal.aborted;
    },
    onAbort(listener) {
      signal.addEventListener('abort', listener, { once: true });
      return () => signal.removeEventListener('abort', listener);
    },
  };
}

/** A ClientGone that the owner triggers with `abort()`. */
export function clientGone(): ClientGone & { abort(): void } {
  let aborted = false;
  let listeners: Array<() => void> = [];
  return {
    get aborted() {
      return aborted;
    },
    onAbort(listener) {
      if (aborted) return () => undefined;
      listeners.push(listener);
      return () => {
        listeners = listeners.filter((l) => l !== listener);
      };
    },
    abort() {
      if (aborted) return;
      aborted = true;
      const called = listeners;
      listeners = [];
      for (const listener of called) listener();
    },
  };
}

/**
 * Waiting without drift: deadlines are absolute (`performance.now()` time),
 * so time spent parsing and planning a request comes out of its latency
 * instead of adding to it. libuv timers tick in whole milliseconds and fire
 * up to a millisecond early or late, so the last millisecond is waited out
 * with `setImmediate` turns of the event loop: a median lateness of about
 * 0.01 ms instead of 0.65 ms, for about 0.1 ms of CPU per request
 * (README "Benchmark").
 */

/** Resolves true at `deadline`, or false as soon as `signal` aborts. */
export function sleepUntil(deadline: number, signal: ClientGone): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (performance.now() >= deadline) return Promise.resolve(true);
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let immediate: ReturnType<typeof setImmediate> | undefined;
    const unsubscribe = signal.onAbort(() => {
      clearTimeout(timer);
      clearImmediate(immediate);
      resolve(false);
    });
    const arm = () => {
      const left = deadline - performance.now();
      if (left <= 0) {
        unsubscribe();
        resolve(true);
      } else if (left < 1) {
        immediate = setImmediate(arm);
      } else {
        timer = setTimeout(arm, left);
      }
    };
    arm();
  });
}

/**
 * Resolves when `signal` aborts, and never otherwise. It holds no timer, so a
 * hung request never keeps a process alive on its own.
 */
export function untilAborted(signal: ClientGone): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.onAbort(() => resolve());
  });
}

/** Why a timed stream ended. */
export type StreamEnd = 'complete' | 'disconnected' | 'cancelled';

/** The error a stream ends with when the `disconnect` fault cuts it. */
export class MockDisconnectError extends Error {
  constructor() {
    super('mock provider: connection dropped mid-response (disconnect fault)');
    this.name = 'MockDisconnectError';
  }
}

export interface TimedStreamOptions {
  /** `performance.now()` time that the events' `atMs` count from. */
  startAt: number;
  /** Send only this many events (default: all). */
  cutAfter?: number;
  /** After the last event sent: end normally (`close`) or as a dropped connection (`fail`). */
  ending?: 'close' | 'fail';
  /** Text sent after the last event (the `malformed` fault's broken event). */
  trailer?: string;
  signal: ClientGone;
  onEnd: (end: StreamEnd) => void;
}

const encoder = new TextEncoder();
/** Time between the last bytes of a cut stream and the dropped connection. */
const CUT_GRACE_MS = 20;

/**
 * A byte stream that releases each event at its time. Events due together
 * go out in one chunk; a wake-up that finds several due (a slow event loop)
 * catches up at once instead of drifting.
 */
export function timedStream(
  events: readonly TimedEvent[],
  options: TimedStreamOptions,
): ReadableStream<Uint8Array> {
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ended = false;
  const end = (why: StreamEnd) => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    options.onEnd(why);
  };
  const limit = Math.min(options.cutAfter ?? events.length, events.length);
  let failOnNextPull = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const pump = () => {
        timer = undefined;
        if (ended) return;
        if (options.signal.aborted) {
          end('cancelled');
          controller.error(new MockDisconnectError());
          return;
        }
        const elapsed = performance.now() - options.startAt;
        let text = '';
        while (next < limit && (events[next]?.atMs ?? 0) <= elapsed) {
          text += events[next]?.data ?? '';
          next += 1;
        }
        if (next >= limit && options.trailer !== undefined) text += options.trailer;
        if (text) controller.enqueue(encoder.encode(text));
        if (next >= limit) {
          if (options.ending === 'fail') {
            end('disconnected');
            // The connection drops a moment after the last bytes, and only
            // once they have been read (an error discards queued chunks).
            setTimeout(() => {
              if ((controller.desiredSize ?? 0) > 0) controller.error(new MockDisconnectError());
              else failOnNextPull = true;
            }, CUT_GRACE_MS);
          } else {
            end('complete');
            controller.close();
          }
          return;
        }
        const wait = (events[next]?.atMs ?? 0) - (performance.now() - options.startAt);
        timer = setTimeout(pump, Math.max(0, wait));
      };
      pump();
    },
    pull(controller) {
      if (failOnNextPull) {
        failOnNextPull = false;
        controller.error(new MockDisconnectError());
      }
    },
    cancel() {
      end('cancelled');
    },
  });
}
