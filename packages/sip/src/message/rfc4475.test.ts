import { describe, expect, it } from 'vitest';
import * as T from '../../fixtures/rfc4475';
import {
  getAuthorization,
  getCallId,
  getContact,
  getContentType,
  getCSeq,
  getFrom,
  getMaxForwards,
  getRecordRoutes,
  getRequestUri,
  getRoutes,
  getTo,
  getVia,
} from './accessors';
import type { SipMessage, SipRequest, SipResponse, SipUri, Verdict } from './index';
import { SipParseError } from './parse-error';
import { parseMessage } from './parser';
import { validateRequest, validateResponse } from './validate';
import { BRANCH_MAGIC_COOKIE } from './via';

function request(buf: Buffer): SipRequest {
  const m = parseMessage(buf);
  if (m.kind !== 'request') throw new Error('expected a request');
  return m;
}

function response(buf: Buffer): SipResponse {
  const m = parseMessage(buf);
  if (m.kind !== 'response') throw new Error('expected a response');
  return m;
}

function sipUri(uri: unknown): SipUri {
  const u = uri as SipUri;
  expect(u.kind).toBe('sip');
  return u;
}

/** Outcome of the whole receive path: parse, then validate. */
function verdict(buf: Buffer): Verdict {
  let m: SipMessage;
  try {
    m = parseMessage(buf);
  } catch (err) {
    if (err instanceof SipParseError) return { ok: false, status: 400, reason: err.reason };
    throw err;
  }
  return m.kind === 'request' ? validateRequest(m) : validateResponse(m);
}

