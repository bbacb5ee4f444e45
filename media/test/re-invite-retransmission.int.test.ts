import { randomBytes } from 'node:crypto';
import {
  createRequest,
  createResponse,
  getCSeq,
  type SipRequest,
  type SipResponse,
  serialize,
} from '@carillon/sip';
import type { Store } from '@carillon/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededDevice, seedTenant } from '../../functions/call-control/src/int-test-fixtures';
import type { Edge } from '../src/edge';
import { waitFor } from '../src/rtp-relay/testing/rtp-test-endpoint';
import { ackFor, answerCalls, contactUri, register, sdp, via } from './call-peers';
import { type CallStack, startCallStack } from './call-stack';
import { SipTestClient, withCredentials } from './sip-test-client';

/*
 * The edge as UAS of a re-INVITE (RFC 3261 §13.3.1.4, RFC 6026): its 2xx is retransmitted (T1
 * doubling to T2) until the ACK arrives, and without an ACK for 64*T1 the call ends with BYE on both
 * sides. Real call-control app, the edge with its relay, two Node SIP phones on UDP; the caller is
 * the peer that loses (ignores) the first 200s and, in the second case, never ACKs. T1 is 50 ms so
 * 64*T1 is 3.2 s.
 */

const T1 = 50;

let stack: CallStack;
let store: Store;
let edge: Edge;
let tenant: Awaited<ReturnType<typeof seedTenant>>;
let alice: SeededDevice;
let bob: SeededDevice;

