import { describe, expect, it } from 'vitest';
import { createNumberInputSchema, updateNumberInputSchema } from './number';
import { issuesOf } from './test-support';
import {
  createTrunkApiInputSchema,
  createTrunkInputSchema,
  toTrunkOutput,
  trunkOutputSchema,
  trunkSchema,
  updateTrunkApiInputSchema,
} from './trunk';
import { newId } from './values/id';

const provider = {
  name: 'SIP trunk 1',
  registrar: 'sip.provider.example',
  username: '4989123456',
  secretRef: 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:carillon/trunk-1-AbCdEf',
};

describe('trunks (T640 SIP gateways, L2389-2730)', () => {
  it('takes the manual’s defaults: port 5060, From only, no RPID trust, any subnet', () => {
    expect(createTrunkInputSchema.parse(provider)).toMatchObject({
      port: 5060,
      register: true,
      callerIdHeader: 'from',
      trustRemotePartyId: false,
      maxConcurrentCalls: null,
      allowedSubnets: ['0.0.0.0/0'],
    });
  });

  it('refuses a plaintext password in place of a secret reference', () => {
    expect(issuesOf(createTrunkInputSchema, { ...provider, secretRef: 'hunter2' })).toEqual([
      {
        path: 'secretRef',
        message:
          'secret reference must be a Secrets Manager ARN or an "enc:v1:" encrypted value, never a plaintext password',
      },
    ]);
    expect(issuesOf(createTrunkInputSchema, { ...provider, secretRef: 'enc:v1:AAECAwQFBgc=' })).toEqual([]);
  });

  it('needs a secret when the trunk registers, but not for IP authentication', () => {
    expect(issuesOf(createTrunkInputSchema, { ...provider, secretRef: null })).toEqual([
      { path: 'secretRef', message: 'secret reference is required when the trunk registers' },
    ]);
    expect(issuesOf(createTrunkInputSchema, { ...provider, secretRef: null, register: false })).toEqual([]);
  });

  it('checks hosts, ports and subnets on their fields', () => {
    expect(
      issuesOf(createTrunkInputSchema, {
        ...provider,
        registrar: 'sip provider',
        port: 70000,
        allowedSubnets: ['192.168.1.1/33'],
      }),
    ).toEqual([
      { path: 'registrar', message: 'registrar must be a host name or IP address, optionally with :port' },
      { path: 'port', message: 'port must be 1–65535' },
      {
        path: 'allowedSubnets.0',
        message: 'subnet must be an IPv4 address with a prefix length, e.g. 192.0.2.0/24',
      },
    ]);
  });

  it('offers P-Asserted-Identity and Remote-Party-ID for the caller (L2655-2675)', () => {
    expect(
      createTrunkInputSchema.parse({ ...provider, callerIdHeader: 'p-asserted-identity' }).callerIdHeader,
    ).toBe('p-asserted-identity');
  });
});

describe('numbers (DIDs)', () => {
  it('keeps target and status consistent', () => {
    const target = { kind: 'queue', id: newId('que') };
    expect(issuesOf(createNumberInputSchema, { e164: '+4989123456700', target, status: 'assigned' })).toEqual(
      [],
    );
    expect(issuesOf(createNumberInputSchema, { e164: '+4989123456700', status: 'assigned' })).toEqual([
      { path: 'target', message: 'an assigned number needs a target' },
    ]);
    expect(issuesOf(createNumberInputSchema, { e164: '+4989123456700', target })).toEqual([
      { path: 'status', message: 'a number with a target must have status assigned' },
    ]);
  });

  it('rejects a target whose id belongs to another kind', () => {
    expect(
      issuesOf(createNumberInputSchema, {
        e164: '+4989123456700',
        status: 'assigned',
        target: { kind: 'queue', id: newId('grp') },
      }),
    ).toEqual([
      {
        path: 'target.id',
        message: 'queue id must be an id starting with "que_" followed by 26 base32 characters',
      },
    ]);
  });

  it('does not let a PATCH change the number itself', () => {
    expect(issuesOf(updateNumberInputSchema, { e164: '+4989123456701' })).toEqual([
      { path: '', message: 'unknown field: e164' },
    ]);
  });
});

describe('trunks as the API shows them', () => {
  const { secretRef: _secretRef, ...apiProvider } = provider;

  it('takes a write-only password instead of a secret reference, and needs it when the trunk registers', () => {
    expect(issuesOf(createTrunkApiInputSchema, { ...apiProvider, password: 'hunter2' })).toEqual([]);
    expect(issuesOf(createTrunkApiInputSchema, apiProvider)).toEqual([
      { path: 'password', message: 'password is required when the trunk registers' },
    ]);
    expect(issuesOf(createTrunkApiInputSchema, { ...apiProvider, register: false })).toEqual([]);
    expect(issuesOf(createTrunkApiInputSchema, { ...provider, password: 'x' })).toEqual([
      { path: '', message: 'unknown field: secretRef' },
    ]);
    expect(issuesOf(updateTrunkApiInputSchema, { password: null })).toEqual([]);
  });

  it('shows whether a password is stored, never the reference', () => {
    const trunk = trunkSchema.parse({
      ...createTrunkInputSchema.parse(provider),
      id: newId('trk'),
      tenantId: newId('tnt'),
      version: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const output = toTrunkOutput(trunk);
    expect(output.hasPassword).toBe(true);
    expect(JSON.stringify(output)).not.toContain('secretRef');
    expect(trunkOutputSchema.parse(output)).toEqual(output);
    expect(toTrunkOutput({ ...trunk, register: false, secretRef: null }).hasPassword).toBe(false);
  });
});
