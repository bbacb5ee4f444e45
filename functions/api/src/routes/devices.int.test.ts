import { createHash } from 'node:crypto';
import { createDeviceInputSchema, ID_PREFIXES, newId } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { call, integrationApi, seenBodies } from '../int-test-fixtures';
import { asSession } from '../test-support/principals';
import { contractTests, tenantRecordWithKey, userSession } from './tenant-resource-contract';

const { app, store } = integrationApi();
let sequence = 0;

contractTests(app, store, {
  segment: 'devices',
  scopes: ['devices:write'],
  tenant: () => tenantRecordWithKey(store, ['devices:write']),
  createSchema: createDeviceInputSchema,
  valid: () => {
    sequence += 1;
    return { kind: 'softphone', displayName: `Laptop softphone ${sequence}` };
  },
  invalid: [
    ['kind', (valid) => ({ ...valid, kind: 'fax-machine' })],
    ['displayName', (valid) => ({ ...valid, displayName: '' })],
    ['macAddress', (valid) => ({ ...valid, kind: 'desk-phone' })],
    ['userId', (valid) => ({ ...valid, userId: newId('usr') })],
  ],
  patch: { displayName: 'Renamed softphone', dtmfMode: 'info' },
  revealedOnce: ['sipPassword'],
  neverReturned: ['ha1Md5', 'ha1Sha256'],
});

interface DeviceBody {
  id: string;
  sipUsername: string;
  sipPassword?: string;
  userId: string | null;
}
interface Rotated {
  deviceId: string;
  sipUsername: string;
  sipPassword: string;
  sipDomain: string;
}

/** HA1 = H(username:realm:password), RFC 2617 §3.2.2.2 and RFC 7616 §3.4.2, computed here independently. */
const ha1 = (algorithm: 'md5' | 'sha256', username: string, realm: string, password: string) =>
  createHash(algorithm).update(`${username}:${realm}:${password}`).digest('hex');

async function world() {
  const { tenantId, key } = await tenantRecordWithKey(store, ['devices:write', 'users:write']);
  const tenant = await store.tenants.get(tenantId);
  return { tenantId, key, sipDomain: tenant.sipDomain };
}

