import { describe, expect, it } from 'vitest';
import type { TenantScope } from '../context';
import { InvalidCursorError, InvalidRequestError, NotFoundError } from '../errors';
import { freshTenant, integrationStore } from '../int-test-support';
import {
  buildFixtures,
  type CrudFixture,
  type EntityFixture,
  publicMethodsOf,
  type RecordFixture,
  type StoredItem,
} from './entity-fixtures';

const store = integrationStore();
const table = buildFixtures(store);

/**
 * Methods of the versioned repositories that the generic probes below call
 * with another tenant's scope; lookups by value come from each fixture.
 */
const GENERIC_PROBES = ['find', 'get', 'list', 'update', 'delete', 'create'] as const;

/** What a caller may see of another tenant's item: nothing, or a refusal that reveals nothing. */
async function seen(probe: () => Promise<unknown>): Promise<unknown> {
  try {
    const result = await probe();
    if (result === undefined || result === null) return undefined;
    if (Array.isArray(result)) return result.length === 0 ? undefined : result;
    if (typeof result === 'object' && 'items' in result && Array.isArray(result.items)) {
      return result.items.length === 0 ? undefined : result.items;
    }
    return result;
  } catch (error) {
    // Not found and "not yours" must be indistinguishable; refusals of a foreign cursor or record are fine too.
    if (error instanceof NotFoundError || error instanceof InvalidRequestError) return undefined;
    throw error;
  }
}

describe('the fixture table covers the whole store', () => {
  it('has a fixture for every repository createStore() builds, and none for a repository it does not', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(store).sort());
  });

  it.each(Object.entries(table))(
    '%s: every public method is probed or declared platform-level',
    (name, fixture) => {
      expect(Object.keys(store)).toContain(name);
      expect(publicMethodsOf(fixture.repository)).toEqual(coveredMethods(fixture));
    },
  );
});

/** The methods a fixture accounts for; a method added to a repository later fails the test above. */
function coveredMethods(fixture: EntityFixture): string[] {
  const names =
    fixture.kind === 'tenant-records'
      ? Object.keys(fixture.probes)
      : [
          ...GENERIC_PROBES,
          ...Object.keys(fixture.lookups).filter((lookup) => !lookup.includes('.')),
          ...Object.keys(fixture.platformLookups),
          // The tenant directory lists per reseller instead of per tenant.
          ...(fixture.repository === store.tenants ? ['listByReseller'] : []),
        ];
  const own = publicMethodsOf(fixture.repository);
  // A fixture's `list` may be served by another name (listByReseller); count only methods that exist.
  return [...new Set(names)].filter((name) => own.includes(name)).sort();
}

const tenantCrud = Object.entries(table).filter(
  (entry): entry is [string, CrudFixture] => entry[1].kind === 'tenant-crud',
);
const tenantRecords = Object.entries(table).filter(
  (entry): entry is [string, RecordFixture] => entry[1].kind === 'tenant-records',
);

