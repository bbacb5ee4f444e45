import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';

function clockAt(start = 0) {
  const clock = { t: start, now: () => clock.t };
  return clock;
}

describe('RateLimiter', () => {
  it('lets a burst through, then drops until tokens refill at the configured rate', () => {
    const clock = clockAt();
    const limiter = new RateLimiter({ ratePerSecond: 10, burst: 3, clock });
    const burst = [1, 2, 3, 4].map(() => limiter.tryConsume('192.0.2.1'));
    expect(burst).toEqual([true, true, true, false]);
    clock.t += 50; // half a token
    expect(limiter.tryConsume('192.0.2.1')).toBe(false);
    clock.t += 60; // 1.1 tokens since the refusal
    expect(limiter.tryConsume('192.0.2.1')).toBe(true);
    expect(limiter.tryConsume('192.0.2.1')).toBe(false);
  });

  it('keeps one bucket per source so a flooding source does not starve another', () => {
    const limiter = new RateLimiter({ ratePerSecond: 1, burst: 1, clock: clockAt() });
    expect(limiter.tryConsume('192.0.2.1')).toBe(true);
    expect(limiter.tryConsume('192.0.2.1')).toBe(false);
    expect(limiter.tryConsume('198.51.100.7')).toBe(true);
  });

  it('never stores more tokens than the burst after a long quiet period', () => {
    const clock = clockAt();
    const limiter = new RateLimiter({ ratePerSecond: 100, burst: 2, clock });
    limiter.tryConsume('a');
    clock.t += 3_600_000;
    const results = [1, 2, 3].map(() => limiter.tryConsume('a'));
    expect(results).toEqual([true, true, false]);
  });

  it('forgets the least recently seen source beyond maxSources', () => {
    const limiter = new RateLimiter({ ratePerSecond: 1, burst: 1, clock: clockAt(), maxSources: 2 });
    limiter.tryConsume('a');
    limiter.tryConsume('b');
    limiter.tryConsume('c');
    expect(limiter.trackedSources).toBe(2);
    // `a` was evicted, so it starts again with a full bucket.
    expect(limiter.tryConsume('a')).toBe(true);
    expect(limiter.tryConsume('c')).toBe(false);
  });
});
