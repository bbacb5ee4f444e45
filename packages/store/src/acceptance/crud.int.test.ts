import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidRequestError, NotFoundError } from '../errors';
import { freshTenant, integrationStore } from '../int-test-support';
import { buildFixtures, type CrudFixture, type RecordFixture, type StoredItem } from './entity-fixtures';

const store = integrationStore();
const table = buildFixtures(store);
const fixtures = Object.entries(table);
const crud = fixtures.filter((entry): entry is [string, CrudFixture] => entry[1].kind !== 'tenant-records');
const records = fixtures.filter(
  (entry): entry is [string, RecordFixture] => entry[1].kind === 'tenant-records',
);

/** Every item of a list, following cursors (shared lists such as resellers may be long). */
async function listAll(fixture: CrudFixture, scope: { tenantId: string }): Promise<StoredItem[]> {
  const items: StoredItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await fixture.list(scope, { limit: 100, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return items;
}

describe.concurrent('create, read, update and delete of every versioned entity', () => {
  it.each(crud)(
    '%s: the item round-trips, each write counts a version, delete removes it',
    async (_, fixture) => {
      const scope = freshTenant();
      const created = await fixture.create(scope);
      expect(created.version).toBe(1);
      expect(await fixture.get(scope, created.id)).toEqual(created);
      expect(await fixture.find(scope, created.id)).toEqual(created);
      expect((await listAll(fixture, scope)).map((item) => item.id)).toContain(created.id);

      const updated = await fixture.update(scope, created.id, 1);
      expect(updated).toMatchObject({ ...fixture.patch, id: created.id, version: 2 });
      expect(updated).not.toEqual({ ...created, version: 2, updatedAt: expect.anything() });
      expect(await fixture.get(scope, created.id)).toEqual(updated);

      await fixture.delete(scope, created.id, 2);
      expect(await fixture.find(scope, created.id)).toBeUndefined();
      await expect(fixture.get(scope, created.id)).rejects.toThrow(NotFoundError);
      expect((await listAll(fixture, scope)).map((item) => item.id)).not.toContain(created.id);
    },
  );
});

describe.concurrent('write-once and refreshable records', () => {
  it.each(records)('%s: a written record reads back as written', async (_, fixture) => {
    const scope = freshTenant();
    const written = await fixture.write(scope);
    expect(written.tenantId).toBe(scope.tenantId);
    expect(await fixture.read(scope, written)).toEqual(written);

    if (fixture.refresh) {
      const refreshed = await fixture.refresh(scope, written);
      expect(refreshed).not.toEqual(written);
      expect(await fixture.read(scope, written)).toEqual(refreshed);
    }
    if (fixture.remove) {
      await fixture.remove(scope, written);
      expect(await fixture.read(scope, written)).toBeUndefined();
    }
  });
});

describe.concurrent('invalid input is rejected with the failing field named', () => {
  it.each(crud)('%s: the error names the invalid field and nothing is stored', async (_, fixture) => {
    const scope = freshTenant();
    const valid = fixture.input(scope);
    const error = await fixture
      .createRaw(scope, fixture.invalid.spoil(valid))
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(InvalidRequestError);
    const fields = (error as InvalidRequestError).fields.map((field) => field.path);
    expect(fields).toContain(fixture.invalid.field);
    expect((error as Error).message).toContain(fixture.invalid.field);
    // The valid twin goes through, so the spoiled field alone made the difference.
    await expect(fixture.createRaw(scope, valid)).resolves.toMatchObject({ version: 1 });
    if (fixture.listIsPrivate) expect((await fixture.list(scope)).items).toHaveLength(1);
  });

  it('an update that would make an item invalid is rejected by field and leaves the item as it was', async () => {
    const scope = freshTenant();
    const user = await (table.users as CrudFixture).create(scope);
    const error = await store.users
      .update(scope, user.id, { email: 'no-at-sign' }, { expectedVersion: 1 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).fields.map((field) => field.path)).toEqual(['email']);
    expect(await store.users.get(scope, user.id)).toEqual(user);
  });

  it.each(records)('%s: the refused record names the invalid field', async (_, fixture) => {
    const error = await fixture.invalid.write(freshTenant()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).fields.map((field) => field.path)).toContain(fixture.invalid.field);
  });
});

describe.concurrent('optimistic concurrency', () => {
  it.each(crud)(
    '%s: a stale update or delete is a ConflictError and the item keeps its newer state',
    async (_, fixture) => {
      const scope = freshTenant();
      const created = await fixture.create(scope);
      const current = await fixture.update(scope, created.id, 1);

      const staleUpdate = await fixture.update(scope, created.id, 1).catch((caught: unknown) => caught);
      expect(staleUpdate).toBeInstanceOf(ConflictError);
      expect(staleUpdate).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
      await expect(fixture.delete(scope, created.id, 1)).rejects.toThrow(ConflictError);
      await expect(fixture.delete(scope, created.id, 3)).rejects.toThrow(ConflictError);

      expect(await fixture.get(scope, created.id)).toEqual(current);
    },
  );

  it.each(crud)('%s: of two writers racing from the same version exactly one wins', async (_, fixture) => {
    const scope = freshTenant();
    const created = await fixture.create(scope);
    const results = await Promise.allSettled([
      fixture.update(scope, created.id, 1),
      fixture.update(scope, created.id, 1),
      fixture.delete(scope, created.id, 1),
    ]);

    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(won).toHaveLength(1);
    for (const reason of lost) expect([ConflictError, NotFoundError]).toContain(reason.constructor);
    const stored = await fixture.find(scope, created.id);
    // Either one update landed (version 2) or the delete did (gone); never both, never two updates.
    expect(stored === undefined ? 'deleted' : stored.version).toBe(
      results[2]?.status === 'fulfilled' ? 'deleted' : 2,
    );
  });
});
