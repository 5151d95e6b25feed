/**
 * The emulator's CloudWatch Logs: one log group per function
 * (`/aws/lambda/<function>`, Lambda's default), one stream per execution
 * environment, holding every line the function and its runtime wrote —
 * including the REPORT line the pool writes after each invocation.
 * Events are stamped when the line arrives. A group keeps its newest
 * `maxEventsPerGroup` events (CloudWatch keeps them for the group's
 * retention instead).
 */
import { type LogLine, type LogSink, logStreamNameOf, printLogLine } from '../lambda/index.ts';

export interface LogEvent {
  /** Order of arrival in its group, from 1. */
  seq: number;
  timestamp: number;
  ingestionTime: number;
  logStreamName: string;
  message: string;
}

export interface LogQuery {
  startTime?: number | undefined;
  endTime?: number | undefined;
  logStreamNames?: string[] | undefined;
  logStreamNamePrefix?: string | undefined;
  /** Events after this one (a page's last), in (timestamp, seq) order. */
  after?: { timestamp: number; seq: number } | undefined;
  matches: (message: string) => boolean;
  limit: number;
  /** Bytes of messages one page may carry. */
  maxBytes: number;
}

const DEFAULT_MAX_EVENTS_PER_GROUP = 200_000;

/** Lambda's default log group of a function. */
export function functionLogGroup(functionName: string): string {
  return `/aws/lambda/${functionName}`;
}

export class LogStore {
  readonly #groups = new Map<string, LogEvent[]>();
  readonly #streams = new Map<string, string>();
  readonly #maxEvents: number;
  readonly #now: () => number;
  #seq = 0;

  constructor(options: { maxEventsPerGroup?: number; now?: () => number } = {}) {
    this.#maxEvents = options.maxEventsPerGroup ?? DEFAULT_MAX_EVENTS_PER_GROUP;
    this.#now = options.now ?? Date.now;
  }

  createGroup(name: string): void {
    if (!this.#groups.has(name)) this.#groups.set(name, []);
  }

  hasGroup(name: string): boolean {
    return this.#groups.has(name);
  }

  /** Records a function's line; `mode` says whether it is also printed, or hands it on to a function. */
  sink(mode: 'inherit' | 'silent' | LogSink): LogSink {
    return (line: LogLine) => {
      this.append(line);
      if (mode === 'inherit') printLogLine(line);
      else if (typeof mode === 'function') mode(line);
    };
  }

  append(line: LogLine): void {
    const group = functionLogGroup(line.functionName);
    this.createGroup(group);
    const events = this.#groups.get(group) ?? [];
    let stream = this.#streams.get(line.environmentId);
    const now = this.#now();
    if (stream === undefined) {
      stream = logStreamNameOf(line.environmentId, new Date(now));
      this.#streams.set(line.environmentId, stream);
    }
    this.#seq += 1;
    const event = {
      seq: this.#seq,
      timestamp: now,
      ingestionTime: now,
      logStreamName: stream,
      message: line.text,
    };
    // Kept in (timestamp, seq) order; the clock may step back.
    const last = events.at(-1);
    if (last === undefined || last.timestamp <= now) events.push(event);
    else events.splice(firstAfter(events, { timestamp: now, seq: event.seq }), 0, event);
    // Drop the oldest in one go once a tenth over the cap, so appends stay cheap.
    if (events.length > this.#maxEvents * 1.1) events.splice(0, events.length - this.#maxEvents);
  }

  /** One page of a group's events in (timestamp, seq) order, and whether more match. */
  filter(group: string, query: LogQuery): { events: LogEvent[]; more: boolean } {
    const all = this.#groups.get(group) ?? [];
    const events: LogEvent[] = [];
    let bytes = 0;
    const from = Math.max(
      query.after ? firstAfter(all, query.after) : 0,
      query.startTime === undefined ? 0 : firstAfter(all, { timestamp: query.startTime, seq: 0 }),
    );
    for (let index = from; index < all.length; index++) {
      const event = all[index] as LogEvent;
      if (query.endTime !== undefined && event.timestamp > query.endTime) break;
      if (query.logStreamNames && !query.logStreamNames.includes(event.logStreamName)) continue;
      if (query.logStreamNamePrefix && !event.logStreamName.startsWith(query.logStreamNamePrefix))
        continue;
      if (!query.matches(event.message)) continue;
      const size = Buffer.byteLength(event.message) + 26;
      if (events.length >= query.limit || (events.length > 0 && bytes + size > query.maxBytes)) {
        return { events, more: true };
      }
      events.push(event);
      bytes += size;
    }
    return { events, more: false };
  }
}

/** The index of the first event after `position` in (timestamp, seq) order. */
function firstAfter(events: LogEvent[], position: { timestamp: number; seq: number }): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const event = events[middle] as LogEvent;
    const order = event.timestamp - position.timestamp || event.seq - position.seq;
    if (order <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
