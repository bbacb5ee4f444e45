import { detectTone } from '@carillon/rtp';
import { describe, expect, test } from 'vitest';
import { callProgressToneFor, FRAME_SAMPLES, SamplesSource, ToneSource } from './frame-source';

function drain(source: { next(out: Int16Array): boolean }): Int16Array[] {
  const frames: Int16Array[] = [];
  for (let frame = new Int16Array(FRAME_SAMPLES); source.next(frame); frame = new Int16Array(FRAME_SAMPLES)) {
    frames.push(frame);
    if (frames.length > 10_000) throw new Error('source never ends');
  }
  return frames;
}

describe('SamplesSource', () => {
  test('plays the samples loop times, the last frame padded with silence', () => {
    const samples = Int16Array.from({ length: 250 }, (_, i) => i + 1);
    const frames = drain(new SamplesSource(samples, 2)); // 500 samples → 4 frames
    expect(frames).toHaveLength(4);
    expect(frames[1]?.[89]).toBe(250); // end of the first pass …
    expect(frames[1]?.[90]).toBe(1); // … the second starts without a gap
    expect(frames[3]?.[19]).toBe(250);
    expect(frames[3]?.[20]).toBe(0);
  });
});

describe('ToneSource', () => {
  test('busy tone (DE) runs its cadence cycles: 480 ms on, 480 ms off, 425 Hz', () => {
    const frames = drain(new ToneSource(callProgressToneFor('busy', 'DE', 'DE'), 'alaw', 2));
    expect(frames).toHaveLength(Math.ceil((2 * 960) / 20));
    const on = Int16Array.from(frames.slice(0, 24).flatMap((f) => [...f]));
    expect(detectTone(on, 8000)?.frequency).toBeCloseTo(425, 0);
    const off = frames.slice(25, 47).every((f) => f.every((s) => s === 0));
    expect(off).toBe(true);
  });

  test('an unknown country falls back to the default plan instead of failing', () => {
    expect(callProgressToneFor('ringback', 'ZZ', 'US').frequencies).toEqual([440, 480]);
  });
});
