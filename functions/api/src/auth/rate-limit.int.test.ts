import { createDynamoClients, EphemeralRecords } from '@carillon/store';
import { describe, expect, it } from 'vitest';
import { call, integrationApi, type TestApp } from '../int-test-fixtures';
import { apiKey, portalUser, reseller, sessionOf, TEST_PASSWORD, tenant } from '../test-support/principals';
import { loginFailuresKey } from './login-lockout';

let clock = Date.UTC(2026, 10, 25, 9, 0, 0);
const now = () => new Date(clock);
const WINDOW = 60;
const { app, store } = integrationApi(
  {
    RATE_LIMIT_WINDOW_SECONDS: WINDOW,
    RATE_LIMIT_PER_ADDRESS: 3,
    RATE_LIMIT_PER_API_KEY: 3,
    RATE_LIMIT_PER_SESSION: 3,
    RATE_LIMIT_LOGIN_PER_ADDRESS: 2,
  },
  { now },
);

function randomAddress() {
  return `127.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;
}

function get(target: TestApp, path: string, headers: Record<string, string>, address?: string) {
  return target.request(
    `/v1${path}`,
    { headers },
    address === undefined ? undefined : { incoming: { socket: { remoteAddress: address } } },
  );
}

async function tenantAdminKey() {
  const tnt = await tenant(store, (await reseller(store)).id);
  return { tnt, ...(await apiKey(store, { kind: 'tenant', id: tnt.id }, ['users:write'])) };
}

describe('rate limits (429 + Retry-After, RFC 9110 §10.2.3)', () => {
  it('limits each API key on its own and lets it go again in the next window', async () => {
    clock += WINDOW * 1000;
    const first = await tenantAdminKey();
    const second = await tenantAdminKey();
    const path = (tenantId: string) => `/tenants/${tenantId}/users`;
    const statuses: number[] = [];
    const responses: Response[] = [];
    for (let i = 0; i < 4; i += 1) {
      responses.push(await get(app, path(first.tnt.id), { authorization: `Bearer ${first.key}` }));
    }
    statuses.push(...responses.map((response) => response.status));
    const refused = responses[3] as Response;
    expect(statuses).toEqual([200, 200, 200, 429]);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW);
    expect(((await refused.json()) as { code: string }).code).toBe('rate-limited');
    expect((await get(app, path(second.tnt.id), { authorization: `Bearer ${second.key}` })).status).toBe(200);

    clock += retryAfter * 1000;
    expect((await get(app, path(first.tnt.id), { authorization: `Bearer ${first.key}` })).status).toBe(200);
  });

  it('limits each portal session user', async () => {
    clock += WINDOW * 1000;
    const admin = await tenantAdminKey();
    const user = await portalUser(app, admin.tnt.id, admin.key);
    const session = await sessionOf(app, { email: user.email, password: TEST_PASSWORD });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await get(app, '/me', { cookie: session.cookie })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('limits each source address before authentication, public routes included', async () => {
    clock += WINDOW * 1000;
    const address = randomAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await get(app, '/openapi.json', {}, address)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Unauthenticated attempts count too: a key-guessing client is stopped by its address.
    expect((await get(app, '/me', { authorization: 'Bearer ck_live_guess' }, address)).status).toBe(429);
    expect((await get(app, '/openapi.json', {}, randomAddress())).status).toBe(200);
  });

  it('takes the client address from X-Forwarded-For only as far as the configured proxies go', async () => {
    clock += WINDOW * 1000;
    const behindProxy = integrationApi(
      { RATE_LIMIT_PER_ADDRESS: 1, TRUSTED_PROXY_HOPS: 1, RATE_LIMIT_WINDOW_SECONDS: WINDOW },
      { now },
    ).app;
    const client = randomAddress();
    const proxy = randomAddress();
    const spoofed = (fake: string) => ({ 'x-forwarded-for': `${fake}, ${client}` });
    expect((await get(behindProxy, '/openapi.json', spoofed(randomAddress()), proxy)).status).toBe(200);
    // A different left-most (client-written) entry does not make a new client.
    expect((await get(behindProxy, '/openapi.json', spoofed(randomAddress()), proxy)).status).toBe(429);
  });

  it('limits logins per source address', async () => {
    clock += WINDOW * 1000;
    const address = randomAddress();
    const attempt = () =>
      app.request(
        '/v1/session',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            email: `spray-${Math.random()}@example.test`,
            password: 'guess guess guess',
          }),
        },
        { incoming: { socket: { remoteAddress: address } } },
      );
    const statuses = [(await attempt()).status, (await attempt()).status, (await attempt()).status];
    expect(statuses).toEqual([401, 401, 429]);
  });

  it('counts every one of concurrent failed logins (atomic counter, no lost update)', async () => {
    const admin = await tenantAdminKey();
    const user = await portalUser(app, admin.tnt.id, admin.key);
    const tries = 8;
    const results = await Promise.all(
      Array.from({ length: tries }, () =>
        call(app, 'POST', '/session', { body: { email: user.email, password: 'wrong password guess' } }),
      ),
    );
    // Some may already see the lock; every 401 was counted.
    const failures = results.filter((result) => result.status === 401).length;
    const records = new EphemeralRecords(
      createDynamoClients().document,
      process.env.CARILLON_TABLE_NAME ?? '',
      now,
    );
    expect((await records.counter(loginFailuresKey(user.email)))?.count).toBe(failures);
    expect(failures).toBeGreaterThanOrEqual(5);
  });
});
