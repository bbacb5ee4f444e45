import {
  buildReceiverReport,
  detectTone,
  PAYLOAD_TYPE_PCMU,
  planTelephoneEvent,
  serializeRtpPacket,
} from '@carillon/rtp';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { RtpRelay } from './rtp-relay';
import { RtpRelayError } from './rtp-relay-error';
import { RtpTestEndpoint, randomPortBase, sendAll, tonePackets, waitFor } from './testing/rtp-test-endpoint';

const TE = 101; // telephone-event payload type both sides negotiated
const codec = { payloadType: PAYLOAD_TYPE_PCMU, encoding: 'PCMU', telephoneEventPayloadType: TE } as const;

let relay: RtpRelay;
let endpoints: RtpTestEndpoint[] = [];

async function endpoint(): Promise<RtpTestEndpoint> {
  const e = await RtpTestEndpoint.open();
  endpoints.push(e);
  return e;
}

/** A call with caller A and callee B, both legs bridged, each remote as its SDP would say. */
async function bridgedCall() {
  const [a, b] = [await endpoint(), await endpoint()];
  const session = relay.createSession('call-1');
  const legA = await session.addLeg('a');
  const legB = await session.addLeg('b');
  for (const [leg, e] of [
    [legA, a],
    [legB, b],
  ] as const) {
    leg.setCodec(codec);
    leg.setRemote('127.0.0.1', e.rtpPort, { rtcpPort: e.rtcpPort }); // RFC 3605 a=rtcp
  }
  session.bridge(legA, legB);
  return { a, b, session, legA, legB };
}

beforeEach(() => {
  const base = randomPortBase();
  relay = new RtpRelay({ portMin: base, portMax: base + 99, bindAddress: '127.0.0.1' });
});

afterEach(() => {
  relay.close();
  for (const e of endpoints) e.close();
  endpoints = [];
});

describe('RtpRelay bridged call', { timeout: 10_000 }, () => {
  test('a 1 kHz tone from A is heard at B and a 1.4 kHz tone from B at A, at the level sent', async () => {
    const { a, b, legA, legB } = await bridgedCall();
    const fromA = tonePackets({
      frequency: 1000,
      levelDbfs: -10,
      durationMs: 500,
      law: 'mulaw',
      payloadType: 0,
    });
    const fromB = tonePackets({
      frequency: 1400,
      levelDbfs: -16,
      durationMs: 500,
      law: 'mulaw',
      payloadType: 0,
    });
    await Promise.all([
      sendAll((p) => a.send(p, legA.local.port), fromA),
      sendAll((p) => b.send(p, legB.local.port), fromB),
    ]);
    await waitFor(() => a.rtpReceived.length === 25 && b.rtpReceived.length === 25, 2000, 'both streams');

    const atB = detectTone(b.decoded('mulaw', 0), 8000);
    const atA = detectTone(a.decoded('mulaw', 0), 8000);
    expect(atB?.frequency).toBeCloseTo(1000, 0);
    expect(atB?.levelDbfs).toBeCloseTo(-10, 0);
    expect(atA?.frequency).toBeCloseTo(1400, 0);
    expect(atA?.levelDbfs).toBeCloseTo(-16, 0);
    // symmetric RTP: each endpoint hears from the very port it sends to
    expect(new Set(b.rtpReceived.map((r) => r.fromPort))).toEqual(new Set([legB.local.port]));
    expect(new Set(a.rtpReceived.map((r) => r.fromPort))).toEqual(new Set([legA.local.port]));
  });

  test('an endpoint whose packets come from another port than its SDP says still gets media (latching)', async () => {
    const { b, legA, legB } = await bridgedCall();
    const natted = await endpoint(); // the port A's NAT really uses
    const ping = tonePackets({
      frequency: 1000,
      levelDbfs: -10,
      durationMs: 200,
      law: 'mulaw',
      payloadType: 0,
    });
    await sendAll((p) => natted.send(p, legA.local.port), ping);
    await waitFor(() => b.rtpReceived.length === 10, 2000, 'A to B');
    expect(legA.remote).toEqual({ address: '127.0.0.1', port: natted.rtpPort });

    const tone = tonePackets({
      frequency: 1400,
      levelDbfs: -12,
      durationMs: 400,
      law: 'mulaw',
      payloadType: 0,
    });
    await sendAll((p) => b.send(p, legB.local.port), tone);
    await waitFor(() => natted.rtpReceived.length === 20, 2000, 'B to the latched A');
    expect(detectTone(natted.decoded('mulaw', 0), 8000)?.frequency).toBeCloseTo(1400, 0);
  });

  test('packets injected from a random source after latching are dropped, not forwarded', async () => {
    const { a, b, legA } = await bridgedCall();
    const attacker = await endpoint();
    const genuine = tonePackets({
      frequency: 1000,
      levelDbfs: -10,
      durationMs: 200,
      law: 'mulaw',
      payloadType: 0,
    });
    const injected = tonePackets({
      frequency: 2000,
      levelDbfs: -3,
      durationMs: 60,
      law: 'mulaw',
      payloadType: 0,
      ssrc: 66,
    });
    a.send(genuine[0]!, legA.local.port);
    await waitFor(() => b.rtpReceived.length === 1, 2000, 'latch');
    await sendAll((p) => attacker.send(p, legA.local.port), injected);
    await sendAll((p) => a.send(p, legA.local.port), genuine.slice(1));
    await waitFor(() => b.rtpReceived.length === 10, 2000, 'genuine stream');
    await new Promise((r) => setTimeout(r, 50));
    expect(b.rtpReceived).toHaveLength(10);
    expect(legA.stats().packetsRejected).toBe(3);
    expect(detectTone(b.decoded('mulaw', 0), 8000)?.frequency).toBeCloseTo(1000, 0);
  });

  test('RTCP from A reaches B on its RTCP port, and B with rtcp-mux on its RTP port (RFC 5761)', async () => {
    const { a, b, legA, legB } = await bridgedCall();
    const report = buildReceiverReport(0xa, []);
    a.sendRtcp(report, legA.local.rtcpPort);
    await waitFor(() => b.rtcpReceived.length === 1, 2000, 'RTCP at B');
    expect(b.rtcpReceived[0]?.data.equals(report)).toBe(true);
    expect(b.rtcpReceived[0]?.fromPort).toBe(legB.local.rtcpPort);

    legB.setRemote('127.0.0.1', b.rtpPort, { rtcpMux: true });
    a.sendRtcp(report, legA.local.rtcpPort);
    await waitFor(() => b.muxedRtcpReceived.length === 1, 2000, 'muxed RTCP at B');
    expect(b.muxedRtcpReceived[0]?.data.equals(report)).toBe(true);
    expect(legA.stats().rtcpReceived).toBe(2);
  });

  test('RFC 4733 events pass through byte for byte and are reported once as digits', async () => {
    const { a, b, legA } = await bridgedCall();
    const digits: string[] = [];
    legA.onDigit((e) => digits.push(`${e.digit}/${e.source}`));
    const planned = planTelephoneEvent({
      event: 5,
      durationMs: 200,
      timestamp: 8000,
      firstSequenceNumber: 100,
    });
    const packets = planned.map((p) => serializeRtpPacket({ ...p, payloadType: TE, ssrc: 0xa }));
    await sendAll((p) => a.send(p, legA.local.port), packets);
    await waitFor(() => b.rtpReceived.length === packets.length, 2000, 'events at B');
    expect(b.rtpReceived.map((r) => r.data.toString('hex'))).toEqual(packets.map((p) => p.toString('hex')));
    expect(digits).toEqual(['5/rfc4733']);
  });

  test('statistics count what arrived and what the test dropped on purpose', async () => {
    const { a, b, legA, legB } = await bridgedCall();
    const packets = tonePackets({
      frequency: 1000,
      levelDbfs: -10,
      durationMs: 2000,
      law: 'mulaw',
      payloadType: 0,
    });
    const dropped = new Set([10, 20, 30, 55]);
    await sendAll(
      (p) => a.send(p, legA.local.port),
      packets.filter((_, i) => !dropped.has(i)),
    );
    await waitFor(() => b.rtpReceived.length === 96, 2000, 'stream at B');
    const atA = legA.stats();
    expect(atA.packetsReceived).toBe(96);
    expect(atA.packetsLost).toBe(4);
    expect(atA.packetsExpected).toBe(100);
    expect(atA.bytesReceived).toBe(96 * 160);
    expect(legB.stats().packetsSent).toBe(96);
    expect(legB.stats().bytesSent).toBe(96 * 172);
  });
});

