import { describe, expect, it } from 'vitest';
import { RandomPool } from './random-pool';

describe('RandomPool', () => {
  it('hands out the size asked for, never the same bytes twice, across refills', () => {
    const pool = new RandomPool();
    const seen = new Set<string>();
    for (let i = 0; i < 2_000; i += 1) {
      const bytes = pool.bytes(8);
      expect(bytes).toHaveLength(8);
      seen.add(bytes.toString('hex'));
    }
    // 2,000 draws of 64 bits: a repeat means reused bytes, not chance.
    expect(seen.size).toBe(2_000);
  });

  it('returns copies a caller may change without touching later draws', () => {
    const pool = new RandomPool();
    const first = pool.bytes(16);
    first.fill(0xff);
    const second = pool.bytes(16);
    expect(second.equals(Buffer.alloc(16, 0xff))).toBe(false);
  });

  it('serves a draw larger than the pool directly', () => {
    expect(new RandomPool().bytes(10_000)).toHaveLength(10_000);
  });
});
