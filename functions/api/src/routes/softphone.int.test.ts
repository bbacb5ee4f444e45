import { deviceCredentialHashes } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { call, integrationApi, seenBodies } from '../int-test-fixtures';
import {
  apiKey,
  asSession,
  portalUser,
  reseller,
  type Session,
  sessionOf,
  TEST_PASSWORD,
  tenant,
} from '../test-support/principals';

const { app, store } = integrationApi();

interface Credentials {
  deviceId: string;
  sipUsername: string;
  sipPassword: string;
  sipDomain: string;
  created: boolean;
}

async function world() {
  const tnt = await tenant(store, (await reseller(store)).id);
  const admin = await apiKey(store, { kind: 'tenant', id: tnt.id }, ['users:write', 'devices:write']);
  const user = await portalUser(app, tnt.id, admin.key, { role: 'user', extensionNumber: '241' });
  const other = await portalUser(app, tnt.id, admin.key, { role: 'user', extensionNumber: '242' });
  const session = await sessionOf(app, { email: user.email, password: TEST_PASSWORD });
  const otherSession = await sessionOf(app, { email: other.email, password: TEST_PASSWORD });
  return { tnt, admin, user, other, session, otherSession };
}

async function key(session: Session) {
  const response = await asSession(app, session, 'POST', '/me/softphone');
  return { ...response, credentials: response.json as Credentials };
}

describe('POST /me/softphone', () => {
  it("creates the user's WebRTC device once, then re-keys it; only the HA1 of the latest password is stored", async () => {
    const { tnt, user, session } = await world();

    const first = await key(session);
    expect(first.status).toBe(201);
    expect(first.response.headers.get('cache-control')).toBe('no-store');
    expect(first.credentials).toMatchObject({ created: true, sipDomain: tnt.sipDomain });
    expect(first.credentials.sipUsername).toMatch(/^241-web-[0-9a-f]{6}$/);
    expect(first.credentials.sipPassword.length).toBeGreaterThanOrEqual(24);
    const device = await store.devices.get({ tenantId: tnt.id }, first.credentials.deviceId);
    expect(device).toMatchObject({ kind: 'webrtc', userId: user.id, displayName: 'Browser softphone' });
    expect(device.ha1Md5).toBe(
      deviceCredentialHashes(device.sipUsername, tnt.sipDomain, first.credentials.sipPassword).ha1Md5,
    );

    const second = await key(session);
    expect(second.status).toBe(200);
    expect(second.credentials).toMatchObject({
      created: false,
      deviceId: first.credentials.deviceId,
      sipUsername: first.credentials.sipUsername,
    });
    expect(second.credentials.sipPassword).not.toBe(first.credentials.sipPassword);
    const rekeyed = await store.devices.get({ tenantId: tnt.id }, first.credentials.deviceId);
    // The old password no longer matches: a stale browser session cannot register.
    expect(rekeyed.ha1Md5).toBe(
      deviceCredentialHashes(device.sipUsername, tnt.sipDomain, second.credentials.sipPassword).ha1Md5,
    );
    expect(rekeyed.ha1Md5).not.toBe(device.ha1Md5);
    const owned = await store.devices.listByOwner({ tenantId: tnt.id }, user.id);
    expect(owned.items.filter((d) => d.kind === 'webrtc')).toHaveLength(1);
  });

  it("gives each user their own device and never another user's secret", async () => {
    const { tnt, session, otherSession, other } = await world();
    const mine = await key(session);
    const theirs = await key(otherSession);
    expect(theirs.status).toBe(201);
    expect(theirs.credentials.deviceId).not.toBe(mine.credentials.deviceId);
    expect(theirs.credentials.sipUsername).toMatch(/^242-web-/);
    const device = await store.devices.get({ tenantId: tnt.id }, theirs.credentials.deviceId);
    expect(device.userId).toBe(other.id);
    // The hashes never leave the API, in this or any other response of the run.
    expect(seenBodies.join('\n')).not.toContain(device.ha1Md5);
    expect(seenBodies.join('\n')).not.toContain(device.ha1Sha256);
  });

  it('writes an audit entry for the creation and each re-key, without secrets', async () => {
    const { tnt, session } = await world();
    const created = await key(session);
    await key(session);
    const now = Date.now();
    const entries = await store.audit.list(
      { tenantId: tnt.id },
      { from: new Date(now - 3600_000).toISOString(), to: new Date(now + 60_000).toISOString() },
    );
    const actions = entries.items
      .filter((entry) => entry.targetId === created.credentials.deviceId)
      .map((entry) => entry.action)
      .sort();
    expect(actions).toEqual(['device.create', 'device.rekey']);
    const text = JSON.stringify(entries.items);
    expect(text).not.toMatch(/ha1Md5|ha1Sha256/);
    expect(text).not.toContain(created.credentials.sipPassword);
  });

  it('refuses an API key (it has no user) with 403 session-required, and a session without CSRF token', async () => {
    const { admin, session } = await world();
    const byKey = await call(app, 'POST', '/me/softphone', { key: admin.key });
    expect(byKey.status).toBe(403);
    expect(byKey.json).toMatchObject({ code: 'session-required' });
    const noCsrf = await call(app, 'POST', '/me/softphone', { headers: { cookie: session.cookie } });
    expect(noCsrf.status).toBe(403);
    expect((await call(app, 'POST', '/me/softphone')).status).toBe(401);
  });
});
