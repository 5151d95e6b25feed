/**
 * ULIDs for chat and message ids, which clients generate
 * (https://github.com/ulid/spec: 48-bit time in 10 Crockford base32
 * characters, then 80 random bits in 16). k6 has no `crypto.randomUUID`;
 * `Math.random` is enough for ids that only need to be unique within a run.
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function ulid(now: number = Date.now(), random: () => number = Math.random): string {
  let time = '';
  let rest = Math.floor(now);
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD.charAt(rest % 32) + time;
    rest = Math.floor(rest / 32);
  }
  let tail = '';
  for (let i = 0; i < 16; i++) tail += CROCKFORD.charAt(Math.floor(random() * 32));
  return time + tail;
}
