import { newId } from '@carillon/domain';
import {
  detectTone,
  PAYLOAD_TYPE_PCMA,
  planTelephoneEvent,
  readWav,
  serializeRtpPacket,
  signalLevelDbfs,
} from '@carillon/rtp';
import { BlobStore, CursorCodec, createS3Client } from '@carillon/store';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RelayLeg } from '../rtp-relay/relay-leg';
import { RtpRelay } from '../rtp-relay/rtp-relay';
import {
  RtpTestEndpoint,
  randomPortBase,
  sendAll,
  tonePackets,
  waitFor,
} from '../rtp-relay/testing/rtp-test-endpoint';
import { MediaEngine } from './media-engine';

const TE = 101;

let relay: RtpRelay;
let engine: MediaEngine;
let phone: RtpTestEndpoint;
let leg: RelayLeg;
let warnings: string[];

beforeEach(async () => {
  const base = randomPortBase();
  relay = new RtpRelay({ portMin: base, portMax: base + 19, bindAddress: '127.0.0.1' });
  warnings = [];
  engine = new MediaEngine({ onWarning: (message) => warnings.push(message) });
  phone = await RtpTestEndpoint.open();
  leg = await relay.createSession('engine-test').addLeg('a');
  // the phone answered PCMA with telephone-event 101
  leg.setCodec({ payloadType: PAYLOAD_TYPE_PCMA, encoding: 'PCMA', telephoneEventPayloadType: TE });
  leg.setRemote('127.0.0.1', phone.rtpPort);
});

afterEach(() => {
  relay.close();
  phone.close();
});

