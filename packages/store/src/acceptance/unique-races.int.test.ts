import { describe, expect, it } from 'vitest';
import type { TenantScope } from '../context';
import { UniqueConstraintError } from '../errors';
import { freshTenant, integrationStore } from '../int-test-support';
import { buildFixtures, type CrudFixture, type StoredItem, unique } from './entity-fixtures';

const store = integrationStore();
const table = buildFixtures(store);

/** Rounds per race: one round may be won by ordering luck, several make an unguarded write show. */
const ROUNDS = 4;

interface Contender {
  readonly name: string;
  readonly scope: TenantScope;
  create(): Promise<StoredItem>;
}

/** Runs both creates at once; exactly one must win and the other must name the contested field. */
async function race(first: Contender, second: Contender, field: (loser: Contender) => string) {
  const settled = await Promise.allSettled([first.create(), second.create()]);
  const winners = settled.flatMap((result, index) =>
    result.status === 'fulfilled' ? [{ item: result.value, by: index === 0 ? first : second }] : [],
  );
  const losers = settled.flatMap((result, index) =>
    result.status === 'rejected'
      ? [{ reason: result.reason as unknown, by: index === 0 ? first : second }]
      : [],
  );
  expect(winners, `winners of ${first.name} vs ${second.name}`).toHaveLength(1);
  const [loser] = losers;
  expect(loser?.reason).toBeInstanceOf(UniqueConstraintError);
  if (loser !== undefined) expect((loser.reason as UniqueConstraintError).field).toBe(field(loser.by));
  const [winner] = winners;
  if (winner === undefined) throw new Error('no winner');
  return { winner: winner.item, winnerScope: winner.by.scope, loser: loser?.by };
}

function contender(name: string, scope: TenantScope, overrides: object): Contender {
  const fixture = table[name as keyof typeof table] as CrudFixture;
  return { name, scope, create: () => fixture.createRaw(scope, { ...fixture.input(scope), ...overrides }) };
}

/** The field that holds the internal number, per owner kind sharing the tenant's numbering plan. */
const NUMBER_FIELD: Record<string, string> = {
  users: 'extensionNumber',
  groups: 'extensionNumber',
  queues: 'extensionNumber',
  ivrs: 'extensionNumber',
  voicemailBoxes: 'extensionNumber',
  extensions: 'number',
};

