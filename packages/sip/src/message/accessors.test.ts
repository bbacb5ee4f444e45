import { describe, expect, it } from 'vitest';
import {
  getAllow,
  getAuthorization,
  getContact,
  getContentType,
  getEvent,
  getExpires,
  getMinSE,
  getProxyAuthenticate,
  getReferTo,
  getReplaces,
  getSessionExpires,
  getSubscriptionState,
  getSupported,
  getTopVia,
  getWwwAuthenticate,
} from './accessors';
import { SipHeaders } from './header-store';
import { SipParseError } from './parse-error';
import type { SipUri } from './types';

const msg = (fields: [string, string][]) => ({ headers: new SipHeaders(fields) });

describe('typed accessors', () => {
  it('reads Contact * (§10.2.2) apart from addresses, and rejects * mixed with addresses', () => {
    expect(getContact(msg([['Contact', '*']]))).toEqual({ wildcard: true, contacts: [] });
    expect(() => getContact(msg([['m', '*, <sip:a@b>']]))).toThrow(SipParseError);
    const two = getContact(msg([['m', '<sip:a@b>;expires=60;q=0.5, "B" <sip:b@c>']]));
    expect(two.contacts.map((c) => c.params.get('expires') ?? c.displayName)).toEqual(['60', 'B']);
  });

  it('reads Via received and rport (RFC 3581)', () => {
    const via = getTopVia(
      msg([['Via', 'SIP/2.0/UDP [2001:db8::9]:5062;branch=z9hG4bKx;received=192.0.2.1;rport=5071']]),
    );
    expect(via).toMatchObject({ host: '[2001:db8::9]', port: 5062, received: '192.0.2.1', rport: 5071 });
  });

  it('reads Digest credentials with quoted values and escapes', () => {
    const [cred] = getAuthorization(
      msg([
        [
          'Authorization',
          'Digest username="bob", realm="biloxi.example.com", nonce="dcd98b", uri="sip:bob@biloxi.example.com", qop=auth, nc=00000001, cnonce="0a4f113b", response="6629fae4", opaque="5ccc\\"069"',
        ],
      ]),
    );
    expect(cred?.scheme).toBe('Digest');
    expect(cred?.params.get('username')).toBe('bob');
    expect(cred?.params.get('qop')).toBe('auth');
    expect(cred?.params.get('opaque')).toBe('5ccc"069');
  });

  it('reads several challenges in one field and across fields', () => {
    const challenges = getWwwAuthenticate(
      msg([
        ['WWW-Authenticate', 'Digest realm="a", nonce="1", algorithm=SHA-256, Digest realm="a", nonce="2"'],
        ['WWW-Authenticate', 'Basic realm="legacy"'],
      ]),
    );
    expect(challenges.map((c) => [c.scheme, c.params.get('nonce') ?? c.params.get('realm')])).toEqual([
      ['Digest', '1'],
      ['Digest', '2'],
      ['Basic', 'legacy'],
    ]);
    expect(getProxyAuthenticate(msg([]))).toEqual([]);
    expect(() => getWwwAuthenticate(msg([['WWW-Authenticate', 'Digest realm="a", =x']]))).toThrow(
      SipParseError,
    );
  });

  it('reads RFC 6665 Event and Subscription-State', () => {
    expect(getEvent(msg([['o', 'presence.winfo;id=7']]))).toMatchObject({ event: 'presence.winfo', id: '7' });
    expect(
      getSubscriptionState(msg([['Subscription-State', 'terminated;reason=timeout;retry-after=30']])),
    ).toMatchObject({ state: 'terminated', reason: 'timeout', retryAfter: 30 });
    expect(getSubscriptionState(msg([['Subscription-State', 'active;expires=600']]))?.expires).toBe(600);
  });

  it('reads Refer-To with an embedded Replaces (RFC 3515, RFC 3891)', () => {
    const referTo = getReferTo(
      msg([
        ['r', '<sip:bob@example.com?Replaces=12345%40192.0.2.1%3Bto-tag%3D12345%3Bfrom-tag%3D5FFE-3994>'],
      ]),
    );
    const embedded = (referTo?.uri as SipUri | undefined)?.headers.get('Replaces');
    expect(embedded).toBe('12345@192.0.2.1;to-tag=12345;from-tag=5FFE-3994');
    expect(getReplaces(msg([['Replaces', `${embedded};early-only`]]))).toMatchObject({
      callId: '12345@192.0.2.1',
      toTag: '12345',
      fromTag: '5FFE-3994',
      earlyOnly: true,
    });
    expect(() => getReplaces(msg([['Replaces', 'abc;to-tag=1']]))).toThrow(SipParseError);
  });

  it('reads RFC 4028 Session-Expires and Min-SE', () => {
    expect(getSessionExpires(msg([['x', '1800;refresher=uas']]))).toMatchObject({
      deltaSeconds: 1800,
      refresher: 'uas',
    });
    expect(() => getSessionExpires(msg([['Session-Expires', '1800;refresher=both']]))).toThrow(SipParseError);
    expect(getMinSE(msg([['Min-SE', '90']]))).toBe(90);
    expect(getMinSE(msg([]))).toBeUndefined();
  });

  it('reads option tags, Allow, Expires and Content-Type', () => {
    expect(
      getSupported(
        msg([
          ['k', 'timer, 100rel'],
          ['Supported', 'replaces'],
        ]),
      ),
    ).toEqual(['timer', '100rel', 'replaces']);
    expect(getAllow(msg([['Allow', 'INVITE, ACK,BYE']]))).toEqual(['INVITE', 'ACK', 'BYE']);
    expect(getExpires(msg([['Expires', '3600']]))).toBe(3600);
    expect(() => getExpires(msg([['Expires', '-1']]))).toThrow(SipParseError);
    expect(getContentType(msg([['c', 'Application/SDP; charset=UTF-8']]))).toMatchObject({
      type: 'application',
      subtype: 'sdp',
      params: new Map([['charset', 'UTF-8']]),
    });
  });
});
