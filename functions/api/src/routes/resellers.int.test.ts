import { API_KEY_SCOPES, generateApiKey, newId } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { call, integrationApi } from '../int-test-fixtures';
import { apiKey, reseller, tenant } from '../test-support/principals';

const operator = generateApiKey();
const { app, store } = integrationApi({
  CARILLON_OPERATOR_KEY_HASHES: [operator.keyHash],
  RATE_LIMIT_PER_API_KEY: 0,
  RATE_LIMIT_PER_ADDRESS: 0,
});
const op = operator.key;

interface ResellerBody {
  id: string;
  name: string;
  parentResellerId: string | null;
  status: string;
  limits: { maxSubResellerDepth: number };
  version: number;
}
interface ProblemBody {
  status: number;
  code: string;
  errors?: { field: string; message: string }[];
}

/** The problem fields that must not tell "elsewhere" from "nowhere" (instance and request id differ anyway). */
function shape(body: unknown) {
  const { instance: _instance, requestId: _requestId, ...rest } = body as Record<string, unknown>;
  return rest;
}

const resellerInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Acme Telecom',
  contactEmail: `ops-${newId('rsl').slice(4, 14).toLowerCase()}@example.test`,
  ...overrides,
});

/** A reseller with an admin key of every scope. */
async function resellerWithKey(parentResellerId: string | null = null) {
  const record = await reseller(store, parentResellerId);
  const { key } = await apiKey(store, { kind: 'reseller', id: record.id }, [...API_KEY_SCOPES]);
  return { record, key };
}

