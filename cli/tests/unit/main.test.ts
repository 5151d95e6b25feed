import { afterEach, describe, expect, it, vi } from 'vitest';
import { countFlag, parseFlags, portFlag, UsageError } from '../../args.ts';
import { main } from '../../main.ts';
import { capture } from '../support.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loopgauge', () => {
  it('lists its commands', async () => {
    const { out } = capture();
    expect(await main(['--help'])).toBe(0);
    expect(out.join('')).toMatch(/stage\s+Starts the local stage/);
    expect(out.join('')).toMatch(/users\s+Creates load-test users/);
    expect(out.join('')).toMatch(/report\s+Turns load runs into a capacity report/);
  });

  it('rejects an unknown command with exit code 2', async () => {
    const { err } = capture();
    expect(await main(['deploy-everything'])).toBe(2);
    expect(err.join('')).toContain('unknown command "deploy-everything"');
  });

  it('rejects an unknown flag with one clear message and exit code 2', async () => {
    const { err } = capture();
    expect(await main(['users', '--cuont', '3'])).toBe(2);
    expect(err.join('')).toMatch(/^loopgauge users: Unknown option '--cuont'/);
  });

  it('rejects a bad value with exit code 2', async () => {
    const { err } = capture();
    expect(await main(['users', '--count', 'many'])).toBe(2);
    expect(err.join('')).toContain('--count must be a whole number from 1 to 10000, got "many"');
  });

  it.each([
    [['--dynamodb', 'sqlite'], '--dynamodb must be "embedded" or "local-jar", got "sqlite"'],
    [['--index-delay-ms', 'soon'], '--index-delay-ms must be a whole number of milliseconds'],
    [['--stage', 'staging'], 'unknown stage "staging"'],
  ])('rejects stage %j before starting anything', async (flags, message) => {
    const { err } = capture();
    expect(await main(['stage', ...flags])).toBe(2);
    expect(err.join('')).toContain(message);
  });

  it('says what is missing when there is no local stage', async () => {
    const { err } = capture();
    const cwd = process.cwd();
    process.chdir('/');
    try {
      expect(await main(['users'])).toBe(2);
    } finally {
      process.chdir(cwd);
    }
    expect(err.join('')).toContain('is the local stage running? (npm run stage)');
  });

  it('names a target file it cannot read', async () => {
    const { err } = capture();
    expect(await main(['users', '--target', '/nonexistent/local.json'])).toBe(2);
    expect(err.join('')).toContain('cannot read the target file /nonexistent/local.json');
  });
});

describe('flags', () => {
  it('parses ports and counts within their ranges', () => {
    expect(portFlag(undefined, 'port', 3000)).toBe(3000);
    expect(portFlag('0', 'port', 3000)).toBe(0);
    expect(() => portFlag('70000', 'port', 3000)).toThrow(UsageError);
    expect(() => portFlag('-1', 'port', 3000)).toThrow(UsageError);
    expect(countFlag('25', 'count', 10, 100)).toBe(25);
    expect(() => countFlag('0', 'count', 10, 100)).toThrow(UsageError);
    expect(() => parseFlags(['--nope'], {})).toThrow(UsageError);
  });
});

describe('loopgauge k6', () => {
  it("leaves --help to the engine's command line", async () => {
    const { out } = capture();
    expect(await main(['k6', 'run', '--help'])).toBe(0);
    expect(out.join('')).toMatch(/^Usage: loopgauge-k6 run \[flags\]/);
  });

  it("ends a bad flag value with k6's one error line and exit code 255", async () => {
    const { err } = capture();
    expect(await main(['k6', 'run', '--vus', 'many', 'script.js'])).toBe(255);
    expect(err.join('')).toMatch(
      /^time="[^"]+" level=error msg="--vus expects a positive integer, got \\"many\\""\n$/,
    );
  });
});
