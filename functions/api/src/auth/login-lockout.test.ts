import { describe, expect, it } from 'vitest';
import { afterFailure, LOGIN_LOCKOUT, lockSeconds, retryAfterSeconds } from './login-lockout';

describe('login lockout', () => {
  it('lets the free failures pass without a lock', () => {
    for (let count = 0; count < LOGIN_LOCKOUT.freeFailures; count += 1) expect(lockSeconds(count)).toBe(0);
  });

  it('doubles the lock per failure after the free ones, up to the maximum', () => {
    const locks = [0, 1, 2, 3, 10].map((extra) => lockSeconds(LOGIN_LOCKOUT.freeFailures + extra));
    const first = LOGIN_LOCKOUT.firstLockSeconds;
    expect(locks).toEqual([first, first * 2, first * 4, first * 8, LOGIN_LOCKOUT.maxLockSeconds]);
  });

  it('counts down the wait from the last failure', () => {
    const failures = { count: LOGIN_LOCKOUT.freeFailures, lastFailureAt: 1_000_000 };
    expect(retryAfterSeconds(failures, 1_000_000 + 10_000)).toBe(LOGIN_LOCKOUT.firstLockSeconds - 10);
    expect(retryAfterSeconds(failures, 1_000_000 + LOGIN_LOCKOUT.firstLockSeconds * 1000)).toBe(0);
  });

  it('forgets old failures: a failure an hour later starts counting again', () => {
    const old = { count: 9, lastFailureAt: 0 };
    expect(afterFailure(old, LOGIN_LOCKOUT.forgetAfterSeconds * 1000 + 1).count).toBe(1);
    expect(afterFailure(old, 1000).count).toBe(10);
  });
});
