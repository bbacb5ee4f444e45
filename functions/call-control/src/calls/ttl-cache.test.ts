import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache';

function counter<V>(value: V) {
  const calls = { n: 0 };
  const load = async () => {
    calls.n += 1;
    return value;
  };
  return { calls, load };
}

describe('TtlCache', () => {
  it('answers from memory within the TTL and loads again after it', async () => {
    let now = 1000;
    const cache = new TtlCache<string>({ ttlMs: 100, maxEntries: 10, now: () => now });
    const { calls, load } = counter('v');
    expect(await cache.get('k', load)).toBe('v');
    now += 99;
    expect(await cache.get('k', load)).toBe('v');
    expect(calls.n).toBe(1);
    now += 2;
    await cache.get('k', load);
    expect(calls.n).toBe(2);
  });

  it('caches not-found answers too', async () => {
    const cache = new TtlCache<string | undefined>({ ttlMs: 1000, maxEntries: 10 });
    const { calls, load } = counter<string | undefined>(undefined);
    await cache.get('missing', load);
    expect(await cache.get('missing', load)).toBeUndefined();
    expect(calls.n).toBe(1);
  });

  it('shares one load among concurrent misses of a key', async () => {
    const cache = new TtlCache<number>({ ttlMs: 1000, maxEntries: 10 });
    const { calls, load } = counter(7);
    expect(await Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)])).toEqual([
      7, 7, 7,
    ]);
    expect(calls.n).toBe(1);
  });

  it('does not cache a failed load', async () => {
    const cache = new TtlCache<number>({ ttlMs: 1000, maxEntries: 10 });
    await expect(cache.get('k', () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    expect(await cache.get('k', async () => 3)).toBe(3);
  });

  it('reads through every time with a TTL of 0', async () => {
    const cache = new TtlCache<number>({ ttlMs: 0, maxEntries: 10 });
    const { calls, load } = counter(1);
    await cache.get('k', load);
    await cache.get('k', load);
    expect(calls.n).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('holds at most maxEntries, dropping the oldest', async () => {
    const cache = new TtlCache<string>({ ttlMs: 1000, maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) await cache.get(key, async () => key);
    expect(cache.size).toBe(2);
    const { calls, load } = counter('a2');
    expect(await cache.get('a', load)).toBe('a2');
    expect(calls.n).toBe(1);
  });
});
