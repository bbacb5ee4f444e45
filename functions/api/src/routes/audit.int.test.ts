import { type AuditEntry, generateApiKey } from '@carillon/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, integrationApi, tenantWithKey, userInput } from '../int-test-fixtures';

const { app, store } = integrationApi();

interface AuditPage {
  items: AuditEntry[];
  nextCursor?: string;
}

let tenantId: string;
let admin: { key: string; id: string };
let other: { key: string; id: string };
const users: Record<'ada' | 'bob' | 'cyd', string> = { ada: '', bob: '', cyd: '' };

async function createUser(key: string): Promise<string> {
  const created = await call(app, 'POST', `/tenants/${tenantId}/users`, {
    key,
    body: userInput({ lastName: 'Lovelace' }),
  });
  expect(created.status, created.text).toBe(201);
  return (created.json as { id: string }).id;
}

/** Every entry of the trail for these query parameters, following nextCursor. */
async function trail(parameters: Record<string, string>, limit = 100): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const query = new URLSearchParams({
      ...parameters,
      limit: String(limit),
      ...(cursor === undefined ? {} : { cursor }),
    });
    const response = await call(app, 'GET', `/tenants/${tenantId}/audit?${query}`, { key: admin.key });
    expect(response.status, response.text).toBe(200);
    const page = response.json as AuditPage;
    entries.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor !== undefined && pages < 50);
  return entries;
}

/** action + target of each entry, newest first, to compare with what the test did. */
const summary = (entries: AuditEntry[]) => entries.map((entry) => `${entry.action} ${entry.targetId}`);

beforeAll(async () => {
  const created = await tenantWithKey(store, ['users:write', 'audit:read']);
  tenantId = created.tenantId;
  admin = { key: created.key, id: created.apiKey.id };
  // A second key of the same tenant: another actor.
  const second = generateApiKey();
  const secondKey = await store.apiKeys.create({
    name: 'second',
    scopes: ['users:write'],
    expiresAt: null,
    owner: { kind: 'tenant', id: tenantId },
    tenantId,
    displayPrefix: second.displayPrefix,
    keyHash: second.keyHash,
    lastUsedAt: null,
    revokedAt: null,
  });
  other = { key: second.key, id: secondKey.id };

  users.ada = await createUser(admin.key);
  users.bob = await createUser(admin.key);
  const renamed = await call(app, 'PATCH', `/tenants/${tenantId}/users/${users.ada}`, {
    key: admin.key,
    headers: { 'if-match': '"1"' },
    body: { lastName: 'King' },
  });
  expect(renamed.status, renamed.text).toBe(200);
  users.cyd = await createUser(other.key);
});

describe('GET /tenants/{tenantId}/audit', () => {
  const all = () => [
    `user.create ${users.cyd}`,
    `user.update ${users.ada}`,
    `user.create ${users.bob}`,
    `user.create ${users.ada}`,
  ];

  it('lists who changed what, newest first, page by page', async () => {
    for (const limit of [1, 3, 100]) expect(summary(await trail({}, limit))).toEqual(all());
  });

  it('carries the actor, before and after (output form, no secrets) and the time', async () => {
    const [update] = await trail({ targetId: users.ada, limit: '1' }, 1);
    expect(update).toMatchObject({
      tenantId,
      actor: { kind: 'api-key', id: admin.id },
      action: 'user.update',
      targetType: 'user',
      targetId: users.ada,
      before: { lastName: 'Lovelace', version: 1 },
      after: { lastName: 'King', version: 2 },
    });
    expect(Date.parse(update?.at ?? '')).toBeGreaterThan(Date.now() - 3_600_000);
    expect(JSON.stringify(update)).not.toMatch(/passwordHash|pinHash/);
  });

  it.each([
    ['actorId', () => ({ actorId: admin.id }), () => all().slice(1)],
    ['another actorId', () => ({ actorId: other.id }), () => all().slice(0, 1)],
    ['targetId', () => ({ targetId: users.ada }), () => [all()[1], all()[3]]],
    ['targetType', () => ({ targetType: 'user' }), () => all()],
    ['an unused targetType', () => ({ targetType: 'trunk' }), () => []],
    ['actorId and targetId', () => ({ actorId: admin.id, targetId: users.ada }), () => [all()[1], all()[3]]],
    ['actorId and targetType', () => ({ actorId: other.id, targetType: 'user' }), () => all().slice(0, 1)],
  ])('filters by %s', async (_, parameters, expected) => {
    for (const limit of [1, 100]) expect(summary(await trail(parameters(), limit))).toEqual(expected());
  });

  it('takes a time range: nothing before the entries were made', async () => {
    const to = new Date(Date.now() - 3_600_000).toISOString();
    expect(await trail({ to })).toEqual([]);
  });

  it.each([
    ['targetType', { targetType: 'User Records' }],
    ['from', { from: 'last week' }],
    ['from', { from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' }],
    ['cursor', { cursor: '!' }],
  ])('refuses a bad %s with 400 naming it', async (field, parameters) => {
    const response = await call(app, 'GET', `/tenants/${tenantId}/audit?${new URLSearchParams(parameters)}`, {
      key: admin.key,
    });
    expect(response.status, response.text).toBe(400);
    expect((response.json as { errors: { field: string }[] }).errors.map((error) => error.field)).toContain(
      field,
    );
  });

  it("answers 404 for another tenant's trail and shows none of its entries", async () => {
    const foreign = await tenantWithKey(store, ['users:write', 'audit:read']);
    const response = await call(app, 'GET', `/tenants/${foreign.tenantId}/audit`, { key: admin.key });
    expect(response.status).toBe(404);
    const created = await call(app, 'POST', `/tenants/${foreign.tenantId}/users`, {
      key: foreign.key,
      body: userInput(),
    });
    expect(created.status).toBe(201);
    expect(summary(await trail({}))).toEqual(all());
  });

  it('needs the audit:read scope', async () => {
    const response = await call(app, 'GET', `/tenants/${tenantId}/audit`, { key: other.key });
    expect(response.status).toBe(403);
  });
});
