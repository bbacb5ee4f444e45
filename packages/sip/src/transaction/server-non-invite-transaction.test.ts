import { describe, expect, it } from 'vitest';
import type { SipResponse } from '../message';
import type { ServerNonInviteTransaction } from './server-non-invite-transaction';
import { harness, reply, request, TCP, UDP } from './test-messages';
import { TransactionState } from './transaction-state';

describe('ServerNonInviteTransaction (RFC 3261 §17.2.2)', () => {
  it('discards retransmissions in Trying, resends the provisional in Proceeding and the final in Completed', () => {
    const h = harness();
    const bye = request({ method: 'BYE', toTag: 'a6c85cf' });
    expect(h.layer.receiveRequest(bye, UDP)).toBe('new');
    const tx = h.core.requests[0]?.transaction as ServerNonInviteTransaction;
    const statuses = () => h.sent.map((s) => (s.message as SipResponse).status);

    expect(h.layer.receiveRequest(bye, UDP)).toBe('retransmission');
    expect(statuses()).toEqual([]);

    tx.respond(reply(bye, 100));
    h.layer.receiveRequest(bye, UDP);
    expect(statuses()).toEqual([100, 100]);

    tx.respond(reply(bye, 200));
    h.layer.receiveRequest(bye, UDP);
    expect(statuses()).toEqual([100, 100, 200, 200]);
    expect(h.core.requests).toHaveLength(1);
  });

  it('keeps the final response for Timer J = 64*T1 over UDP; a copy after that is a new request', () => {
    const h = harness();
    const options = request({ method: 'OPTIONS' });
    h.layer.receiveRequest(options, UDP);
    const tx = h.core.requests[0]?.transaction as ServerNonInviteTransaction;
    tx.respond(reply(options, 200));
    h.clock.advance(31_999);
    expect(tx.state).toBe(TransactionState.Completed);
    h.clock.advance(1);
    expect(tx.state).toBe(TransactionState.Terminated);
    expect(h.layer.receiveRequest(options, UDP)).toBe('new');
  });

  it('ends at once over TCP (Timer J = 0)', () => {
    const h = harness();
    const options = request({ method: 'OPTIONS', transport: 'TCP' });
    h.layer.receiveRequest(options, TCP);
    const tx = h.core.requests[0]?.transaction as ServerNonInviteTransaction;
    tx.respond(reply(options, 200));
    expect(tx.state).toBe(TransactionState.Terminated);
    expect(h.layer.serverTransactionCount).toBe(0);
  });

  it('reports a transport failure to its user and terminates (§17.2.4)', () => {
    const failures: unknown[] = [];
    const h = harness({
      send: () => {
        throw new Error('EPIPE');
      },
    });
    const options = request({ method: 'OPTIONS', transport: 'TCP' });
    h.layer.receiveRequest(options, TCP);
    const tx = h.core.requests[0]?.transaction as ServerNonInviteTransaction;
    tx.user = { onTransportError: (_t, error) => failures.push(error) };
    tx.respond(reply(options, 200));
    expect(failures).toHaveLength(1);
    expect(tx.state).toBe(TransactionState.Terminated);
  });
});
