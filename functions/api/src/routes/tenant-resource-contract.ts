import { type ApiKeyScope, generateApiKey, newId } from '@carillon/domain';
import type { Store } from '@carillon/store';
import { describe, expect, it } from 'vitest';
import { call, type TestApp, tenantWithKey, userInput } from '../int-test-fixtures';

/**
 * The contract every tenant-configuration resource keeps, as one generated
 * `describe` per resource: create/read/update/delete/list with ETags, every
 * required field and each listed invalid value refused naming the field,
 * Idempotency-Key replay, paging and If-Match. Test support for
 * `*.int.test.ts` files; not a test file itself.
 */
export interface ResourceFixture {
  /** Describe title and path segment under /tenants/{tenantId}/. */
  readonly segment: string;
  /** API key scopes of the tenant key the tests use. */
  readonly scopes: ApiKeyScope[];
  /** The create schema; its required fields are each left out once. */
  readonly createSchema: {
    readonly shape: Record<string, { safeParse(value: unknown): { success: boolean } }>;
  };
  /** A valid create body, different on every call and unique within one tenant (extension numbers, DIDs …). */
  readonly valid: () => Record<string, unknown>;
  /** Bodies each wrong in one field (built from a valid one), and the field the 422 must name. */
  readonly invalid: ReadonlyArray<
    readonly [field: string, body: (valid: Record<string, unknown>) => unknown]
  >;
  /** A valid change; the response and the next read show `patched` (default: the patch itself). */
  readonly patch: Record<string, unknown>;
  readonly patched?: Record<string, unknown>;
  /** A tenant and key when a plain tenant key does not do (a tenant record, a reseller key). */
  readonly tenant?: () => Promise<{ tenantId: string; key: string }>;
  /** Fields of the 201 that are shown once and left out of an idempotent replay. */
  readonly revealedOnce?: readonly string[];
  /** Fields no response may ever contain (secrets, hashes). */
  readonly neverReturned?: readonly string[];
}

interface Record_ {
  id: string;
  version: number;
  [field: string]: unknown;
}
interface ProblemBody {
  status: number;
  code: string;
  errors?: { field: string; message: string }[];
}

/** The fields a schema cannot do without. */
export function requiredFieldsOf(schema: ResourceFixture['createSchema']): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([field]) => field);
}

/** A tenant record in the directory (devices need its SIP domain) with a tenant key of `scopes`. */
export async function tenantRecordWithKey(store: Store, scopes: ApiKeyScope[]) {
  const fixture = await tenantWithKey(store, scopes);
  const slug = `t${fixture.tenantId.slice(4, 20)}`;
  await store.tenants.create(
    {
      name: 'Contract tenant',
      slug,
      country: 'DE',
      areaCode: '30',
      outsideLinePrefix: '0',
      internalNumberRange: { from: '100', to: '899' },
      emergencyNumbers: ['112'],
      timeZone: 'Europe/Berlin',
      email: null,
      language: 'en',
      limits: {
        maxUsers: 25,
        maxConcurrentCalls: 10,
        maxOutboundCallsPerMinute: 20,
        allowInternational: false,
        dailySpendLimit: null,
      },
      resellerId: newId('rsl'),
      sipDomain: `${slug}.carillon.test`,
      status: 'active',
      deletionScheduledAt: null,
    },
    { id: fixture.tenantId },
  );
  return fixture;
}

/** A tenant of a reseller, and a key of that reseller (reseller-admin: may create and release numbers). */
export async function resellerTenantWithKey(store: Store, scopes: ApiKeyScope[]) {
  // The tenant's own key is not used; the store refuses a key without scopes.
  const { tenantId } = await tenantRecordWithKey(store, scopes);
  const tenant = await store.tenants.get(tenantId);
  const { key, displayPrefix, keyHash } = generateApiKey();
  await store.apiKeys.create({
    name: 'contract test reseller',
    scopes,
    expiresAt: null,
    owner: { kind: 'reseller', id: tenant.resellerId },
    tenantId: null,
    displayPrefix,
    keyHash,
    lastUsedAt: null,
    revokedAt: null,
  });
  return { tenantId, key, resellerId: tenant.resellerId };
}

