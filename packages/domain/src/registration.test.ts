import { describe, expect, it } from 'vitest';
import { bindingExpiry, grantedExpires, isBindingActive, registrationSchema } from './registration';
import { issuesOf } from './test-support';
import { newId } from './values/id';

describe('registrations', () => {
  it('clamp the requested Expires to the registrar bounds', () => {
    expect(grantedExpires(30)).toBe(60);
    expect(grantedExpires(600)).toBe(600);
    expect(grantedExpires(86_400)).toBe(3600);
  });

  it('expire at the granted time, with the TTL epoch rounded up', () => {
    const now = new Date('2024-05-01T08:00:00.500Z');
    const expiry = bindingExpiry(now, 600);
    expect(expiry).toEqual({ expiresAt: '2024-05-01T08:10:00.500Z', expiresAtEpoch: 1714551001 });
    expect(isBindingActive(expiry, new Date('2024-05-01T08:09:59Z'))).toBe(true);
    expect(isBindingActive(expiry, new Date('2024-05-01T08:10:01Z'))).toBe(false);
  });

  it('need SIP URIs for AOR and contact', () => {
    const binding = {
      id: newId('reg'),
      tenantId: newId('tnt'),
      deviceId: newId('dev'),
      aor: 'sip:acme-101@acme.carillon.example',
      contactUri: 'sip:acme-101@192.0.2.10:5062;transport=udp',
      instanceId: null,
      regId: null,
      callId: 'abc@192.0.2.10',
      cseq: 1,
      transport: 'udp',
      sourceAddress: '198.51.100.7:40312',
      userAgent: 'Gigaset DE700 IP PRO',
      edgeNodeId: 'edge-1',
      registeredAt: '2024-05-01T08:00:00Z',
      ...bindingExpiry(new Date('2024-05-01T08:00:00Z'), 600),
    };
    expect(issuesOf(registrationSchema, binding)).toEqual([]);
    expect(issuesOf(registrationSchema, { ...binding, aor: 'acme-101', transport: 'sctp' })).toEqual([
      { path: 'aor', message: 'AOR must be a sip: or sips: URI with user and domain' },
      { path: 'transport', message: 'transport must be udp, tcp, tls, ws or wss' },
    ]);
  });
});
