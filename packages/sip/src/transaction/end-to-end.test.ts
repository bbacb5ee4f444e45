import { describe, expect, it } from 'vitest';
import { parseMessage, type SipMessage, type SipRequest, serialize } from '../message';
import { VirtualClock } from '../timer/virtual-clock';
import type { ClientInviteTransaction } from './client-invite-transaction';
import type { ServerInviteTransaction } from './server-invite-transaction';
import { counterRandom, recordingUser, reply, request } from './test-messages';
import { type ServerTransaction, TransactionLayer } from './transaction-layer';
import { TransactionState } from './transaction-state';
import type { Destination } from './transport';

const ALICE: Destination = { transport: 'UDP', host: '192.0.2.1', port: 5060 };
const BOB: Destination = { transport: 'UDP', host: '192.0.2.2', port: 5060 };

/**
 * Two transaction layers over a simulated UDP link on one virtual clock: every message goes through
 * its wire form, takes 20 ms, and `drop` decides which ones the network loses.
 */
function link(drop: (message: SipMessage, from: 'alice' | 'bob') => boolean = () => false) {
  const clock = new VirtualClock();
  const wire: string[] = [];
  const bobRequests: { request: SipRequest; transaction: ServerTransaction }[] = [];
  const cancelled: ServerInviteTransaction[] = [];
  const ignore = () => {};
  const deliver = (from: 'alice' | 'bob') => (message: SipMessage) => {
    const label = message.kind === 'request' ? message.method : String(message.status);
    const lost = drop(message, from);
    wire.push(`${clock.now()} ${from} ${label}${lost ? ' (lost)' : ''}`);
    if (lost) return;
    const bytes = serialize(message);
    const to = from === 'alice' ? bob : alice;
    clock.setTimer(20, () => {
      const copy = parseMessage(bytes);
      if (copy.kind === 'request') to.receiveRequest(copy, from === 'alice' ? ALICE : BOB);
      else to.receiveResponse(copy);
    });
  };
  const alice = new TransactionLayer({
    clock,
    random: counterRandom(),
    send: deliver('alice'),
    core: { receiveRequest: ignore, receiveAck: ignore, receiveCancel: ignore, receiveStrayResponse: ignore },
  });
  const bob = new TransactionLayer({
    clock,
    random: counterRandom(),
    send: deliver('bob'),
    core: {
      receiveRequest: (req, transaction) => bobRequests.push({ request: req, transaction }),
      receiveAck: ignore,
      receiveCancel: (_cancel, invite) => {
        cancelled.push(invite);
        invite.respond(reply(invite.request, 487, 'bob-tag'));
      },
      receiveStrayResponse: ignore,
    },
  });
  return { clock, wire, alice, bob, bobRequests, cancelled };
}

describe('two transaction layers over a lossy UDP link', () => {
  it('recovers a lost 486 by Timer G, ACKs it from the client transaction and confirms the server one', () => {
    let lost486 = 0;
    const net = link((m) => m.kind === 'response' && m.status === 486 && lost486++ === 0);
    const tu = recordingUser(net.clock);
    net.alice.sendRequest(request({ sentBy: '192.0.2.1' }), BOB, tu);

    net.clock.advance(100);
    const ist = net.bobRequests[0]?.transaction as ServerInviteTransaction;
    ist.respond(reply(ist.request, 180, 'bob-tag'));
    net.clock.advance(1000);
    ist.respond(reply(ist.request, 486, 'bob-tag'));
    net.clock.advance(1000);

    expect(tu.responses.map((r) => r.status)).toEqual([180, 486]);
    expect(ist.state).toBe(TransactionState.Confirmed);
    expect(net.wire).toEqual([
      '0 alice INVITE',
      '100 bob 180',
      '1100 bob 486 (lost)',
      '1600 bob 486',
      '1620 alice ACK',
    ]);

    net.clock.advance(40_000);
    expect(net.alice.clientTransactionCount).toBe(0);
    expect(net.bob.serverTransactionCount).toBe(0);
  });

  it('hands the INVITE to the core once although the network lost the first copy and Bob was slow', () => {
    let lostInvite = 0;
    const net = link((m) => m.kind === 'request' && m.method === 'INVITE' && lostInvite++ === 0);
    net.alice.sendRequest(request({ sentBy: '192.0.2.1' }), BOB, recordingUser(net.clock));
    net.clock.advance(2000);
    expect(net.bobRequests).toHaveLength(1);
    // The copy sent at 500 arrives; Bob's own 100 Trying (200 ms later) stops Alice's Timer A.
    expect(net.wire).toEqual(['0 alice INVITE (lost)', '500 alice INVITE', '720 bob 100']);
  });

  it('cancels a ringing call: 200 for the CANCEL, 487 for the INVITE, ACK for the 487', () => {
    const net = link();
    const inviteUser = recordingUser(net.clock);
    const cancelUser = recordingUser(net.clock);
    const tx = net.alice.sendRequest(
      request({ sentBy: '192.0.2.1' }),
      BOB,
      inviteUser,
    ) as ClientInviteTransaction;
    net.clock.advance(100);
    const ist = net.bobRequests[0]?.transaction as ServerInviteTransaction;
    ist.respond(reply(ist.request, 180, 'bob-tag'));
    net.clock.advance(100);

    expect(net.alice.cancel(tx, cancelUser)).toBe('sent');
    net.clock.advance(200);

    expect(cancelUser.responses.map((r) => r.status)).toEqual([200]);
    expect(inviteUser.responses.map((r) => r.status)).toEqual([180, 487]);
    expect(net.cancelled).toEqual([ist]);
    expect(ist.state).toBe(TransactionState.Confirmed);
    expect(net.wire.slice(2)).toEqual(['200 alice CANCEL', '220 bob 200', '220 bob 487', '240 alice ACK']);
  });
});
