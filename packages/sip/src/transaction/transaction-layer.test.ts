import { describe, expect, it } from 'vitest';
import { BRANCH_MAGIC_COOKIE, type SipResponse } from '../message';
import type { ServerInviteTransaction } from './server-invite-transaction';
import { harness, recordingUser, reply, request, UDP } from './test-messages';
import { TransactionState } from './transaction-state';

describe('TransactionLayer matching (RFC 3261 §17.1.3, §17.2.3)', () => {
  it('matches a response by top Via branch and CSeq method, so a CANCEL response never reaches the INVITE', () => {
    const h = harness();
    const tu = recordingUser(h.clock);
    const invite = request();
    h.layer.sendRequest(invite, UDP, tu);

    expect(h.layer.receiveResponse(reply(request({ method: 'CANCEL' }), 200))).toBe('stray');
    expect(h.layer.receiveResponse(reply(request({ branch: 'z9hG4bKother' }), 180))).toBe('stray');
    expect(h.layer.receiveResponse(reply(invite, 180))).toBe('matched');
    expect(tu.responses.map((r) => r.status)).toEqual([180]);
    expect(h.core.strays).toHaveLength(2);
  });

  it('creates one server transaction per branch, sent-by and method; the same branch from another host is new', () => {
    const h = harness();
    expect(h.layer.receiveRequest(request(), UDP)).toBe('new');
    expect(h.layer.receiveRequest(request(), UDP)).toBe('retransmission');
    expect(h.layer.receiveRequest(request({ sentBy: 'other.example.com' }), UDP)).toBe('new');
    expect(h.layer.receiveRequest(request({ sentBy: 'PC33.Atlanta.Example.COM' }), UDP)).toBe(
      'retransmission',
    );
    expect(h.core.requests).toHaveLength(2);
  });

  it('passes the ACK for a 2xx (new branch, §13.2.2.4) to the core, and the ACK for a non-2xx to the transaction', () => {
    const h = harness();
    h.layer.receiveRequest(request(), UDP);
    const ist = h.core.requests[0]?.transaction as ServerInviteTransaction;
    ist.respond(reply(ist.request, 200));

    expect(
      h.layer.receiveRequest(request({ method: 'ACK', branch: 'z9hG4bKack2xx', toTag: 'a6c85cf' }), UDP),
    ).toBe('ack-to-core');
    expect(h.core.acks).toHaveLength(1);

    h.layer.receiveRequest(request({ branch: 'z9hG4bKsecond', cseq: 2 }), UDP);
    const second = h.core.requests[1]?.transaction as ServerInviteTransaction;
    second.respond(reply(second.request, 404));
    h.layer.receiveRequest(
      request({ method: 'ACK', branch: 'z9hG4bKsecond', cseq: 2, toTag: 'a6c85cf' }),
      UDP,
    );
    expect(second.state).toBe(TransactionState.Confirmed);
    expect(h.core.acks).toHaveLength(1);
  });

  it('generates branches with the magic cookie from the injected random source', () => {
    const h = harness();
    const a = h.layer.newBranch();
    const b = h.layer.newBranch();
    expect(a.startsWith(BRANCH_MAGIC_COOKIE)).toBe(true);
    expect(a).not.toBe(b);
  });

  it('disarms every timer on dispose, so a shutting-down edge leaves nothing scheduled', () => {
    const h = harness();
    h.layer.sendRequest(request(), UDP, recordingUser(h.clock));
    h.layer.receiveRequest(request({ method: 'OPTIONS', branch: 'z9hG4bKin' }), UDP);
    h.layer.receiveRequest(request({ branch: 'z9hG4bKinv' }), UDP);
    expect(h.clock.pending).toBeGreaterThan(0);
    h.layer.dispose();
    expect(h.clock.pending).toBe(0);
    expect(h.layer.clientTransactionCount + h.layer.serverTransactionCount).toBe(0);
  });

  it('refuses to start a client transaction without a magic-cookie branch, or for an ACK', () => {
    const h = harness();
    const tu = recordingUser(h.clock);
    expect(() => h.layer.sendRequest(request({ branch: '1234' }), UDP, tu)).toThrow(/z9hG4bK/);
    expect(() => h.layer.sendRequest(request({ method: 'ACK' }), UDP, tu)).toThrow(/ACK/);
  });
});

describe('RFC 2543 fallback matching (§17.2.3, branch without magic cookie)', () => {
  const legacy = { branch: '2543-branch' };

  it('matches a retransmitted INVITE on Request-URI, tags, Call-ID, CSeq and top Via', () => {
    const h = harness();
    expect(h.layer.receiveRequest(request(legacy), UDP)).toBe('new');
    expect(h.layer.receiveRequest(request(legacy), UDP)).toBe('retransmission');
    expect(h.layer.receiveRequest(request({ ...legacy, cseq: 314160 }), UDP)).toBe('new');
    expect(h.layer.receiveRequest(request({ ...legacy, fromTag: 'other' }), UDP)).toBe('new');
    expect(h.layer.receiveRequest(request({ ...legacy, toTag: 'in-dialog' }), UDP)).toBe('new');
    expect(h.layer.receiveRequest(request({ ...legacy, uri: 'sip:carol@chicago.example.com' }), UDP)).toBe(
      'new',
    );
  });

  it('matches an ACK to the INVITE when its To tag is the one of the response sent, otherwise hands it to the core', () => {
    const h = harness();
    h.layer.receiveRequest(request(legacy), UDP);
    const ist = h.core.requests[0]?.transaction as ServerInviteTransaction;
    ist.respond(reply(ist.request, 486, 'uas-1'));

    expect(h.layer.receiveRequest(request({ ...legacy, method: 'ACK', toTag: 'wrong' }), UDP)).toBe(
      'ack-to-core',
    );
    expect(ist.state).toBe(TransactionState.Completed);
    expect(h.layer.receiveRequest(request({ ...legacy, method: 'ACK', toTag: 'uas-1' }), UDP)).toBe(
      'retransmission',
    );
    expect(ist.state).toBe(TransactionState.Confirmed);
  });

  it('forgets terminated legacy transactions', () => {
    const h = harness();
    const options = request({ ...legacy, method: 'OPTIONS' });
    h.layer.receiveRequest(options, UDP);
    const tx = h.core.requests[0]?.transaction;
    tx?.respond(reply(options, 200) as SipResponse);
    expect(h.layer.serverTransactionCount).toBe(1);
    h.clock.advance(32_000);
    expect(h.layer.serverTransactionCount).toBe(0);
  });
});
