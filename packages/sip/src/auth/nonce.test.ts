import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { NonceManager } from './nonce';
import { InMemoryNonceCountStore } from './nonce-count-store';

function setup(secrets: string[] = ['edge-secret-0123456789']) {
  let now = 1_700_000_000_000;
  let counter = 0;
  const clock = { now: () => now };
  const randomBytes = (n: number) =>
    Uint8Array.from({ length: n }, () => {
      counter += 1;
      return counter & 0xff;
    });
  const nonces = new NonceManager({ secrets, clock, randomBytes, lifetimeSeconds: 300 });
  return {
    nonces,
    clock,
    randomBytes,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('NonceManager', () => {
  it('issues distinct nonces in the same millisecond thanks to the salt', () => {
    const { nonces } = setup();
    expect(nonces.issue('r')).not.toBe(nonces.issue('r'));
  });

  it('verifies its own nonce on another node holding the same secret, without shared state', () => {
    const a = setup();
    const b = setup();
    const nonce = a.nonces.issue('pbx.example.com');
    expect(b.nonces.check(nonce, 'pbx.example.com').status).toBe('fresh');
  });

  it('reports expired after the lifetime and forged for another realm, binding or secret', () => {
    const { nonces, advance } = setup();
    const nonce = nonces.issue('pbx.example.com', '198.51.100.7');
    expect(nonces.check(nonce, 'other.example.com', '198.51.100.7').status).toBe('forged');
    expect(nonces.check(nonce, 'pbx.example.com', '203.0.113.9').status).toBe('forged');
    expect(
      setup(['another-secret-0123456']).nonces.check(nonce, 'pbx.example.com', '198.51.100.7').status,
    ).toBe('forged');
    advance(300_001);
    expect(nonces.check(nonce, 'pbx.example.com', '198.51.100.7').status).toBe('expired');
  });

  it('rejects a nonce whose timestamp was altered to extend its life', () => {
    const { nonces } = setup();
    const raw = Buffer.from(nonces.issue('r'), 'base64url');
    raw[5] = (raw[5] ?? 0) ^ 0x01;
    expect(nonces.check(raw.toString('base64url'), 'r').status).toBe('forged');
  });

  it('keeps accepting nonces signed with a retired secret listed after the current one', () => {
    const old = setup(['old-secret-0123456789']);
    const nonce = old.nonces.issue('r');
    const rotated = setup(['new-secret-0123456789', 'old-secret-0123456789']);
    expect(rotated.nonces.check(nonce, 'r').status).toBe('fresh');
  });

  it('refuses short secrets', () => {
    expect(() => setup(['short'])).toThrow(/at least 16 bytes/);
  });
});

describe('InMemoryNonceCountStore', () => {
  it('accepts strictly increasing counts and rejects repeats and decreases', () => {
    const store = new InMemoryNonceCountStore({ maxEntries: 10 });
    expect(store.advance('n', 1)).toBe(true);
    expect(store.advance('n', 1)).toBe(false);
    expect(store.advance('n', 3)).toBe(true);
    expect(store.advance('n', 2)).toBe(false);
  });

  it('forgets the least recently used nonce once full, keeping its bound', () => {
    const store = new InMemoryNonceCountStore({ maxEntries: 2 });
    store.advance('a', 1);
    store.advance('b', 1);
    store.advance('a', 2); // a is now the most recent
    store.advance('c', 1); // evicts b
    expect(store.size).toBe(2);
    expect(store.advance('a', 2)).toBe(false);
    expect(store.advance('b', 1)).toBe(true);
  });
});
