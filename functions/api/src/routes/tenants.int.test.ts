import { API_KEY_SCOPES, createTenantInputSchema, generateApiKey, newId } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { call, integrationApi, userInput } from '../int-test-fixtures';
import { purgeDueTenants } from '../jobs/purge-tenants';
import { apiKey, reseller } from '../test-support/principals';

const operator = generateApiKey();
const DAY = 86_400_000;
let clock = Date.UTC(2026, 10, 25, 10, 0, 0);
const now = () => new Date(clock);
const { app, store } = integrationApi(
  {
    CARILLON_OPERATOR_KEY_HASHES: [operator.keyHash],
    CARILLON_PLATFORM_DOMAIN: 'pbx.example.test',
    TENANT_DELETION_GRACE_DAYS: 30,
    RATE_LIMIT_PER_API_KEY: 0,
    RATE_LIMIT_PER_ADDRESS: 0,
  },
  { now },
);
const op = operator.key;

interface TenantBody {
  id: string;
  resellerId: string;
  name: string;
  slug: string;
  sipDomain: string;
  status: string;
  deletionScheduledAt: string | null;
  version: number;
}
interface ProblemBody {
  status: number;
  code: string;
  errors?: { field: string; message: string }[];
}

const tenantInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Müller GmbH',
  slug: `m${newId('tnt').slice(4, 18).toLowerCase()}`,
  country: 'DE',
  timeZone: 'Europe/Berlin',
  ...overrides,
});

async function resellerWithKey(parentResellerId: string | null = null) {
  const record = await reseller(store, parentResellerId);
  const { key } = await apiKey(store, { kind: 'reseller', id: record.id }, [...API_KEY_SCOPES]);
  return { record, key };
}

/** A tenant created through the API by its reseller's admin key. */
async function createdTenant(
  resellerKey: string,
  resellerId: string,
  overrides: Record<string, unknown> = {},
) {
  const created = await call(app, 'POST', `/resellers/${resellerId}/tenants`, {
    key: resellerKey,
    body: tenantInput(overrides),
  });
  if (created.status !== 201) throw new Error(`tenant not created: ${created.status} ${created.text}`);
  return created.json as TenantBody;
}

const ifMatch = (tenant: { version: number }) => ({ 'if-match': `"${tenant.version}"` });

