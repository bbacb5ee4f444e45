import { describe, expect, it } from 'vitest';
import {
  ALAW_SILENCE,
  alawToLinear,
  dbm0ToDbfs,
  decodeG711,
  encodeG711,
  type G711Law,
  linearToAlaw,
  linearToMulaw,
  MULAW_SILENCE,
  mulawToLinear,
  transcodeG711,
} from './g711';

function sine(frequency: number, amplitude: number, length: number): Int16Array {
  const out = new Int16Array(length);
  for (let i = 0; i < length; i++)
    out[i] = Math.round(amplitude * Math.sin((2 * Math.PI * frequency * i) / 8000));
  return out;
}

describe('μ-law (G.711 Table 2a, G.191 reference rounding)', () => {
  it.each([
    [0, 0xff], // positive zero
    [-1, 0x7f], // one's complement: −1 is the negative zero code
    [-8, 0x7e], // 14-bit −2 lies between decision values 1 and 3 → first step
    [8, 0xfe],
    [32767, 0x80],
    [-32768, 0x00],
  ])('encodes %i as code %i', (sample, code) => {
    expect(linearToMulaw(sample)).toBe(code);
  });

  it.each([
    [0xff, 0],
    [0x7f, 0],
    [0x80, 32124], // the largest reconstruction value, (8031 + 4) · 4
    [0x00, -32124],
    [0xfe, 8], // first step: 14-bit value 2
  ])('decodes code %i as %i', (code, sample) => {
    expect(mulawToLinear(code)).toBe(sample);
  });

  it('follows the μ = 255 companding curve of G.711 §3 within two codes', () => {
    for (let x = 0; x <= 32000; x += 37) {
      const ideal = (127 * Math.log1p((255 * x) / 32768)) / Math.log1p(255);
      const index = 0x7f - (linearToMulaw(x) & 0x7f); // codes are inverted, index grows with level
      expect(Math.abs(index - ideal)).toBeLessThanOrEqual(2);
    }
  });
});

describe('A-law (G.711 Table 1a, G.191 reference rounding)', () => {
  it.each([
    [0, 0xd5],
    [-1, 0x55],
    [32767, 0xaa],
    [-32768, 0x2a],
  ])('encodes %i as code %i', (sample, code) => {
    expect(linearToAlaw(sample)).toBe(code);
  });

  it.each([
    [0xd5, 8], // half a step above zero: A-law has no zero code
    [0x55, -8],
    [0xaa, 32256], // largest reconstruction value, 4032 · 8
    [0x2a, -32256],
  ])('decodes code %i as %i', (code, sample) => {
    expect(alawToLinear(code)).toBe(sample);
  });

  it('follows the A = 87.6 companding curve of G.711 §2 within two codes', () => {
    const A = 87.6;
    for (let x = 0; x <= 32000; x += 37) {
      const v = x / 32768;
      const y = v < 1 / A ? (A * v) / (1 + Math.log(A)) : (1 + Math.log(A * v)) / (1 + Math.log(A));
      const index = (linearToAlaw(x) ^ 0x55) & 0x7f;
      expect(Math.abs(index - 127 * y)).toBeLessThanOrEqual(2);
    }
  });
});

describe.each<G711Law>(['mulaw', 'alaw'])('%s buffers', (law) => {
  it('is monotonic over all 65536 inputs and errs by at most half a quantisation step', () => {
    const all = new Int16Array(65536);
    for (let i = 0; i < all.length; i++) all[i] = i - 32768;
    const decoded = decodeG711(encodeG711(all, law), law);
    // the reconstruction levels of the law, sorted; a step is the gap between neighbours
    const levels = [
      ...new Set(
        decodeG711(
          Uint8Array.from({ length: 256 }, (_, i) => i),
          law,
        ),
      ),
    ].sort((a, b) => a - b);
    const truncation = law === 'mulaw' ? 4 : 8; // the law sees 14 / 13 of the 16 bits
    const violations: number[] = [];
    for (let i = 0; i < all.length; i++) {
      const x = all[i]!;
      const y = decoded[i]!;
      if (i > 0 && y < decoded[i - 1]!) violations.push(x);
      const at = levels.indexOf(y);
      const outermost = at === 0 || at === levels.length - 1;
      const halfStep = Math.max(y - (levels[at - 1] ?? y), (levels[at + 1] ?? y) - y) / 2;
      if (!outermost && Math.abs(y - x) > halfStep + truncation) violations.push(x);
    }
    expect(violations).toEqual([]);
  });

  it('keeps a −10 dBFS 1 kHz sine above the 35 dB signal-to-distortion of G.712', () => {
    const input = sine(1000, 32768 * 10 ** (-10 / 20), 8000);
    const output = decodeG711(encodeG711(input, law), law);
    let signal = 0;
    let noise = 0;
    for (let i = 0; i < input.length; i++) {
      signal += input[i]! ** 2;
      noise += (output[i]! - input[i]!) ** 2;
    }
    expect(10 * Math.log10(signal / noise)).toBeGreaterThan(35);
  });

  it('encodes digital silence as the silence code', () => {
    const silence = law === 'mulaw' ? MULAW_SILENCE : ALAW_SILENCE;
    expect([...encodeG711(new Int16Array(4), law)]).toEqual([silence, silence, silence, silence]);
  });
});

describe('transcodeG711', () => {
  it('maps silence to silence and keeps every value within one step of the other law', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const toA = transcodeG711(all, 'mulaw', 'alaw');
    expect(toA[MULAW_SILENCE]).toBe(ALAW_SILENCE);
    for (let code = 0; code < 256; code++) {
      const before = mulawToLinear(code);
      const after = alawToLinear(toA[code]!);
      expect(Math.abs(after - before)).toBeLessThanOrEqual(Math.max(16, Math.abs(before) / 16));
    }
    expect(transcodeG711(Buffer.from([ALAW_SILENCE]), 'alaw', 'mulaw')[0]).toBe(linearToMulaw(8));
  });
});

describe('dbm0ToDbfs', () => {
  it('puts 0 dBm0 3.14 dB under full scale for A-law, as G.711 §4 defines its overload', () => {
    expect(dbm0ToDbfs(0, 'alaw')).toBeCloseTo(-3.14, 2);
    expect(dbm0ToDbfs(-10, 'mulaw')).toBeCloseTo(-13.2, 1);
  });
});
