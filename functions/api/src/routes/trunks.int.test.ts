import { createTrunkApiInputSchema } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { call, integrationApi, seenBodies, tenantWithKey } from '../int-test-fixtures';
import { contractTests } from './tenant-resource-contract';

const { app, store } = integrationApi();

let sequence = 0;
const PASSWORD_PREFIX = 'trunk-password-';
function password(): string {
  sequence += 1;
  return `${PASSWORD_PREFIX}${sequence}`;
}

contractTests(app, store, {
  segment: 'trunks',
  scopes: ['routing:write'],
  createSchema: createTrunkApiInputSchema,
  valid: () => ({
    name: 'Provider A',
    registrar: 'sip.provider.example.test',
    username: 'account-1',
    password: password(),
  }),
  invalid: [
    ['password', ({ password: _none, ...valid }) => valid],
    ['registrar', (valid) => ({ ...valid, registrar: 'not a host!' })],
    ['allowedSubnets.0', (valid) => ({ ...valid, allowedSubnets: ['10.0.0.0/33'] })],
    ['codecs.0', (valid) => ({ ...valid, codecs: ['speex'] })],
  ],
  patch: { transport: 'tls', port: 5061, password: 'rotated-password' },
  patched: { transport: 'tls', port: 5061, hasPassword: true },
  neverReturned: ['password', 'secretRef'],
});

interface TrunkBody {
  id: string;
  hasPassword: boolean;
}

describe('trunk passwords', () => {
  it('are sealed at rest and never returned; clearing one needs register: false', async () => {
    const { tenantId, key } = await tenantWithKey(store, ['routing:write']);
    const secret = password();
    const created = await call(app, 'POST', `/tenants/${tenantId}/trunks`, {
      key,
      body: { name: 'Provider B', registrar: 'sip.example.test', username: 'acct', password: secret },
    });
    expect(created.status, created.text).toBe(201);
    const trunk = created.json as TrunkBody;
    expect(trunk.hasPassword).toBe(true);
    const stored = await store.trunks.get({ tenantId }, trunk.id);
    expect(stored.secretRef).toMatch(/^enc:v1:/);
    expect(stored.secretRef).not.toContain(secret);
    expect(Buffer.from(stored.secretRef?.slice(7) ?? '', 'base64url').toString()).not.toContain(secret);

    const path = `/tenants/${tenantId}/trunks/${trunk.id}`;
    const cleared = await call(app, 'PATCH', path, {
      key,
      body: { password: null },
      headers: { 'if-match': '"1"' },
    });
    expect(cleared.status).toBe(422);
    expect((cleared.json as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual([
      'password',
    ]);
    const ipAuth = await call(app, 'PATCH', path, {
      key,
      body: { password: null, register: false },
      headers: { 'if-match': '"1"' },
    });
    expect(ipAuth.status, ipAuth.text).toBe(200);
    expect((ipAuth.json as TrunkBody).hasPassword).toBe(false);
    expect((await store.trunks.get({ tenantId }, trunk.id)).secretRef).toBeNull();
    // A sent secretRef is an unknown field: the API takes no references from clients.
    const reference = await call(app, 'PATCH', path, {
      key,
      body: { secretRef: 'enc:v1:AAAA' },
      headers: { 'if-match': '"2"' },
    });
    expect(reference.status).toBe(422);
    expect(seenBodies.join('\n')).not.toContain(PASSWORD_PREFIX);
  });
});