describe('MediaEngine play', { timeout: 15_000 }, () => {
  test('a prompt arrives paced at 20 ms, as many packets as its length, as audible PCMA', async () => {
    const samples = await engine.prompts.get('system/prompts/goodbye.wav');
    const started = performance.now();
    const outcome = await engine.play(leg, 'system/prompts/goodbye.wav');
    const elapsed = performance.now() - started;
    await waitFor(() => phone.rtpReceived.length === outcome.framesSent, 1000, 'last packets');

    const expected = Math.ceil(samples.length / 160);
    expect(outcome).toEqual({ status: 'completed', framesSent: expected });
    expect(elapsed).toBeGreaterThan(expected * 20 - 40);
    // Upper bounds leave room for a loaded CI machine; the lower one is what pacing guarantees.
    expect(elapsed).toBeLessThan(expected * 20 + 500);
    const packets = phone.packets();
    expect(new Set(packets.map((p) => p.payloadType))).toEqual(new Set([PAYLOAD_TYPE_PCMA]));
    expect(packets[0]?.marker).toBe(true);
    // Timestamps advance 160 samples per frame; when the event loop stalled past 60 ms the stream
    // skips ahead by the stall (leg-output.ts), so RTP time keeps following wall time (RFC 3550
    // §5.1). The span is one frame per packet plus at most the time the play ran late.
    const steps = packets.slice(1).map((p, i) => p.timestamp - packets[i]!.timestamp);
    expect(steps.every((step) => step >= 160)).toBe(true);
    const span = packets.at(-1)!.timestamp - packets[0]!.timestamp;
    const lateMs = Math.max(0, elapsed - (expected - 1) * 20);
    expect(span).toBeGreaterThanOrEqual((expected - 1) * 160);
    expect(span).toBeLessThanOrEqual((expected - 1) * 160 + lateMs * 8 + 480);
    // arrival spacing: the mean over the prompt is one frame
    const arrivals = phone.rtpReceived.map((r) => r.atMs);
    const meanGap = (arrivals.at(-1)! - arrivals[0]!) / (arrivals.length - 1);
    expect(meanGap).toBeGreaterThan(18);
    expect(meanGap).toBeLessThan(25);
    expect(signalLevelDbfs(phone.decoded('alaw', PAYLOAD_TYPE_PCMA))).toBeGreaterThan(-30);
  });

  test('busy tone for Germany is heard as 425 Hz at about −10 dBm0, cadenced', async () => {
    const outcome = await engine.play(leg, { tone: 'busy', country: 'DE' }, { loop: 2 });
    await waitFor(() => phone.rtpReceived.length === outcome.framesSent, 1000, 'tone packets');
    const heard = phone.decoded('alaw', PAYLOAD_TYPE_PCMA);
    const firstBurst = heard.subarray(0, 480 * 8);
    const tone = detectTone(firstBurst, 8000);
    expect(tone?.frequency).toBeCloseTo(425, 0);
    expect(tone?.levelDbfs).toBeCloseTo(-13.1, 0); // −10 dBm0 on A-law (G.711: 0 dBm0 = −3.14 dBFS)
    // the off phase: A-law's zero code decodes to ±8, about −69 dBFS
    expect(signalLevelDbfs(heard.subarray(500 * 8, 940 * 8))).toBeLessThan(-60);
    expect(outcome.framesSent).toBe(96); // two 960 ms cycles
  });

  test('a missing prompt plays the fallback tone instead of silence, and says so', async () => {
    const outcome = await engine.play(leg, 'system/prompts/not-recorded-yet.wav', { maxDurationMs: 400 });
    await waitFor(() => phone.rtpReceived.length === outcome.framesSent, 1000, 'fallback packets');
    expect(outcome.fallback).toContain('not-recorded-yet');
    expect(warnings).toHaveLength(1);
    expect(outcome.framesSent).toBe(20);
    expect(detectTone(phone.decoded('alaw', PAYLOAD_TYPE_PCMA), 8000)?.frequency).toBeCloseTo(425, 0);
  });

  test('stop ends a looping play early; a second play keeps the same SSRC', async () => {
    const playing = engine.play(leg, { tone: 'ringback', country: 'GB' }, { loop: Number.POSITIVE_INFINITY });
    await waitFor(() => phone.rtpReceived.length >= 10, 2000, 'ringback');
    engine.stop(leg);
    expect((await playing).status).toBe('stopped');
    await engine.play(leg, { tone: 'congestion', country: 'GB' }, { maxDurationMs: 100 });
    await new Promise((r) => setTimeout(r, 60));
    expect(new Set(phone.packets().map((p) => p.ssrc)).size).toBe(1);
  });

  test("while playing to a bridged leg, the peer's forwarded audio is held back", async () => {
    const session = relay.createSession('bridged');
    const a = await session.addLeg('a');
    const b = await session.addLeg('b');
    const other = await RtpTestEndpoint.open();
    try {
      for (const l of [a, b]) l.setCodec({ payloadType: PAYLOAD_TYPE_PCMA, encoding: 'PCMA' });
      a.setRemote('127.0.0.1', phone.rtpPort);
      b.setRemote('127.0.0.1', other.rtpPort);
      session.bridge(a, b);
      const playing = engine.play(a, { tone: 'ringback', country: 'DE' }, { maxDurationMs: 400 });
      const speech = tonePackets({
        frequency: 1400,
        levelDbfs: -10,
        durationMs: 200,
        law: 'alaw',
        payloadType: 8,
      });
      await sendAll((p) => other.send(p, b.local.port), speech);
      await playing;
      await new Promise((r) => setTimeout(r, 60));
      expect(detectTone(phone.decoded('alaw', 8), 8000)?.frequency).toBeCloseTo(425, 0);
    } finally {
      other.close();
    }
  });
});

