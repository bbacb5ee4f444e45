import { describe, expect, it } from 'vitest';
import { decodeG711, encodeG711 } from '../g711';
import {
  CALL_PROGRESS_TONES,
  type CallProgressCountry,
  callProgressTone,
  renderCallProgressTone,
} from './call-progress';
import { detectTone, measureToneLevel, signalLevelDbfs } from './goertzel';

/** On/off per 10 ms slice, as a string of 1 and 0. */
function cadenceOf(samples: Int16Array, sliceMs = 10): string {
  const slice = (8000 * sliceMs) / 1000;
  let pattern = '';
  for (let at = 0; at + slice <= samples.length; at += slice) {
    pattern += signalLevelDbfs(samples.subarray(at, at + slice)) > -50 ? '1' : '0';
  }
  return pattern;
}
const run = (n: number, c: string) => c.repeat(n);

describe('call-progress tones (ITU-T E.180 Supplement 2)', () => {
  it('has dial, ringback, busy, congestion and call-waiting tones for DE, NL, GB, US and FR', () => {
    for (const country of ['DE', 'NL', 'GB', 'US', 'FR'] as CallProgressCountry[]) {
      const tones = CALL_PROGRESS_TONES[country];
      expect(Object.keys(tones).sort()).toEqual(['busy', 'callWaiting', 'congestion', 'dial', 'ringback']);
      expect(tones.dial.cadenceMs).toEqual([]); // dial tone is continuous everywhere
      for (const tone of Object.values(tones)) expect(tone.cadenceMs.length % 2).toBe(0);
    }
  });

  it('renders the German busy tone: 425 Hz, 480 ms on, 480 ms off', () => {
    const samples = renderCallProgressTone(callProgressTone('DE', 'busy'), 8000, new Int16Array(8000 * 2));
    expect(cadenceOf(samples)).toBe(run(2, run(48, '1') + run(48, '0')) + run(8, '1'));
    expect(detectTone(samples.subarray(0, 3840), 8000)?.frequency).toBeCloseTo(425, 0);
  });

  it('renders the British ringback double ring: 400 on, 200 off, 400 on, 2000 off', () => {
    const samples = renderCallProgressTone(
      callProgressTone('GB', 'ringback'),
      8000,
      new Int16Array(8000 * 3),
    );
    expect(cadenceOf(samples, 50)).toBe(`${run(8, '1')}${run(4, '0')}${run(8, '1')}${run(40, '0')}`);
  });

  it('renders the US dial tone as 350 + 440 Hz, each at −13 dBm0, through μ-law', () => {
    const pcm = renderCallProgressTone(
      callProgressTone('US', 'dial'),
      8000,
      new Int16Array(4000),
      0,
      'mulaw',
    );
    const received = decodeG711(encodeG711(pcm, 'mulaw'), 'mulaw');
    const expected = -13 - 3.2; // dBm0 → dBFS for μ-law
    expect(measureToneLevel(received, 8000, 350)).toBeCloseTo(expected, 0);
    expect(measureToneLevel(received, 8000, 440)).toBeCloseTo(expected, 0);
  });

  it('continues a cadence from any absolute sample, 20 ms at a time', () => {
    const spec = callProgressTone('NL', 'congestion');
    const whole = renderCallProgressTone(spec, 8000, new Int16Array(8000));
    const framed = new Int16Array(8000);
    for (let at = 0; at < 8000; at += 160)
      renderCallProgressTone(spec, 8000, framed.subarray(at, at + 160), at);
    expect(framed).toEqual(whole);
  });
});