describe.concurrent('two concurrent creates of the same unique value: exactly one wins', () => {
  it('the same extension number for two users of one tenant', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const scope = freshTenant();
      const number = unique.extensionNumber();
      const { winner } = await race(
        contender('users', scope, { extensionNumber: number }),
        contender('users', scope, { extensionNumber: number }),
        () => 'extensionNumber',
      );
      expect((await store.users.findByExtensionNumber(scope, number))?.id).toBe(winner.id);
      expect((await store.users.list(scope)).items.map((user) => user.id)).toEqual([winner.id]);
    }
  });

  // Each kind against the next one in the ring, so every owner kind both attacks and defends a number.
  const kinds = Object.keys(NUMBER_FIELD);
  it.each(kinds.map((kind, index) => [kind, kinds[(index + 1) % kinds.length] ?? kind]))(
    'the same extension number for a %s and a %s of one tenant',
    async (left, right) => {
      for (let round = 0; round < ROUNDS; round++) {
        const scope = freshTenant();
        const number = unique.extensionNumber();
        const { winner, loser } = await race(
          contender(left, scope, { [NUMBER_FIELD[left] ?? '']: number }),
          contender(right, scope, { [NUMBER_FIELD[right] ?? '']: number }),
          (lost) => NUMBER_FIELD[lost.name] ?? '',
        );
        expect((await store.extensions.numberHolder(scope, number))?.id).toBe(winner.id);
        // The fresh tenant holds only the winner: the loser's write was cancelled with its guard.
        const losing = table[(loser?.name ?? left) as keyof typeof table] as CrudFixture;
        expect((await losing.list(scope)).items).toEqual([]);
      }
    },
  );

  it('the same DID for two tenants: the number belongs to one tenant of the platform', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const e164 = unique.did();
      const { winner, winnerScope, loser } = await race(
        contender('numbers', freshTenant(), { e164 }),
        contender('numbers', freshTenant(), { e164 }),
        () => 'e164',
      );
      expect(await store.numbers.resolveByE164(e164)).toMatchObject({
        id: winner.id,
        tenantId: winnerScope.tenantId,
      });
      expect((await store.numbers.list(loser?.scope ?? winnerScope)).items).toHaveLength(loser ? 0 : 1);
    }
  });

  it('the same SIP username for devices of two tenants', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const sipUsername = unique.sipUsername();
      const { winner, loser } = await race(
        contender('devices', freshTenant(), { sipUsername }),
        contender('devices', freshTenant(), { sipUsername }),
        () => 'sipUsername',
      );
      expect((await store.devices.resolveBySipUsername(sipUsername))?.id).toBe(winner.id);
      if (loser) expect((await store.devices.list(loser.scope)).items).toEqual([]);
    }
  });

  it('the same MAC address, written two ways, for devices of two tenants', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const mac = unique.macAddress();
      // 02:AB:… and 02ab… are one phone: the guard holds the normalised form.
      const bare = mac.replaceAll(':', '').toLowerCase();
      const { winner, loser } = await race(
        contender('devices', freshTenant(), { macAddress: mac }),
        contender('devices', freshTenant(), { macAddress: bare }),
        () => 'macAddress',
      );
      expect((await store.devices.resolveByMacAddress(mac))?.id).toBe(winner.id);
      if (loser) expect((await store.devices.list(loser.scope)).items).toEqual([]);
    }
  });

  it('two users moving onto the same free number at once: one moves, the other keeps its own number', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const scope = freshTenant();
      const users = table.users as CrudFixture;
      const [first, second] = await Promise.all([users.create(scope), users.create(scope)]);
      if (first === undefined || second === undefined) throw new Error('users not created');
      const contested = unique.extensionNumber();
      const settled = await Promise.allSettled(
        [first, second].map((user) =>
          store.users.update(scope, user.id, { extensionNumber: contested }, { expectedVersion: 1 }),
        ),
      );

      const winnerIndex = settled.findIndex((result) => result.status === 'fulfilled');
      const loserResult = settled[1 - winnerIndex];
      expect(settled.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const reason = loserResult?.status === 'rejected' ? loserResult.reason : undefined;
      expect(reason).toBeInstanceOf(UniqueConstraintError);
      expect(reason).toMatchObject({ field: 'extensionNumber' });
      const winner = [first, second][winnerIndex];
      const loser = await store.users.get(scope, [first, second][1 - winnerIndex]?.id ?? '');
      expect((await store.extensions.numberHolder(scope, contested))?.id).toBe(winner?.id);
      // The loser's transaction was cancelled whole: same version, and its old number is still guarded for it.
      expect(loser.version).toBe(1);
      expect((await store.users.findByExtensionNumber(scope, loser.extensionNumber))?.id).toBe(loser.id);
    }
  });

  it('a create and an update racing for one number: one holder, and the guard agrees with the items', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const scope = freshTenant();
      const group = await (table.groups as CrudFixture).create(scope);
      const contested = unique.extensionNumber();
      const [update, create] = await Promise.allSettled([
        store.groups.update(scope, group.id, { extensionNumber: contested }, { expectedVersion: 1 }),
        contender('queues', scope, { extensionNumber: contested }).create(),
      ]);

      expect([update.status, create.status].sort()).toEqual(['fulfilled', 'rejected']);
      const holder = await store.extensions.numberHolder(scope, contested);
      if (update.status === 'fulfilled') {
        expect(holder).toMatchObject({ entity: 'group', id: group.id });
        expect((await store.queues.list(scope)).items).toEqual([]);
      } else {
        expect(update.reason).toBeInstanceOf(UniqueConstraintError);
        expect(update.reason).toMatchObject({ field: 'extensionNumber' });
        expect(holder).toMatchObject({ entity: 'queue' });
        expect(await store.groups.get(scope, group.id)).toMatchObject({ version: 1 });
      }
    }
  });
});
