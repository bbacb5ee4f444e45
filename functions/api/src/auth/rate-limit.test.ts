import { describe, expect, it } from 'vitest';
import { windowOf } from './rate-limit';

describe('fixed rate-limit windows', () => {
  it('puts instants of one window together and counts the seconds to its end', () => {
    expect(windowOf(120_000, 60)).toEqual({ index: 2, resetSeconds: 60 });
    expect(windowOf(179_001, 60)).toEqual({ index: 2, resetSeconds: 1 });
    expect(windowOf(150_500, 60)).toEqual({ index: 2, resetSeconds: 30 });
    expect(windowOf(180_000, 60).index).toBe(3);
  });

  it('never tells a client to retry after 0 seconds', () => {
    expect(windowOf(179_999, 60).resetSeconds).toBe(1);
  });
});