beforeAll(async () => {
  stack = await startCallStack(
    're-invite',
    { SIP_TCP_ENABLED: 'false', SIP_TLS_ENABLED: 'false', SIP_WS_ENABLED: 'false', SIP_WSS_ENABLED: 'false' },
    { timers: { t1: T1 } },
  );
  ({ store, edge, tenant, alice, bob } = stack);
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

interface Established {
  readonly phoneA: SipTestClient;
  readonly phoneB: SipTestClient;
  readonly callee: ReturnType<typeof answerCalls>;
  readonly invite: SipRequest;
  readonly answer: SipResponse;
  readonly edgeContact: string;
  close(): void;
}

/** Alice (201) calls Bob (202), who answers at once; Alice ACKs the 200. */
async function establish(): Promise<Established> {
  const sipPort = edge.ports.UDP;
  if (sipPort === undefined) throw new Error('no UDP port');
  const phoneA = await SipTestClient.open('UDP', sipPort);
  const phoneB = await SipTestClient.open('UDP', sipPort);
  const callee = answerCalls(phoneB, 40_002, bob.device.sipUsername);
  const close = () => {
    callee.stop();
    phoneA.close();
    phoneB.close();
  };
  try {
    await register(phoneB, bob, tenant.sipDomain);
    const domain = tenant.sipDomain;
    const first = createRequest({
      method: 'INVITE',
      uri: `sip:202@${domain}`,
      headers: [
        ['Via', via(phoneA)],
        ['Max-Forwards', '70'],
        ['From', `<sip:${alice.device.sipUsername}@${domain}>;tag=${randomBytes(4).toString('hex')}`],
        ['To', `<sip:202@${domain}>`],
        ['Call-ID', randomBytes(10).toString('hex')],
        ['CSeq', '1 INVITE'],
        ['Contact', `<sip:${alice.device.sipUsername}@127.0.0.1:${phoneA.localPort}>`],
      ],
      body: Buffer.from(sdp(40_000)),
      contentType: 'application/sdp',
    });
    const challenge = await phoneA.request(first);
    if (!challenge || challenge.status < 400)
      throw new Error(`expected a challenge, got ${challenge?.status}`);
    phoneA.sendRaw(serialize(ackFor(phoneA, first, challenge, first.uri)));
    const invite = withCredentials(first, challenge, alice.device.sipUsername, alice.sipPassword);
    const answer = await phoneA.request(invite, 8000);
    if (answer?.status !== 200) throw new Error(`expected 200, got ${answer?.status}`);
    const edgeContact = contactUri(answer);
    phoneA.sendRaw(serialize(ackFor(phoneA, invite, answer, edgeContact)));
    return { phoneA, phoneB, callee, invite, answer, edgeContact, close };
  } catch (error) {
    close();
    throw error;
  }
}

/** Alice's re-INVITE in the dialog (hold: a=sendonly, SDP version 2), CSeq `seq`. */
function reInvite(call: Established, seq: number): SipRequest {
  return createRequest({
    method: 'INVITE',
    uri: call.edgeContact,
    headers: [
      ['Via', via(call.phoneA)],
      ['Max-Forwards', '70'],
      ['From', call.invite.headers.get('from') ?? ''],
      ['To', call.answer.headers.get('to') ?? ''],
      ['Call-ID', call.invite.headers.get('call-id') ?? ''],
      ['CSeq', `${seq} INVITE`],
      ['Contact', `<sip:${alice.device.sipUsername}@127.0.0.1:${call.phoneA.localPort}>`],
    ],
    body: Buffer.from(sdp(40_000).replace(' 1 IN IP4', ' 2 IN IP4').replace('a=sendrecv', 'a=sendonly')),
    contentType: 'application/sdp',
  });
}

/** The 200s Alice received for the INVITE with CSeq `seq` (first one and retransmissions). */
function oksFor(phone: SipTestClient, seq: number): SipResponse[] {
  return phone.received.filter(
    (m): m is SipResponse =>
      m.kind === 'response' && m.status === 200 && getCSeq(m).seq === seq && getCSeq(m).method === 'INVITE',
  );
}

function byeIn(phone: SipTestClient): SipRequest | undefined {
  return phone.received.find((m): m is SipRequest => m.kind === 'request' && m.method === 'BYE');
}

describe('2xx retransmission for a re-INVITE (RFC 3261 §13.3.1.4)', () => {
  it('retransmits the 200 to a caller that lost it, and stops once the ACK arrives', async () => {
    const call = await establish();
    try {
      const request = reInvite(call, 3);
      call.phoneA.sendRaw(serialize(request));
      // Alice "loses" the first 200s: she does not ACK until the edge sent it three times.
      await waitFor(() => oksFor(call.phoneA, 3).length >= 3, 5000, 'three copies of the 200');
      const copies = oksFor(call.phoneA, 3);
      // One response, sent again: same To tag and body each time.
      expect(new Set(copies.map((r) => r.headers.get('to'))).size).toBe(1);
      expect(new Set(copies.map((r) => r.body.toString('utf8'))).size).toBe(1);
      // It is the relayed answer of Bob, who got the hold offer.
      expect(copies[0]?.body.toString('utf8')).toContain('m=audio');
      expect(call.callee.state.invite?.body.toString('utf8')).toContain('a=sendonly');
      call.phoneA.sendRaw(serialize(ackFor(call.phoneA, request, copies[0]!, call.edgeContact)));
      const acked = oksFor(call.phoneA, 3).length;
      // Longer than the longest retransmission interval so far (4·T1) and a few more: no copy after the ACK
      // (one already on the wire when the ACK left may still land).
      await new Promise((r) => setTimeout(r, 16 * T1));
      expect(oksFor(call.phoneA, 3).length).toBeLessThanOrEqual(acked + 1);
      const settled = oksFor(call.phoneA, 3).length;
      await new Promise((r) => setTimeout(r, 16 * T1));
      expect(oksFor(call.phoneA, 3).length).toBe(settled);
      // The call is still up: nobody was sent a BYE.
      expect(byeIn(call.phoneA)).toBeUndefined();
      expect(call.callee.state.bye).toBeUndefined();
      expect(edge.b2bua.activeCalls).toBeGreaterThan(0);
    } finally {
      call.close();
    }
  }, 30_000);

  it('ends the call with BYE to both sides when the ACK never comes (64*T1)', async () => {
    const startedAt = new Date(Date.now() - 1000).toISOString();
    const call = await establish();
    try {
      const request = reInvite(call, 3);
      call.phoneA.sendRaw(serialize(request));
      await waitFor(() => byeIn(call.phoneA) !== undefined, 64 * T1 + 5000, 'BYE to the caller');
      const bye = byeIn(call.phoneA)!;
      call.phoneA.sendRaw(serialize(createResponse(bye, 200)));
      expect(bye.headers.get('reason')).toContain('cause=102');
      // Retransmitted until the give-up: more than one 200, and the callee got a BYE too.
      expect(oksFor(call.phoneA, 3).length).toBeGreaterThan(1);
      await waitFor(() => call.callee.state.bye !== undefined, 3000, 'BYE to the callee');
      // The CDR says the system ended it on a timer (Q.850 102 "recovery on timer expiry").
      const range = { from: startedAt, to: new Date(Date.now() + 60_000).toISOString() };
      const timedOut = async () =>
        (await store.cdrs.list({ tenantId: tenant.id }, range)).items.find((c) => c.hangupCause === 102);
      const deadline = Date.now() + 5000;
      let cdr = await timedOut();
      while (cdr === undefined && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        cdr = await timedOut();
      }
      expect(cdr?.hangupSide).toBe('system');
      expect(cdr?.disposition).toBe('answered');
    } finally {
      call.close();
    }
  }, 30_000);
});
