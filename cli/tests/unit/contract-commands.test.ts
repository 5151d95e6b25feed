import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VerificationReport } from '#contracts/verify';
import { main } from '../../main.ts';
import { summary } from '../../verify-command.ts';
import { capture } from '../support.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loopgauge verify', () => {
  it('is listed, and explains its flags', async () => {
    const { out } = capture();
    expect(await main(['--help'])).toBe(0);
    expect(out.join('')).toMatch(/verify\s+Verifies the chat API against every pact/);
    expect(out.join('')).toMatch(/publish-pacts\s+Publishes the chat API's pacts/);
    expect(await main(['verify', '--help'])).toBe(0);
    expect(out.join('')).toContain('--target local|FILE');
  });

  it.each([
    [['--stack', 'x'], '--stack goes with --target FILE'],
    [['--interaction', ' '], '--interaction needs some text of a description'],
    [['--publish', '--interaction', 'x'], '--publish verifies what the broker selects'],
    [
      ['--target', '/nonexistent/outputs.json'],
      'cannot read the target file /nonexistent/outputs.json',
    ],
    [['--tagret', 'local'], "Unknown option '--tagret'"],
  ])('answers %j with one message and exit code 2', async (args, message) => {
    const { err } = capture();
    expect(await main(['verify', ...args])).toBe(2);
    expect(err.join('')).toMatch(/^loopgauge verify: /);
    expect(err.join('')).toContain(message);
  });

  it('says what is missing for --publish without a broker', async () => {
    vi.stubEnv('PACT_BROKER_BASE_URL', '');
    vi.stubEnv('PACT_BROKER_TOKEN', '');
    const { err } = capture();
    expect(await main(['verify', '--publish'])).toBe(2);
    expect(err.join('')).toContain('no Pact Broker to talk to: set PACT_BROKER_BASE_URL');
  });
});

describe('loopgauge chats', () => {
  it('says how to get a users file when there is none', async () => {
    const { err } = capture();
    expect(await main(['chats', '--users', '/nonexistent/users.json'])).toBe(2);
    expect(err.join('')).toContain(
      'cannot read /nonexistent/users.json — provision users first (npm run users -- --count 1)',
    );
  });

  it('rejects a page size out of range', async () => {
    const { err } = capture();
    expect(await main(['chats', '--limit', '500'])).toBe(2);
    expect(err.join('')).toContain('--limit must be a whole number from 1 to 100, got "500"');
  });
});

describe('the verification summary', () => {
  const report: VerificationReport = {
    target: {} as VerificationReport['target'],
    pacts: [
      { consumer: 'loopgauge-web', file: '/x/web.json', interactions: 3, selected: 2 },
      { consumer: 'loopgauge-cli', file: '/x/cli.json', interactions: 1, selected: 1 },
    ],
    verified: [
      { consumer: 'loopgauge-web', description: 'a request for chats', ok: true },
      { consumer: 'loopgauge-web', description: 'a message', ok: false },
      { consumer: 'loopgauge-cli', description: 'a listing', ok: true },
    ],
    localOnly: [
      {
        consumer: 'loopgauge-web',
        description: 'a request while throttled',
        reason: 'lowers a throttle',
      },
    ],
    notSelected: [],
    missing: [],
    failures: ['Verifying a pact between … - a message\n    $.usage: missing'],
    pendingFailures: [],
    ok: false,
  };

  it('lists local-only interactions by name with why, and each failure with its mismatches', () => {
    const text = summary(
      report,
      'deployed stage "test" at https://api.example',
      'contracts/pacts',
      12.34,
    );
    expect(text.split('\n')).toEqual([
      '',
      'loopgauge verify: deployed stage "test" at https://api.example',
      '  loopgauge-web → contracts/pacts/web.json: 3 interactions',
      '  loopgauge-cli → contracts/pacts/cli.json: 1 interaction',
      'verified 3 interactions: 2 passed, 1 failed (12.3 s)',
      'not verified here — local-only, verify them with --target local (1):',
      '  loopgauge-web: a request while throttled (lowers a throttle)',
      'failed (1):',
      '  Verifying a pact between … - a message',
      '      $.usage: missing',
      'contract NOT verified',
      '',
    ]);
  });
});
