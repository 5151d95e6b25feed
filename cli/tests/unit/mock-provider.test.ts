import { describe, expect, it } from 'vitest';
import { UsageError } from '../../args.ts';
import { mockProviderOptions } from '../../mock-provider-command.ts';

describe('loopgauge mock-provider options', () => {
  it('reads flags, which win over the environment', () => {
    // Act
    const options = mockProviderOptions(
      ['--port', '9090', '--profile', 'realistic', '--seed', '42', '--rpm', '600'],
      { MOCK_PROVIDER_PORT: '7000', MOCK_PROVIDER_PROFILE: 'slow' },
    );

    // Assess
    expect(options).toMatchObject({
      port: 9090,
      host: '127.0.0.1',
      seed: 42,
      rateLimits: { requestsPerMinute: 600 },
    });
    expect(options.profile.name).toBe('realistic');
  });

  it('falls back to the environment, then to defaults', () => {
    const fromEnv = mockProviderOptions([], {
      MOCK_PROVIDER_PORT: '7000',
      MOCK_PROVIDER_SEED: '5',
    });
    const defaults = mockProviderOptions([], {});
    expect(fromEnv).toMatchObject({ port: 7000, seed: 5 });
    expect(defaults).toMatchObject({ port: 9090, seed: 1, profile: { name: 'fast' } });
  });

  it.each([
    [['--port', 'abc'], /^--port must be an integer/],
    [['--port', '70000'], /^--port must be between 0 and 65535/],
    [['--seed=-1'], /^--seed must be an integer/],
    [['--seed', '-1'], /^Option '--seed' argument is ambiguous\. Did you forget/],
    [['--profile', 'warp'], /^unknown profile "warp"/],
    [['--bogus'], /^Unknown option '--bogus'\.?$/],
    [['extra'], /^Unexpected argument 'extra'/],
    [
      ['--profiles-file', '/nonexistent/profiles.json'],
      /^cannot read profiles file \/nonexistent\/profiles\.json: ENOENT/,
    ],
    [['--resolution', 'fast'], /^--resolution must be routes or msw/],
  ])('rejects %j with one clear line', (argv, message) => {
    let caught: unknown;
    try {
      mockProviderOptions(argv, {});
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toContain('\n');
  });
});
