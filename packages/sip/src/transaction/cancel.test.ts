import { describe, expect, it } from 'vitest';
import { getCSeq, getTo, getVia, type SipRequest, type SipResponse } from '../message';
import { createCancel } from './cancel';
import type { ClientInviteTransaction } from './client-invite-transaction';
import type { ServerInviteTransaction } from './server-invite-transaction';
import type { ServerNonInviteTransaction } from './server-non-invite-transaction';
import { harness, lastSent, recordingUser, reply, request, UDP } from './test-messages';

const cancels = (sent: { message: { kind: string } }[]) =>
  sent.filter((s) => s.message.kind === 'request' && (s.message as SipRequest).method === 'CANCEL');

describe('CANCEL (RFC 3261 §9)', () => {
  it('copies Request-URI, Call-ID, To, From, CSeq number, the top Via and Route from the INVITE (§9.1)', () => {
    const invite = request({ routes: ['<sip:p1.example.com;lr>'] });
    const cancel = createCancel(invite);
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.uri).toBe(invite.uri);
    for (const name of ['call-id', 'to', 'from'])
      expect(cancel.headers.get(name)).toBe(invite.headers.get(name));
    expect(getCSeq(cancel)).toEqual({ seq: 314159, method: 'CANCEL' });
    expect(getVia(cancel).map((v) => v.branch)).toEqual(['z9hG4bK776asdhds']);
    expect(cancel.headers.getAll('route')).toEqual(['<sip:p1.example.com;lr>']);
  });

  it('carries the Reason it is given (RFC 3326 §2), once it is sent', () => {
    const h = harness();
    const invite = request();
    const tx = h.layer.sendRequest(invite, UDP, recordingUser(h.clock)) as ClientInviteTransaction;
    const reason = 'SIP;cause=200;text="Call completed elsewhere"';
    expect(h.layer.cancel(tx, recordingUser(h.clock), [['Reason', reason]])).toBe('pending');
    h.layer.receiveResponse(reply(invite, 180));
    const [sent] = cancels(h.sent);
    expect((sent?.message as SipRequest | undefined)?.headers.getAll('reason')).toEqual([reason]);
    expect(createCancel(invite).headers.get('reason')).toBeUndefined();
  });

  it('waits for a provisional response before sending the CANCEL (§9.1)', () => {
    const h = harness();
    const invite = request();
    const tx = h.layer.sendRequest(invite, UDP, recordingUser(h.clock)) as ClientInviteTransaction;
    const cancelUser = recordingUser(h.clock);

    expect(h.layer.cancel(tx, cancelUser)).toBe('pending');
    h.clock.advance(1000);
    expect(cancels(h.sent)).toHaveLength(0);

    h.layer.receiveResponse(reply(invite, 180));
    expect(cancels(h.sent)).toHaveLength(1);
    h.layer.receiveResponse(reply(createCancel(invite), 200));
    expect(cancelUser.responses.map((r) => r.status)).toEqual([200]);
  });

  it('sends the CANCEL at once in Proceeding and not at all after the final response', () => {
    const h = harness();
    const invite = request();
    const tx = h.layer.sendRequest(invite, UDP, recordingUser(h.clock)) as ClientInviteTransaction;
    h.layer.receiveResponse(reply(invite, 183));
    expect(h.layer.cancel(tx, recordingUser(h.clock))).toBe('sent');
    expect(cancels(h.sent)).toHaveLength(1);

    const other = request({ branch: 'z9hG4bKdone' });
    const done = h.layer.sendRequest(other, UDP, recordingUser(h.clock)) as ClientInviteTransaction;
    h.layer.receiveResponse(reply(other, 486));
    expect(h.layer.cancel(done, recordingUser(h.clock))).toBe('too-late');
  });

  it('gives up on the INVITE with a 408 when no final response follows the CANCEL within 64*T1 (§9.1)', () => {
    const h = harness();
    const invite = request();
    const inviteUser = recordingUser(h.clock);
    const tx = h.layer.sendRequest(invite, UDP, inviteUser) as ClientInviteTransaction;
    h.clock.advance(1000);
    h.layer.receiveResponse(reply(invite, 180));
    h.layer.cancel(tx, recordingUser(h.clock));

    h.clock.advance(31_999);
    expect(inviteUser.responses.map((r) => r.status)).toEqual([180]);
    h.clock.advance(1);
    expect(inviteUser.responses.map((r) => [r.status, r.origin, r.at])).toEqual([
      [180, 'network', 1000],
      [408, 'timeout', 33_000],
    ]);
    expect(tx.terminated).toBe(true);
  });

  it('drops a pending CANCEL when the INVITE gets a final response first', () => {
    const h = harness();
    const invite = request();
    const tx = h.layer.sendRequest(invite, UDP, recordingUser(h.clock)) as ClientInviteTransaction;
    h.layer.cancel(tx, recordingUser(h.clock));
    h.layer.receiveResponse(reply(invite, 486));
    h.layer.receiveResponse(reply(invite, 180));
    expect(cancels(h.sent)).toHaveLength(0);
  });

  it('server side: answers a matching CANCEL with 200 (same To tag as the INVITE response) and lets the TU send 487', () => {
    const h = harness();
    const invite = request();
    h.layer.receiveRequest(invite, UDP);
    const ist = h.core.requests[0]?.transaction as ServerInviteTransaction;
    ist.respond(reply(invite, 180, 'uas-tag'));

    expect(h.layer.receiveRequest(createCancel(invite), UDP)).toBe('cancel-matched');
    const ok = lastSent(h.sent) as SipResponse;
    expect([ok.status, getCSeq(ok).method, getTo(ok).tag]).toEqual([200, 'CANCEL', 'uas-tag']);
    expect(h.core.cancels.map((c) => c.invite)).toEqual([ist]);
    expect(ist.cancelled).toBe(true);

    ist.respond(reply(invite, 487, 'uas-tag'));
    expect((lastSent(h.sent) as SipResponse).status).toBe(487);
    // The CANCEL's own retransmission is absorbed by its transaction and answered again.
    expect(h.layer.receiveRequest(createCancel(invite), UDP)).toBe('retransmission');
    expect(h.core.cancels).toHaveLength(1);
  });

  it('answers 200 but does not bother the TU when the INVITE was already answered', () => {
    const h = harness();
    const invite = request();
    h.layer.receiveRequest(invite, UDP);
    const ist = h.core.requests[0]?.transaction as ServerInviteTransaction;
    ist.respond(reply(invite, 200));
    expect(h.layer.receiveRequest(createCancel(invite), UDP)).toBe('cancel-matched');
    expect(h.core.cancels).toHaveLength(0);
  });

  it('answers 481 to a CANCEL that matches no transaction', () => {
    const h = harness();
    expect(h.layer.receiveRequest(createCancel(request()), UDP)).toBe('cancel-unmatched');
    const response = lastSent(h.sent) as SipResponse;
    expect(response.status).toBe(481);
    expect(h.core.requests).toHaveLength(0);
  });

  it('matches a CANCEL from an RFC 2543 element by the fallback rule', () => {
    const h = harness();
    const invite = request({ branch: 'old-style' });
    h.layer.receiveRequest(invite, UDP);
    expect(h.layer.receiveRequest(createCancel(invite), UDP)).toBe('cancel-matched');
    const cancelTx = h.layer.findServerTransaction(createCancel(invite)) as ServerNonInviteTransaction;
    expect(cancelTx.lastResponse?.status).toBe(200);
  });
});
