import { parseMessage, type SipRequest } from '@carillon/sip';
import { describe, expect, it } from 'vitest';
import { planRegister } from './register-request';

const policy = { min: 60, max: 3600, default: 600 };

function register(extra: string[]): SipRequest {
  const text = [
    'REGISTER sip:acme.example.test SIP/2.0',
    'Via: SIP/2.0/UDP 192.0.2.4:5060;branch=z9hG4bK776asdhds',
    'Max-Forwards: 70',
    'To: <sip:alice@acme.example.test>',
    'From: <sip:alice@acme.example.test>;tag=456248',
    'Call-ID: 843817637684230@998sdasdh09',
    'CSeq: 1826 REGISTER',
    ...extra,
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n');
  const message = parseMessage(text);
  if (message.kind !== 'request') throw new Error('expected a request');
  return message;
}

describe('planRegister', () => {
  it('treats a REGISTER without Contact as a query for the bindings (§10.2.3)', () => {
    expect(planRegister(register([]), policy)).toEqual({ kind: 'query' });
  });

  it('gives each contact its own expiry: param first, then the Expires header, then the default', () => {
    const withHeader = planRegister(
      register(['Contact: <sip:alice@192.0.2.4>;expires=120, <sip:alice@198.51.100.1:5070>', 'Expires: 900']),
      policy,
    );
    expect(withHeader).toMatchObject({
      kind: 'update',
      contacts: [
        { contactUri: 'sip:alice@192.0.2.4', expires: 120 },
        { contactUri: 'sip:alice@198.51.100.1:5070', expires: 900 },
      ],
    });
    const bare = planRegister(register(['Contact: <sip:alice@192.0.2.4>']), policy);
    expect(bare).toMatchObject({ contacts: [{ expires: 600 }] });
  });

  it('answers 423 with Min-Expires when a contact asks for less than the minimum', () => {
    const plan = planRegister(register(['Contact: <sip:alice@192.0.2.4>', 'Expires: 30']), policy);
    expect(plan).toEqual({
      kind: 'reject',
      status: 423,
      reason: 'Interval Too Brief',
      headers: { 'Min-Expires': '60' },
    });
  });

  it('lowers an expiry above the maximum instead of refusing it', () => {
    const plan = planRegister(register(['Contact: <sip:alice@192.0.2.4>;expires=86400']), policy);
    expect(plan).toMatchObject({ contacts: [{ expires: 3600 }] });
  });

  it('lets Expires: 0 through below the minimum, as a removal', () => {
    const plan = planRegister(register(['Contact: <sip:alice@192.0.2.4>', 'Expires: 0']), policy);
    expect(plan).toMatchObject({ kind: 'update', contacts: [{ expires: 0 }] });
  });

  it('accepts Contact: * only with Expires: 0 and only alone (§10.3 step 6)', () => {
    expect(planRegister(register(['Contact: *', 'Expires: 0']), policy)).toEqual({ kind: 'remove-all' });
    expect(planRegister(register(['Contact: *', 'Expires: 60']), policy)).toMatchObject({ status: 400 });
    expect(planRegister(register(['Contact: *']), policy)).toMatchObject({ status: 400 });
  });

  it('keeps the RFC 5626 instance id without quotes and the reg-id', () => {
    const plan = planRegister(
      register([
        'Contact: <sip:alice@192.0.2.4;ob>;+sip.instance="<urn:uuid:00000000-0000-1000-8000-000A95A0E128>";reg-id=1',
      ]),
      policy,
    );
    expect(plan).toMatchObject({
      contacts: [{ instanceId: '<urn:uuid:00000000-0000-1000-8000-000A95A0E128>', regId: 1 }],
    });
  });

  it('refuses contacts that are not SIP URIs', () => {
    expect(planRegister(register(['Contact: <tel:+4930123456>']), policy)).toMatchObject({ status: 400 });
  });
});
