import { describe, expect, it } from 'vitest';
import { SipParseError } from './parse-error';
import type { SipUri, TelUri } from './types';
import { formatUri, parseUri } from './uri';

describe('SIP and SIPS URIs (RFC 3261 §19.1)', () => {
  it('reads user, password, host, port, params with and without values, and headers', () => {
    const uri = parseUri(
      'sips:alice:secret@atlanta.example.com:5061;transport=tcp;lr?subject=project%20x&priority=urgent',
    );
    expect(uri).toEqual({
      kind: 'sip',
      scheme: 'sips',
      user: 'alice',
      password: 'secret',
      host: 'atlanta.example.com',
      port: 5061,
      params: new Map([
        ['transport', 'tcp'],
        ['lr', null],
      ]),
      headers: new Map([
        ['subject', 'project x'],
        ['priority', 'urgent'],
      ]),
    });
  });

  it('reads an IPv6 reference with and without port', () => {
    expect(parseUri('sip:[2001:db8::10]:5070')).toMatchObject({ host: '[2001:db8::10]', port: 5070 });
    expect(parseUri('sip:bob@[2001:db8::10];maddr=[2001:db8::1]')).toMatchObject({
      user: 'bob',
      host: '[2001:db8::10]',
      params: new Map([['maddr', '[2001:db8::1]']]),
    });
  });

  it('keeps user=phone as a URI parameter and the telephone-subscriber as the user', () => {
    const uri = parseUri('sip:+1-212-555-1212:1234@gateway.com;user=phone') as SipUri;
    expect(uri.user).toBe('+1-212-555-1212');
    expect(uri.password).toBe('1234');
    expect(uri.params.get('user')).toBe('phone');
  });

  it.each([
    ['sip:', 'no host'],
    ['sip:alice@', 'empty host'],
    ['sip:alice@host:99999', 'port out of range'],
    ['sip:alice@host:5x', 'port not numeric'],
    ['sip:al ice@host', 'space in the user part'],
    ['sip:alice@host;;lr', 'empty parameter'],
    ['sip:alice@host?subject', 'header without value'],
    ['sip:alice@ho%zzst', 'malformed escape in host'],
    ['sip:al%zzice@host', 'malformed escape in user'],
    ['sip:alice@[2001:db8::1', 'unclosed IPv6 reference'],
  ])('rejects %s (%s)', (text) => {
    expect(() => parseUri(text)).toThrow(SipParseError);
  });

  it('writes back what it reads, escaping what needs it', () => {
    for (const text of [
      'sip:alice@atlanta.example.com',
      'sips:alice:secret@[2001:db8::10]:5061;transport=tls;lr?subject=a%20b',
      'sip:sips%3Auser%40example.com@example.net',
      'sip:user;par=u%40example.net@example.com',
    ]) {
      const uri = parseUri(text);
      expect(parseUri(formatUri(uri))).toEqual(uri);
    }
    expect(formatUri(parseUri('sip:I%20have%20spaces@example.net'))).toBe(
      'sip:I%20have%20spaces@example.net',
    );
  });
});

describe('tel URIs (RFC 3966)', () => {
  it('reads a global number with visual separators and params', () => {
    const uri = parseUri('tel:+1-201-555-0123;ext=1234') as TelUri;
    expect(uri).toMatchObject({ kind: 'tel', number: '+1-201-555-0123', global: true });
    expect(uri.params.get('ext')).toBe('1234');
  });

  it('requires phone-context for a local number (§5.1.5)', () => {
    expect(parseUri('tel:7042;phone-context=example.com')).toMatchObject({ global: false, number: '7042' });
    expect(() => parseUri('tel:7042')).toThrow(SipParseError);
  });

  it('round-trips through formatUri', () => {
    const uri = parseUri('tel:863-1234;phone-context=+1-914-555');
    expect(formatUri(uri)).toBe('tel:863-1234;phone-context=+1-914-555');
  });
});

describe('other schemes', () => {
  it('keeps an absoluteURI opaque (§19.1.1, RFC 4475 §3.3.4)', () => {
    expect(parseUri('urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6')).toEqual({
      kind: 'absolute',
      scheme: 'urn',
      opaque: 'uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6',
    });
  });
});
