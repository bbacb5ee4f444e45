import { type Cdr, newId } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { InvalidCursorError } from '../errors';
import { freshTenant, integrationStore } from '../int-test-support';
import type { AuditFilter } from './audit-log';
import type { CdrFilter, NewCdr } from './cdrs';
import type { TimeRange } from './time-series';

const store = integrationStore();

interface CallSpec {
  readonly startedAt: string;
  readonly caller?: string;
  readonly callee?: string;
  readonly users?: readonly string[];
  readonly answered?: boolean;
  readonly direction?: NewCdr['direction'];
}

/** A CDR with one leg per user (or one without a user). */
function call(spec: CallSpec): NewCdr {
  const { startedAt } = spec;
  const answered = spec.answered ?? false;
  const endedAt = new Date(Date.parse(startedAt) + 30_000).toISOString();
  const answeredAt = answered ? new Date(Date.parse(startedAt) + 5_000).toISOString() : null;
  const caller = { number: spec.caller ?? '201', name: null };
  const callee = { number: spec.callee ?? '202', name: null };
  const users = spec.users ?? [];
  const leg = (userId: string | null, index: number) => ({
    legId: `leg-${index}`,
    kind: 'extension' as const,
    caller,
    callee,
    deviceId: null,
    userId,
    trunkId: null,
    startedAt,
    answeredAt,
    endedAt,
    disposition: answered ? ('answered' as const) : ('no-answer' as const),
    hangupCause: answered ? 16 : 19,
    hangupSide: 'caller' as const,
    codec: answered ? 'PCMU' : null,
    rtp: null,
  });
  return {
    callId: `call-${newId('cdr')}`,
    idempotencyKey: newId('cdr'),
    direction: spec.direction ?? 'internal',
    caller,
    callee,
    startedAt,
    answeredAt,
    endedAt,
    durationSeconds: 30,
    billableSeconds: answered ? 25 : 0,
    disposition: answered ? 'answered' : 'no-answer',
    hangupCause: answered ? 16 : 19,
    hangupSide: 'caller',
    private: false,
    legs: users.length === 0 ? [leg(null, 0)] : users.map(leg),
  };
}

async function all(
  scope: { tenantId: string },
  range: TimeRange,
  filter: CdrFilter,
  limit: number,
): Promise<{ starts: string[]; pages: number }> {
  const starts: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await store.cdrs.search(scope, range, filter, { limit, ...(cursor ? { cursor } : {}) });
    starts.push(...page.items.map((cdr: Cdr) => cdr.startedAt));
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor !== undefined && pages < 20);
  return { starts, pages };
}

describe('CdrRepository.search', () => {
  const alice = newId('usr');
  const bob = newId('usr');
  const carol = newId('usr');
  const range = { from: '2024-07-01T00:00:00.000Z', to: '2024-07-04T00:00:00.000Z' };
  const calls: CallSpec[] = [
    { startedAt: '2024-07-01T08:00:00.000Z', users: [alice, bob], answered: true },
    { startedAt: '2024-07-01T23:59:59.000Z', users: [bob], caller: '+4930111', direction: 'inbound' },
    { startedAt: '2024-07-02T09:00:00.000Z', users: [alice], callee: '+4930999', direction: 'outbound' },
    { startedAt: '2024-07-02T10:00:00.000Z', users: [carol, alice], answered: true },
    { startedAt: '2024-07-03T11:00:00.000Z', users: [], caller: '+4930111', direction: 'inbound' },
    { startedAt: '2024-07-04T00:00:00.000Z', users: [alice] }, // at `to`: outside
    { startedAt: '2024-06-30T23:59:59.999Z', users: [alice] }, // before `from`: outside
  ];
  const tenant = freshTenant();
  const seeded = (async () => {
    for (const spec of calls) await store.cdrs.record(tenant, call(spec));
    // Another tenant's call with the same users and numbers must never show.
    await store.cdrs.record(
      freshTenant(),
      call({ ...calls[0], startedAt: '2024-07-02T12:00:00.000Z' } as CallSpec),
    );
  })();
  const newestFirst = (specs: CallSpec[]) =>
    specs
      .map((spec) => spec.startedAt)
      .sort()
      .reverse();
  const inRange = calls.slice(0, 5);

  it('lists the tenant newest first across days, page by page', async () => {
    await seeded;
    const { starts, pages } = await all(tenant, range, {}, 2);
    expect(starts).toEqual(newestFirst(inRange));
    expect(pages).toBe(3);
  });

  it.each([
    ['a user on any leg', { userId: alice }, (spec: CallSpec) => spec.users?.includes(alice) === true],
    ['another user', { userId: bob }, (spec: CallSpec) => spec.users?.includes(bob) === true],
    [
      'a number as caller or callee',
      { number: '+4930111' },
      (spec: CallSpec) => spec.caller === '+4930111' || spec.callee === '+4930111',
    ],
    ['an extension number', { number: '202' }, (spec: CallSpec) => (spec.callee ?? '202') === '202'],
    ['a disposition', { disposition: 'answered' }, (spec: CallSpec) => spec.answered === true],
    ['a direction', { direction: 'inbound' }, (spec: CallSpec) => spec.direction === 'inbound'],
    [
      'a user and a number',
      { userId: alice, number: '+4930999' },
      (spec: CallSpec) => spec.users?.includes(alice) === true && spec.callee === '+4930999',
    ],
    [
      'a user and a disposition',
      { userId: alice, disposition: 'no-answer' },
      (spec: CallSpec) => spec.users?.includes(alice) === true && spec.answered !== true,
    ],
  ] as const)('filters by %s, pages of one', async (_, filter, matches) => {
    await seeded;
    const expected = newestFirst(inRange.filter(matches));
    expect(expected.length).toBeGreaterThan(0);
    expect((await all(tenant, range, filter as CdrFilter, 1)).starts).toEqual(expected);
    expect((await all(tenant, range, filter as CdrFilter, 100)).starts).toEqual(expected);
  });

  it('finds a CDR by id alone, only in its tenant', async () => {
    const { cdr } = await store.cdrs.record(tenant, call({ startedAt: '2024-07-05T10:00:00.000Z' }));
    expect(await store.cdrs.findById(tenant, cdr.id)).toEqual(cdr);
    expect(await store.cdrs.findById(freshTenant(), cdr.id)).toBeUndefined();
    expect(await store.cdrs.findById(tenant, newId('cdr'))).toBeUndefined();
  });

  it('refuses a cursor of another filter', async () => {
    await seeded;
    const page = await store.cdrs.search(tenant, range, { userId: alice }, { limit: 1 });
    expect(page.nextCursor).toBeDefined();
    await expect(
      store.cdrs.search(tenant, range, { userId: bob }, { limit: 1, cursor: page.nextCursor ?? '' }),
    ).rejects.toThrow(InvalidCursorError);
    await expect(
      store.cdrs.search(
        tenant,
        range,
        { disposition: 'answered' },
        { limit: 1, cursor: page.nextCursor ?? '' },
      ),
    ).rejects.toThrow(InvalidCursorError);
  });
});

