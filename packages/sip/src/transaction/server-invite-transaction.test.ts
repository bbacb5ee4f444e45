import { describe, expect, it } from 'vitest';
import type { SipResponse } from '../message';
import type { ServerInviteTransaction } from './server-invite-transaction';
import { harness, reply, request, type Sent, TCP, UDP } from './test-messages';
import { TransactionState } from './transaction-state';

const responses = (sent: Sent[], status?: number) =>
  sent.filter(
    (s) =>
      s.message.kind === 'response' && (status === undefined || (s.message as SipResponse).status === status),
  );

function receiveInvite(h: ReturnType<typeof harness>, source = UDP, transport = 'UDP') {
  const invite = request({ transport });
  h.layer.receiveRequest(invite, source);
  const tx = h.core.requests.at(-1)?.transaction as ServerInviteTransaction;
  return { invite, tx };
}

describe('ServerInviteTransaction (RFC 3261 §17.2.1)', () => {
  it('sends 100 Trying itself when the TU has not answered within 200 ms', () => {
    const h = harness();
    receiveInvite(h);
    h.clock.advance(199);
    expect(responses(h.sent)).toHaveLength(0);
    h.clock.advance(1);
    expect(responses(h.sent).map((s) => [(s.message as SipResponse).status, s.at])).toEqual([[100, 200]]);
  });

  it('sends no 100 when the TU answers first, and sends it at once when configured to', () => {
    const h = harness();
    const { invite, tx } = receiveInvite(h);
    h.clock.advance(50);
    tx.respond(reply(invite, 180));
    h.clock.advance(1000);
    expect(responses(h.sent).map((s) => (s.message as SipResponse).status)).toEqual([180]);

    const eager = harness({ timers: { trying: 0 } });
    receiveInvite(eager);
    expect(responses(eager.sent).map((s) => [(s.message as SipResponse).status, s.at])).toEqual([[100, 0]]);
  });

  it('retransmits a 486 on Timer G (T1 doubling to T2) until Timer H ends it at 64*T1 without ACK', () => {
    const h = harness();
    const { invite, tx } = receiveInvite(h);
    let timedOut = -1;
    tx.user = { onTimeout: () => (timedOut = h.clock.now()) };
    tx.respond(reply(invite, 486));

    h.clock.advance(40_000);
    expect(responses(h.sent, 486).map((s) => s.at)).toEqual([
      0, 500, 1500, 3500, 7500, 11_500, 15_500, 19_500, 23_500, 27_500, 31_500,
    ]);
    expect(timedOut).toBe(32_000);
    expect(tx.state).toBe(TransactionState.Terminated);
    expect(h.layer.serverTransactionCount).toBe(0);
  });

  it('stops retransmitting when the ACK matches, absorbs ACK copies for Timer I = T4, and never shows them to the core', () => {
    const h = harness();
    const { invite, tx } = receiveInvite(h);
    const busy = reply(invite, 486, 'uas-tag');
    tx.respond(busy);
    h.clock.advance(600);

    const ack = request({ method: 'ACK', toTag: 'uas-tag' });
    expect(h.layer.receiveRequest(ack, UDP)).toBe('retransmission');
    expect(tx.state).toBe(TransactionState.Confirmed);
    expect(h.layer.receiveRequest(ack, UDP)).toBe('retransmission');
    expect(h.core.acks).toHaveLength(0);

    h.clock.advance(4999);
    expect(tx.state).toBe(TransactionState.Confirmed);
    h.clock.advance(1);
    expect(tx.state).toBe(TransactionState.Terminated);
    expect(responses(h.sent, 486).map((s) => s.at)).toEqual([0, 500]);
  });

  it('over TCP sends the final response once and ends as soon as the ACK arrives (no G, I = 0)', () => {
    const h = harness();
    const { invite, tx } = receiveInvite(h, TCP, 'TCP');
    tx.respond(reply(invite, 603));
    h.clock.advance(10_000);
    expect(responses(h.sent, 603)).toHaveLength(1);
    h.layer.receiveRequest(request({ method: 'ACK', transport: 'TCP', toTag: 'a6c85cf' }), TCP);
    expect(tx.state).toBe(TransactionState.Terminated);
  });

  it('answers a retransmitted INVITE with the last provisional, then with the final response', () => {
    const h = harness();
    const { invite, tx } = receiveInvite(h);
    tx.respond(reply(invite, 180));
    expect(h.layer.receiveRequest(request(), UDP)).toBe('retransmission');
    expect(responses(h.sent).map((s) => (s.message as SipResponse).status)).toEqual([180, 180]);

    tx.respond(reply(invite, 480));
    h.layer.receiveRequest(request(), UDP);
    expect(responses(h.sent).map((s) => (s.message as SipResponse).status)).toEqual([180, 180, 480, 480]);
    expect(h.core.requests).toHaveLength(1);
  });

  it('after a 2xx stays Accepted for Timer L (RFC 6026): INVITE copies are absorbed, the TU may resend the 2xx', () => {
    const h = harness();
    const { invite, tx } = receiveInvite(h);
    const ok = reply(invite, 200);
    tx.respond(ok);
    expect(tx.state).toBe(TransactionState.Accepted);

    expect(h.layer.receiveRequest(request(), UDP)).toBe('retransmission');
    expect(h.core.requests).toHaveLength(1);
    tx.respond(ok);
    expect(responses(h.sent, 200)).toHaveLength(2);

    h.clock.advance(32_000);
    expect(tx.state).toBe(TransactionState.Terminated);
  });

  it('refuses a second final response', () => {
    const h = harness();
    const { invite, tx } = receiveInvite(h);
    tx.respond(reply(invite, 486));
    expect(() => tx.respond(reply(invite, 200))).toThrow(/Completed/);
  });
});
