import { describe, expect, it } from 'vitest';
import { formatUri, getCSeq, getFrom, getTo, type SipRequest } from '../message';
import { reply, request } from '../transaction/test-messages';
import { Dialog } from './dialog';

const RR = ['Record-Route: <sip:p2.example.com;lr>, <sip:p1.example.com;lr>'];
const BOB_CONTACT = 'Contact: <sip:bob@192.0.2.4>';

function uacDialog() {
  const invite = request();
  const ok = reply(invite, 200, 'bob-tag', [...RR, BOB_CONTACT]);
  return { invite, ok, dialog: Dialog.createAsUac(invite, ok) };
}

const routes = (req: SipRequest) => req.headers.getAll('route');

describe('Dialog as UAC (RFC 3261 §12.1.2, §12.2.1)', () => {
  it('is identified by Call-ID, From tag (local) and To tag (remote), and targets the Contact of the 2xx', () => {
    const { dialog } = uacDialog();
    expect(dialog.id).toEqual({
      callId: 'a84b4c76e66710@pc33.atlanta.example.com',
      localTag: '1928301774',
      remoteTag: 'bob-tag',
    });
    expect(dialog.state).toBe('confirmed');
    expect(formatUri(dialog.remoteTarget)).toBe('sip:bob@192.0.2.4');
    expect(dialog.localSeq).toBe(314159);
    expect(dialog.remoteSeq).toBeUndefined();
  });

  it('builds requests with CSeq one above the last, Request-URI = remote target and the reversed route set', () => {
    const { dialog } = uacDialog();
    const info = dialog.createRequest('INFO', {
      via: 'SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bKinfo',
    });
    const bye = dialog.createRequest('BYE');

    expect(getCSeq(info)).toEqual({ seq: 314160, method: 'INFO' });
    expect(getCSeq(bye)).toEqual({ seq: 314161, method: 'BYE' });
    expect(info.uri).toBe('sip:bob@192.0.2.4');
    expect(routes(info)).toEqual(['<sip:p1.example.com;lr>', '<sip:p2.example.com;lr>']);
    expect(getFrom(info).tag).toBe('1928301774');
    expect(getTo(info).tag).toBe('bob-tag');
    expect(info.headers.get('via')).toContain('z9hG4bKinfo');
    expect(dialog.state).toBe('terminated');
  });

  it('routes through a strict router by putting it in the Request-URI (§12.2.1.1)', () => {
    const invite = request();
    const ok = reply(invite, 200, 'bob-tag', [
      'Record-Route: <sip:p2.example.com;lr>, <sip:strict.example.com>',
      BOB_CONTACT,
    ]);
    const bye = Dialog.createAsUac(invite, ok).createRequest('BYE');
    expect(bye.uri).toBe('sip:strict.example.com');
    expect(routes(bye)).toEqual(['<sip:p2.example.com;lr>', '<sip:bob@192.0.2.4>']);
  });

  it('builds the ACK for a 2xx with the INVITE CSeq number and credentials, without using a sequence number (§13.2.2.4)', () => {
    const invite = request({
      extra: ['Proxy-Authorization: Digest username="alice", realm="atlanta.example.com"'],
    });
    const dialog = Dialog.createAsUac(invite, reply(invite, 200, 'bob-tag', [...RR, BOB_CONTACT]));
    const ack = dialog.createAck(invite);
    expect(getCSeq(ack)).toEqual({ seq: 314159, method: 'ACK' });
    expect(ack.uri).toBe('sip:bob@192.0.2.4');
    expect(routes(ack)).toEqual(['<sip:p1.example.com;lr>', '<sip:p2.example.com;lr>']);
    expect(ack.headers.get('proxy-authorization')).toContain('username="alice"');
    expect(getCSeq(dialog.createRequest('INFO')).seq).toBe(314160);
  });

  it('takes the new remote target from the 2xx to a re-INVITE, but not from a refused one (§12.2.1.2)', () => {
    const { dialog } = uacDialog();
    const reinvite = dialog.createRequest('INVITE');
    dialog.receiveResponse(reinvite, reply(reinvite, 491, 'bob-tag', ['Contact: <sip:bob@198.51.100.9>']));
    expect(formatUri(dialog.remoteTarget)).toBe('sip:bob@192.0.2.4');

    const retry = dialog.createRequest('INVITE');
    dialog.receiveResponse(retry, reply(retry, 200, 'bob-tag', ['Contact: <sip:bob@198.51.100.9>']));
    expect(formatUri(dialog.remoteTarget)).toBe('sip:bob@198.51.100.9');
    expect(dialog.createRequest('BYE').uri).toBe('sip:bob@198.51.100.9');
  });

  it('ends on a 481 or 408 to a request within it (§12.2.1.2)', () => {
    const { dialog } = uacDialog();
    const info = dialog.createRequest('INFO');
    dialog.receiveResponse(info, reply(info, 481, 'bob-tag'));
    expect(dialog.state).toBe('terminated');
    expect(() => dialog.createRequest('BYE')).toThrow(/terminated/);
  });
});