describe('RFC 4475 §3.1.1 valid messages parse with the values the RFC points out', () => {
  it('3.1.1.1 wsinv: folding, odd spacing, compact and mixed-case names resolve to the plain values', () => {
    const m = request(T.wsinv);
    expect(m.method).toBe('INVITE');
    expect(sipUri(getRequestUri(m)).params.get('unknownparam')).toBeNull();
    expect(getTo(m).tag).toBe('1918181833n');
    expect(getFrom(m).displayName).toBe('J Rosenberg \\"');
    expect(getFrom(m).tag).toBe('98asjd8');
    expect(getMaxForwards(m)).toBe(68);
    expect(getCSeq(m)).toEqual({ seq: 9, method: 'INVITE' });
    expect(getVia(m).map((v) => [v.transport, v.host, v.branch])).toEqual([
      ['UDP', '192.0.2.2', '390skdjuw'],
      ['TCP', 'spindle.example.com', 'z9hG4bK9ikj8'],
      ['UDP', '192.168.255.111', 'z9hG4bK30239'],
    ]);
    expect(m.headers.get('Subject')).toBe('');
    expect(m.headers.get('NewFangledHeader')).toBe('newfangled value continued newfangled value');
    expect(m.headers.get('UnknownHeaderWithUnusualValue')).toBe(';;,,;;,;');
    const route = sipUri(getRoutes(m)[0]?.uri);
    expect([...route.params]).toEqual([
      ['lr', null],
      ['unknownwith', 'value'],
      ['unknown-no-value', null],
    ]);
    const contact = getContact(m).contacts[0];
    expect(contact?.displayName).toBe('Quoted string ""');
    expect([...(contact?.params ?? [])]).toEqual([
      ['newparam', 'newvalue'],
      ['secondparam', null],
      ['q', '0.33'],
    ]);
    expect(m.body.length).toBe(150);
    expect(validateRequest(m)).toEqual({ ok: true });
  });

  it('3.1.1.2 intmeth: every token character in a method, URI user/password, params and header names', () => {
    const m = request(T.intmeth);
    expect(m.method).toBe(T.INTMETH_METHOD);
    expect(getCSeq(m)).toEqual({ seq: 139122385, method: T.INTMETH_METHOD });
    const ruri = sipUri(getRequestUri(m));
    expect(ruri.user).toBe("1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*");
    expect(ruri.password).toBe("&it+has=1,weird!*pas$wo~d_too.(doesn't-it)");
    expect(getVia(m)[0]?.branch).toBe("z9hG4bK-.!%66*_+`'~");
    // quoted-pairs of BEL, NUL and DEL are legal inside a quoted display name.
    expect(getTo(m).displayName).toBe('BEL:\x07 NUL:\x00 DEL:\x7F');
    expect(getFrom(m).displayName).toBe("token1~` token2'+_ token3*%!.-");
    expect(getFrom(m).tag).toBe("_token~1'+`*%!-.");
    expect(getFrom(m).params.get("fromparam''~+*_!.-%")).toBe('"работающий"');
    expect(getCallId(m)).toBe('intmeth.word%ZK-!.*_+\'@word`~)(><:\\/"][?}{');
    expect(m.headers.get("extensionHeader-!.%*+_`'~")).toBe('\uFEFF大停電');
    expect(validateRequest(m, { uriSchemes: ['sip'] })).toEqual({ ok: true });
  });

  it('3.1.1.3 esc01: %-escapes in URIs decode; an escaped sips: in a user part is still a user', () => {
    const m = request(T.esc01);
    const ruri = sipUri(getRequestUri(m));
    expect(ruri.scheme).toBe('sip');
    expect(ruri.user).toBe('sips:user@example.com');
    expect(ruri.host).toBe('example.net');
    expect(sipUri(getTo(m).uri).user).toBe('user');
    expect(sipUri(getFrom(m).uri).user).toBe('I have spaces');
    const contact = sipUri(getContact(m).contacts[0]?.uri);
    expect(contact.user).toBe('caller');
    expect([...contact.params]).toEqual([
      ['lr', null],
      ['name', 'value%41'],
    ]);
    expect(getCallId(m)).toBe('esc01.239409asdfakjkn23onasd0-3234');
    expect(getContentType(m)?.subtype).toBe('sdp');
    expect(validateRequest(m).ok).toBe(true);
  });

  it('3.1.1.4 escnull: escaped NULs are legal in user parts', () => {
    const m = request(T.escnull);
    expect(sipUri(getTo(m).uri).user).toBe('null-\x00-null');
    expect(getContact(m).contacts.map((c) => sipUri(c.uri).user)).toEqual(['\x00', '\x00\x00']);
    expect(validateRequest(m).ok).toBe(true);
  });

  it('3.1.1.5 esc02: % in a method, display name, branch and header name is not an escape', () => {
    const m = request(T.esc02);
    expect(m.method).toBe('RE%47IST%45R');
    expect(getCSeq(m).method).toBe('RE%47IST%45R');
    expect(getTo(m).displayName).toBe('%Z%45');
    expect(getVia(m)[0]?.branch).toBe('z9hG4bK209%fzsnel234');
    // C%6Fntact is an unknown header, not a third Contact.
    expect(getContact(m).contacts.map((c) => sipUri(c.uri).host)).toEqual([
      'host1.example.com',
      'host3.example.com',
    ]);
    expect(m.headers.get('C%6Fntact')).toBe('<sip:alias2@host2.example.com>');
    expect(validateRequest(m).ok).toBe(true);
  });

  it('3.1.1.6 lwsdisp: no LWS between a token display name and <', () => {
    const m = request(T.lwsdisp);
    expect(getFrom(m).displayName).toBe('caller');
    expect(sipUri(getFrom(m).uri).user).toBe('caller');
    expect(validateRequest(m).ok).toBe(true);
  });

  it('3.1.1.7 longreq: long values and 34 Via values written with every spelling of Via', () => {
    const m = request(T.longreq);
    expect(getVia(m)).toHaveLength(34);
    expect(getVia(m)[0]?.host).toBe('sip33.example.com');
    expect(getVia(m)[33]?.received).toBe('192.0.2.5');
    expect(getCallId(m)).toBe(T.LONGREQ_CALL_ID);
    expect(getFrom(m).tag).toBe(T.LONGREQ_FROM_TAG);
    expect(sipUri(getTo(m).uri).port).toBe(6000);
    expect(getTo(m).displayName).toMatch(/^I have a user name of (extreme ){10}proportion$/);
    expect(validateRequest(m).ok).toBe(true);
  });

  it('3.1.1.8 dblreq: octets after Content-Length in a datagram are discarded', () => {
    const m = request(T.dblreq);
    expect(m.method).toBe('REGISTER');
    expect(m.body.length).toBe(0);
    expect(getCallId(m)).toBe('dblreq.0ha0isndaksdj99sdfafnl3lk233412');
    expect(validateRequest(m).ok).toBe(true);
  });

  it('3.1.1.9 semiuri: a ;param in the user part stays in the user', () => {
    const m = request(T.semiuri);
    const ruri = sipUri(getRequestUri(m));
    expect(ruri.user).toBe('user;par=u@example.net');
    expect(ruri.host).toBe('example.com');
    expect(ruri.params.size).toBe(0);
    expect(m.headers.getList('Accept')).toHaveLength(6);
    expect(validateRequest(m).ok).toBe(true);
  });

  it('3.1.1.10 transports: unknown transports are kept as tokens', () => {
    const m = request(T.transports);
    expect(getVia(m).map((v) => v.transport)).toEqual(['UDP', 'SCTP', 'TLS', 'UNKNOWN', 'TCP']);
    expect(validateRequest(m).ok).toBe(true);
  });

  it('3.1.1.11 mpart01: a multipart body with binary octets is carried byte for byte', () => {
    const m = request(T.mpart01);
    expect(m.body.equals(T.MPART_BODY_BYTES)).toBe(true);
    expect(getContentType(m)).toMatchObject({ type: 'multipart', subtype: 'mixed' });
    expect(getContentType(m)?.params.get('boundary')).toBe('7a9cbec02ceef655');
    expect(m.headers.get('n')).toBe('<https://example.com/cert>;alg=rsa-sha1');
    expect(getVia(m)[0]?.rport).toBe(true);
    expect(validateRequest(m).ok).toBe(true);
  });

  it('3.1.1.12 unreason: a UTF-8 reason phrase', () => {
    const m = response(T.unreason);
    expect(m.status).toBe(200);
    expect(m.reason).toBe(T.UNREASON_PHRASE);
    expect(validateResponse(m)).toEqual({ ok: true });
  });

  it('3.1.1.13 noreason: an empty reason phrase', () => {
    const m = response(T.noreason);
    expect(m.status).toBe(100);
    expect(m.reason).toBe('');
    const withoutSp = response(
      Buffer.from(T.noreason.toString('latin1').replace('100 \r\n', '100\r\n'), 'latin1'),
    );
    expect(withoutSp.reason).toBe('');
    expect(validateResponse(m)).toEqual({ ok: true });
  });
});

