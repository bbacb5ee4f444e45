import { describe, expect, it } from 'vitest';
import { checkMaxForwards } from './max-forwards';

describe('checkMaxForwards (RFC 3261 §16.3 step 3, §16.6 step 3)', () => {
  it('refuses a request with no hops left with 483 Too Many Hops', () => {
    expect(checkMaxForwards(0)).toEqual({ ok: false, status: 483, reason: 'Too Many Hops' });
  });

  it('forwards with one hop less on the new leg', () => {
    expect(checkMaxForwards(5)).toEqual({ ok: true, forward: 4 });
    expect(checkMaxForwards(1)).toEqual({ ok: true, forward: 0 });
  });

  it('treats a missing header as 70 and caps larger values, so a loop always dies out', () => {
    expect(checkMaxForwards(undefined)).toEqual({ ok: true, forward: 69 });
    expect(checkMaxForwards(255)).toEqual({ ok: true, forward: 69 });
  });

  it('a request looping through the B2BUA is refused after at most 70 passes', () => {
    let value: number | undefined;
    let passes = 0;
    for (;;) {
      const verdict = checkMaxForwards(value);
      if (!verdict.ok) break;
      value = verdict.forward;
      passes++;
    }
    expect(passes).toBe(70);
  });
});
