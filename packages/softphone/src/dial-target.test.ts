import { describe, expect, it } from 'vitest';
import { DialTargetError, dtmfTones, toDialUri } from './dial-target';

describe('toDialUri', () => {
  const domain = 'acme.carillon.test';

  it('puts extensions, numbers with separators and user names into the tenant domain', () => {
    expect(toDialUri('202', domain)).toBe('sip:202@acme.carillon.test');
    expect(toDialUri(' +49 (30) 1234-56 ', domain)).toBe('sip:+4930123456@acme.carillon.test');
    expect(toDialUri('*21#', domain)).toBe('sip:*21#@acme.carillon.test');
    expect(toDialUri('alice', domain)).toBe('sip:alice@acme.carillon.test');
  });

  it('keeps addresses and SIP URIs as given', () => {
    expect(toDialUri('bob@other.example', domain)).toBe('sip:bob@other.example');
    expect(toDialUri('sips:600@acme.carillon.test', domain)).toBe('sips:600@acme.carillon.test');
  });

  it('refuses empty, overlong and malformed input with a message', () => {
    expect(() => toDialUri('  ', domain)).toThrow(DialTargetError);
    expect(() => toDialUri('1'.repeat(65), domain)).toThrow(/at most 64/);
    expect(() => toDialUri('sip:nohost', domain)).toThrow(/not a SIP URI/);
    expect(() => toDialUri('a b', domain)).toThrow(/not a number or user name/);
    expect(() => toDialUri('@host', domain)).toThrow(/not an address/);
  });
});

describe('dtmfTones', () => {
  it('accepts digits, *, # and A–D, case-insensitive, spaces ignored', () => {
    expect(dtmfTones('12 3*#ab')).toBe('123*#AB');
  });

  it('refuses anything else', () => {
    expect(() => dtmfTones('12x')).toThrow(DialTargetError);
  });
});
