import { describe, expect, it } from 'vitest';
import { CredentialCache } from './credential-cache';
import type { CredentialSource, SipCredential } from './credential-source';

const alice: SipCredential = {
  tenantId: 'tnt_a',
  deviceId: 'dev_a',
  realm: 'acme.example.test',
  ha1Md5: 'a'.repeat(32),
  ha1Sha256: 'b'.repeat(64),
};

function countingSource(answer: (domain: string, user: string) => SipCredential | undefined | Error) {
  const calls: string[] = [];
  const source: CredentialSource = {
    async findCredential(domain, user) {
      calls.push(`${domain}/${user}`);
      const value = answer(domain, user);
      if (value instanceof Error) throw value;
      return value;
    },
  };
  return { source, calls };
}

describe('CredentialCache', () => {
  it('reuses a found credential within the TTL and asks again after it', async () => {
    const clock = { t: 0, now: () => clock.t };
    const { source, calls } = countingSource(() => alice);
    const cache = new CredentialCache({ source, clock, ttlMs: 30_000 });
    await cache.findCredential('acme.example.test', 'alice');
    clock.t = 29_999;
    expect(await cache.findCredential('ACME.example.test', 'alice')).toEqual(alice);
    expect(calls).toHaveLength(1);
    clock.t = 30_001;
    await cache.findCredential('acme.example.test', 'alice');
    expect(calls).toHaveLength(2);
  });

  it('caches unknown users too, so scanning usernames does not reach the control plane per packet', async () => {
    const clock = { t: 0, now: () => clock.t };
    const { source, calls } = countingSource(() => undefined);
    const cache = new CredentialCache({ source, clock, ttlMs: 30_000 });
    for (let i = 0; i < 5; i++)
      expect(await cache.findCredential('acme.example.test', 'mallory')).toBeUndefined();
    expect(calls).toEqual(['acme.example.test/mallory']);
  });

  it('shares one lookup between concurrent requests for the same user', async () => {
    const { source, calls } = countingSource(() => alice);
    const cache = new CredentialCache({ source, clock: { now: () => 0 }, ttlMs: 1000 });
    const results = await Promise.all(
      [1, 2, 3].map(() => cache.findCredential('acme.example.test', 'alice')),
    );
    expect(results).toEqual([alice, alice, alice]);
    expect(calls).toHaveLength(1);
  });

  it('does not cache a failed lookup', async () => {
    let fail = true;
    const { source, calls } = countingSource(() => (fail ? new Error('control plane down') : alice));
    const cache = new CredentialCache({ source, clock: { now: () => 0 }, ttlMs: 1000 });
    await expect(cache.findCredential('acme.example.test', 'alice')).rejects.toThrow('control plane down');
    fail = false;
    expect(await cache.findCredential('acme.example.test', 'alice')).toEqual(alice);
    expect(calls).toHaveLength(2);
  });
});
