import { describe, expect, it } from 'vitest';
import { decodeG711, encodeG711, type G711Law } from '../g711';
import { generateSine, generateTone } from './generator';
import { detectTone, goertzelPowers, measureToneLevel, signalLevelDbfs } from './goertzel';

/** Deterministic uniform white noise (xorshift32), so a failure reproduces. */
function whiteNoise(length: number, amplitude: number, seed = 1): Int16Array {
  let state = seed;
  const out = new Int16Array(length);
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = Math.round(((state >>> 0) / 0xffffffff - 0.5) * 2 * amplitude);
  }
  return out;
}

describe('goertzelPowers', () => {
  it('reports A²/2 at the tone frequency and next to nothing a DTMF spacing away', () => {
    // 1000 Hz fits 1 s exactly: no leakage, so the figures are exact
    const samples = generateSine(1000, -6, { durationMs: 1000 });
    const amplitude = 32768 * 10 ** (-6 / 20);
    const [at, off] = goertzelPowers(samples, 8000, [1000, 1077]);
    expect(at! / (amplitude ** 2 / 2)).toBeCloseTo(1, 3);
    expect(off! / at!).toBeLessThan(1e-4);
  });
});

describe('levels', () => {
  it('measures a sine of amplitude A as 20·log10(A/32768) both ways', () => {
    const samples = generateSine(440, -20, { durationMs: 500 });
    expect(signalLevelDbfs(samples)).toBeCloseTo(-20, 1);
    expect(measureToneLevel(samples, 8000, 440)).toBeCloseTo(-20, 1);
  });

  it('measures each half of a dual tone separately', () => {
    const samples = generateTone(
      [
        { frequency: 350, levelDbfs: -16 },
        { frequency: 440, levelDbfs: -22 },
      ],
      { durationMs: 500 },
    );
    expect(measureToneLevel(samples, 8000, 350)).toBeCloseTo(-16, 1);
    expect(measureToneLevel(samples, 8000, 440)).toBeCloseTo(-22, 1);
    expect(measureToneLevel(samples, 8000, 1000)).toBeLessThan(-70);
  });
});

describe('detectTone', () => {
  it.each<G711Law>(['mulaw', 'alaw'])('finds a 1 kHz −10 dBFS tone after %s encode/decode', (law) => {
    const sent = generateSine(1000, -10, { durationMs: 200 });
    const received = decodeG711(encodeG711(sent, law), law);
    const tone = detectTone(received, 8000);
    expect(tone).not.toBeNull();
    expect(Math.abs(tone!.frequency - 1000)).toBeLessThan(0.5);
    expect(Math.abs(tone!.levelDbfs - -10)).toBeLessThan(0.3);
    expect(tone!.purity).toBeGreaterThan(0.99);
  });

  it.each([
    [8000, 425],
    [16000, 3150.5],
    [48000, 12345],
    [22050, 697],
  ])('pins the frequency at %i Hz sampling to within 0.2 Hz (%f Hz)', (sampleRate, frequency) => {
    const tone = detectTone(generateSine(frequency, -30, { durationMs: 100, sampleRate }), sampleRate);
    expect(tone!.frequency).toBeCloseTo(frequency, 0);
    expect(Math.abs(tone!.frequency - frequency)).toBeLessThan(0.2);
    expect(tone!.levelDbfs).toBeCloseTo(-30, 0);
  });

  it('finds the stronger of two tones', () => {
    const samples = generateTone(
      [
        { frequency: 480, levelDbfs: -20 },
        { frequency: 620, levelDbfs: -14 },
      ],
      { durationMs: 300 },
    );
    expect(detectTone(samples, 8000)?.frequency).toBeCloseTo(620, 0);
  });

  it('finds a tone 20 dB above white noise', () => {
    const tone = generateSine(2000, -20, { durationMs: 500 });
    const noise = whiteNoise(tone.length, 32768 * 10 ** (-40 / 20) * Math.sqrt(3));
    const mixed = tone.map((v, i) => v + noise[i]!);
    expect(detectTone(mixed, 8000)?.frequency).toBeCloseTo(2000, 0);
  });

  it.each([
    ['digital silence', new Int16Array(8000)],
    ['μ-law silence', decodeG711(Buffer.alloc(8000, 0xff), 'mulaw')],
    ['A-law silence (a constant +8)', decodeG711(Buffer.alloc(8000, 0xd5), 'alaw')],
    ['±1 LSB noise', whiteNoise(8000, 1)],
    ['loud white noise, 1 s', whiteNoise(8000, 20000, 7)],
    ['loud white noise, 100 ms', whiteNoise(800, 20000, 9)],
    ['white noise at 48 kHz', whiteNoise(48000, 10000, 3)],
  ])('reports no tone for %s', (_name, samples) => {
    expect(detectTone(samples, samples.length === 48000 ? 48000 : 8000)).toBeNull();
  });

  it('reports no tone for many different noise blocks of 50 ms', () => {
    const hits = Array.from({ length: 200 }, (_, seed) =>
      detectTone(whiteNoise(400, 16000, seed + 11), 8000),
    );
    expect(hits.filter((h) => h !== null)).toEqual([]);
  });
});

describe('detectTone on a recording with silence around the tone', () => {
  it.each<G711Law>(['mulaw', 'alaw'])('measures the tone, not the silence, through %s', (law) => {
    const tone = generateSine(1000, -12, { durationMs: 500 });
    const recording = new Int16Array(8000);
    recording.set(tone, 2400); // 300 ms of silence, 500 ms of tone, 200 ms of silence
    const received = decodeG711(encodeG711(recording, law), law);
    const found = detectTone(received, 8000);
    expect(Math.abs(found!.frequency - 1000)).toBeLessThan(0.5);
    expect(Math.abs(found!.levelDbfs - -12)).toBeLessThan(0.3);
    expect(found!.purity).toBeGreaterThan(0.98);
  });
});
