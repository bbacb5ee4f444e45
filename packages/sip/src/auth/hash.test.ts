import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeHa1, computeResponse } from './hash';

const md5 = (s: string) => createHash('md5').update(s).digest('hex');
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe('computeResponse against published vectors', () => {
  it('reproduces RFC 2617 §3.5 (Mufasa, MD5, qop=auth)', () => {
    const ha1 = computeHa1('MD5', 'Mufasa', 'testrealm@host.com', 'Circle Of Life');
    const response = computeResponse({
      algorithm: 'MD5',
      ha1,
      nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093',
      method: 'GET',
      uri: '/dir/index.html',
      qop: 'auth',
      nc: '00000001',
      cnonce: '0a4f113b',
    });
    expect(response).toBe('6629fae49393a05397450978507c4ef1');
  });

  const rfc7616 = {
    nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v',
    cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
    method: 'GET',
    uri: '/dir/index.html',
    qop: 'auth' as const,
    nc: '00000001',
  };

  it('reproduces RFC 7616 §3.9.1 with MD5', () => {
    const ha1 = computeHa1('MD5', 'Mufasa', 'http-auth@example.org', 'Circle of Life');
    expect(computeResponse({ ...rfc7616, algorithm: 'MD5', ha1 })).toBe('8ca523f5e9506fed4657c9700eebdbec');
  });

  it('reproduces RFC 7616 §3.9.1 with SHA-256', () => {
    const ha1 = computeHa1('SHA-256', 'Mufasa', 'http-auth@example.org', 'Circle of Life');
    expect(computeResponse({ ...rfc7616, algorithm: 'SHA-256', ha1 })).toBe(
      '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1',
    );
  });
});

describe('computeResponse against SIP-style vectors computed here with node:crypto', () => {
  const user = 'alice';
  const realm = 'pbx.example.com';
  const password = 'correct horse';
  const nonce = 'abc123';
  const uri = 'sip:pbx.example.com';

  it('computes SHA-256-sess by re-deriving HA1 with nonce and cnonce (RFC 7616 §3.4.2)', () => {
    const ha1 = sha256(`${sha256(`${user}:${realm}:${password}`)}:${nonce}:cn1`);
    const expected = sha256(`${ha1}:${nonce}:0000000a:cn1:auth:${sha256(`REGISTER:${uri}`)}`);
    const actual = computeResponse({
      algorithm: 'SHA-256-sess',
      ha1: computeHa1('SHA-256-sess', user, realm, password),
      nonce,
      method: 'REGISTER',
      uri,
      qop: 'auth',
      nc: '0000000a',
      cnonce: 'cn1',
    });
    expect(actual).toBe(expected);
  });

  it('hashes the body into A2 for qop=auth-int (RFC 3261 §22.4, RFC 2617 §3.2.2.3)', () => {
    const body = 'v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\n';
    const ha1 = md5(`${user}:${realm}:${password}`);
    const expected = md5(
      `${ha1}:${nonce}:00000001:cn:auth-int:${md5(`INVITE:sip:bob@${realm}:${md5(body)}`)}`,
    );
    const actual = computeResponse({
      algorithm: 'MD5',
      ha1,
      nonce,
      method: 'INVITE',
      uri: `sip:bob@${realm}`,
      qop: 'auth-int',
      nc: '00000001',
      cnonce: 'cn',
      body,
    });
    expect(actual).toBe(expected);
  });

  it('computes the RFC 2069 form KD(HA1, nonce:HA2) when there is no qop', () => {
    const ha1 = md5(`${user}:${realm}:${password}`);
    const expected = md5(`${ha1}:${nonce}:${md5(`REGISTER:${uri}`)}`);
    expect(computeResponse({ algorithm: 'MD5', ha1, nonce, method: 'REGISTER', uri })).toBe(expected);
  });

  it('treats an uppercase stored HA1 like its lowercase form', () => {
    const ha1 = md5(`${user}:${realm}:${password}`);
    const input = { algorithm: 'MD5' as const, nonce, method: 'REGISTER', uri };
    expect(computeResponse({ ...input, ha1: ha1.toUpperCase() })).toBe(computeResponse({ ...input, ha1 }));
  });
});
