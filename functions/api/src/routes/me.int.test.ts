import { describe, expect, it } from 'vitest';
import { call, integrationApi, tenantWithKey, userInput } from '../int-test-fixtures';

const { app, store } = integrationApi();
const PASSWORD = 'correct horse battery 42';

describe('GET /me', () => {
  it('tells a portal session its role, tenant and user', async () => {
    const { tenantId, key } = await tenantWithKey(store);
    const input = userInput({ password: PASSWORD, role: 'tenant-admin' });
    const created = await call(app, 'POST', `/tenants/${tenantId}/users`, { key, body: input });
    expect(created.status).toBe(201);
    const login = await call(app, 'POST', '/session', { body: { email: input.email, password: PASSWORD } });
    const cookie = login.response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');

    const me = await call(app, 'GET', '/me', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({
      via: 'session',
      role: 'tenant-admin',
      tenantId,
      resellerId: null,
      user: { id: (created.json as { id: string }).id, email: input.email },
    });
    expect(me.text).not.toMatch(/passwordHash|pinHash/);
  });

  it('tells an API key its role and tenant, with no user', async () => {
    const { tenantId, key } = await tenantWithKey(store, ['users:read']);
    const me = await call(app, 'GET', '/me', { key });
    expect(me.status).toBe(200);
    expect(me.json).toEqual({ via: 'api-key', role: 'tenant-admin', tenantId, resellerId: null, user: null });
  });

  it('answers 401 without credentials', async () => {
    expect((await call(app, 'GET', '/me')).status).toBe(401);
  });
});