describe('tenants over the API', () => {
  it('creates, reads, lists and changes a tenant, with an ETag per version and the SIP domain from the slug', async () => {
    const { record, key } = await resellerWithKey();
    const created = await call(app, 'POST', `/resellers/${record.id}/tenants`, { key, body: tenantInput() });
    expect(created.status).toBe(201);
    const tenant = created.json as TenantBody;
    expect(tenant).toMatchObject({
      resellerId: record.id,
      status: 'active',
      deletionScheduledAt: null,
      sipDomain: `${tenant.slug}.pbx.example.test`,
    });
    expect(created.response.headers.get('etag')).toBe('"1"');
    expect(created.response.headers.get('location')).toBe(`/v1/tenants/${tenant.id}`);

    expect((await call(app, 'GET', `/tenants/${tenant.id}`, { key })).json).toEqual(tenant);
    const listed = await call(app, 'GET', `/resellers/${record.id}/tenants`, { key });
    expect((listed.json as { items: TenantBody[] }).items.map((item) => item.id)).toEqual([tenant.id]);

    const changed = await call(app, 'PATCH', `/tenants/${tenant.id}`, {
      key,
      body: {
        name: 'Müller & Söhne GmbH',
        areaCode: '89',
        outsideLinePrefix: '9',
        timeZone: 'Europe/Vienna',
        limits: { maxUsers: 50, maxConcurrentCalls: 8 },
      },
      headers: ifMatch(tenant),
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({
      name: 'Müller & Söhne GmbH',
      areaCode: '89',
      outsideLinePrefix: '9',
      timeZone: 'Europe/Vienna',
      limits: { maxUsers: 50, maxConcurrentCalls: 8 },
      version: 2,
    });
    const stale = await call(app, 'PATCH', `/tenants/${tenant.id}`, {
      key,
      body: { name: 'Again' },
      headers: ifMatch(tenant),
    });
    expect(stale.status).toBe(412);
    const without = await call(app, 'PATCH', `/tenants/${tenant.id}`, { key, body: { name: 'Again' } });
    expect(without.status).toBe(428);
  });

  const requiredFields = Object.entries(createTenantInputSchema.shape)
    .filter(([, schema]) => !schema.safeParse(undefined).success)
    .map(([field]) => field);

  it.each(requiredFields)('refuses a tenant without %s with 422 naming that field', async (field) => {
    const { record, key } = await resellerWithKey();
    const { [field]: _omitted, ...input } = tenantInput() as Record<string, unknown>;
    const response = await call(app, 'POST', `/resellers/${record.id}/tenants`, { key, body: input });
    expect(response.status).toBe(422);
    expect((response.json as ProblemBody).errors?.map((error) => error.field)).toEqual([field]);
  });

  it('names slug when it is taken (409) and invalid fields of a change (422)', async () => {
    const { record, key } = await resellerWithKey();
    const first = await createdTenant(key, record.id);
    const again = await call(app, 'POST', `/resellers/${record.id}/tenants`, {
      key,
      body: tenantInput({ slug: first.slug }),
    });
    expect(again.status).toBe(409);
    expect((again.json as ProblemBody).errors?.map((error) => error.field)).toEqual(['slug']);
    const bad = await call(app, 'PATCH', `/tenants/${first.id}`, {
      key,
      body: { areaCode: 'abc' },
      headers: ifMatch(first),
    });
    expect(bad.status).toBe(422);
    expect((bad.json as ProblemBody).errors?.map((error) => error.field)).toEqual(['areaCode']);
  });

  it("refuses a tenant beyond the reseller's maxTenants (409 naming limits.maxTenants)", async () => {
    const { record, key } = await resellerWithKey();
    await store.resellers.update(
      record.id,
      { limits: { ...record.limits, maxTenants: 1 } },
      { expectedVersion: record.version },
    );
    await createdTenant(key, record.id);
    const second = await call(app, 'POST', `/resellers/${record.id}/tenants`, { key, body: tenantInput() });
    expect(second.status).toBe(409);
    expect((second.json as ProblemBody).errors?.map((error) => error.field)).toEqual(['limits.maxTenants']);
  });

  it('replays a create for a repeated Idempotency-Key and pages through tenants exactly once', async () => {
    const { record, key } = await resellerWithKey();
    const body = tenantInput();
    const headers = { 'idempotency-key': `tnt-${newId('tnt')}` };
    const first = await call(app, 'POST', `/resellers/${record.id}/tenants`, { key, body, headers });
    const replay = await call(app, 'POST', `/resellers/${record.id}/tenants`, { key, body, headers });
    expect(replay.status).toBe(201);
    expect(replay.json).toEqual(first.json);
    const ids = [(first.json as TenantBody).id];
    for (let n = 0; n < 2; n += 1) ids.push((await createdTenant(key, record.id)).id);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const query = `limit=2${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
      const page = (await call(app, 'GET', `/resellers/${record.id}/tenants?${query}`, { key })).json as {
        items: TenantBody[];
        nextCursor?: string;
      };
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      if (cursor === undefined) break;
    }
    expect(seen.sort()).toEqual(ids.sort());
  });

  it("answers a reseller of another branch with 404 for a tenant; a parent reaches its sub-reseller's tenants", async () => {
    const parent = await resellerWithKey();
    const child = await resellerWithKey(parent.record.id);
    const stranger = await resellerWithKey();
    const tenant = await createdTenant(child.key, child.record.id);
    expect((await call(app, 'GET', `/tenants/${tenant.id}`, { key: parent.key })).status).toBe(200);
    for (const [method, path] of [
      ['GET', `/tenants/${tenant.id}`],
      ['GET', `/tenants/${tenant.id}/usage`],
      ['DELETE', `/tenants/${tenant.id}`],
      ['POST', `/tenants/${tenant.id}/suspend`],
      ['GET', `/resellers/${child.record.id}/tenants`],
    ] as const) {
      const response = await call(app, method, path, { key: stranger.key, headers: { 'if-match': '*' } });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    expect((await call(app, 'GET', `/tenants/${tenant.id}`, { key: child.key })).status).toBe(200);
    expect((await call(app, 'GET', `/tenants/${tenant.id}`, { key: op })).status).toBe(200);
  });

  it("lets a tenant's own admin read the tenant and its usage and change its settings, not its limits or status (403)", async () => {
    const { record, key } = await resellerWithKey();
    const tenant = await createdTenant(key, record.id, { limits: { maxUsers: 7 } });
    const own = (await apiKey(store, { kind: 'tenant', id: tenant.id }, [...API_KEY_SCOPES])).key;
    for (const extensionNumber of ['201', '202']) {
      const user = await call(app, 'POST', `/tenants/${tenant.id}/users`, {
        key: own,
        body: userInput({ extensionNumber }),
      });
      expect(user.status).toBe(201);
    }
    expect((await call(app, 'GET', `/tenants/${tenant.id}`, { key: own })).status).toBe(200);
    const usage = await call(app, 'GET', `/tenants/${tenant.id}/usage`, { key: own });
    expect(usage.status).toBe(200);
    expect(usage.json).toMatchObject({
      users: { count: 2, limit: 7 },
      devices: { count: 0 },
      numbers: { count: 0 },
    });
    const limits = await call(app, 'PATCH', `/tenants/${tenant.id}`, {
      key: own,
      body: { areaCode: '89', limits: { maxUsers: 500 } },
      headers: ifMatch(tenant),
    });
    expect(limits.status).toBe(403);
    expect((limits.json as ProblemBody).errors?.map((error) => error.field)).toEqual(['limits']);
    expect((await store.tenants.get(tenant.id)).areaCode).toBe('');
    const settings = await call(app, 'PATCH', `/tenants/${tenant.id}`, {
      key: own,
      body: {
        areaCode: '89',
        outsideLinePrefix: '9',
        timeZone: 'Europe/Amsterdam',
        email: 'pbx@muller.example',
      },
      headers: ifMatch(tenant),
    });
    expect(settings.status, settings.text).toBe(200);
    expect(settings.json).toMatchObject({
      areaCode: '89',
      outsideLinePrefix: '9',
      timeZone: 'Europe/Amsterdam',
      email: 'pbx@muller.example',
      limits: { maxUsers: 7 },
    });
    const suspend = await call(app, 'POST', `/tenants/${tenant.id}/suspend`, {
      key: own,
      headers: ifMatch({ version: tenant.version + 1 }),
    });
    expect(suspend.status).toBe(403);
  });

  it('suspends a tenant (its principals refused at once, its reseller still reaches it) and resumes it', async () => {
    const { record, key } = await resellerWithKey();
    const tenant = await createdTenant(key, record.id);
    const own = (await apiKey(store, { kind: 'tenant', id: tenant.id }, [...API_KEY_SCOPES])).key;
    expect((await call(app, 'GET', `/tenants/${tenant.id}/users`, { key: own })).status).toBe(200);

    const noIfMatch = await call(app, 'POST', `/tenants/${tenant.id}/suspend`, { key });
    expect(noIfMatch.status).toBe(428);
    const suspended = await call(app, 'POST', `/tenants/${tenant.id}/suspend`, {
      key,
      headers: ifMatch(tenant),
    });
    expect(suspended.status).toBe(200);
    const afterSuspend = suspended.json as TenantBody;
    expect(afterSuspend.status).toBe('suspended');
    const refused = await call(app, 'GET', `/tenants/${tenant.id}/users`, { key: own });
    expect(refused.status).toBe(403);
    expect((refused.json as ProblemBody).code).toBe('account-suspended');
    expect((await call(app, 'GET', `/tenants/${tenant.id}/users`, { key })).status).toBe(200);

    const twice = await call(app, 'POST', `/tenants/${tenant.id}/suspend`, {
      key,
      headers: ifMatch(afterSuspend),
    });
    expect(twice.status).toBe(409);
    const resumed = await call(app, 'POST', `/tenants/${tenant.id}/resume`, {
      key,
      headers: ifMatch(afterSuspend),
    });
    expect(resumed.status).toBe(200);
    expect((resumed.json as TenantBody).status).toBe('active');
    expect((await call(app, 'GET', `/tenants/${tenant.id}/users`, { key: own })).status).toBe(200);

    const audit = await store.audit.search(
      { tenantId: tenant.id },
      // Audit times come from the store's clock (the real one), not the API's.
      { from: new Date(Date.now() - DAY).toISOString(), to: new Date(Date.now() + DAY).toISOString() },
      { targetId: tenant.id },
    );
    expect(audit.items.map((entry) => entry.action).sort()).toEqual(
      ['tenant.create', 'tenant.resume', 'tenant.suspend'].sort(),
    );
  });

  it('deletes a tenant with a grace period: principals refused, restorable until the purge date', async () => {
    const { record, key } = await resellerWithKey();
    const tenant = await createdTenant(key, record.id);
    const own = (await apiKey(store, { kind: 'tenant', id: tenant.id }, [...API_KEY_SCOPES])).key;
    expect((await call(app, 'DELETE', `/tenants/${tenant.id}`, { key })).status).toBe(428);
    const deleted = await call(app, 'DELETE', `/tenants/${tenant.id}`, { key, headers: ifMatch(tenant) });
    expect(deleted.status).toBe(202);
    const pending = deleted.json as TenantBody;
    expect(pending.status).toBe('deleted-pending');
    expect(pending.deletionScheduledAt).toBe(new Date(clock + 30 * DAY).toISOString());
    expect((await call(app, 'GET', `/tenants/${tenant.id}/users`, { key: own })).status).toBe(403);

    const resume = await call(app, 'POST', `/tenants/${tenant.id}/resume`, {
      key,
      headers: ifMatch(pending),
    });
    expect(resume.status).toBe(409);
    const restored = await call(app, 'POST', `/tenants/${tenant.id}/restore`, {
      key,
      headers: ifMatch(pending),
    });
    expect(restored.status).toBe(200);
    expect(restored.json).toMatchObject({ status: 'active', deletionScheduledAt: null });
    expect((await call(app, 'GET', `/tenants/${tenant.id}/users`, { key: own })).status).toBe(200);
  });

  it('purges a tenant after its grace period (users, keys and slug gone), not one still within it', async () => {
    const { record, key } = await resellerWithKey();
    const doomed = await createdTenant(key, record.id);
    const kept = await createdTenant(key, record.id);
    const own = (await apiKey(store, { kind: 'tenant', id: doomed.id }, [...API_KEY_SCOPES])).key;
    const user = await call(app, 'POST', `/tenants/${doomed.id}/users`, {
      key: own,
      body: userInput({ extensionNumber: '201' }),
    });
    expect(user.status).toBe(201);
    const userId = (user.json as { id: string }).id;

    expect(
      (await call(app, 'DELETE', `/tenants/${doomed.id}`, { key, headers: ifMatch(doomed) })).status,
    ).toBe(202);
    clock += 20 * DAY;
    expect((await call(app, 'DELETE', `/tenants/${kept.id}`, { key, headers: ifMatch(kept) })).status).toBe(
      202,
    );
    clock += 11 * DAY;

    // Past the purge date, restoring is refused: the purge may be under way.
    const late = await call(app, 'POST', `/tenants/${doomed.id}/restore`, {
      key,
      headers: { 'if-match': '*' },
    });
    expect(late.status).toBe(409);

    const result = await purgeDueTenants(store, now());
    expect(result.purged).toContain(doomed.id);
    expect(result.purged).not.toContain(kept.id);
    expect(result.failed).toEqual([]);

    expect((await call(app, 'GET', `/tenants/${doomed.id}`, { key })).status).toBe(404);
    expect(await store.users.find({ tenantId: doomed.id }, userId)).toBeUndefined();
    expect((await call(app, 'GET', `/tenants/${doomed.id}/users`, { key: own })).status).toBe(401);
    expect((await call(app, 'GET', `/tenants/${kept.id}`, { key })).json).toMatchObject({
      status: 'deleted-pending',
    });
    // The slug (and SIP domain) is free again.
    expect(
      (
        await call(app, 'POST', `/resellers/${record.id}/tenants`, {
          key,
          body: tenantInput({ slug: doomed.slug }),
        })
      ).status,
    ).toBe(201);
  });
});
