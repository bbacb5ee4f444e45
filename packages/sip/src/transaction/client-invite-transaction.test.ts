import { describe, expect, it } from 'vitest';
import { getCSeq, getTo, getVia, type SipRequest } from '../message';
import { harness, lastSent, recordingUser, reply, request, TCP, UDP } from './test-messages';
import { TransactionState } from './transaction-state';

const inviteTimes = (sent: { message: { kind: string }; at: number }[]) =>
  sent
    .filter((s) => s.message.kind === 'request' && (s.message as SipRequest).method === 'INVITE')
    .map((s) => s.at);

describe('ClientInviteTransaction (RFC 3261 §17.1.1)', () => {
  it('retransmits an unanswered INVITE over UDP on Timer A, doubling from T1, until Timer B gives the TU a 408', () => {
    const { clock, sent, layer } = harness();
    const tu = recordingUser(clock);
    const tx = layer.sendRequest(request(), UDP, tu);

    clock.advance(31_999);
    expect(inviteTimes(sent)).toEqual([0, 500, 1500, 3500, 7500, 15_500, 31_500]);
    expect(tu.responses).toEqual([]);

    clock.advance(1);
    expect(tu.responses.map((r) => [r.status, r.origin, r.at])).toEqual([[408, 'timeout', 32_000]]);
    expect(tx.state).toBe(TransactionState.Terminated);
    expect(layer.clientTransactionCount).toBe(0);
    expect(clock.pending).toBe(0);
  });

  it('sends the INVITE once over TCP and still times out on Timer B (no Timer A on reliable transports)', () => {
    const { clock, sent, layer } = harness();
    const tu = recordingUser(clock);
    layer.sendRequest(request({ transport: 'TCP' }), TCP, tu);

    clock.advance(40_000);
    expect(inviteTimes(sent)).toEqual([0]);
    expect(tu.responses.map((r) => [r.status, r.at])).toEqual([[408, 32_000]]);
  });

  it('scales every timer with a configured T1', () => {
    const { clock, sent, layer } = harness({ timers: { t1: 100 } });
    const tu = recordingUser(clock);
    layer.sendRequest(request(), UDP, tu);
    clock.advance(10_000);
    expect(inviteTimes(sent)).toEqual([0, 100, 300, 700, 1500, 3100, 6300]);
    expect(tu.responses.map((r) => r.at)).toEqual([6400]);
  });

  it('stops retransmitting once a provisional response shows the server has the INVITE', () => {
    const { clock, sent, layer } = harness();
    const tu = recordingUser(clock);
    const invite = request();
    const tx = layer.sendRequest(invite, UDP, tu);

    clock.advance(600);
    layer.receiveResponse(reply(invite, 180));
    clock.advance(60_000);

    expect(inviteTimes(sent)).toEqual([0, 500]);
    expect(tx.state).toBe(TransactionState.Proceeding);
    // Timer B only fires in Calling (§17.1.1.2): the TU, not the transaction, ends a long ring.
    expect(tu.responses.map((r) => r.status)).toEqual([180]);
  });

  it('ACKs a 486 itself with the INVITE branch, Request-URI, Call-ID, From, Route and the response To tag (§17.1.1.3)', () => {
    const { clock, sent, layer } = harness();
    const tu = recordingUser(clock);
    const invite = request({ routes: ['<sip:p1.example.com;lr>', '<sip:p2.example.com;lr>'] });
    layer.sendRequest(invite, UDP, tu);

    layer.receiveResponse(reply(invite, 486, 'busy-tag'));

    const ack = lastSent(sent) as SipRequest;
    expect(ack.method).toBe('ACK');
    expect(ack.uri).toBe(invite.uri);
    expect(getVia(ack)).toHaveLength(1);
    expect(getVia(ack)[0]?.branch).toBe('z9hG4bK776asdhds');
    expect(ack.headers.get('call-id')).toBe(invite.headers.get('call-id'));
    expect(ack.headers.get('from')).toBe(invite.headers.get('from'));
    expect(getTo(ack).tag).toBe('busy-tag');
    expect(getCSeq(ack)).toEqual({ seq: 314159, method: 'ACK' });
    expect(ack.headers.getAll('route')).toEqual(['<sip:p1.example.com;lr>', '<sip:p2.example.com;lr>']);
    expect(tu.responses.map((r) => r.status)).toEqual([486]);
  });

  it('re-ACKs retransmitted final responses without passing them up, for Timer D = 32 s over UDP', () => {
    const { clock, sent, layer } = harness();
    const tu = recordingUser(clock);
    const invite = request();
    const tx = layer.sendRequest(invite, UDP, tu);
    const busy = reply(invite, 486);

    layer.receiveResponse(busy);
    clock.advance(1000);
    layer.receiveResponse(busy);
    const acks = sent.filter((s) => (s.message as SipRequest).method === 'ACK');
    expect(acks.map((s) => s.at)).toEqual([0, 1000]);
    expect(tu.responses).toHaveLength(1);

    clock.advance(30_999);
    expect(tx.state).toBe(TransactionState.Completed);
    clock.advance(1);
    expect(tx.state).toBe(TransactionState.Terminated);
  });

  it('terminates at once after the ACK over TCP (Timer D = 0)', () => {
    const { clock, layer } = harness();
    const invite = request({ transport: 'TCP' });
    const tx = layer.sendRequest(invite, TCP, recordingUser(clock));
    layer.receiveResponse(reply(invite, 486));
    expect(tx.state).toBe(TransactionState.Terminated);
    expect(layer.clientTransactionCount).toBe(0);
  });

  it('passes every 2xx up while Accepted (RFC 6026) so forks can be ACKed, and ends on Timer M', () => {
    const { clock, layer, core } = harness();
    const tu = recordingUser(clock);
    const invite = request();
    const tx = layer.sendRequest(invite, UDP, tu);

    layer.receiveResponse(reply(invite, 200, 'fork-1'));
    expect(tx.state).toBe(TransactionState.Accepted);
    clock.advance(2000);
    layer.receiveResponse(reply(invite, 200, 'fork-1'));
    layer.receiveResponse(reply(invite, 200, 'fork-2'));
    expect(tu.responses.map((r) => getTo(r.response).tag)).toEqual(['fork-1', 'fork-1', 'fork-2']);

    clock.advance(30_000);
    expect(tx.state).toBe(TransactionState.Terminated);
    layer.receiveResponse(reply(invite, 200, 'fork-1'));
    expect(core.strays).toHaveLength(1);
  });

  it('reports a transport failure as a 503 to the TU (§8.1.3.1, §17.1.4)', () => {
    const { clock, layer } = harness({
      send: () => {
        throw new Error('ECONNREFUSED');
      },
    });
    const tu = recordingUser(clock);
    const tx = layer.sendRequest(request({ transport: 'TCP' }), TCP, tu);
    expect(tu.responses.map((r) => [r.status, r.origin])).toEqual([[503, 'transport-error']]);
    expect(tx.state).toBe(TransactionState.Terminated);
    expect(getTo(tu.responses[0]!.response).tag).toBeUndefined();
  });
});
