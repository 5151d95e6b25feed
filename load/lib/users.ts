/**
 * Test users, read once from the users file the runner (or `npm run users`)
 * wrote: `{ users: [{ username, sub, accessToken, … }] }`. Shared by all VUs
 * (k6's `SharedArray`); a user's index in the file is its `user` tag.
 */
import { SharedArray } from 'k6/data';

export interface LoadUser {
  index: number;
  sub: string;
  accessToken: string;
}

/** Loads the users file; call it in the init context. */
export function loadUsers(path: string): LoadUser[] {
  const users = new SharedArray<LoadUser>('loopgauge users', () => {
    const document = JSON.parse(open(path)) as {
      users?: Array<{ sub?: unknown; accessToken?: unknown }>;
    };
    const list = document.users ?? [];
    return list.map((user, index) => {
      if (typeof user.sub !== 'string' || typeof user.accessToken !== 'string') {
        throw new Error(`${path}: user ${index} has no sub or access token`);
      }
      return { index, sub: user.sub, accessToken: user.accessToken };
    });
  });
  if (users.length === 0) throw new Error(`${path} holds no users`);
  return users as unknown as LoadUser[];
}

/** The user for a VU or an iteration, round-robin. */
export function pickUser(users: readonly LoadUser[], n: number): LoadUser {
  return users[((n % users.length) + users.length) % users.length] as LoadUser;
}
