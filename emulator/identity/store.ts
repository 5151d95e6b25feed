/**
 * The user pool's state, in memory only: the local stage is ephemeral, so a
 * restart starts with an empty pool (and new signing keys).
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export type UserStatus = 'FORCE_CHANGE_PASSWORD' | 'CONFIRMED';

export interface UserRecord {
  username: string;
  sub: string;
  /** Attribute name → value, `sub` excluded (it is `sub` above). */
  attributes: Map<string, string>;
  status: UserStatus;
  enabled: boolean;
  /** Epoch milliseconds. */
  createdAt: number;
  modifiedAt: number;
  password: PasswordHash;
}

/**
 * A salted SHA-256, not a slow KDF: the pool lives for one local run and
 * holds test users, and provisioning 10,000 of them must take seconds.
 */
export interface PasswordHash {
  salt: Buffer;
  digest: Buffer;
}

export function hashPassword(password: string): PasswordHash {
  const salt = randomBytes(16);
  return { salt, digest: digest(salt, password) };
}

export function passwordMatches(password: string, hash: PasswordHash): boolean {
  return timingSafeEqual(digest(hash.salt, password), hash.digest);
}

const digest = (salt: Buffer, password: string) =>
  createHash('sha256').update(salt).update(password, 'utf8').digest();

/** What a refresh token stands for. */
export interface RefreshGrant {
  username: string;
  /** Guards against a deleted and re-created user of the same name. */
  sub: string;
  authTime: number;
  originJti: string;
  eventId: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** A pending NEW_PASSWORD_REQUIRED challenge. */
export interface ChallengeSession {
  username: string;
  sub: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export class UserStore {
  /** Keyed by the lower-cased username: the stack's pool signs in case-insensitively. */
  readonly #users = new Map<string, UserRecord>();
  readonly #refreshGrants = new Map<string, RefreshGrant>();
  readonly #sessions = new Map<string, ChallengeSession>();

  get size(): number {
    return this.#users.size;
  }

  find(username: string): UserRecord | undefined {
    return this.#users.get(username.toLowerCase());
  }

  /** Adds `user` unless its username is taken; returns whether it was added. */
  add(user: UserRecord): boolean {
    const key = user.username.toLowerCase();
    if (this.#users.has(key)) return false;
    this.#users.set(key, user);
    return true;
  }

  delete(username: string): boolean {
    return this.#users.delete(username.toLowerCase());
  }

  /** Users in creation order, from after `afterKey` (a page token) on. */
  *list(afterKey?: string): Generator<[key: string, user: UserRecord]> {
    let skipping = afterKey !== undefined;
    for (const entry of this.#users) {
      if (skipping) {
        skipping = entry[0] !== afterKey;
        continue;
      }
      yield entry;
    }
  }

  hasKey(key: string): boolean {
    return this.#users.has(key);
  }

  /** The user a grant or session was issued to, if it still exists. */
  holderOf(grant: { username: string; sub: string }): UserRecord | undefined {
    const user = this.find(grant.username);
    return user?.sub === grant.sub ? user : undefined;
  }

  issueRefreshToken(grant: RefreshGrant): string {
    // Opaque to clients, like Cognito's (an encrypted JWT there), within its
    // documented pattern [A-Za-z0-9-_=.]+.
    const token = `${randomUUID()}.${randomBytes(48).toString('base64url')}`;
    this.#refreshGrants.set(token, grant);
    return token;
  }

  refreshGrant(token: string): RefreshGrant | undefined {
    return this.#refreshGrants.get(token);
  }

  openSession(session: ChallengeSession, now: number): string {
    for (const [id, open] of this.#sessions) if (open.expiresAt <= now) this.#sessions.delete(id);
    const id = randomBytes(96).toString('base64url');
    this.#sessions.set(id, session);
    return id;
  }

  session(id: string): ChallengeSession | undefined {
    return this.#sessions.get(id);
  }

  /** A session answers one challenge. */
  closeSession(id: string): void {
    this.#sessions.delete(id);
  }
}
