/**
 * dynamo-throughput: sustained arrival rates of sends into each user's two
 * chats — one of ASCII, one of multibyte content of the same byte size —
 * and of reads of those growing histories (a full page each). DynamoDB time
 * and consumed units per request come from the telemetry headers; store
 * throttles are counted as the layer `store_throttle`.
 */
import exec from 'k6/execution';
import type { Options, Scenario } from 'k6/options';
import { LIMITS } from '../../contracts/index.ts';
import { k6Thresholds } from '../../stages/index.ts';
import { ChatClient } from '../lib/client.ts';
import { readConfig } from '../lib/config.ts';
import { ALPHABETS, type Alphabet, makeContent } from '../lib/content.ts';
import { warmUp } from '../lib/flows.ts';
import { ulid } from '../lib/ids.ts';
import { profileOf } from '../lib/profiles.ts';
import { SAMPLE_TAGS } from '../lib/samples.ts';
import { SUMMARY_TREND_STATS, writeSummary } from '../lib/summary.ts';
import { loadUsers, pickUser } from '../lib/users.ts';

const config = readConfig(__ENV);
const profile = profileOf('dynamo-throughput', config.profile);
const users = loadUsers(config.usersFile);

/** `rate` iterations of `exec` per second for the profile's time, with VUs for half a second of them. */
function sustained(rate: number, exec: string): Scenario {
  const inFlight = Math.max(2, Math.ceil(rate * 0.5));
  return {
    executor: 'constant-arrival-rate',
    rate,
    timeUnit: '1s',
    duration: `${profile.seconds}s`,
    preAllocatedVUs: inFlight,
    maxVUs: inFlight * 4,
    exec,
  };
}

export const options: Options = {
  scenarios: {
    sends: sustained(profile.sendsPerSecond, 'send'),
    reads: sustained(profile.readsPerSecond, 'read'),
  },
  // Store throttles are what this scenario counts; they are reported, not gated on.
  thresholds: (({ http_req_failed: _, ...latency }) => latency)(k6Thresholds(config.stage.slo)),
  summaryTrendStats: SUMMARY_TREND_STATS,
};

type Chats = Array<Record<Alphabet, string>>;

/** Two chats per user, each started with one message so every read finds it; warm environments. */
export async function setup(): Promise<{ chats: Chats }> {
  await warmUp(
    users.map((user) => new ChatClient(config.apiUrl, user)),
    config.stage,
  );
  const chats: Chats = users.map(() => ({ ascii: ulid(), multibyte: ulid() }));
  await Promise.all(
    users.flatMap((user, index) =>
      ALPHABETS.map((alphabet) => {
        const chatId = (chats[index] as Record<Alphabet, string>)[alphabet];
        const messageId = ulid();
        const content = makeContent({ bytes: profile.contentBytes, alphabet, seed: index });
        return new ChatClient(config.apiUrl, user, { [SAMPLE_TAGS.step]: 'setup' }).sendMessage(
          chatId,
          messageId,
          { messageId, content },
        );
      }),
    ),
  );
  return { chats };
}

function pick(data: { chats: Chats }) {
  const iteration = exec.scenario.iterationInTest;
  const user = pickUser(users, Math.floor(iteration / 2));
  const alphabet = ALPHABETS[iteration % ALPHABETS.length] as Alphabet;
  const chatId = (data.chats[user.index] as Record<Alphabet, string>)[alphabet];
  return { iteration, user, alphabet, chatId };
}

export async function send(data: { chats: Chats }): Promise<void> {
  const { iteration, user, alphabet, chatId } = pick(data);
  const client = new ChatClient(config.apiUrl, user, { [SAMPLE_TAGS.step]: alphabet });
  const messageId = ulid();
  const content = makeContent({ bytes: profile.contentBytes, alphabet, seed: iteration + 1 });
  await client.sendMessage(chatId, messageId, { messageId, content });
}

export async function read(data: { chats: Chats }): Promise<void> {
  const { user, alphabet, chatId } = pick(data);
  const client = new ChatClient(config.apiUrl, user, { [SAMPLE_TAGS.step]: alphabet });
  await client.readChat(chatId, `?limit=${LIMITS.messagesPage.max}`);
}

export const handleSummary = writeSummary;
