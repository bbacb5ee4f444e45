import { newId, type User } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidCursorError, NotFoundError, UniqueConstraintError } from '../errors';
import { freshTenant, integrationStore } from '../int-test-support';
import type { NewItem } from './versioned-items';

const store = integrationStore();

let counter = 0;
function newUser(extensionNumber: string, overrides: Partial<NewItem<User>> = {}): NewItem<User> {
  counter += 1;
  const login = `u${Date.now().toString(36)}${counter}`;
  return {
    login,
    email: `${login}@example.test`,
    firstName: 'Ada',
    lastName: 'Lovelace',
    language: 'en',
    role: 'user',
    rights: {} as User['rights'],
    extensionNumber,
    siteId: null,
    hideFromDirectory: false,
    operatorExtension: null,
    outboundCallerId: null,
    passwordHash: null,
    pinHash: null,
    lastLoginAt: null,
    ...overrides,
  } as NewItem<User>;
}

describe('UserRepository', () => {
  it('creates, reads, updates and deletes a user, counting versions', async () => {
    const tenant = freshTenant();
    const created = await store.users.create(tenant, newUser('101'));
    expect(created).toMatchObject({ tenantId: tenant.tenantId, version: 1, extensionNumber: '101' });

    expect(await store.users.get(tenant, created.id)).toEqual(created);

    const updated = await store.users.update(
      tenant,
      created.id,
      { lastName: 'King' },
      { expectedVersion: 1 },
    );
    expect(updated).toMatchObject({ lastName: 'King', version: 2, createdAt: created.createdAt });
    expect(await store.users.get(tenant, created.id)).toEqual(updated);

    await store.users.delete(tenant, created.id, { expectedVersion: 2 });
    await expect(store.users.get(tenant, created.id)).rejects.toThrow(NotFoundError);
  });

  it('does not let tenant B read, list, update or delete tenant A’s user', async () => {
    const tenantA = freshTenant();
    const tenantB = freshTenant();
    const user = await store.users.create(tenantA, newUser('101'));

    await expect(store.users.get(tenantB, user.id)).rejects.toThrow(NotFoundError);
    expect((await store.users.list(tenantB)).items).toEqual([]);
    await expect(
      store.users.update(tenantB, user.id, { lastName: 'X' }, { expectedVersion: 1 }),
    ).rejects.toThrow(NotFoundError);
    await expect(store.users.delete(tenantB, user.id, { expectedVersion: 1 })).rejects.toThrow(NotFoundError);
    expect(await store.users.get(tenantA, user.id)).toEqual(user);
  });

  it('rejects a second user with the same extension number in one tenant', async () => {
    const tenant = freshTenant();
    await store.users.create(tenant, newUser('200'));
    const error = await store.users.create(tenant, newUser('200')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UniqueConstraintError);
    expect(error).toMatchObject({ field: 'extensionNumber', value: '200' });
    expect((await store.users.list(tenant)).items).toHaveLength(1);
  });

  it('allows the same extension number in two tenants', async () => {
    const first = await store.users.create(freshTenant(), newUser('200'));
    const second = await store.users.create(freshTenant(), newUser('200'));
    expect([first.extensionNumber, second.extensionNumber]).toEqual(['200', '200']);
  });

  it('frees the old number when a user’s extension changes, and takes the new one', async () => {
    const tenant = freshTenant();
    const user = await store.users.create(tenant, newUser('300'));
    await store.users.update(tenant, user.id, { extensionNumber: '301' }, { expectedVersion: 1 });

    const reuse = await store.users.create(tenant, newUser('300'));
    expect(reuse.extensionNumber).toBe('300');
    await expect(store.users.create(tenant, newUser('301'))).rejects.toThrow(UniqueConstraintError);
    expect((await store.users.findByExtensionNumber(tenant, '301'))?.id).toBe(user.id);
  });

  it('releases the number on delete', async () => {
    const tenant = freshTenant();
    const user = await store.users.create(tenant, newUser('400'));
    await store.users.delete(tenant, user.id, { expectedVersion: 1 });
    await expect(store.users.create(tenant, newUser('400'))).resolves.toMatchObject({
      extensionNumber: '400',
    });
  });

  it('rejects a write based on a stale version with ConflictError and keeps the newer data', async () => {
    const tenant = freshTenant();
    const user = await store.users.create(tenant, newUser('500'));
    await store.users.update(tenant, user.id, { firstName: 'Grace' }, { expectedVersion: 1 });

    const error = await store.users
      .update(tenant, user.id, { firstName: 'Stale' }, { expectedVersion: 1 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
    await expect(store.users.delete(tenant, user.id, { expectedVersion: 1 })).rejects.toThrow(ConflictError);
    expect((await store.users.get(tenant, user.id)).firstName).toBe('Grace');
  });

  it('finds a user by e-mail across the platform and refuses a second user with that e-mail', async () => {
    const email = `${newId('usr')}@Example.test`.toLowerCase();
    const tenant = freshTenant();
    const user = await store.users.create(tenant, newUser('600', { email }));
    expect((await store.users.resolveByEmail(email.toUpperCase()))?.id).toBe(user.id);
    await expect(store.users.create(freshTenant(), newUser('600', { email }))).rejects.toMatchObject({
      field: 'email',
    });
  });

  it('pages through a tenant’s users in a stable order and rejects tampered or foreign cursors', async () => {
    const tenant = freshTenant();
    const created: User[] = [];
    for (let number = 700; number < 705; number++)
      created.push(await store.users.create(tenant, newUser(`${number}`)));

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.users.list(tenant, { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((user) => user.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== undefined && pages < 10);
    expect(seen).toEqual(created.map((user) => user.id).sort());

    const first = await store.users.list(tenant, { limit: 2 });
    const foreign = first.nextCursor ?? '';
    await expect(store.users.list(freshTenant(), { limit: 2, cursor: foreign })).rejects.toThrow(
      InvalidCursorError,
    );
    const tampered = `${foreign.slice(0, 10)}${foreign[10] === 'A' ? 'B' : 'A'}${foreign.slice(11)}`;
    await expect(store.users.list(tenant, { limit: 2, cursor: tampered })).rejects.toThrow(
      InvalidCursorError,
    );
  });
});
