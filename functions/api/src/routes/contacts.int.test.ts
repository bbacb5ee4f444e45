import { createContactInputSchema, newId } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { call, integrationApi, tenantWithKey } from '../int-test-fixtures';
import { contractTests, userSession } from './tenant-resource-contract';

const { app, store } = integrationApi();

let sequence = 0;
const company = () => {
  sequence += 1;
  return `ACME ${sequence}`;
};

contractTests(app, store, {
  segment: 'contacts',
  scopes: ['users:write'],
  createSchema: createContactInputSchema,
  valid: () => ({
    scope: 'global',
    company: company(),
    numbers: [{ type: 'office', number: '+49 30 1234567' }],
  }),
  invalid: [
    ['numbers.0.number', (valid) => ({ ...valid, numbers: [{ type: 'office', number: 'call me' }] })],
    ['ownerUserId', (valid) => ({ ...valid, scope: 'personal' })],
    ['lastName', ({ company: _none, ...valid }) => valid],
    ['emails.0', (valid) => ({ ...valid, emails: ['not-an-address'] })],
  ],
  patch: { lastName: 'Coyote', emails: ['wile@example.com'] },
});

interface ContactBody {
  id: string;
  scope: string;
  ownerUserId: string | null;
  lastName?: string;
}
interface ImportBody {
  created: number;
  failed: number;
  results: { record: number; line: number; status: string; id?: string; errors?: { field: string }[] }[];
}

async function importFile(
  tenantId: string,
  body: string,
  contentType: string,
  auth: { key?: string; headers?: Record<string, string> },
  query = '',
) {
  const response = await app.request(`/v1/tenants/${tenantId}/contacts/import${query}`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...(auth.key === undefined ? {} : { authorization: `Bearer ${auth.key}` }),
      ...auth.headers,
    },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    json: JSON.parse(text) as ImportBody & { code?: string; errors?: unknown[] },
  };
}

