import { API_KEY_SCOPES, generateApiKey, hashApiKey, newId } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { call, integrationApi } from '../int-test-fixtures';
import { apiKey, reseller, tenant } from '../test-support/principals';

const operator = generateApiKey();
let clock = Date.UTC(2026, 10, 25, 10, 0, 0);
const now = () => new Date(clock);
const { app, store } = integrationApi(
  { CARILLON_OPERATOR_KEY_HASHES: [operator.keyHash], RATE_LIMIT_PER_API_KEY: 0, RATE_LIMIT_PER_ADDRESS: 0 },
  { now },
);

interface KeyBody {
  id: string;
  name: string;
  scopes: string[];
  displayPrefix: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
  version: number;
  key?: string;
}
interface ProblemBody {
  status: number;
  code: string;
  errors?: { field: string; message: string }[];
}

/** A reseller with one tenant, an admin key for each, every scope. */
async function world() {
  const owner = await reseller(store);
  const tnt = await tenant(store, owner.id);
  const resellerKey = (await apiKey(store, { kind: 'reseller', id: owner.id }, [...API_KEY_SCOPES])).key;
  const tenantKey = (await apiKey(store, { kind: 'tenant', id: tnt.id }, [...API_KEY_SCOPES])).key;
  return { resellerId: owner.id, tenantId: tnt.id, resellerKey, tenantKey };
}

const collections = (w: Awaited<ReturnType<typeof world>>) =>
  [
    { kind: 'tenant', path: `/tenants/${w.tenantId}/api-keys`, key: w.tenantKey },
    { kind: 'reseller', path: `/resellers/${w.resellerId}/api-keys`, key: w.resellerKey },
  ] as const;

