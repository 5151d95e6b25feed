import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LOCAL_ONLY_COMMENT,
  type PactFile,
  PROVIDER,
  pactProblems,
  readPacts,
  STATE_NAMES,
  selectInteractions,
  stalePacts,
  state,
} from '#contracts/verify';

const throttled = state('routeThrottled', { route: 'GET /chats' });
const empty = state('userWithChats', { chatCount: 0 });

function pact(
  consumer: string,
  interactions: Array<{ description: string; states?: string[]; localOnly?: boolean }>,
): PactFile {
  const document = {
    consumer: { name: consumer },
    provider: { name: PROVIDER },
    interactions: interactions.map((entry) => ({
      description: entry.description,
      providerStates: (entry.states ?? []).map((name) => ({ name, params: {} })),
      ...(entry.localOnly
        ? { comments: { [LOCAL_ONLY_COMMENT]: 'needs the admin endpoint' } }
        : {}),
    })),
    metadata: { pactSpecification: { version: '4.0' } },
  };
  return {
    path: `/pacts/${consumer}-${PROVIDER}.json`,
    consumer,
    provider: PROVIDER,
    interactions: document.interactions,
    document,
  };
}

describe('pactProblems', () => {
  it('accepts interactions whose local-only mark matches their states', () => {
    const web = pact('web', [
      { description: 'throttled', states: [throttled.name], localOnly: true },
      { description: 'empty', states: [empty.name] },
      { description: 'no token' },
    ]);
    expect(pactProblems([web])).toEqual([]);
  });

  it('refuses an interaction in two states, or a pending one', () => {
    const web = pact('web', [{ description: 'two', states: [empty.name, throttled.name] }]);
    const pending = pact('cli', [{ description: 'later' }]);
    (pending.interactions[0] as { pending?: boolean }).pending = true;
    expect(pactProblems([web, pending])).toEqual([
      `web-${PROVIDER}.json: "two" has several provider states; each interaction has one (or none)`,
      `web-${PROVIDER}.json: "two" needs the local stage but has no "local-only" comment`,
      `cli-${PROVIDER}.json: "later" is pending: every interaction of a committed pact is verified`,
    ]);
  });

  it('names a state no handler knows, and a missing or wrong local-only mark', () => {
    const web = pact('web', [
      { description: 'magic', states: ['the database is full of chats'] },
      { description: 'throttled, unmarked', states: [STATE_NAMES.routeThrottled] },
      { description: 'marked for nothing', states: [empty.name], localOnly: true },
    ]);
    const problems = pactProblems([web]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /"magic" is in the state "the database is full of chats", which provider verification does not know/,
    );
    expect(problems[1]).toMatch(
      /"throttled, unmarked" needs the local stage but has no "local-only" comment/,
    );
    expect(problems[2]).toMatch(
      /"marked for nothing" is marked "local-only" but none of its states/,
    );
  });
});

describe('selectInteractions', () => {
  const pacts = [
    pact('web', [
      { description: 'a request while throttled', states: [throttled.name], localOnly: true },
      { description: 'a request for chats', states: [empty.name] },
    ]),
    pact('cli', [{ description: 'a listing of chats', states: [empty.name] }]),
  ];

  it('selects every interaction for the local stage', () => {
    const selection = selectInteractions(pacts, { deployed: false });
    expect(selection.selected.map((entry) => entry.description)).toEqual([
      'a request while throttled',
      'a request for chats',
      'a listing of chats',
    ]);
    expect(selection.localOnly).toEqual([]);
  });

  it('lists the local-only interactions of a deployed stage, with why, instead of verifying them', () => {
    const selection = selectInteractions(pacts, { deployed: true });
    expect(selection.selected.map((entry) => entry.description)).toEqual([
      'a request for chats',
      'a listing of chats',
    ]);
    expect(selection.localOnly).toEqual([
      {
        consumer: 'web',
        description: 'a request while throttled',
        reason: 'needs the admin endpoint',
      },
    ]);
  });

  it('keeps what `only` names and lists the rest as left out', () => {
    const selection = selectInteractions(pacts, { deployed: false, only: 'request' });
    expect(selection.selected.map((entry) => entry.consumer)).toEqual(['web', 'web']);
    expect(selection.notSelected).toEqual([{ consumer: 'cli', description: 'a listing of chats' }]);
  });
});

describe('stalePacts', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  async function folder(pacts: PactFile[]): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'pacts-'));
    dirs.push(dir);
    for (const entry of pacts) {
      await writeFile(
        join(dir, `${entry.consumer}-${PROVIDER}.json`),
        JSON.stringify(entry.document),
      );
    }
    return dir;
  }

  it('finds nothing when the committed pacts are the written ones', async () => {
    const web = pact('web', [{ description: 'a' }]);
    expect(await stalePacts(await folder([web]), await folder([web]))).toEqual([]);
  });

  it('names pacts added, gone and changed, and the interactions that changed', async () => {
    const fresh = await folder([
      pact('web', [{ description: 'kept' }, { description: 'added' }]),
      pact('mobile', [{ description: 'new consumer' }]),
    ]);
    const committed = await folder([
      pact('web', [{ description: 'kept' }, { description: 'removed' }]),
      pact('cli', [{ description: 'old consumer' }]),
    ]);
    expect((await stalePacts(fresh, committed)).sort()).toEqual([
      `cli-${PROVIDER}.json is no longer written by any consumer test`,
      `mobile-${PROVIDER}.json is new: it is not in ${committed}`,
      `web-${PROVIDER}.json differs from the consumer tests' pact (added "added"; removed "removed")`,
    ]);
  });

  it('reads only the chat API’s pacts', async () => {
    const dir = await folder([pact('web', [{ description: 'a' }])]);
    await writeFile(
      join(dir, 'web-other.json'),
      JSON.stringify({ consumer: { name: 'web' }, provider: { name: 'other' }, interactions: [] }),
    );
    expect((await readPacts(dir)).map((entry) => entry.provider)).toEqual([PROVIDER]);
  });
});
