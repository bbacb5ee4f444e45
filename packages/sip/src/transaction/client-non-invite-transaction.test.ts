import { describe, expect, it } from 'vitest';
import type { SipRequest } from '../message';
import { harness, recordingUser, reply, request, TCP, UDP } from './test-messages';
import { TransactionState } from './transaction-state';

const sendTimes = (sent: { message: { kind: string }; at: number }[], method: string) =>
  sent
    .filter((s) => s.message.kind === 'request' && (s.message as SipRequest).method === method)
    .map((s) => s.at);

describe('ClientNonInviteTransaction (RFC 3261 §17.1.2)', () => {
  it('retransmits over UDP from T1 doubling up to T2, then every T2, until Timer F: 11 sends and a 408 at 32 s', () => {
    const { clock, sent, layer } = harness();
    const tu = recordingUser(clock);
    const tx = layer.sendRequest(request({ method: 'OPTIONS' }), UDP, tu);

    clock.advance(40_000);
    const times = sendTimes(sent, 'OPTIONS');
    expect(times).toEqual([0, 500, 1500, 3500, 7500, 11_500, 15_500, 19_500, 23_500, 27_500, 31_500]);
    expect(times).toHaveLength(11);
    expect(tu.responses.map((r) => [r.status, r.origin, r.at])).toEqual([[408, 'timeout', 32_000]]);
    expect(tx.state).toBe(TransactionState.Terminated);
  });

  it('does not retransmit over TCP', () => {
    const { clock, sent, layer } = harness();
    const tu = recordingUser(clock);
    layer.sendRequest(request({ method: 'OPTIONS', transport: 'TCP' }), TCP, tu);
    clock.advance(40_000);
    expect(sendTimes(sent, 'OPTIONS')).toEqual([0]);
    expect(tu.responses.map((r) => r.at)).toEqual([32_000]);
  });

  it('keeps retransmitting every T2 in Proceeding (§17.1.2.2)', () => {
    const { clock, sent, layer } = harness();
    const bye = request({ method: 'BYE', toTag: 'a6c85cf' });
    layer.sendRequest(bye, UDP, recordingUser(clock));
    clock.advance(600);
    layer.receiveResponse(reply(bye, 100));
    clock.advance(10_000);
    // E fired at 500 (next 1000 in Trying); at 1500 in Proceeding it is re-armed with T2.
    expect(sendTimes(sent, 'BYE')).toEqual([0, 500, 1500, 5500, 9500]);
  });

  it('absorbs response retransmissions in Completed for Timer K = T4 over UDP, and ends at once over TCP', () => {
    const { clock, layer } = harness();
    const tu = recordingUser(clock);
    const options = request({ method: 'OPTIONS' });
    const tx = layer.sendRequest(options, UDP, tu);
    layer.receiveResponse(reply(options, 200));
    layer.receiveResponse(reply(options, 200));
    expect(tu.responses).toHaveLength(1);
    clock.advance(4999);
    expect(tx.state).toBe(TransactionState.Completed);
    clock.advance(1);
    expect(tx.state).toBe(TransactionState.Terminated);

    const overTcp = request({ method: 'OPTIONS', transport: 'TCP', branch: 'z9hG4bKtcp' });
    const tcpTx = layer.sendRequest(overTcp, TCP, recordingUser(clock));
    layer.receiveResponse(reply(overTcp, 200));
    expect(tcpTx.state).toBe(TransactionState.Terminated);
  });

  it('stops retransmitting once the final response arrives', () => {
    const { clock, sent, layer } = harness();
    const options = request({ method: 'OPTIONS' });
    layer.sendRequest(options, UDP, recordingUser(clock));
    clock.advance(1600);
    layer.receiveResponse(reply(options, 404));
    clock.advance(40_000);
    expect(sendTimes(sent, 'OPTIONS')).toEqual([0, 500, 1500]);
  });
});
