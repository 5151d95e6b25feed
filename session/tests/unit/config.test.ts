import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CONFIG_FILE,
  ConfigError,
  DEFAULT_SCENARIOS,
  parseConfig,
  readConfig,
  resolveTargetName,
  SESSIONS_DIR,
} from '../../config.ts';
import { CONFIG_SCHEMA_FILE, configSchemaJson } from '../../generated.ts';

const dir = await mkdtemp(join(tmpdir(), 'loopgauge-config-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function configFile(text: string): Promise<string> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  await writeFile(path, text);
  return path;
}

const problem = (value: unknown) => {
  try {
    parseConfig(value, 'loopgauge.config.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
};

describe('the configuration', () => {
  it('is the defaults when there is no file, and names the file when one is asked for', async () => {
    const missing = join(dir, 'none.json');
    const config = await readConfig(missing, { explicit: false });
    expect(config).toMatchObject({
      file: null,
      target: 'local',
      profile: 'quick',
      scenarios: [...DEFAULT_SCENARIOS],
      engine: 'auto',
      sessionsDir: SESSIONS_DIR,
      gateLatency: false,
      capacity: null,
    });
    await expect(readConfig(missing, { explicit: true })).rejects.toThrow(
      `cannot read the configuration ${missing} (ENOENT)`,
    );
  });

  it('the committed file is valid and carries the expected traffic', async () => {
    const config = await readConfig(CONFIG_FILE, { explicit: true });
    expect(config.file).toBe(CONFIG_FILE);
    expect(config.capacity?.traffic.dailyActiveUsers).toBeGreaterThan(0);
    expect(config.scenarios).toEqual([...DEFAULT_SCENARIOS]);
  });

  it('names the key and the reason for each mistake', () => {
    expect(problem({ version: 1, profile: 'huge' })).toBe(
      'loopgauge.config.json: profile: must be one of quick, full, tiny',
    );
    expect(problem({ version: 1, scenario: ['smoke'] })).toBe(
      'loopgauge.config.json: scenario: unknown key',
    );
    expect(problem({ version: 1, scenarios: ['smoke', 'soaking'] })).toMatch(
      /^loopgauge\.config\.json: scenarios\.1: must be one of smoke, cold-start, /,
    );
    expect(problem({ version: 2 })).toBe('loopgauge.config.json: version: must be 1');
    expect(problem({})).toBe('loopgauge.config.json: version: required');
    expect(
      problem({ version: 1, capacity: { version: 1, traffic: { dailyActiveUsers: 'many' } } }),
    ).toMatch(/capacity\.traffic\.dailyActiveUsers: must be integer/);
    expect(problem({ version: 1, targets: { staging: { stack: 'x' } } })).toBe(
      'loopgauge.config.json: targets.staging.file: required',
    );
  });

  it('reports a file that is not JSON in one line', async () => {
    const path = await configFile('{ "version": 1, ');
    await expect(readConfig(path, { explicit: true })).rejects.toThrow(
      new RegExp(`^${path.replace(/[.]/g, '\\.')} is not JSON: `),
    );
  });

  it('resolves target names: local, a named target, a file', () => {
    const config = parseConfig(
      { version: 1, targets: { staging: { file: '.loopgauge/targets/loopgauge-test.json' } } },
      null,
    );
    expect(resolveTargetName('local', config)).toEqual({ kind: 'local' });
    expect(resolveTargetName('staging', config)).toEqual({
      kind: 'file',
      path: '.loopgauge/targets/loopgauge-test.json',
      name: 'staging',
    });
    expect(resolveTargetName('outputs.json', config, 'loopgauge-prod')).toEqual({
      kind: 'file',
      path: 'outputs.json',
      stack: 'loopgauge-prod',
    });
  });

  it('has a committed JSON Schema that matches its definition (npm run config:generate)', async () => {
    expect(await readFile(CONFIG_SCHEMA_FILE, 'utf8')).toBe(configSchemaJson());
  });
});
