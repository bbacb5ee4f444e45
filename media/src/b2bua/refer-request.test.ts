import { describe, expect, it } from 'vitest';
import {
  MAX_REFER_TO_LENGTH,
  parseReferTo,
  parseReplaces,
  replacedDialogIds,
  sipfrag,
  sipfragStatus,
  transferFailureStatus,
} from './refer-request';

const DOMAIN = 't1.pbx.example';

describe('parseReferTo', () => {
  it('reads a SIP URI of the tenant domain, display name and parameters aside', () => {
    const result = parseReferTo([`"Carol" <sip:203@${DOMAIN};user=phone>`], DOMAIN);
    expect(result).toEqual({ ok: true, target: { uri: `sip:203@${DOMAIN}`, user: '203' } });
  });

  it('compares the domain case-insensitively and keeps a port', () => {
    const result = parseReferTo([`<sip:+4930123@T1.PBX.example:5080>`], DOMAIN);
    expect(result.ok && result.target.uri).toBe('sip:+4930123@T1.PBX.example:5080');
  });

  it('reads the Replaces URI header of an attended transfer, %-decoded', () => {
    const result = parseReferTo(
      [`<sip:203@${DOMAIN}?Replaces=abc%40host%3Bto-tag%3Dt1%3Bfrom-tag%3Df1>`],
      DOMAIN,
    );
    expect(result.ok && result.target.replaces).toEqual({
      callId: 'abc@host',
      toTag: 't1',
      fromTag: 'f1',
      earlyOnly: false,
    });
    expect(result.ok && result.target.uri).toBe(`sip:203@${DOMAIN}`);
  });

  it.each([
    [[] as string[], 400, 'Missing Refer-To'],
    [[`<sip:203@${DOMAIN}>`, `<sip:204@${DOMAIN}>`], 400, 'More than one Refer-To'],
    [['<sip:203@'], 400, 'Malformed Refer-To'],
    [[`<sip:${DOMAIN}>`], 400, 'Refer-To needs a user part'],
    [['<tel:+4930123>'], 416, 'Refer-To must be a SIP URI'],
    [['<sip:203@other.pbx.example>'], 403, 'Refer-To outside the tenant domain'],
    [[`<sip:203@${DOMAIN}?Replaces=abc%3Bto-tag%3Dt1>`], 400, 'Malformed Replaces in Refer-To'],
    [[`<sip:203@${DOMAIN}?body=hello>`], 400, 'Refer-To body header'],
    [[`<sip:${'9'.repeat(MAX_REFER_TO_LENGTH)}@${DOMAIN}>`], 400, 'Refer-To too long'],
  ])('refuses %j with %i %s', (values, status, reason) => {
    expect(parseReferTo(values, DOMAIN)).toEqual({ ok: false, status, reason });
  });
});

describe('parseReplaces', () => {
  it('reads call-id, tags and early-only in any order', () => {
    expect(parseReplaces('a1@h;from-tag=f;early-only;to-tag=t')).toEqual({
      callId: 'a1@h',
      toTag: 't',
      fromTag: 'f',
      earlyOnly: true,
    });
  });

  it('needs both tags', () => {
    expect(parseReplaces('a1@h;to-tag=t')).toBeUndefined();
    expect(parseReplaces(';to-tag=t;from-tag=f')).toBeUndefined();
  });

  it('gives both views of the dialog for the registry lookup', () => {
    const ids = replacedDialogIds({ callId: 'c', toTag: 't', fromTag: 'f', earlyOnly: false });
    expect(ids).toEqual([
      { callId: 'c', localTag: 't', remoteTag: 'f' },
      { callId: 'c', localTag: 'f', remoteTag: 't' },
    ]);
  });
});

describe('sipfrag bodies (RFC 3515 §2.4.5)', () => {
  it('is the status line of the new call’s response', () => {
    expect(sipfrag(100)).toBe('SIP/2.0 100 Trying\r\n');
    expect(sipfrag(486)).toBe('SIP/2.0 486 Busy Here\r\n');
    expect(sipfrag(503, 'Service\r\nUnavailable')).toBe('SIP/2.0 503 Service  Unavailable\r\n');
    expect(sipfragStatus(sipfrag(200))).toBe(200);
    expect(sipfragStatus('hello')).toBeUndefined();
  });
});

describe('transferFailureStatus', () => {
  it('ranks 6xx, then busy, then the first other failure; a lone 487 stays 487', () => {
    expect(transferFailureStatus([480, 603])).toBe(603);
    expect(transferFailureStatus([487, 480, 486])).toBe(486);
    expect(transferFailureStatus([487, 404])).toBe(404);
    expect(transferFailureStatus([487])).toBe(487);
    expect(transferFailureStatus([])).toBe(480);
  });
});
