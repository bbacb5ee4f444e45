import { describe, expect, it } from 'vitest';
import { AuthFailureBan } from './auth-failure-ban';

const MINUTE = 60_000;

function setup(onBan?: (source: string, failures: number, until: number) => void) {
  const clock = { t: 1_000, now: () => clock.t };
  const ban = new AuthFailureBan({
    maxFailures: 3,
    windowMs: 10 * MINUTE,
    banMs: 30 * MINUTE,
    clock,
    ...(onBan ? { onBan } : {}),
  });
  return { clock, ban };
}

describe('AuthFailureBan', () => {
  it('bans a source on the Nth failure within the window and reports it once', () => {
    const bans: [string, number, number][] = [];
    const { clock, ban } = setup((s, n, until) => bans.push([s, n, until]));
    expect(ban.recordFailure('192.0.2.9')).toBe(false);
    expect(ban.recordFailure('192.0.2.9')).toBe(false);
    expect(ban.isBanned('192.0.2.9')).toBe(false);
    expect(ban.recordFailure('192.0.2.9')).toBe(true);
    expect(ban.isBanned('192.0.2.9')).toBe(true);
    expect(ban.recordFailure('192.0.2.9')).toBe(false);
    expect(bans).toEqual([['192.0.2.9', 3, clock.t + 30 * MINUTE]]);
    expect(ban.isBanned('198.51.100.1')).toBe(false);
  });

  it('does not ban when failures are spread beyond the window', () => {
    const { clock, ban } = setup();
    ban.recordFailure('a');
    clock.t += 6 * MINUTE;
    ban.recordFailure('a');
    clock.t += 6 * MINUTE; // the first failure left the window
    expect(ban.recordFailure('a')).toBe(false);
    expect(ban.isBanned('a')).toBe(false);
  });

  it('lifts the ban after its duration and starts counting from zero', () => {
    const { clock, ban } = setup();
    for (let i = 0; i < 3; i++) ban.recordFailure('a');
    clock.t += 30 * MINUTE - 1;
    expect(ban.isBanned('a')).toBe(true);
    clock.t += 1;
    expect(ban.isBanned('a')).toBe(false);
    expect(ban.recordFailure('a')).toBe(false);
    expect(ban.recordFailure('a')).toBe(false);
    expect(ban.isBanned('a')).toBe(false);
  });
});