describe('AuditLog.search', () => {
  it('filters by actor, target and target type, newest first, page by page', async () => {
    const tenant = freshTenant();
    const [keyA, keyB] = [newId('key'), newId('key')];
    const [user1, user2] = [newId('usr'), newId('usr')];
    const trunk = newId('trk');
    const made = [
      { actor: keyA, targetType: 'user', targetId: user1 },
      { actor: keyB, targetType: 'user', targetId: user1 },
      { actor: keyA, targetType: 'user', targetId: user2 },
      { actor: keyA, targetType: 'trunk', targetId: trunk },
      { actor: keyB, targetType: 'trunk', targetId: trunk },
    ];
    const ids: string[] = [];
    for (const entry of made) {
      const appended = await store.audit.append(tenant, {
        resellerId: null,
        actor: { kind: 'api-key', id: entry.actor, label: 'key' },
        action: `${entry.targetType}.update`,
        targetType: entry.targetType,
        targetId: entry.targetId,
        before: null,
        after: { n: ids.length },
        requestId: null,
      });
      ids.push(appended.id);
      // Distinct instants, so "newest first" has one answer.
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const range = {
      from: new Date(Date.now() - 3_600_000).toISOString(),
      to: new Date(Date.now() + 3_600_000).toISOString(),
    };
    const expectFor = async (filter: AuditFilter, keep: (entry: (typeof made)[number]) => boolean) => {
      const expected = made.flatMap((entry, index) => (keep(entry) ? [ids[index]] : [])).reverse();
      for (const limit of [1, 100]) {
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await store.audit.search(tenant, range, filter, {
            limit,
            ...(cursor ? { cursor } : {}),
          });
          seen.push(...page.items.map((item) => item.id));
          cursor = page.nextCursor;
          pages += 1;
        } while (cursor !== undefined && pages < 20);
        expect(seen, JSON.stringify(filter)).toEqual(expected);
      }
    };
    await expectFor({}, () => true);
    await expectFor({ actorId: keyA }, (entry) => entry.actor === keyA);
    await expectFor({ targetId: user1 }, (entry) => entry.targetId === user1);
    await expectFor({ targetType: 'trunk' }, (entry) => entry.targetType === 'trunk');
    await expectFor(
      { actorId: keyA, targetType: 'user' },
      (entry) => entry.actor === keyA && entry.targetType === 'user',
    );
    await expectFor(
      { actorId: keyB, targetId: trunk },
      (entry) => entry.actor === keyB && entry.targetId === trunk,
    );
    expect((await store.audit.search(freshTenant(), range, { actorId: keyA })).items).toEqual([]);
  });
});
