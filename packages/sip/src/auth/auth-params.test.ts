import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAuthHeader, parseAuthHeader, quoteString } from './auth-params';
import { DigestAuthError } from './digest-auth-error';

describe('parseAuthHeader', () => {
  it('lowercases parameter names but keeps values verbatim, since names are case-insensitive (RFC 7235 §2.1)', () => {
    const parsed = parseAuthHeader('Digest REALM="Atlanta.com", Algorithm=SHA-256');
    expect(parsed.scheme).toBe('Digest');
    expect(parsed.params).toEqual([
      { name: 'realm', value: 'Atlanta.com', quoted: true },
      { name: 'algorithm', value: 'SHA-256', quoted: false },
    ]);
  });

  it('unescapes quoted-pairs so a realm can contain quotes and backslashes', () => {
    const parsed = parseAuthHeader('Digest realm="a \\"quoted\\" \\\\ realm"');
    expect(parsed.params[0]?.value).toBe('a "quoted" \\ realm');
  });

  it('accepts whitespace around "=" and ",", and a folded line, as SIP LWS allows (RFC 3261 §25.1)', () => {
    const parsed = parseAuthHeader('Digest  realm = "r" ,\r\n\tnonce\t=\t"n",qop="auth"');
    expect(parsed.params.map((p) => [p.name, p.value])).toEqual([
      ['realm', 'r'],
      ['nonce', 'n'],
      ['qop', 'auth'],
    ]);
  });

  it.each([
    ['a duplicate parameter', 'Digest realm="a", Realm="b"', /duplicate parameter realm/],
    ['an unterminated quoted-string', 'Digest realm="abc', /unterminated/],
    ['a missing comma', 'Digest realm="a" nonce="b"', /expected ","/],
    ['a trailing comma', 'Digest realm="a",', /trailing ","/],
    ['a missing value', 'Digest realm=, nonce="b"', /expected value of realm/],
    ['a scheme without params', 'Digest', /no auth-params/],
    ['a bare line break inside quotes', 'Digest realm="a\r\nb"', /bare line break/],
    ['a parameter without "="', 'Digest realm', /expected "="/],
  ])('rejects %s with a DigestAuthError', (_, value, message) => {
    expect(() => parseAuthHeader(value)).toThrow(DigestAuthError);
    expect(() => parseAuthHeader(value)).toThrow(message);
  });
});

describe('formatAuthHeader', () => {
  it('refuses CR/LF in a value so nothing can inject a header line', () => {
    expect(() => quoteString('evil\r\nVia: x')).toThrow(DigestAuthError);
  });

  it('refuses a non-token where a token is required', () => {
    expect(() =>
      formatAuthHeader({
        scheme: 'Digest',
        params: [{ name: 'algorithm', value: 'SHA 256', quoted: false }],
      }),
    ).toThrow(/must be a token/);
  });

  it('round-trips any printable value through quoting and parsing', () => {
    const printable = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(printable, printable, (realm, nonce) => {
        const text = formatAuthHeader({
          scheme: 'Digest',
          params: [
            { name: 'realm', value: realm, quoted: true },
            { name: 'nonce', value: nonce, quoted: true },
          ],
        });
        const parsed = parseAuthHeader(text);
        expect(parsed.params.map((p) => p.value)).toEqual([realm, nonce]);
      }),
    );
  });
});
