import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

const almostOne = () => 0.999_999;

describe('backoffDelay', () => {
  it('doubles the cap with each retry', () => {
    const caps = [0, 1, 2, 3].map((attempt) =>
      backoffDelay(attempt, { baseMs: 100, maxMs: 10_000 }, almostOne),
    );

    expect(caps).toEqual([99, 199, 399, 799]);
  });

  it('never waits longer than the maximum, however many retries failed', () => {
    expect(backoffDelay(10, { baseMs: 100, maxMs: 5000 }, almostOne)).toBe(4999);
    expect(backoffDelay(10_000, { baseMs: 100, maxMs: 5000 }, almostOne)).toBe(4999);
  });

  it('spreads retries over the whole interval (full jitter)', () => {
    expect(backoffDelay(3, { baseMs: 100, maxMs: 10_000 }, () => 0)).toBe(0);
    expect(backoffDelay(3, { baseMs: 100, maxMs: 10_000 }, () => 0.5)).toBe(400);
  });
});
