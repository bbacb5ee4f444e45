import { BRANCH_MAGIC_COOKIE } from '../message';

/** Random bytes from the host (e.g. `crypto.randomBytes`); the library has no entropy of its own. */
export type RandomBytes = (size: number) => Uint8Array;

/**
 * A branch for a new client transaction (RFC 3261 §8.1.1.7): the magic cookie then 64 random bits,
 * unique across space and time so it can serve as the transaction id.
 */
export function createBranch(random: RandomBytes): string {
  return `${BRANCH_MAGIC_COOKIE}${randomToken(random, 8)}`;
}

/** Lowercase hex of `size` random bytes: also fit for tags (§19.3) and Call-IDs. */
export function randomToken(random: RandomBytes, size: number): string {
  let out = '';
  for (const byte of random(size)) out += byte.toString(16).padStart(2, '0');
  return out;
}