describe('MediaEngine gather', { timeout: 15_000 }, () => {
  function keyPress(event: number, timestamp: number, firstSequenceNumber: number): Buffer[] {
    return planTelephoneEvent({ event, durationMs: 100, timestamp, firstSequenceNumber }).map((p) =>
      serializeRtpPacket({ ...p, payloadType: TE, ssrc: 0x77 }),
    );
  }

  test('RFC 4733 digits are collected up to the terminator', async () => {
    const result = engine.gather(leg, { maxDigits: 8, terminators: '#', firstDigitTimeoutMs: 2000 });
    let seq = 1000;
    for (const [i, event] of [4, 2, 11].entries()) {
      const packets = keyPress(event, 8000 * (i + 1), seq);
      seq += packets.length;
      await sendAll((p) => phone.send(p, leg.local.port), packets);
    }
    expect(await result).toEqual({ status: 'completed', digits: '42', terminator: '#', timedOut: false });
  });

  test('the first-digit timeout ends an empty entry, then the inter-digit timeout a partial one', async () => {
    const t0 = performance.now();
    expect(await engine.gather(leg, { maxDigits: 4, firstDigitTimeoutMs: 150 })).toMatchObject({
      status: 'timeout',
      digits: '',
    });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(145);

    const partial = engine.gather(leg, { maxDigits: 4, minDigits: 1, interDigitTimeoutMs: 150 });
    await sendAll((p) => phone.send(p, leg.local.port), keyPress(9, 16_000, 2000));
    expect(await partial).toEqual({ status: 'completed', digits: '9', timedOut: true });
  });

  test('SIP INFO digits injected by the B2BUA count like RFC 4733 ones', async () => {
    const result = engine.gather(leg, { maxDigits: 3 });
    engine.injectDigit(leg, '1', 250);
    engine.injectDigit(leg, '*');
    engine.injectDigit(leg, 'd');
    expect(await result).toMatchObject({ status: 'completed', digits: '1*D' });
    expect(() => engine.injectDigit(leg, 'x')).toThrow(/DTMF/);
  });

  test('a key pressed during the prompt stops it (barge-in) and counts', async () => {
    const result = engine.gather(leg, { maxDigits: 1, prompt: 'system/prompts/service-unavailable.wav' });
    await waitFor(() => phone.rtpReceived.length >= 5, 2000, 'prompt');
    await sendAll((p) => phone.send(p, leg.local.port), keyPress(7, 24_000, 3000));
    expect(await result).toMatchObject({ digits: '7' });
    const heard = phone.rtpReceived.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(phone.rtpReceived.length).toBeLessThanOrEqual(heard + 1);
  });
});

describe('MediaEngine record', { timeout: 15_000 }, () => {
  test('what the phone sends is written to the blob store as an 8 kHz WAV, lost packets as silence', async () => {
    const blobStore = new BlobStore({
      s3: createS3Client({ forcePathStyle: process.env.CARILLON_S3_FORCE_PATH_STYLE === 'true' }),
      bucketPrefix: process.env.CARILLON_BUCKET_PREFIX ?? '',
      cursors: new CursorCodec('media-engine-int-test'),
    });
    const tenantId = newId('tnt');
    const recording = engine.record(leg, { blobStore, tenantId, key: 'rec-1.wav' });
    const tone = tonePackets({
      frequency: 1000,
      levelDbfs: -12,
      durationMs: 1000,
      law: 'alaw',
      payloadType: 8,
    });
    await sendAll(
      (p) => phone.send(p, leg.local.port),
      tone.filter((_, i) => i !== 20),
    );
    await waitFor(() => leg.stats().packetsReceived === 49, 2000, 'packets at the relay');

    expect(await recording.stop()).toMatchObject({ key: 'rec-1.wav', durationMs: 1000 });
    const { bytes } = await blobStore.getBytes({ tenantId }, { kind: 'recording', id: 'rec-1.wav' });
    const wav = readWav(bytes);
    expect(wav.sampleRate).toBe(8000);
    expect(wav.samples.length).toBe(8000);
    const heard = detectTone(wav.samples, 8000);
    expect(heard?.frequency).toBeCloseTo(1000, 0);
    expect(heard?.levelDbfs).toBeCloseTo(-12, 0);
    expect(signalLevelDbfs(wav.samples.subarray(20 * 160, 21 * 160))).toBe(Number.NEGATIVE_INFINITY);
  });
});
