import { randomInt } from 'node:crypto';
import { createNumberInputSchema, newId } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { call, integrationApi } from '../int-test-fixtures';
import { apiKey } from '../test-support/principals';
import { contractTests, resellerTenantWithKey, userSession } from './tenant-resource-contract';

const { app, store } = integrationApi();

/** A fresh German geographic DID (+49 30 …), random so runs and tenants do not collide. */
function did(): string {
  return `+4930${String(randomInt(10_000_000, 99_999_999))}`;
}

contractTests(app, store, {
  segment: 'numbers',
  scopes: ['numbers:write'],
  tenant: () => resellerTenantWithKey(store, ['numbers:write']),
  createSchema: createNumberInputSchema,
  valid: () => ({ e164: did(), label: 'Main line' }),
  invalid: [
    ['e164', (valid) => ({ ...valid, e164: '030 1234567' })],
    ['e164', (valid) => ({ ...valid, e164: '+0301234567' })],
    ['e164', (valid) => ({ ...valid, e164: '+4930123456789012' })],
    ['target', (valid) => ({ ...valid, status: 'assigned' })],
    ['target.id', (valid) => ({ ...valid, target: { kind: 'user', id: newId('usr') }, status: 'assigned' })],
    ['trunkId', (valid) => ({ ...valid, trunkId: newId('trk') })],
    ['label', (valid) => ({ ...valid, label: 'x'.repeat(61) })],
  ],
  patch: { label: 'Sales' },
});

interface NumberBody {
  id: string;
  e164: string;
  status: string;
  target: { kind: string; id: string } | null;
  version: number;
}

async function world() {
  const reseller = await resellerTenantWithKey(store, ['numbers:write', 'users:write']);
  const tenantAdmin = await apiKey(store, { kind: 'tenant', id: reseller.tenantId }, [
    'numbers:write',
    'users:write',
  ]);
  return { tenantId: reseller.tenantId, resellerKey: reseller.key, adminKey: tenantAdmin.key };
}

describe('numbers: who may do what', () => {
  it('the reseller adds and releases; the tenant admin assigns and unassigns, and changes nothing else', async () => {
    const { tenantId, resellerKey, adminKey } = await world();
    const collection = `/tenants/${tenantId}/numbers`;
    const e164 = did();

    const byAdmin = await call(app, 'POST', collection, { key: adminKey, body: { e164 } });
    expect(byAdmin.status).toBe(403);
    const created = await call(app, 'POST', collection, { key: resellerKey, body: { e164 } });
    expect(created.status, created.text).toBe(201);
    const number = created.json as NumberBody;
    expect(number).toMatchObject({ e164, status: 'unassigned', target: null });
    const path = `${collection}/${number.id}`;

    const user = await userSession(app, tenantId, adminKey);
    const assigned = await call(app, 'PATCH', path, {
      key: adminKey,
      body: { target: { kind: 'user', id: user.userId } },
      headers: { 'if-match': '"1"' },
    });
    expect(assigned.status, assigned.text).toBe(200);
    expect(assigned.json).toMatchObject({ status: 'assigned', target: { kind: 'user', id: user.userId } });

    const trunk = await call(app, 'PATCH', path, {
      key: adminKey,
      body: { trunkId: newId('trk'), label: 'Hotline' },
      headers: { 'if-match': '"2"' },
    });
    expect(trunk.status).toBe(403);
    expect((trunk.json as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual([
      'trunkId',
    ]);
    const suspend = await call(app, 'PATCH', path, {
      key: adminKey,
      body: { status: 'suspended', target: null },
      headers: { 'if-match': '"2"' },
    });
    expect(suspend.status).toBe(403);

    const unassigned = await call(app, 'PATCH', path, {
      key: adminKey,
      body: { target: null },
      headers: { 'if-match': '"2"' },
    });
    expect(unassigned.status, unassigned.text).toBe(200);
    expect(unassigned.json).toMatchObject({ status: 'unassigned', target: null, version: 3 });

    // The reseller suspends it; the tenant admin can then no longer assign it.
    const suspended = await call(app, 'PATCH', path, {
      key: resellerKey,
      body: { status: 'suspended' },
      headers: { 'if-match': '"3"' },
    });
    expect(suspended.status, suspended.text).toBe(200);
    const blocked = await call(app, 'PATCH', path, {
      key: adminKey,
      body: { target: { kind: 'user', id: user.userId } },
      headers: { 'if-match': '"4"' },
    });
    expect(blocked.status).toBe(403);

    expect((await call(app, 'DELETE', path, { key: adminKey, headers: { 'if-match': '"4"' } })).status).toBe(
      403,
    );
    const released = await call(app, 'DELETE', path, { key: resellerKey, headers: { 'if-match': '"4"' } });
    expect(released.status).toBe(204);
    // Released: the number can be sold again, to any tenant.
    expect((await store.numbers.resolveByE164(e164))?.id).toBeUndefined();
  });

  it('a number belongs to one tenant on the whole platform; targets must be items of the same tenant', async () => {
    const a = await world();
    const b = await world();
    const e164 = did();
    const first = await call(app, 'POST', `/tenants/${a.tenantId}/numbers`, {
      key: a.resellerKey,
      body: { e164 },
    });
    expect(first.status).toBe(201);
    const taken = await call(app, 'POST', `/tenants/${b.tenantId}/numbers`, {
      key: b.resellerKey,
      body: { e164 },
    });
    expect(taken.status).toBe(409);
    expect((taken.json as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual([
      'e164',
    ]);
    expect((await store.numbers.resolveByE164(e164))?.tenantId).toBe(a.tenantId);

    // B's user is no target for A's number: it reads as an unknown id.
    const bUser = await userSession(app, b.tenantId, b.adminKey);
    const foreign = await call(
      app,
      'PATCH',
      `/tenants/${a.tenantId}/numbers/${(first.json as NumberBody).id}`,
      {
        key: a.adminKey,
        body: { target: { kind: 'user', id: bUser.userId } },
        headers: { 'if-match': '"1"' },
      },
    );
    expect(foreign.status).toBe(422);
    expect((foreign.json as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual([
      'target.id',
    ]);
  });

  it('assigns to a group, queue or IVR of the tenant', async () => {
    const { tenantId, resellerKey, adminKey } = await world();
    const routingKey = (
      await apiKey(store, { kind: 'tenant', id: tenantId }, ['routing:write', 'numbers:write'])
    ).key;
    const queue = await call(app, 'POST', `/tenants/${tenantId}/queues`, {
      key: routingKey,
      body: { name: 'Support', extensionNumber: '650' },
    });
    expect(queue.status, queue.text).toBe(201);
    const created = await call(app, 'POST', `/tenants/${tenantId}/numbers`, {
      key: resellerKey,
      body: {
        e164: did(),
        target: { kind: 'queue', id: (queue.json as { id: string }).id },
        status: 'assigned',
      },
    });
    expect(created.status, created.text).toBe(201);
    expect((created.json as NumberBody).target?.kind).toBe('queue');
    const list = await call(app, 'GET', `/tenants/${tenantId}/numbers`, { key: adminKey });
    expect((list.json as { items: NumberBody[] }).items).toHaveLength(1);
  });
});