export function contractTests(app: TestApp, store: Store, fixture: ResourceFixture) {
  const tenant = fixture.tenant ?? (() => tenantWithKey(store, fixture.scopes));
  const collection = (tenantId: string) => `/tenants/${tenantId}/${fixture.segment}`;
  const seen: string[] = [];
  const request = async (...args: Parameters<typeof call>) => {
    const result = await call(...args);
    seen.push(result.text);
    return result;
  };
  const create = async (tenantId: string, key: string, body: unknown = fixture.valid()) => {
    const response = await request(app, 'POST', collection(tenantId), { key, body });
    expect(response.status, response.text).toBe(201);
    return response.json as Record_;
  };

  describe(`${fixture.segment}: the tenant-resource contract`, () => {
    it('creates, reads, lists, changes and deletes, with an ETag per version', async () => {
      const { tenantId, key } = await tenant();
      const created = await request(app, 'POST', collection(tenantId), { key, body: fixture.valid() });
      expect(created.status, created.text).toBe(201);
      const item = created.json as Record_;
      expect(created.response.headers.get('etag')).toBe('"1"');
      expect(created.response.headers.get('location')).toBe(`/v1${collection(tenantId)}/${item.id}`);
      const path = `${collection(tenantId)}/${item.id}`;

      const read = await request(app, 'GET', path, { key });
      expect(read.status).toBe(200);
      const shown = Object.fromEntries(
        Object.entries(item).filter(([field]) => !fixture.revealedOnce?.includes(field)),
      );
      expect(read.json).toEqual(shown);
      const listed = await request(app, 'GET', collection(tenantId), { key });
      expect((listed.json as { items: Record_[] }).items).toEqual([shown]);

      const changed = await request(app, 'PATCH', path, {
        key,
        body: fixture.patch,
        headers: { 'if-match': '"1"' },
      });
      expect(changed.status, changed.text).toBe(200);
      expect(changed.json).toMatchObject({ ...(fixture.patched ?? fixture.patch), version: 2 });
      expect(changed.response.headers.get('etag')).toBe('"2"');
      expect((await request(app, 'GET', path, { key })).json).toEqual(changed.json);

      const deleted = await request(app, 'DELETE', path, { key, headers: { 'if-match': '"2"' } });
      expect(deleted.status).toBe(204);
      expect((await request(app, 'GET', path, { key })).status).toBe(404);
      expect(
        ((await request(app, 'GET', collection(tenantId), { key })).json as { items: [] }).items,
      ).toEqual([]);
    });

    const required = requiredFieldsOf(fixture.createSchema);
    it.each(required)('refuses a create without %s with 422 naming that field', async (field) => {
      const { tenantId, key } = await tenant();
      const { [field]: _omitted, ...body } = fixture.valid();
      const response = await request(app, 'POST', collection(tenantId), { key, body });
      expect(response.status, response.text).toBe(422);
      expect(response.response.headers.get('content-type')).toBe('application/problem+json');
      expect((response.json as ProblemBody).errors?.map((error) => error.field)).toContain(field);
    });

    it.each(fixture.invalid.map(([field, body]) => [field, body] as const))(
      'refuses an invalid %s with 422 naming that field, and stores nothing',
      async (field, body) => {
        const { tenantId, key } = await tenant();
        const response = await request(app, 'POST', collection(tenantId), {
          key,
          body: body(fixture.valid()),
        });
        expect(response.status, response.text).toBe(422);
        expect((response.json as ProblemBody).errors?.map((error) => error.field)).toContain(field);
        const listed = await request(app, 'GET', collection(tenantId), { key });
        expect((listed.json as { items: unknown[] }).items).toEqual([]);
      },
    );

    it('replays the first result for a repeated Idempotency-Key, and refuses the key with another body', async () => {
      const { tenantId, key } = await tenant();
      const body = fixture.valid();
      const headers = { 'idempotency-key': `contract-${fixture.segment}` };
      const first = await request(app, 'POST', collection(tenantId), { key, body, headers });
      const replay = await request(app, 'POST', collection(tenantId), { key, body, headers });
      expect(first.status, first.text).toBe(201);
      expect(replay.status).toBe(201);
      expect(replay.response.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.response.headers.get('etag')).toBe(first.response.headers.get('etag'));
      const withoutRevealed = Object.fromEntries(
        Object.entries(first.json as Record_).filter(([field]) => !fixture.revealedOnce?.includes(field)),
      );
      expect(replay.json).toEqual(withoutRevealed);

      const other = await request(app, 'POST', collection(tenantId), { key, body: fixture.valid(), headers });
      expect(other.status).toBe(422);
      expect((other.json as ProblemBody).code).toBe('idempotency-key-reused');
      const listed = await request(app, 'GET', collection(tenantId), { key });
      expect((listed.json as { items: unknown[] }).items).toHaveLength(1);
    });

    it('pages through every item exactly once with limit and cursor', async () => {
      const { tenantId, key } = await tenant();
      const created: string[] = [];
      for (let index = 0; index < 5; index += 1) created.push((await create(tenantId, key)).id);
      const ids: string[] = [];
      const sizes: number[] = [];
      let cursor: string | undefined;
      do {
        const query = cursor === undefined ? '?limit=2' : `?limit=2&cursor=${cursor}`;
        const page = (await request(app, 'GET', `${collection(tenantId)}${query}`, { key })).json as {
          items: Record_[];
          nextCursor?: string;
        };
        sizes.push(page.items.length);
        ids.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor !== undefined);
      expect(ids.sort()).toEqual(created.sort());
      expect(sizes.slice(0, 2)).toEqual([2, 2]);
    });

    it('refuses a change against an old ETag with 412 and one without If-Match with 428', async () => {
      const { tenantId, key } = await tenant();
      const item = await create(tenantId, key);
      const path = `${collection(tenantId)}/${item.id}`;
      const first = await request(app, 'PATCH', path, {
        key,
        body: fixture.patch,
        headers: { 'if-match': '"1"' },
      });
      expect(first.status, first.text).toBe(200);
      const stale = await request(app, 'PATCH', path, {
        key,
        body: fixture.patch,
        headers: { 'if-match': '"1"' },
      });
      expect(stale.status).toBe(412);
      expect((stale.json as ProblemBody).code).toBe('version-conflict');
      expect((await request(app, 'PATCH', path, { key, body: fixture.patch })).status).toBe(428);
      expect((await request(app, 'DELETE', path, { key, headers: { 'if-match': '"1"' } })).status).toBe(412);
      expect(((await request(app, 'GET', path, { key })).json as Record_).version).toBe(2);
    });

    it("answers another tenant's key with 404 for every method", async () => {
      const a = await tenant();
      const b = await tenant();
      const item = await create(a.tenantId, a.key);
      const path = `${collection(a.tenantId)}/${item.id}`;
      const ifMatch = { 'if-match': '"1"' };
      const attempts = [
        await request(app, 'GET', collection(a.tenantId), { key: b.key }),
        await request(app, 'POST', collection(a.tenantId), { key: b.key, body: fixture.valid() }),
        await request(app, 'GET', path, { key: b.key }),
        await request(app, 'PATCH', path, { key: b.key, body: fixture.patch, headers: ifMatch }),
        await request(app, 'DELETE', path, { key: b.key, headers: ifMatch }),
        // B's own collection does not have A's id either.
        await request(app, 'GET', `${collection(b.tenantId)}/${item.id}`, { key: b.key }),
      ];
      expect(attempts.map((attempt) => attempt.status)).toEqual([404, 404, 404, 404, 404, 404]);
      expect((await request(app, 'GET', path, { key: a.key })).status).toBe(200);
    });

    it('never returns a secret or hash in any response', () => {
      expect(seen.length).toBeGreaterThan(10);
      const all = seen.join('\n');
      expect(all).not.toMatch(/\$argon2|passwordHash|pinHash|ha1Md5|ha1Sha256|enc:v1:/);
      for (const field of fixture.neverReturned ?? []) expect(all).not.toContain(`"${field}":`);
    });
  });
}

const USER_PASSWORD = 'correct horse battery 42';

/**
 * A user (role `user`) of the tenant, created through the API with the tenant
 * key, and logged in: the headers carry the session cookie and CSRF token,
 * for testing `own` access.
 */
export async function userSession(app: TestApp, tenantId: string, key: string) {
  const input = userInput({ password: USER_PASSWORD, role: 'user' });
  const created = await call(app, 'POST', `/tenants/${tenantId}/users`, { key, body: input });
  expect(created.status, created.text).toBe(201);
  const login = await call(app, 'POST', '/session', {
    body: { email: input.email, password: USER_PASSWORD },
  });
  expect(login.status, login.text).toBe(200);
  const cookie = login.response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const csrf = (login.json as { csrfToken: string }).csrfToken;
  return {
    userId: (created.json as { id: string }).id,
    headers: { cookie, 'x-csrf-token': csrf } as Record<string, string>,
  };
}
