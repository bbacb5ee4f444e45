import { describe, expect, it } from 'vitest';
import { dialledNumber, normaliseDialString, uriUser } from './dial-plan';

const to = (user: string | null) => ({ uri: 'sip:x@acme.pbx.test', user, displayName: null });

describe('dialledNumber', () => {
  it('takes the Request-URI user part, which names the target (RFC 3261 §8.1.1.1)', () => {
    expect(dialledNumber({ requestUri: 'sip:202@acme.pbx.test;user=phone', to: to('999') })).toBe('202');
  });

  it('falls back to To when the Request-URI has no user part', () => {
    expect(dialledNumber({ requestUri: 'sip:acme.pbx.test', to: to('203') })).toBe('203');
  });

  it('drops RFC 3966 visual separators and keeps service codes', () => {
    expect(dialledNumber({ requestUri: 'sip:2-0.2@acme.pbx.test', to: to(null) })).toBe('202');
    expect(dialledNumber({ requestUri: 'sip:*21*202%23@acme.pbx.test', to: to(null) })).toBe('*21*202#');
  });

  it('reads tel: URIs', () => {
    expect(dialledNumber({ requestUri: 'tel:+49-89-700100;phone-context=x', to: to(null) })).toBe(
      '+4989700100',
    );
  });

  it('is undefined for a name rather than a number', () => {
    expect(dialledNumber({ requestUri: 'sip:alice@acme.pbx.test', to: to('alice') })).toBeUndefined();
  });
});

describe('uriUser', () => {
  it('ignores a password and URI parameters', () => {
    expect(uriUser('sips:202:secret@host;transport=tls')).toBe('202');
  });

  it('is undefined for a malformed percent escape', () => {
    expect(uriUser('sip:%zz@host')).toBeUndefined();
  });
});

describe('normaliseDialString', () => {
  it('refuses a dial string longer than 32 keys', () => {
    expect(normaliseDialString('1'.repeat(33))).toBeUndefined();
  });
});
