import type { Registration } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { LocationCache } from './location-cache';

const NOW = Date.parse('2026-11-25T10:00:00Z');

function binding(
  contactUri: string,
  expiresInSeconds: number,
  extra: Partial<Registration> = {},
): Registration {
  const expiry = NOW + expiresInSeconds * 1000;
  return {
    id: `reg_${contactUri.length}${expiresInSeconds}`,
    tenantId: 'ten_1',
    deviceId: 'dev_1',
    aor: 'sip:alice@acme.example',
    contactUri,
    instanceId: null,
    regId: null,
    callId: 'c1',
    cseq: 1,
    transport: 'udp',
    sourceAddress: '192.0.2.1:5060',
    userAgent: null,
    edgeNodeId: 'edge-a',
    registeredAt: new Date(NOW).toISOString(),
    expiresAt: new Date(expiry).toISOString(),
    expiresAtEpoch: Math.ceil(expiry / 1000),
    ...extra,
  };
}

describe('LocationCache', () => {
  it('knows nothing of an AOR until it is loaded, then answers from memory', () => {
    const cache = new LocationCache({ maxAors: 10 });
    expect(cache.get('k', NOW)).toBeUndefined();
    cache.load('k', [binding('sip:a@192.0.2.1', 600)]);
    expect(cache.get('k', NOW)?.map((b) => b.contactUri)).toEqual(['sip:a@192.0.2.1']);
    cache.load('empty', []);
    expect(cache.get('empty', NOW)).toEqual([]);
  });

  it('drops bindings whose expiry has passed', () => {
    const cache = new LocationCache({ maxAors: 10 });
    cache.load('k', [binding('sip:short@192.0.2.1', 60), binding('sip:long@192.0.2.1', 600)]);
    expect(cache.get('k', NOW + 61_000)?.map((b) => b.contactUri)).toEqual(['sip:long@192.0.2.1']);
    expect(cache.get('k', NOW + 601_000)).toEqual([]);
  });

  it('replaces a binding with the same key (contact, or instance + reg-id) and removes by key', () => {
    const cache = new LocationCache({ maxAors: 10 });
    cache.load('k', [binding('sip:a@192.0.2.1', 60)]);
    cache.put('k', binding('sip:a@192.0.2.1', 600, { cseq: 2 }));
    cache.put('k', binding('sip:b@192.0.2.9', 600, { instanceId: '<urn:uuid:1>', regId: 1 }));
    cache.put('k', binding('sip:b@192.0.2.10', 600, { instanceId: '<urn:uuid:1>', regId: 1 }));
    const live = cache.get('k', NOW + 61_000) ?? [];
    expect(live.map((b) => [b.contactUri, b.cseq])).toEqual([
      ['sip:a@192.0.2.1', 2],
      ['sip:b@192.0.2.10', 1],
    ]);
    cache.remove('k', { contactUri: 'sip:a@192.0.2.1', instanceId: null, regId: null });
    expect(cache.get('k', NOW)?.map((b) => b.contactUri)).toEqual(['sip:b@192.0.2.10']);
  });

  it('ignores writes to an AOR it does not hold (storage stays the truth until loaded)', () => {
    const cache = new LocationCache({ maxAors: 10 });
    cache.put('k', binding('sip:a@192.0.2.1', 600));
    expect(cache.get('k', NOW)).toBeUndefined();
  });

  it('evicts the least recently used AOR beyond maxAors, and forgets on request', () => {
    const cache = new LocationCache({ maxAors: 2 });
    cache.load('a', []);
    cache.load('b', []);
    cache.get('a', NOW);
    cache.load('c', []);
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
    cache.forget('a');
    expect(cache.has('a')).toBe(false);
  });

  it('hides lapsed bindings on read and hands each over once to takeExpired', () => {
    const cache = new LocationCache({ maxAors: 10 });
    cache.load('k1', [binding('sip:a@192.0.2.1', 30), binding('sip:b@192.0.2.2', 600)]);
    cache.load('k2', [binding('sip:c@192.0.2.3', 60)]);
    const later = NOW + 90_000;
    expect(cache.get('k1', later)?.map((b) => b.contactUri)).toEqual(['sip:b@192.0.2.2']);
    expect(
      cache
        .takeExpired(later)
        .map((b) => b.contactUri)
        .sort(),
    ).toEqual(['sip:a@192.0.2.1', 'sip:c@192.0.2.3']);
    expect(cache.takeExpired(later)).toEqual([]);
    expect(cache.get('k1', NOW)?.map((b) => b.contactUri)).toEqual(['sip:b@192.0.2.2']);
  });
});