describe.concurrent("tenant B cannot read, list, update or delete tenant A's items", () => {
  it.each(tenantCrud)('%s: every scoped method sees nothing of A and changes nothing', async (_, fixture) => {
    const tenantA = freshTenant();
    const tenantB = freshTenant();
    const item = await fixture.create(tenantA);
    // A second item so A's list has a next page, and so a cursor of A exists to replay.
    await fixture.create(tenantA);
    const firstPageOfA = await fixture.list(tenantA, { limit: 1 });
    expect(firstPageOfA.nextCursor).toBeDefined();

    // Positive controls: each probe does find the item for its own tenant, so "nothing" below means isolation.
    for (const [name, lookup] of Object.entries(fixture.lookups)) {
      expect((await lookup(tenantA, item))?.id, `${name} as tenant A`).toBe(item.id);
    }
    for (const [name, lookup] of Object.entries(fixture.platformLookups)) {
      expect(await lookup(item), `${name} (platform)`).toMatchObject({
        id: item.id,
        tenantId: tenantA.tenantId,
      });
    }

    const probes: Record<string, (scope: TenantScope) => Promise<unknown>> = {
      find: (scope) => fixture.find(scope, item.id),
      get: (scope) => fixture.get(scope, item.id),
      list: (scope) => fixture.list(scope),
      'list with A’s cursor': (scope) =>
        fixture.list(scope, { limit: 1, cursor: firstPageOfA.nextCursor ?? '' }),
      update: (scope) => fixture.update(scope, item.id, item.version),
      delete: (scope) => fixture.delete(scope, item.id, item.version),
      // Choosing A's id in B makes B's own item; it must not overwrite A's.
      create: async (scope) => {
        const created = await fixture.create(scope, { id: item.id });
        return (created as StoredItem & { tenantId: string }).tenantId === tenantA.tenantId
          ? created
          : undefined;
      },
      ...Object.fromEntries(
        Object.entries(fixture.lookups).map(([name, lookup]) => [
          name,
          (scope: TenantScope) => lookup(scope, item),
        ]),
      ),
    };
    for (const [name, probe] of Object.entries(probes)) {
      expect(await seen(() => probe(tenantB)), `${name} as tenant B`).toBeUndefined();
    }
    await expect(fixture.list(tenantB, { cursor: firstPageOfA.nextCursor ?? '' })).rejects.toThrow(
      InvalidCursorError,
    );

    expect(await fixture.get(tenantA, item.id)).toEqual(item);
    for (const [name, lookup] of Object.entries(fixture.lookups)) {
      expect((await lookup(tenantA, item))?.id, `${name} as tenant A afterwards`).toBe(item.id);
    }
  });

  it.each(tenantRecords)(
    '%s: every scoped method sees nothing of A and changes nothing',
    async (_, fixture) => {
      const tenantA = freshTenant();
      const tenantB = freshTenant();
      const record = await fixture.write(tenantA);
      expect(await fixture.read(tenantA, record)).toEqual(record);

      for (const [name, probe] of Object.entries(fixture.probes)) {
        expect(await seen(() => probe(tenantB, record)), `${name} as tenant B`).toBeUndefined();
      }
      expect(await fixture.read(tenantA, record)).toEqual(record);
    },
  );
});

describe('platform-level repositories take no tenant scope', () => {
  const platform = Object.entries(table).filter(
    (entry): entry is [string, CrudFixture] => entry[1].kind === 'platform-crud',
  );

  it.each(platform)('%s: no method has a tenant scope parameter to misuse', (_, fixture) => {
    // A scoped repository method takes the scope first (`scope`); platform ones take ids or inputs.
    for (const name of publicMethodsOf(fixture.repository)) {
      const method = (fixture.repository as Record<string, unknown>)[name];
      expect(String(method).match(/^[^(]*\(([^)]*)\)/)?.[1] ?? '', name).not.toMatch(/\bscope\b/);
    }
  });

  it("a reseller's tenant list holds only its own tenants, and its cursor does not open another reseller's list", async () => {
    const tenants = table.tenants as CrudFixture;
    const scope = freshTenant();
    const mine = await Promise.all([tenants.create(scope), tenants.create(scope)]);
    const other = await store.tenants.create({
      ...(tenants.input(scope) as Parameters<typeof store.tenants.create>[0]),
      resellerId: 'rsl_00000000000000000000000000',
    });
    const listed = (await tenants.list(scope, { limit: 100 })).items.map((tenant) => tenant.id);
    expect(listed).toEqual(expect.arrayContaining(mine.map((tenant) => tenant.id)));
    expect(listed).not.toContain(other.id);

    const page = await tenants.list(scope, { limit: 1 });
    await expect(
      store.tenants.listByReseller('rsl_00000000000000000000000000', { cursor: page.nextCursor ?? '' }),
    ).rejects.toThrow(InvalidCursorError);
  });
});
