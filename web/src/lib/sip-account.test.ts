import { describe, expect, it } from 'vitest';
import { accountUri } from './sip-account';

const edge = { host: '127.0.0.1', port: 5060, tlsPort: 5061 };

describe('accountUri', () => {
  it('puts user, password, domain and the outbound proxy into one SIP URI', () => {
    expect(
      accountUri(
        { sipUsername: '742-d98d1d', sipPassword: 'n62f4PkEjb3b', sipDomain: 'acme.pbx.example' },
        edge,
      ),
    ).toBe('sip:742-d98d1d:n62f4PkEjb3b@acme.pbx.example;proxy=127.0.0.1:5060');
  });

  it('percent-encodes separators in the password so the parts cannot shift', () => {
    const uri = accountUri({ sipUsername: 'u', sipPassword: 'a:b@c;d', sipDomain: 'd.example' }, edge);
    expect(uri).toBe('sip:u:a%3Ab%40c%3Bd@d.example;proxy=127.0.0.1:5060');
    expect(uri.split('@')).toHaveLength(2);
  });
});
