/**
 * Globals that k6 and the built-in engine provide but @types/k6 does not
 * declare: `console` and the timers (global since k6 v0.51, same signatures
 * as `k6/timers`).
 * https://grafana.com/docs/k6/latest/javascript-api/k6-timers/
 */
import type { IntervalID, TimeoutID } from 'k6/timers';

declare global {
  function setTimeout(
    functionRef: (...args: never[]) => void,
    delay?: number,
    ...args: unknown[]
  ): TimeoutID;
  function clearTimeout(timeoutID: TimeoutID): void;
  function setInterval(
    functionRef: (...args: never[]) => void,
    delay?: number,
    ...args: unknown[]
  ): IntervalID;
  function clearInterval(intervalID: IntervalID): void;

  interface K6Console {
    log(...data: unknown[]): void;
    info(...data: unknown[]): void;
    warn(...data: unknown[]): void;
    error(...data: unknown[]): void;
    debug(...data: unknown[]): void;
  }
  var console: K6Console;
}
