import { describe, expect, it } from 'vitest';
import { getVia } from './accessors';
import { SipHeaders } from './header-store';
import { canonicalHeaderName, compactHeaderName, headerKey } from './headers';
import { splitHeaderValues } from './lexer';

describe('header names (RFC 3261 §7.3.1, §7.3.3)', () => {
  it('match case-insensitively and by compact form', () => {
    const h = new SipHeaders([
      ['v', 'SIP/2.0/UDP a;branch=z9hG4bK1'],
      ['VIA', 'SIP/2.0/UDP b;branch=z9hG4bK2'],
      ['i', 'call@host'],
      ['x', '1800'],
    ]);
    expect(h.getAll('Via')).toEqual(['SIP/2.0/UDP a;branch=z9hG4bK1', 'SIP/2.0/UDP b;branch=z9hG4bK2']);
    expect(h.get('CALL-ID')).toBe('call@host');
    expect(h.get('Session-Expires')).toBe('1800');
  });

  it('have canonical and compact spellings', () => {
    expect(canonicalHeaderName('call-id')).toBe('Call-ID');
    expect(canonicalHeaderName('i')).toBe('Call-ID');
    expect(canonicalHeaderName('www-authenticate')).toBe('WWW-Authenticate');
    expect(canonicalHeaderName('x-carillon-tenant')).toBe('X-Carillon-Tenant');
    expect(compactHeaderName('Content-Length')).toBe('l');
    expect(compactHeaderName('CSeq')).toBeUndefined();
    expect(headerKey('O')).toBe('event');
  });
});

describe('SipHeaders', () => {
  it('splits lists on commas outside quotes and <> (§7.3.1)', () => {
    const h = new SipHeaders([
      ['Contact', '"Doe, John" <sip:a@example.com;x=1>, <sip:b@example.com?h=a,b>'],
      ['Contact', 'sip:c@example.com'],
    ]);
    expect(h.getList('contact')).toEqual([
      '"Doe, John" <sip:a@example.com;x=1>',
      '<sip:b@example.com?h=a,b>',
      'sip:c@example.com',
    ]);
    expect(splitHeaderValues('"a \\" , b", c')).toEqual(['"a \\" , b"', 'c']);
  });

  it('keeps field order, puts a prepended field above the first of its name, and removes the top one', () => {
    const h = new SipHeaders([
      ['To', '<sip:b@example.com>'],
      ['Via', 'SIP/2.0/UDP first;branch=z9hG4bK1'],
      ['X-Unknown', 'kept verbatim ;;,'],
    ]);
    h.prepend('Via', 'SIP/2.0/UDP proxy;branch=z9hG4bK2');
    expect([...h].map((f) => f.name)).toEqual(['To', 'Via', 'Via', 'X-Unknown']);
    expect(h.get('via')).toBe('SIP/2.0/UDP proxy;branch=z9hG4bK2');
    expect(h.removeFirst('via')).toBe(true);
    expect(h.getAll('via')).toEqual(['SIP/2.0/UDP first;branch=z9hG4bK1']);
    expect(h.get('x-unknown')).toBe('kept verbatim ;;,');
  });

  it('set replaces every field of a name in place of the first', () => {
    const h = new SipHeaders([
      ['A', '1'],
      ['Route', '<sip:r1>'],
      ['B', '2'],
      ['Route', '<sip:r2>'],
    ]);
    h.set('route', '<sip:r3>');
    expect([...h].map((f) => `${f.name}:${f.value}`)).toEqual(['A:1', 'route:<sip:r3>', 'B:2']);
    expect(h.delete('route')).toBe(1);
    expect(h.has('Route')).toBe(false);
  });

  it('drops a cached typed value when its header changes', () => {
    const msg = { headers: new SipHeaders([['Via', 'SIP/2.0/UDP a;branch=z9hG4bK1']]) };
    expect(getVia(msg)[0]?.host).toBe('a');
    msg.headers.prepend('Via', 'SIP/2.0/TCP b;branch=z9hG4bK2');
    expect(getVia(msg).map((v) => v.host)).toEqual(['b', 'a']);
  });

  it('clones independently', () => {
    const a = new SipHeaders([['X', '1']]);
    const b = a.clone();
    b.append('X', '2');
    expect(a.getAll('x')).toEqual(['1']);
    expect(b.getAll('x')).toEqual(['1', '2']);
  });
});
