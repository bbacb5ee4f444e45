import { describe, expect, it } from 'vitest';
import { resample } from './resample';
import { generateSine, generateTone } from './tones/generator';
import { detectTone, measureToneLevel, signalLevelDbfs } from './tones/goertzel';

/** The middle of a signal, away from the filter's start-up and tail. */
const middle = (s: Int16Array) => s.subarray(Math.floor(s.length * 0.1), Math.floor(s.length * 0.9));

describe('resample', () => {
  it.each([
    [48000, 8000],
    [16000, 8000],
    [22050, 8000],
    [44100, 8000],
    [8000, 16000],
    [8000, 48000],
  ])('keeps a 1 kHz −10 dBFS tone at frequency and level, %i → %i Hz', (from, to) => {
    const input = generateSine(1000, -10, { durationMs: 500, sampleRate: from });
    const output = resample(input, from, to);
    expect(output.length).toBe(Math.ceil((input.length * to) / from));
    const tone = detectTone(middle(output), to);
    expect(Math.abs(tone!.frequency - 1000)).toBeLessThan(0.2);
    expect(Math.abs(tone!.levelDbfs - -10)).toBeLessThan(0.1);
  });

  it('passes 300–3400 Hz within 0.1 dB from 22.05 kHz (espeak-ng) to 8 kHz', () => {
    for (const frequency of [300, 2000, 3000, 3400]) {
      const output = resample(
        generateSine(frequency, -12, { durationMs: 400, sampleRate: 22050 }),
        22050,
        8000,
      );
      expect(Math.abs(measureToneLevel(middle(output), 8000, frequency) - -12)).toBeLessThan(0.1);
    }
  });

  it.each([
    [48000, 4400],
    [48000, 7000],
    [48000, 20000],
    [22050, 6000],
    [16000, 4500],
  ])('removes what would alias at %i Hz: %i Hz is ≥ 60 dB down', (from, frequency) => {
    const output = resample(generateSine(frequency, -6, { durationMs: 400, sampleRate: from }), from, 8000);
    expect(signalLevelDbfs(middle(output))).toBeLessThan(-66);
  });

  it('adds no image when upsampling 8 → 48 kHz', () => {
    const output = resample(generateSine(1000, -6, { durationMs: 400 }), 8000, 48000);
    // the images of 1 kHz sit at 8 k ± 1 kHz and 16 k ± 1 kHz
    for (const image of [7000, 9000, 15000, 17000]) {
      expect(measureToneLevel(middle(output), 48000, image)).toBeLessThan(-70);
    }
  });

  it('keeps DC at unity gain and returns a copy at equal rates', () => {
    const dc = new Int16Array(4410).fill(1000);
    const output = resample(dc, 44100, 8000);
    expect([...middle(output)].every((v) => v === 1000)).toBe(true);
    const same = generateTone([{ frequency: 440, levelDbfs: -3 }], { durationMs: 10 });
    const copy = resample(same, 8000, 8000);
    expect(copy).toEqual(same);
    expect(copy).not.toBe(same);
  });
});
