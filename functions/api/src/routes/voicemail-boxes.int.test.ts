import { verifyPassword } from '@carillon/auth';
import { createVoicemailBoxInputSchema, newId } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { call, integrationApi, tenantWithKey } from '../int-test-fixtures';
import { contractTests, userSession } from './tenant-resource-contract';

const { app, store } = integrationApi();

let sequence = 0;
function extensionNumber(): string {
  sequence += 1;
  return String(7000 + (sequence % 2000));
}

contractTests(app, store, {
  segment: 'voicemail-boxes',
  scopes: ['users:write'],
  createSchema: createVoicemailBoxInputSchema,
  valid: () => ({ name: 'Support mailbox', extensionNumber: extensionNumber(), pin: '2580' }),
  invalid: [
    // Trivial PINs guard recordings reachable from outside poorly.
    ['pin', (valid) => ({ ...valid, pin: '1111' })],
    ['maxMessageSeconds', (valid) => ({ ...valid, maxMessageSeconds: 5 })],
    ['ownerGroupId', (valid) => ({ ...valid, ownerUserId: newId('usr'), ownerGroupId: newId('grp') })],
    ['deleteAfterEmail', (valid) => ({ ...valid, deleteAfterEmail: true })],
  ],
  patch: { greetingOnly: true, notifyEmail: 'support@example.com' },
  neverReturned: ['pin', 'pinHash'],
});

interface BoxBody {
  id: string;
  version: number;
  ownerUserId: string | null;
}

describe("a user's own voicemail box", () => {
  it('reads only their own box and changes its PIN and greeting, not its number; the PIN is stored hashed', async () => {
    const { tenantId, key } = await tenantWithKey(store, ['users:write']);
    const ada = await userSession(app, tenantId, key);
    const bob = await userSession(app, tenantId, key);
    const path = `/tenants/${tenantId}/voicemail-boxes`;
    const box = (ownerUserId: string) => ({
      name: 'Box',
      extensionNumber: extensionNumber(),
      ownerUserId,
      pin: '2580',
    });
    const adas = (await call(app, 'POST', path, { key, body: box(ada.userId) })).json as BoxBody;
    const bobs = (await call(app, 'POST', path, { key, body: box(bob.userId) })).json as BoxBody;

    const listed = await call(app, 'GET', path, { headers: ada.headers });
    expect((listed.json as { items: BoxBody[] }).items.map((item) => item.id)).toEqual([adas.id]);
    expect((await call(app, 'GET', `${path}/${bobs.id}`, { headers: ada.headers })).status).toBe(404);

    const ifMatch = { ...ada.headers, 'if-match': '"1"' };
    const pin = await call(app, 'PATCH', `${path}/${adas.id}`, {
      headers: ifMatch,
      body: { pin: '4711', greetingOnly: true },
    });
    expect(pin.status, pin.text).toBe(200);
    expect(pin.text).not.toMatch(/4711|pinHash/);
    const stored = await store.voicemailBoxes.get({ tenantId }, adas.id);
    expect(await verifyPassword(stored.pinHash, '4711')).toBe(true);
    expect(stored.pinHash).not.toContain('4711');

    const number = await call(app, 'PATCH', `${path}/${adas.id}`, {
      headers: { ...ada.headers, 'if-match': '"2"' },
      body: { extensionNumber: extensionNumber(), ownerUserId: bob.userId },
    });
    expect(number.status).toBe(403);
    expect((number.json as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual([
      'extensionNumber',
      'ownerUserId',
    ]);
    // Users neither create nor delete boxes (ROLE_GRANTS: read and update own).
    expect((await call(app, 'POST', path, { headers: ada.headers, body: box(ada.userId) })).status).toBe(403);
    expect(
      (await call(app, 'DELETE', `${path}/${adas.id}`, { headers: { ...ada.headers, 'if-match': '"2"' } }))
        .status,
    ).toBe(403);
    expect(
      (await call(app, 'PATCH', `${path}/${bobs.id}`, { headers: ifMatch, body: { pin: '4711' } })).status,
    ).toBe(404);
  });
});
