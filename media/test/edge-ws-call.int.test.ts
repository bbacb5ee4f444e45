import { randomBytes } from 'node:crypto';
import { detectTone } from '@carillon/rtp';
import { createRequest, getCSeq, serialize } from '@carillon/sip';
import type { Store } from '@carillon/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededDevice, seedTenant } from '../../functions/call-control/src/int-test-fixtures';
import type { Edge } from '../src/edge';
import { RtpTestEndpoint, sendAll, tonePackets, waitFor } from '../src/rtp-relay/testing/rtp-test-endpoint';
import { ackFor, answerCalls, audioPort, contactUri, register, sdp, via, WS_HOST } from './call-peers';
import { type CallStack, startCallStack } from './call-stack';
import { SipTestClient, withCredentials } from './sip-test-client';

/*
 * Issue 4 acceptance "A WebSocket SIP client registers and places a call": the caller is a SIP
 * client over WebSocket (RFC 7118: subprotocol `sip`, one SIP message per text frame, Via transport
 * WS and a `.invalid` sent-by as browsers use, §5.2 and §7), the callee a UDP phone. The real
 * call-control app decides the route, the edge relays the media, and the control plane writes the CDR.
 *
 * Media of the WS client is plain RTP over UDP to the relay port named in the SDP: the WebRTC media
 * path (ICE, DTLS-SRTP) is a later issue, so this test proves the signalling path over WebSocket and
 * that a call set up that way is bridged through the relay like any other.
 */

let store: Store;
let edge: Edge;
let tenant: Awaited<ReturnType<typeof seedTenant>>;
let alice: SeededDevice;
let bob: SeededDevice;

function tone(frequency: number, ssrc: number) {
  return tonePackets({ frequency, levelDbfs: -12, durationMs: 1000, law: 'mulaw', payloadType: 0, ssrc });
}

let stack: CallStack;