describe('device SIP credentials', () => {
  it('are generated, shown once, and kept only as MD5 and SHA-256 HA1 for the tenant realm', async () => {
    const { tenantId, key, sipDomain } = await world();
    const created = await call(app, 'POST', `/tenants/${tenantId}/devices`, {
      key,
      body: { kind: 'desk-phone', displayName: 'Reception', macAddress: '00:1A:2B:3C:4D:5E', model: 'DE700' },
    });
    expect(created.status, created.text).toBe(201);
    const device = created.json as DeviceBody;
    const password = device.sipPassword ?? '';
    expect(password).toMatch(/^[A-Za-z2-9]{24}$/);
    expect(device.sipUsername).toMatch(/^desk-phone-[0-9a-f]{6}$/);
    const stored = await store.devices.get({ tenantId }, device.id);
    expect(stored.ha1Md5).toBe(ha1('md5', device.sipUsername, sipDomain, password));
    expect(stored.ha1Sha256).toBe(ha1('sha256', device.sipUsername, sipDomain, password));
    expect(JSON.stringify(stored)).not.toContain(password);
    // The registrar resolves the device by its username alone (platform-unique).
    expect((await store.devices.resolveBySipUsername(device.sipUsername))?.id).toBe(device.id);

    const read = await call(app, 'GET', `/tenants/${tenantId}/devices/${device.id}`, { key });
    expect(read.text).not.toContain(password);
    expect(read.json).not.toHaveProperty('sipPassword');

    // Two devices never share a username, even with the same name prefix.
    const second = await call(app, 'POST', `/tenants/${tenantId}/devices`, {
      key,
      body: { kind: 'desk-phone', displayName: 'Reception 2', macAddress: '00:1A:2B:3C:4D:5F' },
    });
    expect((second.json as DeviceBody).sipUsername).not.toBe(device.sipUsername);
  });

  it('are named after the extension of the device user', async () => {
    const { tenantId, key } = await world();
    const user = await userSession(app, tenantId, key);
    const userRecord = await store.users.get({ tenantId }, user.userId);
    const created = await call(app, 'POST', `/tenants/${tenantId}/devices`, {
      key,
      body: { kind: 'softphone', displayName: 'Phone app', userId: user.userId },
    });
    expect(created.status, created.text).toBe(201);
    expect((created.json as DeviceBody).sipUsername).toBe(
      `${userRecord.extensionNumber}-${(created.json as DeviceBody).sipUsername.split('-').at(-1)}`,
    );
  });

  it('rotate: a new password once (no-store), the old one no longer matches, audited without secrets', async () => {
    const { tenantId, key, sipDomain } = await world();
    const created = await call(app, 'POST', `/tenants/${tenantId}/devices`, {
      key,
      body: { kind: 'softphone', displayName: 'Softphone' },
    });
    const device = created.json as DeviceBody;
    const path = `/tenants/${tenantId}/devices/${device.id}/rotate-credentials`;

    const stale = await call(app, 'POST', path, { key, headers: { 'if-match': '"7"' } });
    expect(stale.status).toBe(412);

    const rotated = await call(app, 'POST', path, { key, headers: { 'if-match': '"1"' } });
    expect(rotated.status, rotated.text).toBe(200);
    expect(rotated.response.headers.get('cache-control')).toBe('no-store');
    expect(rotated.response.headers.get('etag')).toBe('"2"');
    const credentials = rotated.json as Rotated;
    expect(credentials).toMatchObject({ deviceId: device.id, sipUsername: device.sipUsername, sipDomain });
    expect(credentials.sipPassword).not.toBe(device.sipPassword);
    const stored = await store.devices.get({ tenantId }, device.id);
    expect(stored.ha1Md5).toBe(ha1('md5', device.sipUsername, sipDomain, credentials.sipPassword));
    expect(stored.ha1Md5).not.toBe(ha1('md5', device.sipUsername, sipDomain, device.sipPassword ?? ''));

    // Without If-Match the rotation applies to the current version.
    const again = await call(app, 'POST', path, { key });
    expect(again.status).toBe(200);

    const now = Date.now();
    const entries = await store.audit.search(
      { tenantId },
      { from: new Date(now - 3600_000).toISOString(), to: new Date(now + 60_000).toISOString() },
      { targetId: device.id },
    );
    expect(entries.items.map((entry) => entry.action).sort()).toEqual([
      'device.create',
      'device.rotate-credentials',
      'device.rotate-credentials',
    ]);
    const text = JSON.stringify(entries.items);
    expect(text).not.toMatch(/ha1Md5|ha1Sha256|sipPassword/);
    expect(text).not.toContain(credentials.sipPassword);

    const elsewhere = await tenantRecordWithKey(store, ['devices:write']);
    const foreign = await call(app, 'POST', path, { key: elsewhere.key });
    expect(foreign.status).toBe(404);
  });

  it('are not kept in the Idempotency-Key record: a replay omits the password', async () => {
    const { tenantId, key } = await world();
    const headers = { 'idempotency-key': 'device-replay' };
    const body = { kind: 'softphone', displayName: 'Replayed' };
    const first = await call(app, 'POST', `/tenants/${tenantId}/devices`, { key, body, headers });
    const replay = await call(app, 'POST', `/tenants/${tenantId}/devices`, { key, body, headers });
    const password = (first.json as DeviceBody).sipPassword ?? '';
    expect(password).not.toBe('');
    expect(replay.text).not.toContain(password);
  });
});

describe('devices with own access', () => {
  it('a user lists and reads only their own devices, without secrets, and cannot create or rotate', async () => {
    const { tenantId, key } = await world();
    const alice = await userSession(app, tenantId, key);
    const bob = await userSession(app, tenantId, key);
    const create = async (userId: string) =>
      (
        await call(app, 'POST', `/tenants/${tenantId}/devices`, {
          key,
          body: { kind: 'softphone', displayName: 'Mine', userId },
        })
      ).json as DeviceBody;
    const mine = await create(alice.userId);
    const theirs = await create(bob.userId);
    await call(app, 'POST', `/tenants/${tenantId}/devices`, {
      key,
      body: { kind: 'softphone', displayName: 'Shared' },
    });

    const session = { cookie: alice.headers.cookie ?? '', csrf: alice.headers['x-csrf-token'] ?? '' };
    const list = await asSession(app, session, 'GET', `/tenants/${tenantId}/devices`);
    expect(list.status, list.text).toBe(200);
    expect((list.json as { items: DeviceBody[] }).items.map((device) => device.id)).toEqual([mine.id]);
    expect(list.text).not.toContain('sipPassword');
    expect((await asSession(app, session, 'GET', `/tenants/${tenantId}/devices/${mine.id}`)).status).toBe(
      200,
    );
    expect((await asSession(app, session, 'GET', `/tenants/${tenantId}/devices/${theirs.id}`)).status).toBe(
      404,
    );
    const created = await asSession(app, session, 'POST', `/tenants/${tenantId}/devices`, {
      body: { kind: 'softphone', displayName: 'Sneaky', userId: alice.userId },
    });
    expect(created.status).toBe(403);
    const rotate = await asSession(
      app,
      session,
      'POST',
      `/tenants/${tenantId}/devices/${mine.id}/rotate-credentials`,
    );
    expect(rotate.status).toBe(403);
  });
});

