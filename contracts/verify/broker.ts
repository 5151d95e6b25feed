/**
 * The Pact Broker side: its settings from the environment Pact's own tools
 * read (`PACT_BROKER_BASE_URL`, and `PACT_BROKER_TOKEN` or
 * `PACT_BROKER_USERNAME`/`PACT_BROKER_PASSWORD`), the version a pacticipant
 * publishes as (the git commit, on the git branch), and publishing pacts
 * through the Pact CLI from npm (`@pact-foundation/pact-cli`: native
 * binaries in platform packages, no Ruby or Java).
 */
import { execFile, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

export interface BrokerSettings {
  url: string;
  token?: string | undefined;
  username?: string | undefined;
  password?: string | undefined;
}

export interface GitVersion {
  commit: string;
  branch: string;
}

export class BrokerSetupError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'BrokerSetupError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** The broker's URL and credentials, or an error saying what is missing. */
export function brokerFromEnv(env: Env): BrokerSettings {
  const url = env.PACT_BROKER_BASE_URL;
  const token = env.PACT_BROKER_TOKEN;
  const username = env.PACT_BROKER_USERNAME;
  const password = env.PACT_BROKER_PASSWORD;
  const missing: string[] = [];
  if (!url) missing.push('PACT_BROKER_BASE_URL (the broker’s URL)');
  if (!token && !(username && password)) {
    missing.push('PACT_BROKER_TOKEN, or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD');
  }
  if (missing.length > 0 || !url) {
    throw new BrokerSetupError(`no Pact Broker to talk to: set ${missing.join('; ')}`);
  }
  return { url, token, username, password };
}

/**
 * The git commit of the working tree and its branch. A detached HEAD (as CI
 * checks out) takes the branch from `GIT_BRANCH`, or GitHub's or GitLab's
 * variables.
 */
export async function gitVersion(env: Env, cwd = process.cwd()): Promise<GitVersion> {
  const git = async (...args: string[]) => {
    try {
      const { stdout } = await promisify(execFile)('git', args, { cwd });
      return stdout.trim();
    } catch (cause) {
      throw new BrokerSetupError(`git ${args.join(' ')} failed: is ${cwd} a git work tree?`, {
        cause,
      });
    }
  };
  const commit = await git('rev-parse', 'HEAD');
  const head = await git('rev-parse', '--abbrev-ref', 'HEAD');
  const branch =
    env.GIT_BRANCH ||
    (head !== 'HEAD' ? head : '') ||
    env.GITHUB_HEAD_REF ||
    env.GITHUB_REF_NAME ||
    env.CI_COMMIT_REF_NAME;
  if (!branch) {
    throw new BrokerSetupError('HEAD is detached and GIT_BRANCH is not set: which branch is this?');
  }
  return { commit, branch };
}

/** Whether the files have changes git has not committed (their version would not name them). */
export async function uncommitted(paths: string[], cwd = process.cwd()): Promise<string[]> {
  const { stdout } = await promisify(execFile)('git', ['status', '--porcelain', '--', ...paths], {
    cwd,
  });
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.slice(3));
}

/** The arguments of `pact-broker publish` for these pact files at this version. */
export function publishArgs(files: string[], version: GitVersion): string[] {
  return [
    'publish',
    ...files,
    '--consumer-app-version',
    version.commit,
    '--branch',
    version.branch,
  ];
}

/**
 * Runs the Pact CLI's `pact-broker` with `args`, the broker's settings in
 * its environment; resolves with its exit code. Its output goes to ours.
 */
export function runPactBroker(
  args: string[],
  broker: BrokerSettings,
  stdio: 'inherit' | 'pipe' = 'inherit',
): Promise<{ code: number; output: string }> {
  const bin = createRequire(import.meta.url).resolve(
    '@pact-foundation/pact-cli/bin/pact-broker.js',
  );
  const env = {
    ...process.env,
    PACT_BROKER_BASE_URL: broker.url,
    ...(broker.token ? { PACT_BROKER_TOKEN: broker.token } : {}),
    ...(broker.username ? { PACT_BROKER_USERNAME: broker.username } : {}),
    ...(broker.password ? { PACT_BROKER_PASSWORD: broker.password } : {}),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', stdio, stdio] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
