/**
 * The broker side, against a stand-in broker on 127.0.0.1: the pacts are
 * published through the Pact CLI as the git commit on its branch, and a
 * verification run takes its pacts from the broker and publishes its result
 * for that version. Each command runs in a git repository of its own, so the
 * version is one the test knows.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PACTS_DIR, readPacts } from '#contracts/verify';
import { type FakeBroker, startFakeBroker } from '../../support/fake-broker.ts';
import { loopgauge } from '../../support/loopgauge.ts';

const BRANCH = 'feature/contracts';
let repo: string;
let commit: string;
let broker: FakeBroker | undefined;

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'loopgauge-broker-test-'));
  await cp(PACTS_DIR, join(repo, 'pacts'), { recursive: true });
  const git = (...args: string[]) =>
    promisify(execFile)('git', args, {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'test',
        GIT_AUTHOR_EMAIL: 'test@loopgauge.invalid',
        GIT_COMMITTER_NAME: 'test',
        GIT_COMMITTER_EMAIL: 'test@loopgauge.invalid',
      },
    });
  await git('init', '-q', '-b', BRANCH);
  await git('add', '.');
  await git('commit', '-q', '-m', 'pacts');
  commit = (await git('rev-parse', 'HEAD')).stdout.trim();
});
afterEach(async () => {
  await broker?.close();
});
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

/** The command in the test's repository, with only the broker settings given here. */
function run(args: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('PACT_BROKER_')),
  );
  return loopgauge(args, { cwd: repo, env: { ...clean, GIT_BRANCH: '', ...env } });
}

describe('publishing pacts', () => {
  it('says what is missing, and fails, without a broker', async () => {
    const { code, output } = await run(['publish-pacts', '--pacts', 'pacts'], {});
    expect(output).toContain(
      'no Pact Broker to talk to: set PACT_BROKER_BASE_URL (the broker’s URL); PACT_BROKER_TOKEN, or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD',
    );
    expect(code).toBe(2);
  });

  it('publishes every pact as the git commit, on its branch', async () => {
    broker = await startFakeBroker([]);
    const { code, output } = await run(['publish-pacts', '--pacts', 'pacts'], {
      PACT_BROKER_BASE_URL: broker.url,
      PACT_BROKER_TOKEN: 'secret-token',
    });

    expect(code, output).toBe(0);
    const published = broker.requests.filter((r) => r.path === '/contracts/publish');
    const pacts = await readPacts(PACTS_DIR);
    expect(published).toHaveLength(pacts.length);
    for (const request of published) {
      const body = request.body as {
        pacticipantVersionNumber: string;
        branch: string;
        contracts: Array<{ consumerName: string; providerName: string; content: string }>;
      };
      expect(request.authorization).toBe('Bearer secret-token');
      expect(body).toMatchObject({ pacticipantVersionNumber: commit, branch: BRANCH });
      const [contract] = body.contracts;
      const sent = JSON.parse(Buffer.from(contract?.content ?? '', 'base64').toString('utf8'));
      const committed = pacts.find((pact) => pact.consumer === contract?.consumerName);
      // The CLI restamps the metadata with its own Pact library versions; the contract is the rest.
      expect({ ...sent, metadata: undefined }).toEqual({
        ...committed?.document,
        metadata: undefined,
      });
    }
  });
});

describe('verifying with the broker', () => {
  it('refuses --publish without a broker, naming what is missing', async () => {
    const { code, output } = await run(['verify', '--publish'], {});
    expect(output).toContain('no Pact Broker to talk to: set PACT_BROKER_BASE_URL');
    expect(code).toBe(2);
  });

  it('verifies the pacts the broker selects and publishes the result as the commit on its branch', async () => {
    const cli = (await readPacts(PACTS_DIR)).find((pact) => pact.consumer === 'loopgauge-cli');
    broker = await startFakeBroker([cli?.document ?? {}]);

    const { code, output } = await run(['verify', '--publish'], {
      PACT_BROKER_BASE_URL: broker.url,
      PACT_BROKER_USERNAME: 'ci',
      PACT_BROKER_PASSWORD: 'secret',
    });

    expect(output).toContain('verified 1 interaction: 1 passed, 0 failed');
    expect(code, output).toBe(0);
    const selection = broker.requests.find(
      (r) => r.method === 'POST' && r.path.endsWith('/for-verification'),
    );
    expect(selection?.body).toMatchObject({ providerVersionBranch: BRANCH });
    const branchVersion = broker.requests.find((r) => r.method === 'PUT');
    expect(branchVersion?.path).toBe(
      `/pacticipants/provider/branches/${encodeURIComponent(BRANCH)}/versions/${commit}`,
    );
    const result = broker.requests.find((r) => r.path === '/results/0');
    expect(result?.body).toMatchObject({ success: true, providerApplicationVersion: commit });
    expect(result?.authorization).toBe(`Basic ${Buffer.from('ci:secret').toString('base64')}`);
  });
});
