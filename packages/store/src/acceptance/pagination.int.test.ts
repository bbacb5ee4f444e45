import { describe, expect, it } from 'vitest';
import type { TenantScope } from '../context';
import type { Page, PageRequest } from '../cursor';
import { freshTenant, integrationStore } from '../int-test-support';
import type { Store } from '../store';
import { buildFixtures, type EntityFixture } from './entity-fixtures';

const store = integrationStore();
const table = buildFixtures(store);

/** The example (23 items, pages of 5) for the busiest lists; a smaller set for the rest keeps the run short. */
const LARGE = { items: 23, limit: 5 };
const SMALL = { items: 7, limit: 3 };
const SIZES: Partial<Record<keyof Store, typeof LARGE>> = {
  users: LARGE,
  devices: LARGE,
  numbers: LARGE,
  contacts: LARGE,
  cdrs: LARGE,
};

interface Pager {
  write(scope: TenantScope, index: number): Promise<{ readonly id: string }>;
  list(scope: TenantScope, request: PageRequest): Promise<Page<{ readonly id: string }>>;
  /** False when the list is shared with other tests (resellers): then ours must appear, once each. */
  readonly exclusive: boolean;
}

function pagerOf(fixture: EntityFixture): Pager | undefined {
  if (fixture.kind !== 'tenant-records')
    return { write: (scope) => fixture.create(scope), list: fixture.list, exclusive: fixture.listIsPrivate };
  return fixture.paging && { ...fixture.paging, exclusive: true };
}

const paged = Object.entries(table).flatMap(([name, fixture]) => {
  const pager = pagerOf(fixture);
  return pager ? [[name, pager, SIZES[name as keyof Store] ?? SMALL] as const] : [];
});

describe.concurrent('pagination returns every item exactly once', () => {
  it('covers every repository that pages (registrations return whole AOR binding sets; webhook health is one item per endpoint)', () => {
    const unpaged = Object.keys(table).filter((name) => !paged.some(([pagedName]) => pagedName === name));
    expect(unpaged).toEqual(['registrations', 'webhookHealth']);
  });

  it.each(paged)(
    '%s: items written in parallel come back across pages, none twice, none missing',
    async (_, pager, size) => {
      const scope = freshTenant();
      const written = await Promise.all(
        Array.from({ length: size.items }, (_, index) => pager.write(scope, index)),
      );
      const expected = written.map((item) => item.id).sort();

      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await pager.list(scope, { limit: size.limit, ...(cursor ? { cursor } : {}) });
        expect(page.items.length).toBeLessThanOrEqual(size.limit);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor !== undefined && pages < 1000);

      expect(new Set(seen).size, 'no item on two pages').toBe(seen.length);
      if (pager.exclusive) {
        expect([...seen].sort()).toEqual(expected);
        expect(pages).toBeGreaterThanOrEqual(Math.ceil(size.items / size.limit));
        expect(pages).toBeLessThanOrEqual(Math.ceil(size.items / size.limit) + 1);
      } else {
        expect(seen).toEqual(expect.arrayContaining(expected));
      }
    },
  );
});
