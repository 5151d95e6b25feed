import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILTIN_PROFILES,
  type MockProviderServer,
  type Profile,
  startMockProviderServer,
} from '#mock-provider';

/**
 * The same requests, sent in different orders and at different
 * concurrency, get the same latency plan, output and fault each.
 */

const PROFILE: Profile = {
  ...BUILTIN_PROFILES.fast,
  name: 'determinism',
  ttftMs: { kind: 'uniform', min: 0, max: 4 },
  tpotMs: { kind: 'uniform', min: 0, max: 0.1 },
  outputTokens: { kind: 'uniform', min: 1, max: 40 },
  faults: { '429': 0.15, '500': 0.1, '529': 0.05, malformed: 0.1, disconnect: 0.05 },
};
const REQUESTS = 40;

let server: MockProviderServer;

beforeAll(async () => {
  server = await startMockProviderServer({ profile: PROFILE, seed: 2024, log: () => undefined });
});

afterAll(async () => {
  await server.close();
});

async function send(openai: OpenAI, i: number): Promise<[number, string]> {
  const content = `question number ${i}: what is the weather?`;
  const stream = i % 3 === 0;
  try {
    if (stream) {
      const events = await openai.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content }],
        stream: true,
      });
      let text = '';
      for await (const chunk of events) text += chunk.choices[0]?.delta.content ?? '';
      return [i, `stream:${text}`];
    }
    const reply = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content }],
    });
    return [i, `json:${reply.choices[0]?.message.content}:${reply.usage?.completion_tokens}`];
  } catch (error) {
    const status = (error as { status?: number }).status;
    return [i, `error:${(error as Error).constructor.name}:${status ?? ''}`];
  }
}

async function run(order: number[], concurrency: number): Promise<Map<number, string>> {
  server.provider.reset();
  const openai = new OpenAI({
    apiKey: 'k',
    baseURL: `${server.url}/v1`,
    maxRetries: 0,
    timeout: 5000,
  });
  const results = new Map<number, string>();
  const queue = [...order];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        const [index, result] = await send(openai, i);
        results.set(index, result);
      }
    }),
  );
  return new Map([...results].sort(([a], [b]) => a - b));
}

function plans(): Record<string, unknown> {
  return Object.fromEntries(
    server.provider
      .journal()
      .map((e) => [
        e.fingerprint,
        { plan: e.plan, fault: e.fault, status: e.status, usage: e.usage },
      ]),
  );
}

describe('determinism', () => {
  it('identical results in order, reversed and shuffled, sequential and concurrent', async () => {
    // Prepare
    const inOrder = Array.from({ length: REQUESTS }, (_, i) => i);
    const shuffled = [...inOrder].sort((a, b) => ((a * 7919) % 41) - ((b * 7919) % 41));

    // Act
    const sequential = await run(inOrder, 1);
    const sequentialPlans = plans();
    const concurrent = await run([...inOrder].reverse(), 20);
    const concurrentPlans = plans();
    const mixed = await run(shuffled, 7);

    // Assess
    expect(concurrent).toEqual(sequential);
    expect(mixed).toEqual(sequential);
    expect(concurrentPlans).toEqual(sequentialPlans);
    expect(plans()).toEqual(sequentialPlans);
    expect(Object.keys(sequentialPlans)).toHaveLength(REQUESTS);
    const kinds = new Set([...sequential.values()].map((result) => result.split(':')[0]));
    expect(kinds).toEqual(new Set(['json', 'stream', 'error']));
  });
});