describe('RtpRelay resources', { timeout: 10_000 }, () => {
  test('an exhausted port range is an explicit error; closing a session frees its ports', async () => {
    const base = randomPortBase();
    const small = new RtpRelay({ portMin: base, portMax: base + 3, bindAddress: '127.0.0.1' });
    try {
      const session = small.createSession('c');
      await session.addLeg('a');
      await session.addLeg('b');
      const error = await session.addLeg('c').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RtpRelayError);
      expect((error as RtpRelayError).code).toBe('PORTS_EXHAUSTED');
      session.close();
      expect(small.portsInUse).toBe(0);
      const next = small.createSession('d');
      expect((await next.addLeg('a')).local.port % 2).toBe(0);
    } finally {
      small.close();
    }
  });

  test('the inactivity callback fires once after the timeout without RTP, not before', async () => {
    const base = randomPortBase();
    const quick = new RtpRelay({
      portMin: base,
      portMax: base + 9,
      bindAddress: '127.0.0.1',
      inactivityTimeoutMs: 300,
    });
    const a = await endpoint();
    try {
      const session = quick.createSession('dead');
      const leg = await session.addLeg('a');
      leg.setRemote('127.0.0.1', a.rtpPort);
      let fired = 0;
      let firedAt = 0;
      session.onInactive(() => {
        fired++;
        firedAt = performance.now();
      });
      const packets = tonePackets({
        frequency: 1000,
        levelDbfs: -10,
        durationMs: 200,
        law: 'mulaw',
        payloadType: 0,
      });
      for (const p of packets) {
        a.send(p, leg.local.port);
        await new Promise((r) => setTimeout(r, 20));
      }
      await waitFor(() => leg.lastRtpAtMs !== undefined, 1000, 'RTP');
      const lastPacket = leg.lastRtpAtMs ?? 0;
      await waitFor(() => fired > 0, 2000, 'inactivity');
      expect(firedAt - lastPacket).toBeGreaterThanOrEqual(300);
      expect(firedAt - lastPacket).toBeLessThan(700);
      await new Promise((r) => setTimeout(r, 400));
      expect(fired).toBe(1);
    } finally {
      quick.close();
    }
  });

  test('close returns final statistics and leaves no socket open', async () => {
    const { a, legA, session } = await bridgedCall();
    const packets = tonePackets({
      frequency: 1000,
      levelDbfs: -10,
      durationMs: 100,
      law: 'mulaw',
      payloadType: 0,
    });
    await sendAll((p) => a.send(p, legA.local.port), packets);
    await waitFor(() => legA.stats().packetsReceived === 5, 2000, 'stream');
    const final = session.close();
    expect(final.a?.packetsReceived).toBe(5);
    expect(final.b?.packetsSent).toBe(5);
    expect(relay.portsInUse).toBe(0);
    expect(relay.sessionCount).toBe(0);
  });
});
