/**
 * Stops a runaway loop. All VUs share one event loop, so script code that
 * never waits (a `while (true) {}`, an endless chain of resolved promises)
 * would freeze the whole run: timers, the gracefulStop and signals included.
 * The rewritten script calls a guard in every loop and function body; every
 * few thousand calls the guard compares the CPU time the process used since
 * the event loop last turned (or the engine last entered script code) with
 * the slice limit and, past it, throws a RunawayError, again on every later
 * call until the VU's code returns to the engine. CPU time rather than wall
 * time, so a process that a busy machine merely holds back is not mistaken
 * for a runaway.
 */
import { runInContext } from 'node:vm';

/** How much CPU time script code may use without the event loop turning. */
export const DEFAULT_SLICE_LIMIT_MS = 2000;

/** Thrown into script code that ran past the slice limit. */
export class RunawayError extends Error {
  constructor(readonly limitMs: number) {
    super(`script code ran for more than ${limitMs / 1000}s without waiting (a runaway loop?)`);
    this.name = 'RunawayError';
  }
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Notes the process's CPU time when the event loop last turned or script code was entered. */
export class EventLoopWatch {
  #since = cpuMs();
  /** Counts entries into script code; the guard reads the clock only when it checks. */
  #entries = 0;
  #checkedEntries = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(readonly limitMs: number = DEFAULT_SLICE_LIMIT_MS) {}

  start(): void {
    this.#since = cpuMs();
    const every = Math.max(10, Math.min(100, this.limitMs / 10));
    this.#timer ??= setInterval(() => {
      this.#since = cpuMs();
    }, every);
    this.#timer.unref();
  }

  /** The engine is about to run script code (init, an iteration, a timer): a new slice starts. */
  enter(): void {
    this.#entries++;
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Called by the guards; true once the current slice ran past the limit. */
  overdue(): boolean {
    const now = cpuMs();
    if (this.#entries !== this.#checkedEntries) {
      // Script code was entered since the last check: the slice starts no earlier than now.
      this.#checkedEntries = this.#entries;
      this.#since = Math.max(this.#since, now);
      return false;
    }
    return now - this.#since > this.limitMs;
  }
}

/**
 * A guard for one VU, created inside the VU's context so that the call in
 * every loop iteration stays cheap. `onTrip` is told once per runaway slice.
 */
export function createGuard(
  context: object,
  watch: EventLoopWatch,
  state: { tripped: boolean },
): () => void {
  const check = () => {
    if (state.tripped || watch.overdue()) {
      state.tripped = true;
      throw new RunawayError(watch.limitMs);
    }
  };
  const make = runInContext(
    '(function (check, state) { var n = 0; return function __k6g() { if (state.tripped || (++n & 4095) === 0) check(); }; })',
    context as never,
  ) as (check: () => void, state: { tripped: boolean }) => () => void;
  return make(check, state);
}
