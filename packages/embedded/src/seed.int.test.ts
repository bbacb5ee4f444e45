import { createHash } from 'node:crypto';
import { verifyPassword } from '@carillon/auth';
import { hashApiKey } from '@carillon/domain';
import { createDynamoClients, createStore } from '@carillon/store';
import { describe, expect, it } from 'vitest';
import { seedDemo } from './seed';

function storeForTest() {
  return createStore({
    tableName: process.env.CARILLON_TABLE_NAME!,
    document: createDynamoClients().document,
    cursorSecret: 'seed-test-cursor-secret',
  });
}

describe('seedDemo', () => {
  it('creates the demo tenant once, with users, softphones and a ring group that can sign in and register', async () => {
    const store = storeForTest();
    const first = await seedDemo(store, 'carillon.localhost');
    expect(first.created).toBe(true);
    const credentials = first.credentials!;
    expect(credentials.sipDomain).toBe('demo.carillon.localhost');
    const scope = { tenantId: credentials.tenantId };

    for (const demo of credentials.users) {
      const user = await store.users.findByExtensionNumber(scope, demo.extension);
      expect(user?.email).toBe(demo.email);
      expect(await verifyPassword(user!.passwordHash!, demo.portalPassword)).toBe(true);

      const device = await store.devices.resolveBySipUsername(demo.sipUsername);
      expect(device?.tenantId).toBe(credentials.tenantId);
      expect(device?.userId).toBe(user!.id);
      // The stored HA1 is what a phone with the printed password will produce (RFC 3261 §22.4).
      const expectedHa1 = createHash('md5')
        .update(`${demo.sipUsername}:${credentials.sipDomain}:${demo.sipPassword}`)
        .digest('hex');
      expect(device?.ha1Md5).toBe(expectedHa1);
      expect(JSON.stringify(device)).not.toContain(demo.sipPassword);
    }
    const groups = await store.groups.list(scope);
    expect(groups.items.map((g) => [g.name, g.extensionNumber, g.members.length])).toEqual([
      ['Reception', '600', 2],
    ]);

    // The reseller's admin key (for /reseller-login) is stored as its hash only.
    const reseller = credentials.reseller!;
    const key = await store.apiKeys.findByHash(hashApiKey(reseller.apiKey));
    expect(key?.owner).toEqual({ kind: 'reseller', id: reseller.id });
    expect(JSON.stringify(key)).not.toContain(reseller.apiKey);

    const second = await seedDemo(store, 'carillon.localhost');
    expect(second.created).toBe(false);
    expect((await store.users.list(scope)).items).toHaveLength(credentials.users.length);
  });
});
