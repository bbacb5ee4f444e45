import { describe, expect, it } from 'vitest';
import { mixConference } from './mixer';
import { generateSine } from './tones/generator';
import { detectTone, measureToneLevel } from './tones/goertzel';

const constant = (value: number, length = 4) => new Int16Array(length).fill(value);

describe('mixConference', () => {
  it('gives each participant the sum of the others', () => {
    const mix = mixConference(
      new Map([
        ['a', constant(1000)],
        ['b', constant(2000)],
        ['c', constant(-500)],
      ]),
      4,
    );
    expect([...mix.forParticipant('a')]).toEqual([1500, 1500, 1500, 1500]);
    expect([...mix.forParticipant('b')]).toEqual([500, 500, 500, 500]);
    expect([...mix.forParticipant('c')]).toEqual([3000, 3000, 3000, 3000]);
    expect([...mix.forParticipant('recorder')]).toEqual([2500, 2500, 2500, 2500]);
    expect([...mix.total]).toEqual([2500, 2500, 2500, 2500]);
  });

  it('clips a loud sum instead of wrapping, and subtracts before clipping', () => {
    const mix = mixConference(
      new Map([
        ['a', constant(30000)],
        ['b', constant(30000)],
        ['c', constant(-30000, 2)], // short frame: silence for the rest
      ]),
      4,
    );
    expect([...mix.forParticipant('c')]).toEqual([32767, 32767, 32767, 32767]);
    expect([...mix.forParticipant('a')]).toEqual([0, 0, 30000, 30000]);
    expect([...mix.total]).toEqual([30000, 30000, 32767, 32767]);
  });

  it('does not echo a speaker’s own tone back', () => {
    const mix = mixConference(
      new Map([
        ['alice', generateSine(1000, -12, { durationMs: 100 })],
        ['bob', generateSine(600, -12, { durationMs: 100 })],
      ]),
      800,
    );
    expect(detectTone(mix.forParticipant('alice'), 8000)?.frequency).toBeCloseTo(600, 0);
    expect(measureToneLevel(mix.forParticipant('alice'), 8000, 1000)).toBeLessThan(-90);
    expect(detectTone(mix.forParticipant('bob'), 8000)?.frequency).toBeCloseTo(1000, 0);
  });
});
