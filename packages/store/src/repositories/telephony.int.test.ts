import { bindingExpiry, newId, type Registration } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { InvalidCursorError, InvalidRequestError, UniqueConstraintError } from '../errors';
import { freshTenant, integrationStore } from '../int-test-support';
import type { NewCdr } from './cdrs';

const store = integrationStore();

/** A DID no other test (or earlier run against the same server) uses. */
function freshDid(): string {
  return `+4930${String(Date.now()).slice(-7)}${Math.floor(Math.random() * 1000)}`.slice(0, 16);
}

describe('PhoneNumberRepository', () => {
  it('gives a DID to one tenant only and resolves the tenant from it', async () => {
    const e164 = freshDid();
    const tenantA = freshTenant();
    const number = await store.numbers.create(tenantA, {
      e164,
      trunkId: null,
      target: null,
      status: 'unassigned',
      label: '',
    });

    await expect(
      store.numbers.create(freshTenant(), {
        e164,
        trunkId: null,
        target: null,
        status: 'unassigned',
        label: '',
      }),
    ).rejects.toThrow(UniqueConstraintError);
    expect(await store.numbers.resolveByE164(e164)).toMatchObject({
      id: number.id,
      tenantId: tenantA.tenantId,
    });
    expect(await store.numbers.findByE164(freshTenant(), e164)).toBeUndefined();
  });
});

describe('RegistrationRepository', () => {
  function binding(
    tenantId: string,
    aor: string,
    contactUri: string,
    now: Date,
    expires: number,
  ): Registration {
    return {
      id: newId('reg'),
      tenantId,
      deviceId: newId('dev'),
      aor,
      contactUri,
      instanceId: null,
      regId: null,
      callId: 'call-1',
      cseq: 1,
      transport: 'udp',
      sourceAddress: '127.0.0.1:5060',
      userAgent: null,
      edgeNodeId: 'edge-1',
      registeredAt: now.toISOString(),
      ...bindingExpiry(now, expires),
    };
  }

  it('returns live bindings of an AOR and hides those past their TTL before DynamoDB deletes them', async () => {
    const tenant = freshTenant();
    const aor = 'sip:alice@acme.example.test';
    const now = new Date();
    await store.registrations.put(
      tenant,
      binding(tenant.tenantId, aor, 'sip:alice@10.0.0.1:5060', now, 3600),
    );
    // Already expired: written with an expiry in the past, still physically in the table.
    await store.registrations.put(
      tenant,
      binding(tenant.tenantId, aor, 'sip:alice@10.0.0.2:5060', new Date(now.getTime() - 7200_000), 60),
    );

    const live = await store.registrations.listByAor(tenant, aor);
    expect(live.map((registration) => registration.contactUri)).toEqual(['sip:alice@10.0.0.1:5060']);
    expect(await store.registrations.listByAor(freshTenant(), aor)).toEqual([]);
  });

  it('writes puts and removals of several tenants in batches of 25 (group commit)', async () => {
    const tenantA = freshTenant();
    const tenantB = freshTenant();
    const now = new Date();
    const aorA = 'sip:alice@acme.example.test';
    const aorB = 'sip:bob@other.example.test';
    const many = Array.from({ length: 30 }, (_, i) =>
      binding(tenantA.tenantId, aorA, `sip:alice@10.0.1.${i}:5060`, now, 600),
    );
    const other = binding(tenantB.tenantId, aorB, 'sip:bob@10.0.2.1:5060', now, 600);
    await store.registrations.writeBatch(
      [...many, other].map((registration) => ({
        kind: 'put',
        scope: { tenantId: registration.tenantId },
        registration,
      })),
    );
    expect(await store.registrations.listByAor(tenantA, aorA)).toHaveLength(30);
    expect((await store.registrations.listByAor(tenantB, aorB)).map((b) => b.contactUri)).toEqual([
      'sip:bob@10.0.2.1:5060',
    ]);

    const refreshed = { ...many[0]!, cseq: 2 };
    await store.registrations.writeBatch([
      { kind: 'put', scope: tenantA, registration: refreshed },
      ...many.slice(1).map((registration) => ({ kind: 'remove' as const, scope: tenantA, registration })),
    ]);
    const left = await store.registrations.listByAor(tenantA, aorA);
    expect(left.map((b) => [b.contactUri, b.cseq])).toEqual([['sip:alice@10.0.1.0:5060', 2]]);
  });

  it('refuses two writes of one binding in a batch and invalid bindings, writing nothing', async () => {
    const tenant = freshTenant();
    const aor = 'sip:carol@acme.example.test';
    const one = binding(tenant.tenantId, aor, 'sip:carol@10.0.3.1:5060', new Date(), 600);
    await expect(
      store.registrations.writeBatch([
        { kind: 'put', scope: tenant, registration: one },
        { kind: 'remove', scope: tenant, registration: one },
      ]),
    ).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(
      store.registrations.writeBatch([
        { kind: 'put', scope: tenant, registration: { ...one, transport: 'carrier-pigeon' as 'udp' } },
      ]),
    ).rejects.toThrow();
    expect(await store.registrations.listByAor(tenant, aor)).toEqual([]);
  });

  it('hides a binding once the clock passes its expiry', async () => {
    const tenant = freshTenant();
    const aor = 'sip:bob@acme.example.test';
    const now = new Date();
    await store.registrations.put(tenant, binding(tenant.tenantId, aor, 'sip:bob@10.0.0.3:5060', now, 60));
    const later = integrationStore(() => new Date(now.getTime() + 61_000));
    expect(await store.registrations.listByAor(tenant, aor)).toHaveLength(1);
    expect(await later.registrations.listByAor(tenant, aor)).toEqual([]);
  });
});

