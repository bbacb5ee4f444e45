import { describe, expect, it } from 'vitest';
import { DigestAuthError } from './digest-auth-error';
import { formatDigestChallenge, parseDigestChallenge } from './digest-challenge';
import { formatDigestCredentials, parseDigestCredentials } from './digest-credentials';

// RFC 2617 §3.5, folded as it appears in the RFC.
const RFC2617_CHALLENGE = `Digest
                 realm="testrealm@host.com",
                 qop="auth,auth-int",
                 nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093",
                 opaque="5ccc069c403ebaf9f0171e9517f40e41"`.replace(/\n/g, '\r\n');

describe('parseDigestChallenge', () => {
  it('reads the RFC 2617 §3.5 challenge, defaulting algorithm to MD5 (RFC 2617 §3.2.1)', () => {
    const challenge = parseDigestChallenge(RFC2617_CHALLENGE);
    expect(challenge).toMatchObject({
      realm: 'testrealm@host.com',
      nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093',
      opaque: '5ccc069c403ebaf9f0171e9517f40e41',
      algorithm: 'MD5',
      qop: ['auth', 'auth-int'],
      stale: false,
    });
  });

  it('reads stale=TRUE case-insensitively and keeps unknown params as extensions', () => {
    const challenge = parseDigestChallenge('digest realm="r", nonce="n", stale=TRUE, charset=UTF-8');
    expect(challenge.stale).toBe(true);
    expect(challenge.extensions).toEqual([{ name: 'charset', value: 'UTF-8', quoted: false }]);
  });

  it('rejects other schemes and challenges missing realm or nonce', () => {
    expect(() => parseDigestChallenge('Basic realm="r"')).toThrow(/unsupported auth-scheme Basic/);
    expect(() => parseDigestChallenge('Digest nonce="n"')).toThrow(/without realm/);
    expect(() => parseDigestChallenge('Digest realm="r"')).toThrow(/without nonce/);
  });

  it('formats quoted and token params as RFC 7616 §3.3 prescribes and parses back to the same challenge', () => {
    const text = formatDigestChallenge({
      realm: 'pbx.example.com',
      nonce: 'n0nce',
      algorithm: 'SHA-256',
      qop: ['auth'],
      opaque: 'op',
      stale: true,
    });
    expect(text).toBe(
      'Digest realm="pbx.example.com", nonce="n0nce", opaque="op", stale=true, algorithm=SHA-256, qop="auth"',
    );
    expect(parseDigestChallenge(text)).toMatchObject({
      realm: 'pbx.example.com',
      algorithm: 'SHA-256',
      stale: true,
    });
  });
});

describe('parseDigestCredentials', () => {
  const rfc2617 = `Digest username="Mufasa", realm="testrealm@host.com",
    nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/dir/index.html", qop=auth, nc=00000001,
    cnonce="0a4f113b", response="6629fae49393a05397450978507c4ef1",
    opaque="5ccc069c403ebaf9f0171e9517f40e41"`.replace(/\n/g, '\r\n');

  it('reads the RFC 2617 §3.5 credentials', () => {
    expect(parseDigestCredentials(rfc2617)).toMatchObject({
      username: 'Mufasa',
      uri: '/dir/index.html',
      qop: 'auth',
      nc: '00000001',
      cnonce: '0a4f113b',
      response: '6629fae49393a05397450978507c4ef1',
      algorithm: 'MD5',
    });
  });

  it('accepts a quoted qop, which some SIP phones send', () => {
    const credentials = parseDigestCredentials(rfc2617.replace('qop=auth', 'qop="auth"'));
    expect(credentials.qop).toBe('auth');
  });

  it.each([
    ['no response', rfc2617.replace(/response="[^"]*",/, ''), /without response/],
    ['a non-hex response', rfc2617.replace('6629fae4', 'zz29fae4'), /not hexadecimal/],
    ['qop without cnonce', rfc2617.replace('cnonce="0a4f113b",', ''), /qop without nc or cnonce/],
    ['an nc that is not 8 hex digits', rfc2617.replace('nc=00000001', 'nc=1'), /nc must be 8 hex digits/],
  ])('rejects credentials with %s', (_, value, message) => {
    expect(() => parseDigestCredentials(value)).toThrow(DigestAuthError);
    expect(() => parseDigestCredentials(value)).toThrow(message);
  });

  it('round-trips through formatDigestCredentials, escaping a quote in the username', () => {
    const original = parseDigestCredentials(rfc2617);
    const text = formatDigestCredentials({ ...original, username: 'Mu"fasa' });
    expect(text).toContain('username="Mu\\"fasa"');
    expect(text).toContain('qop=auth, nc=00000001');
    expect(parseDigestCredentials(text)).toEqual({ ...original, username: 'Mu"fasa' });
  });
});
