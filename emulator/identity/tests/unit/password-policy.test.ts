import { describe, expect, it } from 'vitest';
import { STACK_PASSWORD_POLICY } from '../../index.ts';
import { generatePassword, passwordViolation } from '../../password-policy.ts';

describe('passwordViolation under the stack policy', () => {
  it.each([
    ['Sh0rt!pass', 'Password not long enough'],
    ['NO-LOWERCASE-123', 'Password must have lowercase characters'],
    ['no-uppercase-123', 'Password must have uppercase characters'],
    ['No-digits-at-all', 'Password must have numeric characters'],
    ['NoSymbols12345', 'Password must have symbol characters'],
  ])('refuses %s: %s', (password, rule) => {
    // Act
    const violation = passwordViolation(password, STACK_PASSWORD_POLICY);

    // Assess
    expect(violation).toBe(`Password did not conform with policy: ${rule}`);
  });

  it('accepts a password that meets every rule, a space counting as a symbol', () => {
    // Act and assess
    expect(passwordViolation('Correct-horse-1', STACK_PASSWORD_POLICY)).toBeNull();
    expect(passwordViolation('Correct horse 1', STACK_PASSWORD_POLICY)).toBeNull();
  });

  it('applies only the rules the policy turns on', () => {
    // Prepare
    const lax = { ...STACK_PASSWORD_POLICY, minLength: 6, requireSymbols: false };

    // Act and assess
    expect(passwordViolation('Abc123', lax)).toBeNull();
  });
});

describe('generatePassword', () => {
  it('generates passwords that satisfy the policy it is given', () => {
    // Act
    const passwords = Array.from({ length: 50 }, () => generatePassword(STACK_PASSWORD_POLICY));

    // Assess
    for (const password of passwords) {
      expect(passwordViolation(password, STACK_PASSWORD_POLICY)).toBeNull();
    }
    expect(new Set(passwords).size).toBe(passwords.length);
  });
});
