import { randomBytes } from 'node:crypto';
import { detectTone } from '@carillon/rtp';
import { createRequest, getCSeq, getTo, type SipRequest, serialize } from '@carillon/sip';
import type { Store } from '@carillon/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededDevice, seedTenant } from '../../functions/call-control/src/int-test-fixtures';
import type { Edge } from '../src/edge';
import { RtpTestEndpoint, sendAll, tonePackets, waitFor } from '../src/rtp-relay/testing/rtp-test-endpoint';
import { ackFor, answerCalls, audioPort, contactUri, register, sdp, via } from './call-peers';
import { type CallStack, startCallStack } from './call-stack';
import { SipTestClient, withCredentials } from './sip-test-client';

/*
 * One real call end to end: the real call-control app over HTTP (control plane), the edge in-process
 * with the real RTP relay, media engine and CDR outbox, and two Node SIP phones on UDP that send
 * G.711 tones through the relay. Extension 201 calls 202; the control plane rings 202's contact,
 * 202 answers, each side hears the other's tone, 201 hangs up, and the control plane writes one CDR.
 */

let store: Store;
let edge: Edge;
let tenant: Awaited<ReturnType<typeof seedTenant>>;
let alice: SeededDevice;
let bob: SeededDevice;

let stack: CallStack;

beforeAll(async () => {
  stack = await startCallStack('edge-call', {
    SIP_TCP_ENABLED: 'false',
    SIP_TLS_ENABLED: 'false',
    SIP_WS_ENABLED: 'false',
    SIP_WSS_ENABLED: 'false',
  });
  ({ store, edge, tenant, alice, bob } = stack);
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

describe('a call through the edge', () => {
  it('carries audio both ways through the relay, and the control plane writes one CDR with both legs', async () => {
    const sipPort = edge.ports.UDP;
    if (sipPort === undefined) throw new Error('no UDP port');
    const phoneA = await SipTestClient.open('UDP', sipPort);
    const phoneB = await SipTestClient.open('UDP', sipPort);
    const mediaA = await RtpTestEndpoint.open();
    const mediaB = await RtpTestEndpoint.open();
    const callee = answerCalls(phoneB, mediaB.rtpPort, bob.device.sipUsername);
    const startedAt = new Date(Date.now() - 1000).toISOString();
    try {
      // Arrange: Bob's softphone registers with digest through the control plane's credentials.
      await register(phoneB, bob, tenant.sipDomain);

      // Act: Alice calls 202, authenticates on the challenge, and acknowledges the answer.
      const domain = tenant.sipDomain;
      const invite = createRequest({
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
        body: Buffer.from(sdp(mediaA.rtpPort)),
        contentType: 'application/sdp',
      });
      const challenge = await phoneA.request(invite);
      expect([401, 407]).toContain(challenge?.status);
      if (!challenge) return;
      phoneA.sendRaw(serialize(ackFor(phoneA, invite, challenge, invite.uri as unknown as string)));
      const authed = withCredentials(invite, challenge, alice.device.sipUsername, alice.sipPassword);
      const answer = await phoneA.request(authed, 8000);
      expect(answer?.status).toBe(200);
      if (!answer) return;
      const edgeContact = contactUri(answer);
      phoneA.sendRaw(serialize(ackFor(phoneA, authed, answer, edgeContact)));

      // Media: each phone sends 1 s of tone to the relay port its SDP names.
      const relayForA = audioPort(answer.body);
      const inviteToB = callee.state.invite;
      expect(inviteToB).toBeDefined();
      if (!inviteToB) return;
      const relayForB = audioPort(inviteToB.body);
      expect(relayForA).not.toBe(mediaA.rtpPort);
      const toneA = tonePackets({
        frequency: 1000,
        levelDbfs: -12,
        durationMs: 1000,
        law: 'mulaw',
        payloadType: 0,
        ssrc: 11,
      });
      const toneB = tonePackets({
        frequency: 1400,
        levelDbfs: -12,
        durationMs: 1000,
        law: 'mulaw',
        payloadType: 0,
        ssrc: 22,
      });
      await Promise.all([
        sendAll((p) => mediaA.send(p, relayForA), toneA, 5),
        sendAll((p) => mediaB.send(p, relayForB), toneB, 5),
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

      // Act: Alice hangs up.
      const bye = createRequest({
        method: 'BYE',
        uri: edgeContact,
        headers: [
          ['Via', via(phoneA)],
          ['Max-Forwards', '70'],
          ['From', authed.headers.get('from') ?? ''],
          ['To', answer.headers.get('to') ?? ''],
          ['Call-ID', authed.headers.get('call-id') ?? ''],
          ['CSeq', `${getCSeq(authed).seq + 1} BYE`],
        ],
      });
      expect((await phoneA.request(bye))?.status).toBe(200);
      await waitFor(() => callee.state.bye !== undefined, 3000, 'BYE at the callee');
      expect(getTo(callee.state.bye as SipRequest).tag).toBeDefined();

      // Assert CDR: written by the control plane from the edge's outbox report, both legs with RTP.
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
      // Each leg carries the codec it negotiated: Bob answered PCMU, relayed to Alice, on both legs.
      expect(cdr.legs.map((l) => l.codec)).toEqual(['PCMU', 'PCMU']);
    } finally {
      callee.stop();
      phoneA.close();
      phoneB.close();
      mediaA.close();
      mediaB.close();
    }
  }, 30_000);
});
