import { describe, expect, it } from 'vitest';
import { bearerChallenge, toApiGatewayClaims, tokenOf } from '../../index.ts';

describe('toApiGatewayClaims', () => {
  it('passes strings through and writes numbers and booleans as their JSON text', () => {
    // Prepare
    const payload = { sub: 'abc', exp: 1787996002, ratio: 0.5, email_verified: true };

    // Act
    const claims = toApiGatewayClaims(payload);

    // Assess
    expect(claims).toEqual({ sub: 'abc', exp: '1787996002', ratio: '0.5', email_verified: 'true' });
  });

  it('writes arrays space-separated in brackets, as HTTP API does for cognito:groups', () => {
    // Act
    const claims = toApiGatewayClaims({ 'cognito:groups': ['admin', 'poweruser'], empty: [] });

    // Assess
    expect(claims).toEqual({ 'cognito:groups': '[admin poweruser]', empty: '[]' });
  });

  it('writes objects as JSON text and leaves null-valued claims out', () => {
    // Act
    const claims = toApiGatewayClaims({ address: { locality: 'Oslo' }, nickname: null });

    // Assess
    expect(claims).toEqual({ address: '{"locality":"Oslo"}' });
  });
});

describe('tokenOf', () => {
  it('takes the whole header value, or what follows a Bearer prefix in any case', () => {
    // Act and assess
    expect(tokenOf('a.b.c')).toBe('a.b.c');
    expect(tokenOf('Bearer a.b.c')).toBe('a.b.c');
    expect(tokenOf('bearer   a.b.c ')).toBe('a.b.c');
  });

  it('finds no token in a missing or blank header', () => {
    // Act and assess
    expect(tokenOf(undefined)).toBeUndefined();
    expect(tokenOf('')).toBeUndefined();
    expect(tokenOf('   ')).toBeUndefined();
  });

  it('keeps another scheme as part of the token, which then fails to parse', () => {
    // Act and assess
    expect(tokenOf('Basic dXNlcjpwYXNz')).toBe('Basic dXNlcjpwYXNz');
  });
});

describe('bearerChallenge', () => {
  it("is API Gateway's www-authenticate value for a refused token", () => {
    // Act
    const header = bearerChallenge('the token does not have a valid audience');

    // Assess
    expect(header).toBe(
      'Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"',
    );
  });
});
