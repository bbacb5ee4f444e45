import { describe, expect, it } from 'vitest';
import { decodeG711, encodeG711, type G711Law } from '../g711';
import type { DtmfDigit } from '../telephone-event';
import { DtmfDetector, detectDtmfDigits, dtmfFrequencies, generateDtmf, generateDtmfSequence } from './dtmf';
import { generateSine, generateTone } from './generator';
import { measureToneLevel } from './goertzel';

const ALL = '123A456B789C*0#D';
const g711 = (samples: Int16Array, law: G711Law) => decodeG711(encodeG711(samples, law), law);
const silence = (ms: number, rate = 8000) => new Int16Array((ms * rate) / 1000);
const concat = (...parts: Int16Array[]) => {
  const out = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const pair = (low: number, high: number, lowDb: number, highDb: number, durationMs = 60) =>
  generateTone(
    [
      { frequency: low, levelDbfs: lowDb },
      { frequency: high, levelDbfs: highDb },
    ],
    { durationMs },
  );

describe('DTMF tones (ITU-T Q.23)', () => {
  it('pairs each key with its row and column frequency', () => {
    expect(dtmfFrequencies('1')).toEqual([697, 1209]);
    expect(dtmfFrequencies('0')).toEqual([941, 1336]);
    expect(dtmfFrequencies('#')).toEqual([941, 1477]);
    expect(dtmfFrequencies('D')).toEqual([941, 1633]);
  });

  it('generates both frequencies, the high group 2 dB above the low', () => {
    const tone = generateDtmf('5', { durationMs: 200 });
    const low = measureToneLevel(tone, 8000, 770);
    const high = measureToneLevel(tone, 8000, 1336);
    expect(high - low).toBeCloseTo(2, 1);
    expect(low).toBeCloseTo(-11 - 3.14, 1);
  });
});

describe('DtmfDetector (ITU-T Q.24)', () => {
  it.each<G711Law>(['mulaw', 'alaw'])('reads all sixteen keys, 50 ms each, through %s', (law) => {
    const audio = g711(generateDtmfSequence(ALL, { durationMs: 50, pauseMs: 50 }), law);
    expect(detectDtmfDigits(audio)).toBe(ALL);
  });

  it('reads digits at 16 and 48 kHz', () => {
    for (const sampleRate of [16000, 48000]) {
      expect(
        detectDtmfDigits(
          generateDtmfSequence('907#', { sampleRate, durationMs: 60, pauseMs: 60 }),
          sampleRate,
        ),
      ).toBe('907#');
    }
  });

  it('gives the same answer whatever the chunking', () => {
    const audio = generateDtmfSequence('2580', { durationMs: 70, pauseMs: 45 });
    const detector = new DtmfDetector();
    const found = [];
    for (let at = 0; at < audio.length; at += 37) found.push(...detector.push(audio.subarray(at, at + 37)));
    expect(found.map((d) => d.digit).join('')).toBe('2580');
    // the first digit starts at the first block boundary inside it, 0
    expect(found[0]?.startSample).toBe(0);
  });

  it('reads the same key twice across a 60 ms pause', () => {
    expect(detectDtmfDigits(generateDtmfSequence('55', { durationMs: 45, pauseMs: 60 }))).toBe('55');
  });

  it('reports a long key press once', () => {
    expect(detectDtmfDigits(generateDtmf('8', { durationMs: 2000 }))).toBe('8');
  });

  it('does not split a digit at a 10 ms interruption', () => {
    const audio = concat(
      generateDtmf('3', { durationMs: 60 }),
      silence(10),
      generateDtmf('3', { durationMs: 60 }),
    );
    expect(detectDtmfDigits(audio)).toBe('3');
  });

  it('accepts every tone of 40 ms whatever its alignment, rejects 20 ms ones', () => {
    for (let lead = 0; lead < 102; lead += 3) {
      expect(detectDtmfDigits(concat(new Int16Array(lead), generateDtmf('6', { durationMs: 40 })))).toBe('6');
      expect(
        detectDtmfDigits(concat(new Int16Array(lead), generateDtmf('6', { durationMs: 20 }), silence(50))),
      ).toBe('');
    }
  });

  it('accepts a frequency deviation of 1.5 % (Q.24 must-accept)', () => {
    const [low, high] = dtmfFrequencies('9' as DtmfDigit);
    expect(detectDtmfDigits(pair(low * 1.015, high * 0.985, -14, -12))).toBe('9');
  });

  it.each([
    ['high group 6 dB stronger (normal twist)', -20, -14, '5'],
    ['high group 10 dB stronger', -24, -14, ''],
    ['low group 3 dB stronger (reverse twist)', -14, -17, '5'],
    ['low group 6 dB stronger', -14, -20, ''],
    ['both at −30 dBFS', -30, -30, '5'],
    ['both at −45 dBFS, too weak', -45, -45, ''],
  ])('with %s reads "%s"', (_case, lowDb, highDb, expected) => {
    expect(detectDtmfDigits(pair(770, 1336, lowDb, highDb))).toBe(expected);
  });

  it.each([
    ['a single 770 Hz tone', generateSine(770, -10, { durationMs: 300 })],
    ['a 1 kHz test tone', generateSine(1000, -10, { durationMs: 300 })],
    ['two tones of the same group', pair(697, 852, -12, -12, 300)],
    ['dial tone 350 + 440 Hz', pair(350, 440, -13, -13, 300)],
    ['silence', silence(300)],
  ])('finds nothing in %s', (_name, audio) => {
    expect(detectDtmfDigits(audio)).toBe('');
  });

  it('finds nothing in white noise', () => {
    let state = 99;
    const noise = Int16Array.from({ length: 16000 }, () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return ((state >>> 0) / 0xffffffff - 0.5) * 20000;
    });
    expect(detectDtmfDigits(noise)).toBe('');
  });
});