describe('RFC 4475 §3.1.2 invalid messages are rejected with a reason', () => {
  const cases: [string, Buffer, number, RegExp][] = [
    ['3.1.2.1 badinv01: empty Via params and values', T.badinv01, 400, /Via/],
    ['3.1.2.2 clerr: Content-Length larger than the datagram', T.clerr, 400, /Content-Length larger/],
    ['3.1.2.3 ncl: negative Content-Length', T.ncl, 400, /Content-Length/],
    ['3.1.2.4 scalar02: overlarge CSeq, Max-Forwards, Expires, expires', T.scalar02, 400, /CSeq/],
    ['3.1.2.5 scalarlg: overlarge CSeq in a response', T.scalarlg, 400, /CSeq/],
    ['3.1.2.6 quotbal: unterminated quoted display name', T.quotbal, 400, /To/],
    ['3.1.2.7 ltgtruri: <> around the Request-URI', T.ltgtruri, 400, /Request-URI/],
    ['3.1.2.8 lwsruri: LWS inside the Request-URI', T.lwsruri, 400, /Request-Line/],
    ['3.1.2.9 lwsstart: several SP between Request-Line elements', T.lwsstart, 400, /Request-Line/],
    ['3.1.2.10 trws: SP at the end of the Request-Line', T.trws, 400, /Request-Line/],
    ['3.1.2.11 escruri: headers in the Request-URI', T.escruri, 400, /Request-URI/],
    ['3.1.2.12 baddate: a Date not in GMT', T.baddate, 400, /Date/],
    ['3.1.2.13 regbadct: addr-spec with ? outside <>', T.regbadct, 400, /Contact/],
    ['3.1.2.14 badaspec: LWS inside <>', T.badaspec, 400, /To/],
    ['3.1.2.15 baddn: non-token display name without quotes', T.baddn, 400, /From/],
    ['3.1.2.16 badvers: SIP/7.0', T.badvers, 505, /Version/],
    ['3.1.2.17 mismatch01: CSeq method differs from the method', T.mismatch01, 400, /CSeq method/],
    ['3.1.2.18 mismatch02: unknown method, CSeq method differs', T.mismatch02, 400, /CSeq method/],
    ['3.1.2.19 bigcode: a status code of ten digits', T.bigcode, 400, /Status-Code/],
  ];
  it.each(cases)('%s', (_name, buf, status, reason) => {
    const v = verdict(buf);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.status).toBe(status);
    expect(v.reason).toMatch(reason);
  });

  it('3.1.2.4 scalar02: each overlarge scalar is rejected on its own', () => {
    const base = T.scalar02.toString('latin1');
    const fixed = base
      .replace('36893488147419103232', '1')
      .replace('Max-Forwards: 300', 'Max-Forwards: 70')
      .replace(/Expires: 10+/, 'Expires: 3600')
      .replace('expires=280297596632815', 'expires=60');
    expect(verdict(Buffer.from(fixed, 'latin1'))).toEqual({ ok: true });
    for (const [from, to, what] of [
      ['Max-Forwards: 70', 'Max-Forwards: 300', /Max-Forwards/],
      ['Expires: 3600', 'Expires: 100000000000000', /Expires/],
      ['expires=60', 'expires=280297596632815', /expires/],
    ] as const) {
      const v = verdict(Buffer.from(fixed.replace(from, to), 'latin1'));
      expect(v).toMatchObject({ ok: false, status: 400, reason: expect.stringMatching(what) });
    }
  });

  it('3.1.2.2 clerr: the parse error still carries what a 400 needs', () => {
    const err = (() => {
      try {
        parseMessage(T.clerr);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(SipParseError);
    expect((err as SipParseError).partial).toMatchObject({
      kind: 'request',
      method: 'INVITE',
      callId: 'clerr.0ha0isndaksdjweiafasdk3',
      cseq: '8 INVITE',
      via: ['SIP/2.0/UDP host5.example.com;branch=z9hG4bK-39234-23523'],
    });
  });
});

describe('RFC 4475 §3.2 transaction layer', () => {
  it('3.2.1 badbranch: a branch that is only the magic cookie parses; the cookie is exposed', () => {
    const m = request(T.badbranch);
    expect(getVia(m)[0]?.branch).toBe(BRANCH_MAGIC_COOKIE);
    expect(validateRequest(m).ok).toBe(true);
  });
});

describe('RFC 4475 §3.3 application-layer verdicts', () => {
  it('3.3.1 insuf: missing Call-ID, From and To → 400', () => {
    expect(verdict(T.insuf)).toMatchObject({
      ok: false,
      status: 400,
      reason: expect.stringMatching(/Missing/),
    });
  });

  it('3.3.2 unkscm: unknown Request-URI scheme → 416', () => {
    expect(verdict(T.unkscm)).toMatchObject({ ok: false, status: 416 });
  });

  it('3.3.3 novelsc: known but unsupported Request-URI scheme → 416', () => {
    expect(verdict(T.novelsc)).toMatchObject({ ok: false, status: 416 });
  });

  it('3.3.4 unksm2: unknown schemes in To, From and Contact are accepted as opaque URIs', () => {
    const m = request(T.unksm2);
    expect(getTo(m).uri).toEqual({ kind: 'absolute', scheme: 'isbn', opaque: '2983792873' });
    expect(getFrom(m).uri).toMatchObject({ kind: 'absolute', scheme: 'http' });
    expect(getContact(m).contacts[0]?.uri).toMatchObject({ kind: 'absolute', scheme: 'name' });
    expect(validateRequest(m)).toEqual({ ok: true });
  });

  it('3.3.5 bext01: unknown Require and Proxy-Require tags → 420 listing them in Unsupported', () => {
    expect(verdict(T.bext01)).toEqual({
      ok: false,
      status: 420,
      reason: 'Bad Extension',
      headers: [
        [
          'Unsupported',
          'nothingSupportsThis, nothingSupportsThisEither, noProxiesSupportThis, norDoAnyProxiesSupportThis',
        ],
      ],
    });
    // A UAS ignores Proxy-Require (§8.2.2.3 applies to Require only).
    const uas = validateRequest(request(T.bext01), { forwarding: false });
    expect(uas).toMatchObject({
      status: 420,
      headers: [['Unsupported', 'nothingSupportsThis, nothingSupportsThisEither']],
    });
  });

  it('3.3.6 invut: unknown Content-Type → 415 with Accept', () => {
    expect(verdict(T.invut)).toEqual({
      ok: false,
      status: 415,
      reason: 'Unsupported Media Type',
      headers: [['Accept', 'application/sdp, multipart/mixed']],
    });
  });

  it('3.3.7 regaut01: an unknown auth scheme parses (the registrar answers with its own challenge)', () => {
    const m = request(T.regaut01);
    expect(getAuthorization(m)[0]?.scheme).toBe('NoOneKnowsThisScheme');
    expect(getAuthorization(m)[0]?.params.get('opaque-data')).toBe('here');
    expect(validateRequest(m).ok).toBe(true);
  });

  it('3.3.8 multi01: two values in single-value fields → 400', () => {
    expect(verdict(T.multi01)).toMatchObject({
      ok: false,
      status: 400,
      reason: expect.stringMatching(/Multiple/),
    });
  });

  it('3.3.9 mcl01: several different Content-Length values → 400 (framing is unknowable)', () => {
    expect(verdict(T.mcl01)).toMatchObject({
      ok: false,
      status: 400,
      reason: expect.stringMatching(/Content-Length/),
    });
  });

  it('3.3.10 bcast: a broadcast address in a Via of a response parses; the Via is reported as written', () => {
    const m = response(T.bcast);
    expect(getVia(m)[1]?.host).toBe('255.255.255.255');
    expect(validateResponse(m)).toEqual({ ok: true });
  });

  it('3.3.11 zeromf: Max-Forwards 0 → 483 when forwarding, processed normally by a UAS', () => {
    expect(verdict(T.zeromf)).toEqual({ ok: false, status: 483, reason: 'Too Many Hops' });
    expect(validateRequest(request(T.zeromf), { forwarding: false })).toEqual({ ok: true });
  });

  it('3.3.12 cparam01: in the addr-spec form a ;param belongs to the Contact, not the URI', () => {
    const contact = getContact(request(T.cparam01)).contacts[0];
    expect(contact?.params.has('unknownparam')).toBe(true);
    expect(sipUri(contact?.uri).params.size).toBe(0);
  });

  it('3.3.13 cparam02: inside <> the ;param belongs to the URI', () => {
    const contact = getContact(request(T.cparam02)).contacts[0];
    expect(contact?.params.size).toBe(0);
    expect(sipUri(contact?.uri).params.has('unknownparam')).toBe(true);
  });

  it('3.3.14 regescrt: an escaped Route header in a Contact URI decodes', () => {
    const contact = getContact(request(T.regescrt)).contacts[0];
    expect(sipUri(contact?.uri).headers.get('Route')).toBe('<sip:sip.example.com>');
  });
});

describe('RFC 4475 §3.4 backward compatibility', () => {
  it('3.4.1 inv2543: RFC 2543 syntax (no branch cookie, no tags, no Max-Forwards) parses', () => {
    const m = request(T.inv2543);
    expect(getVia(m)[0]?.branch).toBeUndefined();
    expect(getFrom(m).tag).toBeUndefined();
    // Without <>, `;user=phone` is a To parameter under RFC 3261 (§20.10), not a URI parameter.
    expect(getTo(m).params.get('user')).toBe('phone');
    expect(sipUri(getFrom(m).uri).params.get('user')).toBe('phone');
    expect(sipUri(getRecordRoutes(m)[0]?.uri).params.get('maddr')).toBe('ss1.example.com');
    // No Max-Forwards: §8.1.1 makes it mandatory for this stack's own requests.
    expect(validateRequest(m)).toMatchObject({ ok: false, status: 400 });
  });
});