describe('Dialog as UAS (RFC 3261 §12.1.1, §12.2.2)', () => {
  function uasDialog() {
    const invite = request({ extra: RR });
    const ringing = reply(invite, 180, 'uas-tag', ['Contact: <sip:bob@192.0.2.4>']);
    return { invite, dialog: Dialog.createAsUas(invite, ringing) };
  }

  it('is early after a 1xx with tag, keeps the Record-Route order and targets the caller Contact', () => {
    const { dialog } = uasDialog();
    expect(dialog.state).toBe('early');
    expect(dialog.id.localTag).toBe('uas-tag');
    expect(dialog.id.remoteTag).toBe('1928301774');
    expect(dialog.remoteSeq).toBe(314159);
    expect(dialog.localSeq).toBeUndefined();
    const bye = dialog.createRequest('BYE');
    expect(bye.uri).toBe('sip:alice@pc33.atlanta.example.com');
    expect(routes(bye)).toEqual(['<sip:p2.example.com;lr>', '<sip:p1.example.com;lr>']);
    expect(getFrom(bye).tag).toBe('uas-tag');
    expect(getTo(bye).tag).toBe('1928301774');
  });

  it('starts its own CSeq space at the initial value and counts up from there', () => {
    const invite = request();
    const dialog = Dialog.createAsUas(invite, reply(invite, 200, 'uas-tag'), { initialLocalSeq: 7 });
    expect(getCSeq(dialog.createRequest('INFO')).seq).toBe(7);
    expect(getCSeq(dialog.createRequest('INFO')).seq).toBe(8);
  });

  it('rejects a request with a CSeq below the remote sequence number with 500, accepts higher ones', () => {
    const { dialog } = uasDialog();
    const info = request({ method: 'INFO', cseq: 314161, toTag: 'uas-tag' });
    expect(dialog.receiveRequest(info)).toEqual({ accepted: true });
    expect(dialog.remoteSeq).toBe(314161);

    const late = dialog.receiveRequest(request({ method: 'INFO', cseq: 314160, toTag: 'uas-tag' }));
    expect(late.accepted).toBe(false);
    if (!late.accepted) {
      expect(late.response.status).toBe(500);
      expect(getTo(late.response).tag).toBe('uas-tag');
    }
    expect(dialog.remoteSeq).toBe(314161);
    // The ACK keeps the INVITE's (lower) number and is not out of order.
    expect(dialog.receiveRequest(request({ method: 'ACK', cseq: 314159, toTag: 'uas-tag' })).accepted).toBe(
      true,
    );
  });

  it('replaces the remote target when it accepts a re-INVITE or UPDATE (§12.2.2)', () => {
    const { dialog } = uasDialog();
    const update = sipUpdate('<sip:alice@203.0.113.7>');
    expect(dialog.receiveRequest(update).accepted).toBe(true);
    dialog.acceptTargetRefresh(update);
    expect(formatUri(dialog.remoteTarget)).toBe('sip:alice@203.0.113.7');
  });

  it('ends when the peer sends BYE', () => {
    const { dialog } = uasDialog();
    dialog.receiveRequest(request({ method: 'BYE', cseq: 314160, toTag: 'uas-tag' }));
    expect(dialog.state).toBe('terminated');
  });
});

function sipUpdate(contact: string): SipRequest {
  const update = request({ method: 'UPDATE', cseq: 314160, toTag: 'uas-tag' });
  update.headers.set('Contact', contact);
  return update;
}