describe('resellers over the API', () => {
  it('lets the operator create, read, change and delete a top-level reseller, with an ETag per version', async () => {
    const created = await call(app, 'POST', '/resellers', { key: op, body: resellerInput() });
    expect(created.status).toBe(201);
    const body = created.json as ResellerBody;
    expect(body).toMatchObject({ parentResellerId: null, status: 'active', version: 1 });
    expect(created.response.headers.get('etag')).toBe('"1"');
    expect(created.response.headers.get('location')).toBe(`/v1/resellers/${body.id}`);

    const read = await call(app, 'GET', `/resellers/${body.id}`, { key: op });
    expect(read.json).toEqual(body);

    const stale = await call(app, 'PATCH', `/resellers/${body.id}`, {
      key: op,
      body: { name: 'Renamed' },
      headers: { 'if-match': '"7"' },
    });
    expect(stale.status).toBe(412);
    const noIfMatch = await call(app, 'PATCH', `/resellers/${body.id}`, {
      key: op,
      body: { name: 'Renamed' },
    });
    expect(noIfMatch.status).toBe(428);
    const changed = await call(app, 'PATCH', `/resellers/${body.id}`, {
      key: op,
      body: { name: 'Renamed' },
      headers: { 'if-match': '"1"' },
    });
    expect(changed.status).toBe(200);
    expect((changed.json as ResellerBody).name).toBe('Renamed');

    const deleted = await call(app, 'DELETE', `/resellers/${body.id}`, {
      key: op,
      headers: { 'if-match': '"2"' },
    });
    expect(deleted.status).toBe(204);
    expect((await call(app, 'GET', `/resellers/${body.id}`, { key: op })).status).toBe(404);
  });

  it.each(['name', 'contactEmail'])('refuses a reseller without %s with 422 naming it', async (field) => {
    const { [field]: _omitted, ...input } = resellerInput() as Record<string, unknown>;
    const response = await call(app, 'POST', '/resellers', { key: op, body: input });
    expect(response.status).toBe(422);
    expect((response.json as ProblemBody).errors?.map((error) => error.field)).toEqual([field]);
  });

  it('refuses a top-level reseller from a reseller admin (403), and lets it create sub-resellers', async () => {
    const { record, key } = await resellerWithKey();
    const top = await call(app, 'POST', '/resellers', { key, body: resellerInput() });
    expect(top.status).toBe(403);

    const sub = await call(app, 'POST', `/resellers/${record.id}/resellers`, { key, body: resellerInput() });
    expect(sub.status).toBe(201);
    const child = sub.json as ResellerBody;
    expect(child.parentResellerId).toBe(record.id);
    expect((await call(app, 'GET', `/resellers/${child.id}`, { key })).status).toBe(200);

    const listed = await call(app, 'GET', `/resellers/${record.id}/resellers`, { key });
    expect((listed.json as { items: ResellerBody[] }).items.map((item) => item.id)).toEqual([child.id]);
    const own = await call(app, 'GET', '/resellers', { key });
    expect((own.json as { items: ResellerBody[] }).items.map((item) => item.id)).toEqual([record.id]);
  });

  it('refuses a sub-reseller deeper than the limits allow, naming parentResellerId', async () => {
    // The default maxSubResellerDepth is 1: a child is fine, a grandchild is not.
    const { record, key } = await resellerWithKey();
    const child = (
      await call(app, 'POST', `/resellers/${record.id}/resellers`, { key, body: resellerInput() })
    ).json as ResellerBody;
    const grandchild = await call(app, 'POST', `/resellers/${child.id}/resellers`, {
      key,
      body: resellerInput({ limits: { maxSubResellerDepth: 3 } }),
    });
    expect(grandchild.status).toBe(422);
    expect((grandchild.json as ProblemBody).errors?.map((error) => error.field)).toEqual([
      'parentResellerId',
    ]);
  });

  it('answers a reseller of another branch with 404, exactly as an unknown id', async () => {
    const mine = await resellerWithKey();
    const theirs = await resellerWithKey();
    for (const [method, path] of [
      ['GET', `/resellers/${mine.record.id}`],
      ['PATCH', `/resellers/${mine.record.id}`],
      ['DELETE', `/resellers/${mine.record.id}`],
      ['GET', `/resellers/${mine.record.id}/resellers`],
      ['POST', `/resellers/${mine.record.id}/resellers`],
    ] as const) {
      const body = method === 'GET' || method === 'DELETE' ? undefined : resellerInput();
      const other = await call(app, method, path, { key: theirs.key, body });
      const unknown = await call(app, method, path.replace(mine.record.id, 'rsl_0000000000000000000000000'), {
        key: theirs.key,
        body,
      });
      expect(other.status, `${method} ${path}`).toBe(404);
      expect(shape(other.json)).toEqual(shape(unknown.json));
    }
    // A parent reaches its child; the child does not reach its parent.
    const child = await resellerWithKey(mine.record.id);
    expect((await call(app, 'GET', `/resellers/${child.record.id}`, { key: mine.key })).status).toBe(200);
    expect((await call(app, 'GET', `/resellers/${mine.record.id}`, { key: child.key })).status).toBe(404);
  });

  it('keeps status and limits of its own reseller out of a reseller admin’s reach; the parent suspends it', async () => {
    const parent = await resellerWithKey();
    const child = await resellerWithKey(parent.record.id);
    const selfSuspend = await call(app, 'PATCH', `/resellers/${child.record.id}`, {
      key: child.key,
      body: { status: 'suspended' },
      headers: { 'if-match': '*' },
    });
    expect(selfSuspend.status).toBe(403);
    expect((selfSuspend.json as ProblemBody).errors?.map((error) => error.field)).toEqual(['status']);
    const selfDelete = await call(app, 'DELETE', `/resellers/${child.record.id}`, {
      key: child.key,
      headers: { 'if-match': '*' },
    });
    expect(selfDelete.status).toBe(403);

    const suspended = await call(app, 'PATCH', `/resellers/${child.record.id}`, {
      key: parent.key,
      body: { status: 'suspended' },
      headers: { 'if-match': '*' },
    });
    expect(suspended.status).toBe(200);
    const refused = await call(app, 'GET', `/resellers/${child.record.id}`, { key: child.key });
    expect(refused.status).toBe(403);
    expect((refused.json as ProblemBody).code).toBe('account-suspended');
  });

  it('refuses to delete a reseller that still has tenants or sub-resellers (409)', async () => {
    const parent = await reseller(store);
    await tenant(store, parent.id);
    const withTenant = await call(app, 'DELETE', `/resellers/${parent.id}`, {
      key: op,
      headers: { 'if-match': '*' },
    });
    expect(withTenant.status).toBe(409);
    const other = await reseller(store);
    await reseller(store, other.id);
    const withChild = await call(app, 'DELETE', `/resellers/${other.id}`, {
      key: op,
      headers: { 'if-match': '*' },
    });
    expect(withChild.status).toBe(409);
  });

  it('replays a create for a repeated Idempotency-Key', async () => {
    const headers = { 'idempotency-key': `rsl-${newId('rsl')}` };
    const body = resellerInput();
    const first = await call(app, 'POST', '/resellers', { key: op, body, headers });
    const again = await call(app, 'POST', '/resellers', { key: op, body, headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
  });

  it('pages through sub-resellers exactly once', async () => {
    const { record, key } = await resellerWithKey();
    const ids: string[] = [];
    for (let n = 0; n < 3; n += 1) {
      const created = await call(app, 'POST', `/resellers/${record.id}/resellers`, {
        key,
        body: resellerInput(),
      });
      ids.push((created.json as ResellerBody).id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 1000; pages += 1) {
      const query = `limit=2${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
      const page = (await call(app, 'GET', `/resellers/${record.id}/resellers?${query}`, { key })).json as {
        items: ResellerBody[];
        nextCursor?: string;
      };
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      if (cursor === undefined) break;
    }
    expect(seen.sort()).toEqual(ids.sort());
  });

  it('refuses tenant principals: 404 on resellers, 403 on the platform list', async () => {
    const owner = await reseller(store);
    const tnt = await tenant(store, owner.id);
    const { key } = await apiKey(store, { kind: 'tenant', id: tnt.id }, [...API_KEY_SCOPES]);
    expect((await call(app, 'GET', `/resellers/${owner.id}`, { key })).status).toBe(404);
    expect((await call(app, 'GET', '/resellers', { key })).status).toBe(403);
  });
});
