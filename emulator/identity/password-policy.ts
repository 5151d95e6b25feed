/**
 * The user pool's password policy and Cognito's check of it
 * (InvalidPasswordException "Password did not conform with policy: ...").
 */
import { randomInt } from 'node:crypto';

export interface PasswordPolicy {
  minLength: number;
  requireLowercase: boolean;
  requireUppercase: boolean;
  requireDigits: boolean;
  requireSymbols: boolean;
}

/** The policy the CDK stack gives its user pool (backend/cdk/constructs/user-directory.ts). */
export const STACK_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 12,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: true,
};

/**
 * The characters Cognito counts as symbols
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html).
 */
const SYMBOLS = '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ';

/** The first rule `password` breaks, as Cognito words it, or null when it conforms. */
export function passwordViolation(password: string, policy: PasswordPolicy): string | null {
  const rules: [boolean, string][] = [
    [password.length < policy.minLength, 'Password not long enough'],
    [policy.requireLowercase && !/[a-z]/.test(password), 'Password must have lowercase characters'],
    [policy.requireUppercase && !/[A-Z]/.test(password), 'Password must have uppercase characters'],
    [policy.requireDigits && !/[0-9]/.test(password), 'Password must have numeric characters'],
    [
      policy.requireSymbols && ![...password].some((c) => SYMBOLS.includes(c)),
      'Password must have symbol characters',
    ],
  ];
  const broken = rules.find(([fails]) => fails);
  return broken ? `Password did not conform with policy: ${broken[1]}` : null;
}

/** A random password that satisfies `policy` (what Cognito generates when no temporary password is given). */
export function generatePassword(policy: PasswordPolicy): string {
  const pools = ['abcdefghijkmnopqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '!#%+=?@'];
  const pick = (pool: string) => pool.charAt(randomInt(pool.length));
  const chars = pools.map(pick);
  while (chars.length < Math.max(policy.minLength, 16)) chars.push(pick(pools.join('')));
  return chars.join('');
}
