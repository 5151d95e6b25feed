/**
 * CloudWatch Logs' `FilterLogEvents` over the emulator's log store, on
 * AWS JSON 1.1 (`X-Amz-Target: Logs_20140328.FilterLogEvents`;
 * https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html):
 * a group by `logGroupName` or `logGroupIdentifier` (name or ARN), the
 * time window (`startTime`, `endTime`, epoch milliseconds, both
 * inclusive), `logStreamNames` or `logStreamNamePrefix`, term filter
 * patterns (see `filter-pattern.ts`), `limit` (default and most 10,000
 * events, and at most 1 MB a page) and `nextToken` paging. Events come
 * oldest first. Not modelled: `unmask`, field indexes, any other operation.
 */
import { FilterPatternError, matchesFilter, parseFilterPattern } from './filter-pattern.ts';
import type { LogStore } from './log-store.ts';
import type { AwsApi } from './server.ts';
import { AwsError, jsonService, validationMessage } from './wire.ts';

const SERVICE = 'Logs_20140328';
const MAX_EVENTS = 10_000;
const MAX_PAGE_BYTES = 1_048_576;

export function createLogsApi(store: LogStore): AwsApi {
  return jsonService({
    service: SERVICE,
    protocol: 'json-1.1',
    operations: { FilterLogEvents: (body) => filterLogEvents(store, body) },
    unknownOperation: (operation) =>
      new AwsError(
        'UnknownOperationException',
        `the emulator's CloudWatch Logs answers FilterLogEvents only, not ${operation}`,
      ),
    badInput: invalid,
  });
}

export function filterLogEvents(store: LogStore, body: Record<string, unknown>) {
  const name = body.logGroupName;
  const identifier = body.logGroupIdentifier;
  if (name !== undefined && identifier !== undefined) {
    throw invalid('LogGroupName and LogGroupIdentifier are mutually exclusive parameters.');
  }
  const group = groupName(name ?? identifier);
  if (body.logStreamNames !== undefined && body.logStreamNamePrefix !== undefined) {
    throw invalid('logStreamNames and logStreamNamePrefix are mutually exclusive parameters.');
  }
  const startTime = optionalTime(body.startTime, 'startTime');
  const endTime = optionalTime(body.endTime, 'endTime');
  const limit = body.limit ?? MAX_EVENTS;
  if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > MAX_EVENTS) {
    throw validation('limit', limit, `Member must have value between 1 and ${MAX_EVENTS}`);
  }
  const streams = body.logStreamNames;
  if (
    streams !== undefined &&
    (!Array.isArray(streams) || !streams.every((s) => typeof s === 'string'))
  ) {
    throw invalid('logStreamNames must be a list of stream names');
  }
  const prefix = body.logStreamNamePrefix;
  if (prefix !== undefined && typeof prefix !== 'string')
    throw invalid('logStreamNamePrefix must be a string');
  const patternText = body.filterPattern ?? '';
  if (typeof patternText !== 'string') throw invalid('filterPattern must be a string');
  let pattern: ReturnType<typeof parseFilterPattern>;
  try {
    pattern = parseFilterPattern(patternText);
  } catch (error) {
    if (error instanceof FilterPatternError) throw invalid(error.message);
    throw error;
  }
  if (!store.hasGroup(group)) {
    throw new AwsError('ResourceNotFoundException', 'The specified log group does not exist.');
  }
  const after = body.nextToken === undefined ? undefined : decodeToken(body.nextToken, group);
  const page = store.filter(group, {
    startTime,
    endTime,
    logStreamNames: streams as string[] | undefined,
    logStreamNamePrefix: prefix,
    after,
    matches: (message) => matchesFilter(pattern, message),
    limit: limit as number,
    maxBytes: MAX_PAGE_BYTES,
  });
  const last = page.events.at(-1);
  return {
    events: page.events.map((event) => ({
      logStreamName: event.logStreamName,
      timestamp: event.timestamp,
      message: event.message,
      ingestionTime: event.ingestionTime,
      eventId: String(event.seq).padStart(56, '0'),
    })),
    searchedLogStreams: [],
    ...(page.more && last ? { nextToken: encodeToken(group, last) } : {}),
  };
}

/** A group's name, from itself or from its ARN (`arn:aws:logs:<region>:<account>:log-group:<name>[:*]`). */
function groupName(value: unknown): string {
  if (value === undefined)
    throw invalid('Either LogGroupName or LogGroupIdentifier must be specified.');
  if (typeof value !== 'string' || value === '')
    throw invalid('the log group name must be a non-empty string');
  const arn = /^arn:aws[a-z-]*:logs:[^:]*:[^:]*:log-group:([^:]+)(?::\*)?$/.exec(value);
  const name = arn?.[1] ?? value;
  if (!/^[.\-_/#A-Za-z0-9]{1,512}$/.test(name)) {
    throw validation(
      'logGroupName',
      name,
      'Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+',
    );
  }
  return name;
}

function optionalTime(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw validation(name, value, 'Member must have value greater than or equal to 0');
  }
  return value;
}

function encodeToken(group: string, event: { timestamp: number; seq: number }): string {
  return Buffer.from(
    JSON.stringify({ group, timestamp: event.timestamp, seq: event.seq }),
  ).toString('base64url');
}

function decodeToken(token: unknown, group: string): { timestamp: number; seq: number } {
  try {
    const decoded = JSON.parse(Buffer.from(String(token), 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    if (
      decoded.group === group &&
      typeof decoded.timestamp === 'number' &&
      typeof decoded.seq === 'number'
    ) {
      return { timestamp: decoded.timestamp, seq: decoded.seq };
    }
  } catch {
    // Reported below.
  }
  throw invalid('The specified nextToken is invalid.');
}

function invalid(message: string): AwsError {
  return new AwsError('InvalidParameterException', message);
}

function validation(member: string, value: unknown, constraint: string): AwsError {
  return new AwsError('InvalidParameterException', validationMessage(member, value, constraint));
}
