/**
 * What consumer tests share: a V4 pact for one consumer of the chat API,
 * interactions that carry their provider state (and the local-only mark the
 * state calls for), and the matchers for the API's id and time formats.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Matchers, Pact, SpecificationVersion, type V3MockServer } from '@pact-foundation/pact';
import { getFfiLib } from '@pact-foundation/pact-core';
import { REPLY_ID_SUFFIX, ULID_PATTERN } from '#contracts';
import { doNotTrack } from './pact-env.ts';
import { LOCAL_ONLY_COMMENT, PROVIDER, type ProviderState } from './states.ts';

/** The file a consumer's pact with the chat API is written to, in `dir`. */
export function pactFileName(consumer: string): string {
  return `${consumer}-${PROVIDER}.json`;
}

/**
 * A V4 pact between `consumer` and the chat API, written to `dir`. The file
 * is started afresh: interactions of earlier runs do not carry over.
 */
export function consumerPact(consumer: string, dir: string): Pact {
  doNotTrack();
  rmSync(join(dir, pactFileName(consumer)), { force: true });
  return new Pact({
    consumer,
    provider: PROVIDER,
    dir,
    spec: SpecificationVersion.SPECIFICATION_VERSION_V4,
    logLevel: 'warn',
  });
}

type UnconfiguredInteraction = ReturnType<Pact['addInteraction']>;

/**
 * How long a test waits, after its client got its answer, for Pact's mock
 * server to record the match (see `waitingForMatches`).
 */
const MATCH_RECORDED_TIMEOUT_MS = 5_000;
const MATCH_POLL_MS = 5;

/**
 * Waits until the mock server on `port` has recorded every expected request
 * as matched, or the timeout passes (then Pact reports what is missing).
 * The mock server of this Pact line answers a request before its event loop
 * records the match, so a test that checks right after the answer can read
 * "expected but not received" on a busy machine:
 * https://github.com/pact-foundation/pact-core-mock-server/issues/13
 * (https://github.com/pact-foundation/pact-reference/issues/535).
 */
async function matchesRecorded(port: number): Promise<void> {
  const ffi = getFfiLib();
  const deadline = Date.now() + MATCH_RECORDED_TIMEOUT_MS;
  while (!ffi.pactffiMockServerMatched(port) && Date.now() < deadline) {
    await sleep(MATCH_POLL_MS);
  }
}

/**
 * The interaction builder, unchanged but for `executeTest`: its test
 * function is followed by `matchesRecorded`, so Pact checks the mock
 * server's matches only once they are recorded.
 */
function waitingForMatches<T extends object>(builder: T): T {
  return new Proxy(builder, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (key === 'executeTest') {
          // V4's executeTest hands its test a V3MockServer (`V4MockServer` is an alias of it).
          const [test] = args as [(server: V3MockServer) => Promise<unknown>];
          return value.call(target, async (server: V3MockServer) => {
            const result = await test(server);
            await matchesRecorded(server.port);
            return result;
          });
        }
        const next: unknown = value.apply(target, args);
        return typeof next === 'object' && next !== null ? waitingForMatches(next) : next;
      };
    },
  });
}

/** An interaction, in its provider state when it has one, marked local-only when the state is. */
export function interaction(
  pact: Pact,
  description: string,
  providerState?: ProviderState,
): UnconfiguredInteraction {
  let builder = pact.addInteraction();
  if (providerState) {
    builder = builder.given(providerState.name, { ...providerState.params });
    if (providerState.localOnly) {
      builder = builder.comment({ key: LOCAL_ONLY_COMMENT, value: providerState.localOnly });
    }
  }
  return waitingForMatches(builder.uponReceiving(description));
}

/** Matchers for the API's formats. */
export const match = {
  /** A ULID: the API's chat ids and the ids of the messages clients send. */
  ulid: (example: string) => Matchers.regex(ULID_PATTERN, example),
  /** A reply's id: the id of the message it answers, then `.reply` (`replyIdOf`). */
  replyId: (example: string) =>
    Matchers.regex(
      new RegExp(`${ULID_PATTERN.source.slice(0, -1)}${REPLY_ID_SUFFIX.replace('.', '\\.')}$`),
      example,
    ),
  /** An ISO-8601 UTC time as `Date.prototype.toISOString` writes it. */
  isoTime: (example = '2026-11-27T14:42:04.123Z') =>
    Matchers.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, example),
  /**
   * A value the provider state supplies at verification (`${name}` in
   * Pact's terms, e.g. the cursor of a first page): the consumer test uses
   * `example`.
   */
  fromState: (name: string, example: string) => Matchers.fromProviderState(`\${${name}}`, example),
  /** Any bearer token: provider verification sends a real one in its place. */
  bearer: () => Matchers.regex(/^Bearer \S+$/, 'Bearer consumer-test-token'),
};
