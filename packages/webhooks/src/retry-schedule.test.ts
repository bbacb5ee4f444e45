import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, exponentialRetryPolicy, maxAttempts, nextAttemptAt } from './retry-schedule';

const SECOND = 1000;
const at = new Date('2026-01-01T00:00:00.000Z');
const middle = () => 0.5;

describe('retry schedule', () => {
  it('is the documented default: 8 attempts, 5 s × 5^n capped at 12 h', () => {
    expect(maxAttempts(DEFAULT_RETRY_POLICY)).toBe(8);
    expect(DEFAULT_RETRY_POLICY.delaysMs).toEqual([
      5 * SECOND,
      25 * SECOND,
      125 * SECOND,
      625 * SECOND,
      3125 * SECOND,
      15625 * SECOND,
      12 * 3600 * SECOND,
    ]);
    expect(DEFAULT_RETRY_POLICY.jitter).toBe(0.2);
  });

  it('waits the scheduled delay (no jitter at the middle of the random range)', () => {
    expect(nextAttemptAt(DEFAULT_RETRY_POLICY, 1, at, middle)?.getTime()).toBe(at.getTime() + 5 * SECOND);
    expect(nextAttemptAt(DEFAULT_RETRY_POLICY, 3, at, middle)?.getTime()).toBe(at.getTime() + 125 * SECOND);
  });

  it('spreads each wait by at most ±jitter', () => {
    const low = nextAttemptAt(DEFAULT_RETRY_POLICY, 2, at, () => 0);
    const high = nextAttemptAt(DEFAULT_RETRY_POLICY, 2, at, () => 0.999999);
    expect(low?.getTime()).toBe(at.getTime() + 20 * SECOND);
    expect(high?.getTime()).toBeLessThanOrEqual(at.getTime() + 30 * SECOND);
    expect(high?.getTime()).toBeGreaterThan(at.getTime() + 29.9 * SECOND);
  });

  it('ends after the last attempt', () => {
    expect(nextAttemptAt(DEFAULT_RETRY_POLICY, 7, at, middle)).not.toBeNull();
    expect(nextAttemptAt(DEFAULT_RETRY_POLICY, 8, at, middle)).toBeNull();
  });

  it('builds exponential policies and refuses a policy without attempts', () => {
    expect(
      exponentialRetryPolicy({ attempts: 4, initialDelayMs: 10, factor: 2, maxDelayMs: 30, jitter: 0 })
        .delaysMs,
    ).toEqual([10, 20, 30]);
    expect(() =>
      exponentialRetryPolicy({ attempts: 0, initialDelayMs: 1, factor: 2, maxDelayMs: 1, jitter: 0 }),
    ).toThrow(RangeError);
  });
});
