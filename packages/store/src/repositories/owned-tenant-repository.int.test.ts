import {
  createContactInputSchema,
  createDeviceInputSchema,
  deviceCredentialHashes,
  newId,
} from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { freshTenant, integrationStore } from '../int-test-support';

const store = integrationStore();

function personal(ownerUserId: string | null, lastName: string) {
  return createContactInputSchema.parse(
    ownerUserId === null ? { scope: 'global', lastName } : { scope: 'personal', ownerUserId, lastName },
  );
}

async function everyPage<T>(list: (cursor?: string) => Promise<{ items: T[]; nextCursor?: string }>) {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return items;
}

describe('OwnedTenantRepository.listByOwner', () => {
  it("pages through exactly one user's items, and follows an item whose owner changes", async () => {
    const tenant = freshTenant();
    const ada = newId('usr');
    const bob = newId('usr');
    const adas = [];
    for (const name of ['A1', 'A2', 'A3'])
      adas.push(await store.contacts.create(tenant, personal(ada, name)));
    const bobs = await store.contacts.create(tenant, personal(bob, 'B1'));
    await store.contacts.create(tenant, personal(null, 'Global'));

    const listed = await everyPage((cursor) =>
      store.contacts.listByOwner(tenant, ada, { limit: 2, ...(cursor === undefined ? {} : { cursor }) }),
    );
    expect(listed.map((contact) => contact.id).sort()).toEqual(adas.map((contact) => contact.id).sort());
    expect((await store.contacts.listByOwner(tenant, bob)).items.map((contact) => contact.id)).toEqual([
      bobs.id,
    ]);
    // Another tenant's list for the same user id is empty.
    expect((await store.contacts.listByOwner(freshTenant(), ada)).items).toEqual([]);

    // A device handed from Ada to Bob leaves Ada's list and joins Bob's (the index key is rewritten).
    const sipUsername = `own-${newId('dev').slice(4, 16)}`;
    const device = await store.devices.create(tenant, {
      ...createDeviceInputSchema.parse({ kind: 'softphone', displayName: 'Laptop', userId: ada }),
      sipUsername,
      ...deviceCredentialHashes(sipUsername, 'owned.carillon.test', 'secret'),
      credentialsRotatedAt: new Date().toISOString(),
    });
    expect((await store.devices.listByOwner(tenant, ada)).items.map((item) => item.id)).toEqual([device.id]);
    await store.devices.update(tenant, device.id, { userId: bob }, { expectedVersion: 1 });
    expect((await store.devices.listByOwner(tenant, ada)).items).toEqual([]);
    expect((await store.devices.listByOwner(tenant, bob)).items.map((item) => item.id)).toEqual([device.id]);
  });

  it('refuses a cursor of one user for another user', async () => {
    const tenant = freshTenant();
    const ada = newId('usr');
    for (const name of ['A1', 'A2']) await store.contacts.create(tenant, personal(ada, name));
    const first = await store.contacts.listByOwner(tenant, ada, { limit: 1 });
    expect(first.nextCursor).toBeDefined();
    await expect(
      store.contacts.listByOwner(tenant, newId('usr'), { limit: 1, cursor: first.nextCursor ?? '' }),
    ).rejects.toThrow(/cursor/i);
  });
});
