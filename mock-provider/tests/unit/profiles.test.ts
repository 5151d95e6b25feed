import { describe, expect, it } from 'vitest';
import {
  BUILTIN_PROFILES,
  describeProfile,
  parseProfilesConfig,
  resolveProfile,
} from '#mock-provider';
import { parseProfilesJson } from '../../config.ts';

describe('custom profiles', () => {
  it('extend a built-in profile and override fields', () => {
    // Act
    const profiles = parseProfilesConfig({
      profiles: {
        'tight-quota': {
          extends: 'fast',
          faults: { '429': 0.1 },
          rateLimits: { requestsPerMinute: 600, tokensPerMinute: 90_000 },
          ttftMs: { kind: 'normal', p50: 30, p99: 80 },
        },
      },
    });

    // Assess
    const profile = resolveProfile('tight-quota', profiles);
    expect(profile).toMatchObject({
      name: 'tight-quota',
      ttftMs: { kind: 'normal', p50: 30, p99: 80 },
      tpotMs: BUILTIN_PROFILES.fast.tpotMs,
      faults: { '429': 0.1 },
      rateLimits: { requestsPerMinute: 600, tokensPerMinute: 90_000 },
    });
    expect(describeProfile(profile)).toContain('600 requests/min, 90000 tokens/min');
  });

  it.each([
    ['no profiles object', {}, /"profiles" object/],
    [
      'a built-in name',
      { profiles: { fast: { extends: 'fast' } } },
      /"fast" is a built-in profile/,
    ],
    ['a bad name', { profiles: { 'Bad Name': { extends: 'fast' } } }, /profile name/],
    [
      'an unknown field',
      { profiles: { p: { extends: 'fast', speed: 1 } } },
      /profiles\.p\.speed is not a known field/,
    ],
    [
      'a missing distribution',
      { profiles: { p: { ttftMs: { kind: 'constant', value: 1 } } } },
      /profiles\.p\.tpotMs is required/,
    ],
    [
      'an unknown kind',
      { profiles: { p: { extends: 'fast', ttftMs: { kind: 'pareto' } } } },
      /ttftMs\.kind must be one of/,
    ],
    [
      'p99 below p50',
      { profiles: { p: { extends: 'fast', ttftMs: { kind: 'lognormal', p50: 9, p99: 3 } } } },
      /p99 must be >= /,
    ],
    [
      'fault rates over 1',
      { profiles: { p: { extends: 'fast', faults: { '429': 0.7, '500': 0.5 } } } },
      /add up to 1\.2/,
    ],
    [
      'an unknown fault',
      { profiles: { p: { extends: 'fast', faults: { '418': 0.1 } } } },
      /faults\.418 is not a fault/,
    ],
    [
      'a bad limit',
      { profiles: { p: { extends: 'fast', rateLimits: { requestsPerMinute: 0 } } } },
      /positive integer/,
    ],
  ])('reject %s with a message naming the field', (_label, config, message) => {
    expect(() => parseProfilesConfig(config)).toThrow(message);
  });

  it('name the source when the JSON itself is broken', () => {
    expect(() => parseProfilesJson('{"profiles":', 'profiles file x.json')).toThrow(
      /^profiles file x\.json is not valid JSON: /,
    );
  });

  it('unknown profile names list the known ones', () => {
    expect(() => resolveProfile('warp')).toThrow(
      'unknown profile "warp" (known: instant, fast, realistic, slow, flaky)',
    );
  });
});
