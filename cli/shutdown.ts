/**
 * Shutdown on SIGINT and SIGTERM for a command that runs until stopped.
 *
 * The first signal asks for a graceful stop. The listeners stay for the
 * whole stop: with none left, a later signal would end the process in the
 * middle of it (Node's default action). A signal that follows the first
 * within `repeatWindowMs` is the same Ctrl-C delivered twice — the terminal
 * signals the whole process group, and a parent such as npm or `tsx` relays
 * it again (`tsx` does so to a child that has not answered within 30 ms, as
 * a busy event loop does not) — and is ignored. A later one is a second
 * Ctrl-C: the caller's `force` runs.
 */

type SignalName = 'SIGINT' | 'SIGTERM';

export interface SignalSource {
  on(signal: SignalName, listener: (signal: SignalName) => void): unknown;
}

export interface ShutdownOptions {
  /** Runs on a signal that comes after the first one's window. */
  force(signal: SignalName): void;
  repeatWindowMs?: number;
  now?: () => number;
}

export interface Shutdown {
  /** Resolves with the first signal. */
  requested: Promise<SignalName>;
  /**
   * The stop is complete: later signals are ignored. The listeners stay, so
   * a signal that arrives while the process exits cannot end it abnormally.
   */
  done(): void;
}

const SIGNALS: readonly SignalName[] = ['SIGINT', 'SIGTERM'];

/** How close a repeat must follow the first signal to be taken as the same one. */
export const REPEAT_WINDOW_MS = 1_000;

export function onShutdownSignals(source: SignalSource, options: ShutdownOptions): Shutdown {
  const now = options.now ?? (() => performance.now());
  const window = options.repeatWindowMs ?? REPEAT_WINDOW_MS;
  let first: number | undefined;
  let finished = false;
  let resolve: (signal: SignalName) => void = () => undefined;
  const requested = new Promise<SignalName>((done) => {
    resolve = done;
  });
  const listener = (signal: SignalName) => {
    if (finished) return;
    if (first === undefined) {
      first = now();
      resolve(signal);
    } else if (now() - first > window) {
      options.force(signal);
    }
  };
  for (const signal of SIGNALS) source.on(signal, listener);
  return {
    requested,
    done: () => {
      finished = true;
    },
  };
}
