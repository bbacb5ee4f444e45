import { createUserInputSchema, hashApiKey } from '@carillon/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { call, integrationApi, seenBodies, tenantWithKey, userInput } from '../int-test-fixtures';

const { app, store } = integrationApi();
const issuedKeys: string[] = [];

async function tenant(scopes?: Parameters<typeof tenantWithKey>[1]) {
  const fixture = await tenantWithKey(store, scopes);
  issuedKeys.push(fixture.key);
  return fixture;
}

interface UserBody {
  id: string;
  lastName: string;
  version: number;
}
interface ProblemBody {
  status: number;
  code: string;
  errors?: { field: string; message: string }[];
}

describe('users over the API', () => {
  it('creates, reads, lists, changes and deletes a user, with an ETag per version', async () => {
    const { tenantId, key } = await tenant();
    const created = await call(app, 'POST', `/tenants/${tenantId}/users`, { key, body: userInput() });
    expect(created.status).toBe(201);
    const user = created.json as UserBody;
    expect(created.response.headers.get('etag')).toBe('"1"');
    expect(created.response.headers.get('location')).toBe(`/v1/tenants/${tenantId}/users/${user.id}`);

    const read = await call(app, 'GET', `/tenants/${tenantId}/users/${user.id}`, { key });
    expect(read.json).toEqual(user);
    const listed = await call(app, 'GET', `/tenants/${tenantId}/users`, { key });
    expect((listed.json as { items: UserBody[] }).items.map((item) => item.id)).toEqual([user.id]);

    const changed = await call(app, 'PATCH', `/tenants/${tenantId}/users/${user.id}`, {
      key,
      body: { lastName: 'King' },
      headers: { 'if-match': '"1"' },
    });
    expect(changed.status).toBe(200);
    expect((changed.json as UserBody).lastName).toBe('King');
    expect(changed.response.headers.get('etag')).toBe('"2"');

    const deleted = await call(app, 'DELETE', `/tenants/${tenantId}/users/${user.id}`, {
      key,
      headers: { 'if-match': '"2"' },
    });
    expect(deleted.status).toBe(204);
    expect((await call(app, 'GET', `/tenants/${tenantId}/users/${user.id}`, { key })).status).toBe(404);
  });

  // The required fields come from the domain schema, so a new required field is tested without editing this test.
  const requiredFields = Object.entries(createUserInputSchema.shape)
    .filter(([, schema]) => !schema.safeParse(undefined).success)
    .map(([field]) => field);

  it.each(requiredFields)('refuses a user without %s with 422 naming that field', async (field) => {
    const { tenantId, key } = await tenant();
    const { [field]: _omitted, ...input } = userInput() as Record<string, unknown>;
    const response = await call(app, 'POST', `/tenants/${tenantId}/users`, { key, body: input });
    expect(response.status).toBe(422);
    expect(response.response.headers.get('content-type')).toBe('application/problem+json');
    expect((response.json as ProblemBody).errors).toEqual([{ field, message: `${field} is required` }]);
  });

  it('names the field of a taken unique value with 409', async () => {
    const { tenantId, key } = await tenant();
    const first = userInput();
    await call(app, 'POST', `/tenants/${tenantId}/users`, { key, body: first });
    const again = await call(app, 'POST', `/tenants/${tenantId}/users`, {
      key,
      body: userInput({ extensionNumber: first.extensionNumber }),
    });
    expect(again.status).toBe(409);
    expect((again.json as ProblemBody).errors?.map((error) => error.field)).toEqual(['extensionNumber']);
  });

  it('replays the first result for a repeated Idempotency-Key, and refuses the key with another body', async () => {
    const { tenantId, key } = await tenant();
    const body = userInput();
    const headers = { 'idempotency-key': 'create-ada-1' };
    const first = await call(app, 'POST', `/tenants/${tenantId}/users`, { key, body, headers });
    const replay = await call(app, 'POST', `/tenants/${tenantId}/users`, { key, body, headers });
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.text).toBe(first.text);
    expect(replay.response.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.response.headers.get('x-request-id')).not.toBe(first.response.headers.get('x-request-id'));
    expect(replay.response.headers.get('etag')).toBe(first.response.headers.get('etag'));

    const other = await call(app, 'POST', `/tenants/${tenantId}/users`, {
      key,
      body: userInput(),
      headers,
    });
    expect(other.status).toBe(422);
    expect((other.json as ProblemBody).code).toBe('idempotency-key-reused');
    const listed = await call(app, 'GET', `/tenants/${tenantId}/users`, { key });
    expect((listed.json as { items: unknown[] }).items).toHaveLength(1);
  });

  it('pages through every user exactly once with limit and cursor', async () => {
    const { tenantId, key } = await tenant();
    const created: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const response = await call(app, 'POST', `/tenants/${tenantId}/users`, { key, body: userInput() });
      created.push((response.json as UserBody).id);
    }
    const seen: string[] = [];
    const pageSizes: number[] = [];
    let cursor: string | undefined;
    do {
      const query = cursor === undefined ? '?limit=2' : `?limit=2&cursor=${cursor}`;
      const page = (await call(app, 'GET', `/tenants/${tenantId}/users${query}`, { key })).json as {
        items: UserBody[];
        nextCursor?: string;
      };
      pageSizes.push(page.items.length);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    expect(seen.sort()).toEqual(created.sort());
    expect(pageSizes.slice(0, 2)).toEqual([2, 2]);
  });

  it('refuses a limit over 100 and a forged cursor with 400 naming the parameter', async () => {
    const { tenantId, key } = await tenant();
    const tooMany = await call(app, 'GET', `/tenants/${tenantId}/users?limit=101`, { key });
    expect(tooMany.status).toBe(400);
    expect((tooMany.json as ProblemBody).errors?.[0]?.field).toBe('limit');
    const forged = await call(app, 'GET', `/tenants/${tenantId}/users?cursor=eyJ2IjoxfQ`, { key });
    expect(forged.status).toBe(400);
    expect((forged.json as ProblemBody).errors?.[0]?.field).toBe('cursor');
  });

  it('refuses a change made against an old ETag with 412, and one without If-Match with 428', async () => {
    const { tenantId, key } = await tenant();
    const user = (await call(app, 'POST', `/tenants/${tenantId}/users`, { key, body: userInput() }))
      .json as UserBody;
    const path = `/tenants/${tenantId}/users/${user.id}`;
    await call(app, 'PATCH', path, { key, body: { lastName: 'First' }, headers: { 'if-match': '"1"' } });
    const stale = await call(app, 'PATCH', path, {
      key,
      body: { lastName: 'Second' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect((stale.json as ProblemBody).code).toBe('version-conflict');
    expect((await call(app, 'PATCH', path, { key, body: { lastName: 'Third' } })).status).toBe(428);
    expect((await call(app, 'DELETE', path, { key, headers: { 'if-match': '"1"' } })).status).toBe(412);
    expect(((await call(app, 'GET', path, { key })).json as UserBody).lastName).toBe('First');
  });

  it("answers a tenant admin of another tenant with 404 for the tenant's users, whatever the method", async () => {
    const a = await tenant();
    const b = await tenant();
    const user = (await call(app, 'POST', `/tenants/${a.tenantId}/users`, { key: a.key, body: userInput() }))
      .json as UserBody;
    const path = `/tenants/${a.tenantId}/users/${user.id}`;
    const ifMatch = { 'if-match': '"1"' };
    const attempts = [
      await call(app, 'GET', `/tenants/${a.tenantId}/users`, { key: b.key }),
      await call(app, 'POST', `/tenants/${a.tenantId}/users`, { key: b.key, body: userInput() }),
      await call(app, 'GET', path, { key: b.key }),
      await call(app, 'PATCH', path, { key: b.key, body: { lastName: 'X' }, headers: ifMatch }),
      await call(app, 'DELETE', path, { key: b.key, headers: ifMatch }),
    ];
    expect(attempts.map((attempt) => attempt.status)).toEqual([404, 404, 404, 404, 404]);
    // Tenant B's own id for A's user is just as unknown.
    expect((await call(app, 'GET', `/tenants/${b.tenantId}/users/${user.id}`, { key: b.key })).status).toBe(
      404,
    );
    expect((await call(app, 'GET', path, { key: a.key })).status).toBe(200);
  });

  it('refuses writes to an API key with only users:read with 403', async () => {
    const { tenantId, key } = await tenant(['users:read']);
    expect((await call(app, 'GET', `/tenants/${tenantId}/users`, { key })).status).toBe(200);
    const write = await call(app, 'POST', `/tenants/${tenantId}/users`, { key, body: userInput() });
    expect(write.status).toBe(403);
  });

  it('refuses a revoked API key on the very next request', async () => {
    const { tenantId, key, apiKey } = await tenant();
    expect((await call(app, 'GET', `/tenants/${tenantId}/users`, { key })).status).toBe(200);
    const current = await store.apiKeys.findByHash(hashApiKey(key));
    await store.apiKeys.update(
      `t#${tenantId}`,
      apiKey.id,
      { revokedAt: new Date().toISOString() },
      { expectedVersion: current?.version ?? apiKey.version },
    );
    const after = await call(app, 'GET', `/tenants/${tenantId}/users`, { key });
    expect(after.status).toBe(401);
    expect(after.response.headers.get('www-authenticate')).toContain('invalid_token');
  });

  afterAll(() => {
    // No secret may appear in any response of this file: hashes, or a key in plaintext.
    const all = seenBodies.join('\n');
    expect(seenBodies.length).toBeGreaterThan(20);
    expect(all).not.toMatch(/\$argon2/);
    expect(all).not.toMatch(/passwordHash|pinHash|keyHash|ha1Md5|ha1Sha256/);
    for (const key of issuedKeys) {
      expect(all).not.toContain(key);
      expect(all).not.toContain(hashApiKey(key));
    }
  });
});