describe('personal contacts of a user (own access)', () => {
  it('lists, reads, changes and deletes only their own; others answer 404', async () => {
    const { tenantId, key } = await tenantWithKey(store, ['users:write']);
    const ada = await userSession(app, tenantId, key);
    const bob = await userSession(app, tenantId, key);
    const path = `/tenants/${tenantId}/contacts`;
    const personal = (ownerUserId: string, lastName: string) => ({
      scope: 'personal',
      ownerUserId,
      lastName,
    });

    const mine = await call(app, 'POST', path, { headers: ada.headers, body: personal(ada.userId, 'Mine') });
    expect(mine.status, mine.text).toBe(201);
    const bobs = await call(app, 'POST', path, { headers: bob.headers, body: personal(bob.userId, 'Bobs') });
    const global = await call(app, 'POST', path, { key, body: { scope: 'global', lastName: 'Global' } });
    const mineId = (mine.json as ContactBody).id;
    const bobsId = (bobs.json as ContactBody).id;
    const globalId = (global.json as ContactBody).id;

    const listed = await call(app, 'GET', path, { headers: ada.headers });
    expect((listed.json as { items: ContactBody[] }).items.map((item) => item.id)).toEqual([mineId]);
    // The admin sees every contact of the tenant.
    const all = await call(app, 'GET', path, { key });
    expect((all.json as { items: ContactBody[] }).items.map((item) => item.id).sort()).toEqual(
      [mineId, bobsId, globalId].sort(),
    );

    for (const id of [bobsId, globalId]) {
      const ifMatch = { ...ada.headers, 'if-match': '"1"' };
      expect((await call(app, 'GET', `${path}/${id}`, { headers: ada.headers })).status).toBe(404);
      expect(
        (await call(app, 'PATCH', `${path}/${id}`, { headers: ifMatch, body: { lastName: 'Taken' } })).status,
      ).toBe(404);
      expect((await call(app, 'DELETE', `${path}/${id}`, { headers: ifMatch })).status).toBe(404);
    }
    const changed = await call(app, 'PATCH', `${path}/${mineId}`, {
      headers: { ...ada.headers, 'if-match': '"1"' },
      body: { lastName: 'Still mine' },
    });
    expect((changed.json as ContactBody).lastName).toBe('Still mine');
    const deleted = await call(app, 'DELETE', `${path}/${mineId}`, {
      headers: { ...ada.headers, 'if-match': '"2"' },
    });
    expect(deleted.status).toBe(204);
    expect(((await call(app, 'GET', `${path}/${bobsId}`, { key })).json as ContactBody).lastName).toBe(
      'Bobs',
    );
  });

  it('refuses a user creating a global contact or one for another user with 403 naming ownerUserId', async () => {
    const { tenantId, key } = await tenantWithKey(store, ['users:write']);
    const ada = await userSession(app, tenantId, key);
    const path = `/tenants/${tenantId}/contacts`;
    const global = await call(app, 'POST', path, {
      headers: ada.headers,
      body: { scope: 'global', lastName: 'X' },
    });
    const forOther = await call(app, 'POST', path, {
      headers: ada.headers,
      body: { scope: 'personal', ownerUserId: newId('usr'), lastName: 'X' },
    });
    for (const refused of [global, forOther]) {
      expect(refused.status).toBe(403);
      expect((refused.json as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual([
        'ownerUserId',
      ]);
    }
    expect(((await call(app, 'GET', path, { key })).json as { items: unknown[] }).items).toEqual([]);
  });
});

describe('contact import and export', () => {
  it('imports vCards with a report per card: good cards created, a broken one and an invalid one named', async () => {
    const { tenantId, key } = await tenantWithKey(store, ['users:write']);
    const file = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Lovelace;Ada;;;',
      'FN:Ada Lovelace',
      'TEL;TYPE=CELL:0170 1234567',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'no colon here',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Bad Mail',
      'EMAIL:not-an-address',
      'END:VCARD',
    ].join('\r\n');
    const result = await importFile(tenantId, file, 'text/vcard', { key });
    expect(result.status).toBe(200);
    expect(result.json.created).toBe(1);
    expect(result.json.failed).toBe(2);
    expect(result.json.results.map(({ record, line, status }) => ({ record, line, status }))).toEqual([
      { record: 1, line: 1, status: 'created' },
      { record: 2, line: 7, status: 'failed' },
      { record: 3, line: 11, status: 'failed' },
    ]);
    expect(result.json.results[1]?.errors?.map((error) => error.field)).toEqual(['file']);
    expect(result.json.results[2]?.errors?.map((error) => error.field)).toEqual(['emails.0']);
    const created = await call(app, 'GET', `/tenants/${tenantId}/contacts/${result.json.results[0]?.id}`, {
      key,
    });
    expect(created.json).toMatchObject({
      scope: 'global',
      firstName: 'Ada',
      lastName: 'Lovelace',
      numbers: [{ type: 'mobile', number: '0170 1234567' }],
    });
  });

  it('imports CSV into a personal directory and exports it as CSV that imports again', async () => {
    const { tenantId, key } = await tenantWithKey(store, ['users:write']);
    const ada = await userSession(app, tenantId, key);
    const csv =
      'First name,Last name,Company,Mobile,E-mail\r\nGrace,Hopper,Navy,0171 2,grace@example.com\r\n,,,,\r\n';
    // A user imports into their own directory without naming it.
    const result = await importFile(tenantId, csv, 'text/csv; charset=utf-8', { headers: ada.headers });
    expect(result.status).toBe(200);
    expect(result.json.created).toBe(1);
    expect(result.json.results[1]).toMatchObject({ record: 2, line: 3, status: 'failed' });
    const mine = await call(app, 'GET', `/tenants/${tenantId}/contacts`, { headers: ada.headers });
    expect((mine.json as { items: ContactBody[] }).items).toMatchObject([
      { scope: 'personal', ownerUserId: ada.userId, lastName: 'Hopper' },
    ]);

    const exported = await app.request(`/v1/tenants/${tenantId}/contacts/export`, { headers: ada.headers });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await exported.text();
    expect(text.split('\r\n')[1]).toBe('Grace,Hopper,Navy,,,0171 2,,,,grace@example.com');

    // The admin imports the export into the global directory.
    const again = await importFile(tenantId, text, 'text/csv', { key }, '?scope=global');
    expect(again.json).toMatchObject({ created: 1, failed: 0 });
  });

  it('refuses what it cannot take: another media type, a user importing globally, personal without owner', async () => {
    const { tenantId, key } = await tenantWithKey(store, ['users:write']);
    const ada = await userSession(app, tenantId, key);
    expect((await importFile(tenantId, '{}', 'application/json', { key })).status).toBe(415);
    const userGlobal = await importFile(
      tenantId,
      'Last name\nX\n',
      'text/csv',
      { headers: ada.headers },
      '?scope=global',
    );
    expect(userGlobal.status).toBe(403);
    const noOwner = await importFile(tenantId, 'Last name\nX\n', 'text/csv', { key }, '?scope=personal');
    expect(noOwner.status).toBe(400);
    expect(noOwner.json.errors).toEqual([
      { field: 'ownerUserId', message: 'ownerUserId is required for personal contacts' },
    ]);
    const unreadable = await importFile(tenantId, 'no cards here', 'text/vcard', { key });
    expect(unreadable.status).toBe(422);
    expect(unreadable.json.code).toBe('unreadable-file');
    expect(
      ((await call(app, 'GET', `/tenants/${tenantId}/contacts`, { key })).json as { items: [] }).items,
    ).toEqual([]);
  });
});
