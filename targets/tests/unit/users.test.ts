import { describe, expect, it } from 'vitest';
import { generatePassword, subOf } from '../../users.ts';

describe('users helpers', () => {
  it('generates passwords that meet Cognito’s default policy', () => {
    for (let i = 0; i < 50; i++) {
      const password = generatePassword();
      expect(password.length).toBeGreaterThanOrEqual(8);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/\d/);
      expect(password).toMatch(/[^A-Za-z0-9]/);
    }
  });

  it('reads the sub of a token and refuses one without it', () => {
    const token = (claims: object) =>
      `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
    expect(subOf(token({ sub: 'abc' }))).toBe('abc');
    expect(() => subOf(token({}))).toThrow(/no sub/);
  });
});
