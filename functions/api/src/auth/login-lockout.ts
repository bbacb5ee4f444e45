/**
 * Lockout with backoff after failed logins (OWASP Authentication cheat
 * sheet, "Account lockout"): the first five failures cost nothing; from then
 * on each failure locks the e-mail address for twice as long as the one
 * before, from 30 seconds up to 15 minutes. Failures are forgotten an hour
 * after the last one, or on a successful login or password reset.
 *
 * The count lives in the table (an atomic counter whose TTL moves to an hour
 * after each failure, `EphemeralRecords.increment` with `touch`), so every
 * API instance sees the same lock and concurrent failures are all counted.
 */
export const LOGIN_LOCKOUT = {
  freeFailures: 5,
  firstLockSeconds: 30,
  maxLockSeconds: 15 * 60,
  forgetAfterSeconds: 60 * 60,
} as const;

export interface LoginFailures {
  readonly count: number;
  /** Epoch milliseconds of the last failure. */
  readonly lastFailureAt: number;
}

/** How long a lock lasts after `count` failures; 0 while failures are still free. */
export function lockSeconds(count: number): number {
  if (count < LOGIN_LOCKOUT.freeFailures) return 0;
  const doublings = count - LOGIN_LOCKOUT.freeFailures;
  return Math.min(LOGIN_LOCKOUT.firstLockSeconds * 2 ** doublings, LOGIN_LOCKOUT.maxLockSeconds);
}

/** Seconds until the address may try again; 0 when it may try now. */
export function retryAfterSeconds(failures: LoginFailures | undefined, now: number): number {
  if (failures === undefined) return 0;
  const unlockAt = failures.lastFailureAt + lockSeconds(failures.count) * 1000;
  return unlockAt > now ? Math.ceil((unlockAt - now) / 1000) : 0;
}

/** The failures after one more, restarting the count once the old ones are forgotten. */
export function afterFailure(failures: LoginFailures | undefined, now: number): LoginFailures {
  const stale =
    failures === undefined || now - failures.lastFailureAt > LOGIN_LOCKOUT.forgetAfterSeconds * 1000;
  return { count: stale ? 1 : failures.count + 1, lastFailureAt: now };
}

/** The record of an address's failures; the address is normalised as the user directory does. */
export function loginFailuresKey(email: string): string {
  return `p#login-failures#${email.trim().toLowerCase()}`;
}