beforeAll(async () => {
  stack = await startCallStack('edge-ws-call', {
    SIP_TCP_ENABLED: 'false',
    SIP_TLS_ENABLED: 'false',
    SIP_WSS_ENABLED: 'false',
  });
  ({ store, edge, tenant, alice, bob } = stack);
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

describe('a call from a WebSocket SIP client', () => {
  it('registers over WS with digest, calls a UDP phone, hears and is heard through the relay, hangs up, and gets one CDR with both legs', async () => {
    const wsPort = edge.ports.WS;
    const udpPort = edge.ports.UDP;
    if (wsPort === undefined || udpPort === undefined) throw new Error('edge has no WS or UDP port');
    const browser = await SipTestClient.open('WS', wsPort);
    const phoneB = await SipTestClient.open('UDP', udpPort);
    const mediaA = await RtpTestEndpoint.open();
    const mediaB = await RtpTestEndpoint.open();
    const callee = answerCalls(phoneB, mediaB.rtpPort, bob.device.sipUsername);
    const startedAt = new Date(Date.now() - 1000).toISOString();
    try {
      // Arrange: both register with digest — Alice over her WebSocket, Bob over UDP.
      await register(browser, alice, tenant.sipDomain);
      await register(phoneB, bob, tenant.sipDomain);

      // Act: Alice calls 202 over the same WebSocket, answers the challenge, and acknowledges the answer.
      const domain = tenant.sipDomain;
      const invite = createRequest({
        method: 'INVITE',
        uri: `sip:202@${domain}`,
        headers: [
          ['Via', via(browser)],
          ['Max-Forwards', '70'],
          ['From', `<sip:${alice.device.sipUsername}@${domain}>;tag=${randomBytes(4).toString('hex')}`],
          ['To', `<sip:202@${domain}>`],
          ['Call-ID', randomBytes(10).toString('hex')],
          ['CSeq', '1 INVITE'],
          ['Contact', `<sip:${alice.device.sipUsername}@${WS_HOST};transport=ws;ob>`],
        ],
        body: Buffer.from(sdp(mediaA.rtpPort)),
        contentType: 'application/sdp',
      });
      const challenge = await browser.request(invite);
      expect([401, 407]).toContain(challenge?.status);
      if (!challenge) return;
      browser.sendRaw(serialize(ackFor(browser, invite, challenge, `sip:202@${domain}`)));
      const authed = withCredentials(invite, challenge, alice.device.sipUsername, alice.sipPassword);
      const answer = await browser.request(authed, 8000);
      expect(answer?.status).toBe(200);
      if (!answer) return;
      const edgeContact = contactUri(answer);
      browser.sendRaw(serialize(ackFor(browser, authed, answer, edgeContact)));

      // The callee leg went out over UDP to Bob, and the edge anchored Alice's media at its relay.
      const inviteToB = callee.state.invite;
      expect(inviteToB).toBeDefined();
      if (!inviteToB) return;
      const relayForA = audioPort(answer.body);
      const relayForB = audioPort(inviteToB.body);
      expect(relayForA).not.toBe(mediaB.rtpPort);
      expect(relayForB).not.toBe(mediaA.rtpPort);

      // Media: each side sends 1 s of tone to the relay port its SDP names.
      await Promise.all([
        sendAll((p) => mediaA.send(p, relayForA), tone(1000, 11), 5),
        sendAll((p) => mediaB.send(p, relayForB), tone(1400, 22), 5),
      ]);
      await waitFor(
        () => mediaB.packets(0).length >= 45 && mediaA.packets(0).length >= 45,
        3000,
        'relayed tone',
      );

      // Assert audio: each side hears the other's frequency, clean.
      const heardByB = detectTone(mediaB.decoded('mulaw', 0), 8000);
      const heardByA = detectTone(mediaA.decoded('mulaw', 0), 8000);
      expect(heardByB?.frequency).toBeCloseTo(1000, -1);
      expect(heardByA?.frequency).toBeCloseTo(1400, -1);
      expect(heardByB?.purity).toBeGreaterThan(0.9);
      expect(heardByA?.purity).toBeGreaterThan(0.9);

      // Act: Alice hangs up from the WebSocket side; the edge ends Bob's leg.
      const bye = createRequest({
        method: 'BYE',
        uri: edgeContact,
        headers: [
          ['Via', via(browser)],
          ['Max-Forwards', '70'],
          ['From', authed.headers.get('from') ?? ''],
          ['To', answer.headers.get('to') ?? ''],
          ['Call-ID', authed.headers.get('call-id') ?? ''],
          ['CSeq', `${getCSeq(authed).seq + 1} BYE`],
        ],
      });
      expect((await browser.request(bye))?.status).toBe(200);
      await waitFor(() => callee.state.bye !== undefined, 3000, 'BYE at the callee');
      expect(browser.closed).toBe(false);

      // Assert CDR: one answered call, both legs with their devices and RTP counts.
      const range = { from: startedAt, to: new Date(Date.now() + 60_000).toISOString() };
      let cdrs = (await store.cdrs.list({ tenantId: tenant.id }, range)).items;
      const deadline = Date.now() + 5000;
      while (cdrs.length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        cdrs = (await store.cdrs.list({ tenantId: tenant.id }, range)).items;
      }
      expect(cdrs).toHaveLength(1);
      const cdr = cdrs[0]!;
      expect(cdr.disposition).toBe('answered');
      expect(cdr.legs).toHaveLength(2);
      for (const leg of cdr.legs) {
        expect(leg.answeredAt).not.toBeNull();
        expect(leg.rtp?.packetsReceived ?? 0).toBeGreaterThan(40);
        expect(leg.rtp?.packetsSent ?? 0).toBeGreaterThan(40);
      }
      expect(cdr.legs.map((l) => l.deviceId).sort()).toEqual([alice.device.id, bob.device.id].sort());
    } finally {
      callee.stop();
      browser.close();
      phoneB.close();
      mediaA.close();
      mediaB.close();
    }
  }, 20_000);
});