describe('API keys over the API', () => {
  it('creates a key (secret shown once, prefixed, stored hashed), reads and lists it without the secret', async () => {
    const w = await world();
    for (const { kind, path, key } of collections(w)) {
      const created = await call(app, 'POST', path, {
        key,
        body: { name: 'CRM sync', scopes: ['users:read', 'cdrs:read'] },
      });
      expect(created.status, kind).toBe(201);
      const body = created.json as KeyBody;
      expect(body.key).toMatch(/^ck_live_[0-9a-z]{32}$/);
      expect(body.displayPrefix).toBe(body.key?.slice(0, 16));
      expect(created.text).not.toContain('keyHash');
      expect(created.response.headers.get('cache-control')).toBe('no-store');
      expect(created.response.headers.get('location')).toBe(`/v1${path}/${body.id}`);
      const stored = await store.apiKeys.findByHash(hashApiKey(body.key ?? ''));
      expect(stored?.id).toBe(body.id);

      const read = await call(app, 'GET', `${path}/${body.id}`, { key });
      expect(read.status).toBe(200);
      const { key: _secret, ...withoutSecret } = body;
      expect(read.json).toEqual(withoutSecret);
      const listed = await call(app, 'GET', path, { key });
      expect(listed.text).not.toContain(body.key);
      expect((listed.json as { items: KeyBody[] }).items.map((item) => item.id)).toContain(body.id);
    }
  });

  it('records when a key was last used', async () => {
    const w = await world();
    const created = (
      await call(app, 'POST', `/tenants/${w.tenantId}/api-keys`, {
        key: w.tenantKey,
        body: { name: 'Usage', scopes: ['users:read'] },
      })
    ).json as KeyBody;
    expect(created.lastUsedAt).toBeNull();
    expect((await call(app, 'GET', `/tenants/${w.tenantId}/users`, { key: created.key })).status).toBe(200);
    const read = (
      await call(app, 'GET', `/tenants/${w.tenantId}/api-keys/${created.id}`, { key: w.tenantKey })
    ).json as KeyBody;
    expect(read.lastUsedAt).toBe(now().toISOString());
  });

  it('revokes a key with effect on its very next request', async () => {
    const w = await world();
    for (const { kind, path, key } of collections(w)) {
      const created = (
        await call(app, 'POST', path, { key, body: { name: 'Short-lived', scopes: ['tenants:read'] } })
      ).json as KeyBody;
      const probe = kind === 'tenant' ? `/tenants/${w.tenantId}` : `/resellers/${w.resellerId}`;
      expect((await call(app, 'GET', probe, { key: created.key })).status, kind).toBe(200);

      expect((await call(app, 'DELETE', `${path}/${created.id}`, { key })).status).toBe(428);
      // Its use moved lastUsedAt (a new version): revoke with the ETag read now.
      const etag =
        (await call(app, 'GET', `${path}/${created.id}`, { key })).response.headers.get('etag') ?? '';
      const revoked = await call(app, 'DELETE', `${path}/${created.id}`, {
        key,
        headers: { 'if-match': etag },
      });
      expect(revoked.status).toBe(204);
      const refused = await call(app, 'GET', probe, { key: created.key });
      expect(refused.status, kind).toBe(401);
      const listed = (await call(app, 'GET', path, { key })).json as { items: KeyBody[] };
      expect(listed.items.find((item) => item.id === created.id)?.revokedAt).toBe(now().toISOString());
    }
  });

  it('refuses an expired key, and an expiry in the past at creation (422 naming expiresAt)', async () => {
    const w = await world();
    const path = `/tenants/${w.tenantId}/api-keys`;
    const past = await call(app, 'POST', path, {
      key: w.tenantKey,
      body: { name: 'Old', scopes: ['users:read'], expiresAt: new Date(clock - 1000).toISOString() },
    });
    expect(past.status).toBe(422);
    expect((past.json as ProblemBody).errors?.map((error) => error.field)).toEqual(['expiresAt']);
    const expiring = (
      await call(app, 'POST', path, {
        key: w.tenantKey,
        body: { name: 'Hour', scopes: ['users:read'], expiresAt: new Date(clock + 3_600_000).toISOString() },
      })
    ).json as KeyBody;
    expect((await call(app, 'GET', `/tenants/${w.tenantId}/users`, { key: expiring.key })).status).toBe(200);
    clock += 3_600_001;
    expect((await call(app, 'GET', `/tenants/${w.tenantId}/users`, { key: expiring.key })).status).toBe(401);
  });

  it.each([
    [{ scopes: ['users:read'] }, 'name'],
    [{ name: 'No scopes' }, 'scopes'],
    [{ name: 'Empty', scopes: [] }, 'scopes'],
    [{ name: 'Unknown', scopes: ['root:all'] }, 'scopes.0'],
  ])('refuses %j with 422 naming %s', async (body, field) => {
    const w = await world();
    const response = await call(app, 'POST', `/tenants/${w.tenantId}/api-keys`, { key: w.tenantKey, body });
    expect(response.status).toBe(422);
    expect((response.json as ProblemBody).errors?.map((error) => error.field)).toEqual([field]);
  });

  it('gives no key scopes its creator lacks (403 naming scopes)', async () => {
    const w = await world();
    const narrow = (await apiKey(store, { kind: 'tenant', id: w.tenantId }, ['tenants:write'])).key;
    const wider = await call(app, 'POST', `/tenants/${w.tenantId}/api-keys`, {
      key: narrow,
      body: { name: 'Escalation', scopes: ['users:write'] },
    });
    expect(wider.status).toBe(403);
    expect((wider.json as ProblemBody).errors?.map((error) => error.field)).toEqual(['scopes']);
    const same = await call(app, 'POST', `/tenants/${w.tenantId}/api-keys`, {
      key: narrow,
      body: { name: 'Read only', scopes: ['tenants:read'] },
    });
    expect(same.status).toBe(201);
  });

  it('answers keys of another tenant or reseller branch with 404, whatever the method', async () => {
    const mine = await world();
    const theirs = await world();
    for (const { path, key } of collections(mine)) {
      const created = (await call(app, 'POST', path, { key, body: { name: 'Mine', scopes: ['users:read'] } }))
        .json as KeyBody;
      for (const otherKey of [theirs.tenantKey, theirs.resellerKey]) {
        for (const [method, target] of [
          ['GET', path],
          ['GET', `${path}/${created.id}`],
          ['DELETE', `${path}/${created.id}`],
        ] as const) {
          const response = await call(app, method, target, { key: otherKey, headers: { 'if-match': '*' } });
          expect(response.status, `${method} ${target}`).toBe(404);
        }
      }
      // A key id of another owner, under the caller's own collection, is unknown too.
      const ownPath = path.includes('/tenants/')
        ? `/tenants/${theirs.tenantId}/api-keys`
        : `/resellers/${theirs.resellerId}/api-keys`;
      const owner = path.includes('/tenants/') ? theirs.tenantKey : theirs.resellerKey;
      expect((await call(app, 'GET', `${ownPath}/${created.id}`, { key: owner })).status).toBe(404);
    }
  });

  it('replays a create for a repeated Idempotency-Key without keeping the secret', async () => {
    const w = await world();
    const headers = { 'idempotency-key': `key-${newId('key')}` };
    const body = { name: 'Retried', scopes: ['users:read'] };
    const path = `/tenants/${w.tenantId}/api-keys`;
    const first = await call(app, 'POST', path, { key: w.tenantKey, body, headers });
    const again = await call(app, 'POST', path, { key: w.tenantKey, body, headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    const { key: secret, ...rest } = first.json as KeyBody;
    expect(secret).toBeDefined();
    expect(again.json).toEqual(rest);
  });

  it('pages through keys exactly once and writes audit entries for tenant keys', async () => {
    const w = await world();
    const path = `/tenants/${w.tenantId}/api-keys`;
    for (let n = 0; n < 3; n += 1) {
      await call(app, 'POST', path, { key: w.tenantKey, body: { name: `Key ${n}`, scopes: ['users:read'] } });
    }
    const all = await store.apiKeys.list(`t#${w.tenantId}`, { limit: 100 });
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const query = `limit=2${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
      const page = (await call(app, 'GET', `${path}?${query}`, { key: w.tenantKey })).json as {
        items: KeyBody[];
        nextCursor?: string;
      };
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      if (cursor === undefined) break;
    }
    expect(seen.sort()).toEqual(all.items.map((item) => item.id).sort());
    const day = 86_400_000;
    const audit = await store.audit.search(
      { tenantId: w.tenantId },
      { from: new Date(Date.now() - day).toISOString(), to: new Date(Date.now() + day).toISOString() },
      { targetType: 'api-key' },
    );
    expect(audit.items.filter((entry) => entry.action === 'api-key.create')).toHaveLength(3);
    expect(JSON.stringify(audit.items)).not.toMatch(/keyHash|ck_live_[0-9a-z]{20,}/);
  });

  it('refuses key management to a key without tenants:write (403)', async () => {
    const w = await world();
    const userKey = (await apiKey(store, { kind: 'tenant', id: w.tenantId }, ['users:read'])).key;
    const response = await call(app, 'POST', `/tenants/${w.tenantId}/api-keys`, {
      key: userKey,
      body: { name: 'x', scopes: ['users:read'] },
    });
    expect(response.status).toBe(403);
  });
});