describe('CdrRepository', () => {
  function cdr(startedAt: string, idempotencyKey = newId('cdr')): NewCdr {
    const endedAt = new Date(Date.parse(startedAt) + 30_000).toISOString();
    const party = { number: '101', name: null };
    return {
      callId: `call-${idempotencyKey}`,
      idempotencyKey,
      direction: 'internal',
      caller: party,
      callee: { number: '102', name: null },
      startedAt,
      answeredAt: null,
      endedAt,
      durationSeconds: 30,
      billableSeconds: 0,
      disposition: 'no-answer',
      hangupCause: 19,
      hangupSide: 'caller',
      private: false,
      legs: [
        {
          legId: 'leg-1',
          kind: 'extension',
          caller: party,
          callee: { number: '102', name: null },
          deviceId: null,
          userId: null,
          trunkId: null,
          startedAt,
          answeredAt: null,
          endedAt,
          disposition: 'no-answer',
          hangupCause: 19,
          hangupSide: 'caller',
          codec: null,
          rtp: null,
        },
      ],
    } as NewCdr;
  }

  it('writes a retried report once and returns the first record', async () => {
    const tenant = freshTenant();
    const first = await store.cdrs.record(tenant, cdr('2024-05-01T08:00:00.000Z', 'idem-key-0001'));
    const retry = await store.cdrs.record(tenant, cdr('2024-05-01T08:00:00.000Z', 'idem-key-0001'));
    expect(first.created).toBe(true);
    expect(retry).toEqual({ cdr: first.cdr, created: false });
  });

  it('lists CDRs across day partitions in time order, page by page, only for their tenant', async () => {
    const tenant = freshTenant();
    const starts = [
      '2024-05-01T23:59:00.000Z',
      '2024-05-02T00:01:00.000Z',
      '2024-05-02T12:00:00.000Z',
      '2024-05-04T09:00:00.000Z',
      '2024-05-05T09:00:00.000Z', // outside the range
    ];
    for (const start of [...starts].reverse()) await store.cdrs.record(tenant, cdr(start));
    await store.cdrs.record(freshTenant(), cdr('2024-05-02T06:00:00.000Z'));

    const range = { from: '2024-05-01T00:00:00.000Z', to: '2024-05-05T00:00:00.000Z' };
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.cdrs.list(tenant, range, { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((record) => record.startedAt));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== undefined && pages < 10);
    expect(seen).toEqual(starts.slice(0, 4));

    const firstPage = await store.cdrs.list(tenant, range, { limit: 2 });
    await expect(
      store.cdrs.list(freshTenant(), range, { limit: 2, cursor: firstPage.nextCursor ?? '' }),
    ).rejects.toThrow(InvalidCursorError);
  });
});
