import { describe, expect, it } from 'vitest';
import { generateSine, generateTone, renderCadencedTone, renderTone } from './generator';

describe('tone generator', () => {
  it('produces a sine of amplitude 32768·10^(dB/20) at the right sample count', () => {
    const samples = generateSine(1000, -6, { durationMs: 20, sampleRate: 16000 });
    expect(samples.length).toBe(320);
    const amplitude = 32768 * 10 ** (-6 / 20);
    // at 16 kHz, 1 kHz has a period of 16 samples: sample 4 is the crest, sample 12 the trough
    expect(samples[4]).toBe(Math.round(amplitude));
    expect(samples[12]).toBe(-Math.round(amplitude));
    expect(samples[0]).toBe(0);
  });

  it('renders frame by frame without a phase jump', () => {
    const whole = generateSine(425, -10, { durationMs: 60 });
    const frames = new Int16Array(480);
    for (let f = 0; f < 3; f++)
      renderTone(
        [{ frequency: 425, levelDbfs: -10 }],
        8000,
        frames.subarray(f * 160, f * 160 + 160),
        f * 160,
      );
    expect(frames).toEqual(whole);
  });

  it('clips a sum beyond 16 bits instead of wrapping', () => {
    const loud = generateTone(
      [
        { frequency: 100, levelDbfs: 0 },
        { frequency: 100, levelDbfs: 0 },
      ],
      { durationMs: 10 },
    );
    expect(Math.max(...loud)).toBe(32767);
    expect(Math.min(...loud)).toBe(-32768);
  });

  it('refuses a frequency at or above half the sample rate', () => {
    expect(() => generateSine(4000, -10, { durationMs: 10 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('silences the off parts of a cadence and repeats it', () => {
    // 10 ms on, 20 ms off at 8 kHz: 80 samples on, 160 off, cycle 240
    const out = renderCadencedTone([{ frequency: 1000, levelDbfs: -6 }], [10, 20], 8000, new Int16Array(600));
    const on = (from: number, to: number) => out.subarray(from, to).some((v) => v !== 0);
    expect(on(0, 80)).toBe(true);
    expect(on(80, 240)).toBe(false);
    expect(on(240, 320)).toBe(true);
    expect(on(320, 480)).toBe(false);
  });
});