describe('GET /tenants/{tenantId}/devices/{deviceId}/registrations', () => {
  it("shows the registrar's live bindings of the device, not expired ones, not to another tenant", async () => {
    const { tenantId, key, sipDomain } = await world();
    const device = (
      await call(app, 'POST', `/tenants/${tenantId}/devices`, {
        key,
        body: { kind: 'softphone', displayName: 'Registered' },
      })
    ).json as DeviceBody;
    const path = `/tenants/${tenantId}/devices/${device.id}/registrations`;
    const empty = await call(app, 'GET', path, { key });
    expect(empty.status, empty.text).toBe(200);
    expect(empty.json).toEqual({
      registered: false,
      aor: `sip:${device.sipUsername}@${sipDomain}`,
      items: [],
    });

    // Bindings as the edge's registrar writes them (one live, one lapsed but not yet removed by TTL).
    const binding = (contact: string, expiresInMs: number) => {
      const expiry = new Date(Date.now() + expiresInMs);
      return {
        id: newId(ID_PREFIXES.registration),
        tenantId,
        deviceId: device.id,
        aor: `sip:${device.sipUsername}@${sipDomain}`,
        contactUri: contact,
        instanceId: null,
        regId: null,
        callId: newId(ID_PREFIXES.registration),
        cseq: 1,
        transport: 'tcp' as const,
        sourceAddress: '127.0.0.1:50600',
        userAgent: 'baresip v1.0',
        edgeNodeId: 'edge-test',
        registeredAt: new Date().toISOString(),
        expiresAt: expiry.toISOString(),
        expiresAtEpoch: Math.ceil(expiry.getTime() / 1000),
      };
    };
    await store.registrations.put({ tenantId }, binding('sip:live@127.0.0.1:50600;transport=tcp', 600_000));
    await store.registrations.put({ tenantId }, binding('sip:lapsed@127.0.0.1:50601;transport=tcp', -5_000));

    const shown = await call(app, 'GET', path, { key });
    const body = shown.json as { registered: boolean; items: Record<string, unknown>[] };
    expect(body.registered).toBe(true);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      contactUri: 'sip:live@127.0.0.1:50600;transport=tcp',
      transport: 'tcp',
      sourceAddress: '127.0.0.1:50600',
      userAgent: 'baresip v1.0',
    });
    expect(body.items[0]?.expiresInSeconds).toBeGreaterThan(0);
    expect(Object.keys(body.items[0] ?? {})).not.toContain('callId');

    const elsewhere = await tenantRecordWithKey(store, ['devices:read']);
    expect((await call(app, 'GET', path, { key: elsewhere.key })).status).toBe(404);

    // Deleting the device removes its bindings: no call is routed to a phone without an account.
    const aor = `sip:${device.sipUsername}@${sipDomain}`;
    expect(await store.registrations.listByAor({ tenantId }, aor)).toHaveLength(1);
    const deleted = await call(app, 'DELETE', `/tenants/${tenantId}/devices/${device.id}`, {
      key,
      headers: { 'if-match': '"1"' },
    });
    expect(deleted.status).toBe(204);
    expect(await store.registrations.listByAor({ tenantId }, aor)).toEqual([]);
  });

  it('no response of this file holds an HA1', () => {
    expect(seenBodies.join('\n')).not.toMatch(/ha1Md5|ha1Sha256/);
  });
});
