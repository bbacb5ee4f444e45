import { describe, expect, it } from 'vitest';
import { describeSipPorts, formatBanner } from './banner';

const credentials = {
  tenantId: 'tnt_x',
  sipDomain: 'demo.carillon.localhost',
  users: [
    {
      name: 'Alice Admin',
      email: 'alice@demo.example',
      role: 'tenant-admin' as const,
      extension: '201',
      portalPassword: 'portal-secret',
      sipUsername: '201-abc',
      sipPassword: 'sip-secret',
    },
  ],
  ringGroup: { name: 'Reception', extension: '600' },
};

describe('formatBanner', () => {
  it('prints every service, the SIP domain and each login a newcomer needs', () => {
    const text = formatBanner({
      services: [['Control-plane API', 'http://127.0.0.1:8080']],
      data: '/data',
      credentials,
    });
    expect(text).toContain('http://127.0.0.1:8080');
    expect(text).toContain('demo.carillon.localhost');
    expect(text).toMatch(
      /201\s+Alice Admin\s+tenant-admin\s+alice@demo\.example \/ portal-secret\s+201-abc \/ sip-secret/,
    );
  });

  it('prints the demo reseller’s sign-in key when the seed made one', () => {
    const text = formatBanner({
      services: [],
      data: '/data',
      credentials: {
        ...credentials,
        reseller: { id: 'rsl_x', name: 'Demo Reseller', apiKey: 'crln_demo_key' },
      },
    });
    expect(text).toMatch(
      /Demo reseller "Demo Reseller" \(rsl_x\): sign in at \/reseller-login with\s+the API key crln_demo_key/,
    );
    expect(formatBanner({ services: [], data: '/data', credentials })).not.toContain('reseller');
  });

  it('says so when the credentials of an earlier seed are gone instead of printing nothing', () => {
    const text = formatBanner({ services: [], data: '/data', credentials: undefined });
    expect(text).toMatch(/credentials file is missing/);
  });
});

describe('describeSipPorts', () => {
  it('lists every transport the edge reported listening on', () => {
    const line = JSON.stringify({
      msg: 'edge listening',
      ports: { UDP: 5060, TLS: 5061 },
      publicHost: '127.0.0.1',
    });
    expect(describeSipPorts(line)).toBe('127.0.0.1  UDP 5060 · TLS 5061');
  });
});
