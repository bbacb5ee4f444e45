import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCredentials, selectChallenge } from './digest-client';
import { parseDigestCredentials } from './digest-credentials';

const RFC2617_CHALLENGE =
  'Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"';

describe('createCredentials', () => {
  it('produces the RFC 2617 §3.5 Authorization for Mufasa', () => {
    const header = createCredentials({
      challenge: RFC2617_CHALLENGE,
      username: 'Mufasa',
      secret: { password: 'Circle Of Life' },
      method: 'GET',
      uri: '/dir/index.html',
      cnonce: '0a4f113b',
      nc: 1,
    });
    expect(parseDigestCredentials(header)).toMatchObject({
      response: '6629fae49393a05397450978507c4ef1',
      qop: 'auth',
      nc: '00000001',
      opaque: '5ccc069c403ebaf9f0171e9517f40e41',
    });
  });

  it('answers a SHA-256-sess trunk challenge with a response computed independently here', () => {
    const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
    const header = createCredentials({
      challenge: 'Digest realm="trunk.example.net", nonce="N1", algorithm=SHA-256-sess, qop="auth"',
      username: '4420700000',
      secret: { password: 's3cret' },
      method: 'REGISTER',
      uri: 'sip:trunk.example.net',
      cnonce: 'C1',
      nc: 3,
    });
    const ha1 = sha256(`${sha256('4420700000:trunk.example.net:s3cret')}:N1:C1`);
    const expected = sha256(`${ha1}:N1:00000003:C1:auth:${sha256('REGISTER:sip:trunk.example.net')}`);
    expect(parseDigestCredentials(header)).toMatchObject({
      response: expected,
      algorithm: 'SHA-256-sess',
      nc: '00000003',
    });
  });

  it('uses auth-int and hashes the body when that is the only qop offered', () => {
    const md5 = (s: string) => createHash('md5').update(s).digest('hex');
    const body = 'v=0\r\n';
    const header = createCredentials({
      challenge: 'Digest realm="r", nonce="n", qop="auth-int"',
      username: 'u',
      secret: { password: 'p' },
      method: 'INVITE',
      uri: 'sip:b@r',
      body,
      cnonce: 'c',
      nc: 1,
    });
    const expected = md5(`${md5('u:r:p')}:n:00000001:c:auth-int:${md5(`INVITE:sip:b@r:${md5(body)}`)}`);
    expect(parseDigestCredentials(header)).toMatchObject({ qop: 'auth-int', response: expected });
  });

  it('refuses challenges it cannot answer rather than sending a wrong response', () => {
    const base = {
      username: 'u',
      secret: { password: 'p' },
      method: 'REGISTER',
      uri: 'sip:r',
      cnonce: 'c',
      nc: 1,
    };
    expect(() =>
      createCredentials({ ...base, challenge: 'Digest realm="r", nonce="n", algorithm=AKAv1-MD5' }),
    ).toThrow(/cannot answer/);
    expect(() =>
      createCredentials({ ...base, challenge: 'Digest realm="r", nonce="n", qop="x-other"' }),
    ).toThrow(/cannot answer/);
  });
});

describe('selectChallenge', () => {
  it('prefers SHA-256 over MD5 whatever the order, and skips unusable or garbled challenges', () => {
    const chosen = selectChallenge([
      'Digest realm="r", nonce="a", algorithm=MD5, qop="auth"',
      'Digest realm="r", nonce="b", algorithm=AKAv1-MD5, qop="auth"',
      'Digest realm=',
      'Digest realm="r", nonce="c", algorithm=SHA-256, qop="auth"',
    ]);
    expect(chosen?.nonce).toBe('c');
  });

  it('picks the challenge matching a provisioned HA1 algorithm', () => {
    const chosen = selectChallenge(
      ['Digest realm="r", nonce="s", algorithm=SHA-256', 'Digest realm="r", nonce="m", algorithm=MD5'],
      { ha1: '0'.repeat(32), algorithm: 'MD5' },
    );
    expect(chosen?.nonce).toBe('m');
  });
});
