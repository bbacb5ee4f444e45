import { afterAll, describe, expect, it } from 'vitest';
import { LOGIN_LOCKOUT } from '../auth/login-lockout';
import { call, integrationApi, seenBodies, tenantWithKey, userInput } from '../int-test-fixtures';

const { app, store } = integrationApi();
const PASSWORD = 'correct horse battery 42';

/** A tenant with one user who can log in (created through the API, so the password is hashed there). */
async function userWithPassword(overrides: Record<string, unknown> = {}) {
  const { tenantId, key } = await tenantWithKey(store);
  const input = userInput({ password: PASSWORD, ...overrides });
  const created = await call(app, 'POST', `/tenants/${tenantId}/users`, { key, body: input });
  expect(created.status).toBe(201);
  return { tenantId, key, email: input.email, user: created.json as { id: string } };
}

async function login(email: string, password: string) {
  return call(app, 'POST', '/session', { body: { email, password } });
}

/** The cookies of a response as a Cookie header, and the raw Set-Cookie lines. */
function cookiesOf(response: Response) {
  const lines = response.headers.getSetCookie();
  return { header: lines.map((line) => line.split(';')[0]).join('; '), lines };
}

describe('portal sessions', () => {
  it('logs in with e-mail and password into an httpOnly, Secure, SameSite=Strict session cookie', async () => {
    const { email, user } = await userWithPassword();
    const response = await login(email, PASSWORD);
    expect(response.status).toBe(200);
    const { lines } = cookiesOf(response.response);
    const session = lines.find((line) => line.startsWith('__Host-carillon-session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/Secure/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect((response.json as { user: { id: string } }).user.id).toBe(user.id);
  });

  it('lets a user see and change only their own record, and only self-service fields, with the CSRF token', async () => {
    const self = await userWithPassword();
    const other = (
      await call(app, 'POST', `/tenants/${self.tenantId}/users`, { key: self.key, body: userInput() })
    ).json as { id: string };
    const loggedIn = await login(self.email, PASSWORD);
    const { header } = cookiesOf(loggedIn.response);
    const csrf = (loggedIn.json as { csrfToken: string }).csrfToken;
    const own = `/tenants/${self.tenantId}/users/${self.user.id}`;
    const asUser = (
      method: string,
      path: string,
      extra: { body?: unknown; headers?: Record<string, string> } = {},
    ) => call(app, method, path, { ...extra, headers: { cookie: header, ...extra.headers } });

    const list = await asUser('GET', `/tenants/${self.tenantId}/users`);
    expect((list.json as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([self.user.id]);
    expect((await asUser('GET', `/tenants/${self.tenantId}/users/${other.id}`)).status).toBe(404);

    const withoutCsrf = await asUser('PATCH', own, {
      body: { lastName: 'Self' },
      headers: { 'if-match': '"1"' },
    });
    expect(withoutCsrf.status).toBe(403);
    expect((withoutCsrf.json as { code: string }).code).toBe('csrf-token-mismatch');

    const csrfHeaders = { 'if-match': '"1"', 'x-csrf-token': csrf };
    const escalate = await asUser('PATCH', own, { body: { role: 'tenant-admin' }, headers: csrfHeaders });
    expect(escalate.status).toBe(403);
    expect((escalate.json as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual([
      'role',
    ]);

    const selfService = await asUser('PATCH', own, { body: { lastName: 'Self' }, headers: csrfHeaders });
    expect(selfService.status).toBe(200);
    expect(
      (await asUser('POST', `/tenants/${self.tenantId}/users`, { body: userInput(), headers: csrfHeaders }))
        .status,
    ).toBe(403);
  });

  it('gives the same 401 for an unknown address and a wrong password', async () => {
    const { email } = await userWithPassword();
    const wrong = await login(email, 'not the password at all');
    const unknown = await login(`nobody-${Date.now()}@example.test`, PASSWORD);
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect((wrong.json as { detail: string }).detail).toBe((unknown.json as { detail: string }).detail);
  });

  it(`locks an address after ${LOGIN_LOCKOUT.freeFailures} failures, even for the right password, with Retry-After`, async () => {
    const { email } = await userWithPassword();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LOGIN_LOCKOUT.freeFailures; attempt += 1) {
      statuses.push((await login(email, 'wrong password guess')).status);
    }
    expect(statuses).toEqual(Array(LOGIN_LOCKOUT.freeFailures).fill(401));
    const locked = await login(email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.response.headers.get('retry-after'))).toBe(LOGIN_LOCKOUT.firstLockSeconds);
  });

  it('refuses a session whose user was deleted', async () => {
    const { tenantId, key, email, user } = await userWithPassword();
    const { header } = cookiesOf((await login(email, PASSWORD)).response);
    await call(app, 'DELETE', `/tenants/${tenantId}/users/${user.id}`, { key, headers: { 'if-match': '*' } });
    const after = await call(app, 'GET', `/tenants/${tenantId}/users`, { headers: { cookie: header } });
    expect(after.status).toBe(401);
  });

  afterAll(() => {
    const all = seenBodies.join('\n');
    expect(all).not.toMatch(/\$argon2/);
    expect(all).not.toContain('passwordHash');
    expect(all).not.toContain(PASSWORD);
  });
});
