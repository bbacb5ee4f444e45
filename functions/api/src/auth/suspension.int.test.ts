import { describe, expect, it } from 'vitest';
import { call, integrationApi } from '../int-test-fixtures';
import {
  apiKey,
  asSession,
  login,
  portalUser,
  reseller,
  sessionOf,
  TEST_PASSWORD,
  tenant,
} from '../test-support/principals';

const { app, store } = integrationApi();

async function suspendTenant(tenantId: string) {
  const current = await store.tenants.get(tenantId);
  await store.tenants.update(tenantId, { status: 'suspended' }, { expectedVersion: current.version });
}

describe('suspended tenants and resellers', () => {
  it("refuses a suspended tenant's API keys, sessions and logins; its reseller still reaches it", async () => {
    const rsl = await reseller(store);
    const tnt = await tenant(store, rsl.id);
    const tenantKey = await apiKey(store, { kind: 'tenant', id: tnt.id }, ['users:write']);
    const resellerKey = await apiKey(store, { kind: 'reseller', id: rsl.id }, ['users:read']);
    const user = await portalUser(app, tnt.id, tenantKey.key);
    const session = await sessionOf(app, { email: user.email, password: TEST_PASSWORD });
    const users = `/tenants/${tnt.id}/users`;

    await suspendTenant(tnt.id);

    const byKey = await call(app, 'GET', users, { key: tenantKey.key });
    expect(byKey.status).toBe(403);
    expect((byKey.json as { code: string }).code).toBe('account-suspended');
    expect((await asSession(app, session, 'GET', '/me')).status).toBe(403);
    const loggingIn = await login(app, { email: user.email, password: TEST_PASSWORD });
    expect(loggingIn.status).toBe(403);
    expect(loggingIn.response.headers.getSetCookie()).toEqual([]);
    // A wrong password still says only "wrong": suspension is not revealed to someone without the password.
    expect((await login(app, { email: user.email, password: 'wrong password guess' })).status).toBe(401);

    expect((await call(app, 'GET', users, { key: resellerKey.key })).status).toBe(200);
  });

  it("refuses a suspended reseller's API keys", async () => {
    const rsl = await reseller(store);
    const key = await apiKey(store, { kind: 'reseller', id: rsl.id }, ['users:read']);
    const tnt = await tenant(store, rsl.id);
    expect((await call(app, 'GET', `/tenants/${tnt.id}/users`, { key: key.key })).status).toBe(200);
    await store.resellers.update(rsl.id, { status: 'suspended' }, { expectedVersion: rsl.version });
    const refused = await call(app, 'GET', `/tenants/${tnt.id}/users`, { key: key.key });
    expect(refused.status).toBe(403);
    expect((refused.json as { code: string }).code).toBe('account-suspended');
  });

  it('lets a reseller admin reach the tenants of its sub-resellers, not of its parent or siblings', async () => {
    const parent = await reseller(store);
    const child = await reseller(store, parent.id);
    const sibling = await reseller(store, parent.id);
    const childTenant = await tenant(store, child.id);
    const siblingTenant = await tenant(store, sibling.id);
    const parentKey = await apiKey(store, { kind: 'reseller', id: parent.id }, ['users:read']);
    const childKey = await apiKey(store, { kind: 'reseller', id: child.id }, ['users:read']);
    const users = (tenantId: string) => `/tenants/${tenantId}/users`;
    expect((await call(app, 'GET', users(childTenant.id), { key: parentKey.key })).status).toBe(200);
    expect((await call(app, 'GET', users(childTenant.id), { key: childKey.key })).status).toBe(200);
    expect((await call(app, 'GET', users(siblingTenant.id), { key: childKey.key })).status).toBe(404);
  });
});
