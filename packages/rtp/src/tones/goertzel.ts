import { RtpError } from '../errors';
import { amplitudeToDbfs } from './generator';

type Samples = ArrayLike<number>;

/**
 * |X(f)| of `samples[start, start + length)` by the Goertzel recursion, evaluated at any
 * frequency (not only DFT bins), optionally weighted by `window`.
 */
function goertzelMagnitude(
  samples: Samples,
  sampleRate: number,
  frequency: number,
  start: number,
  length: number,
  window?: Float64Array,
): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * frequency) / sampleRate);
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < length; i++) {
    const x = window ? samples[start + i]! * window[i]! : samples[start + i]!;
    const s0 = x + coefficient * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  const power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
  return Math.sqrt(Math.max(0, power));
}

function hann(length: number): Float64Array {
  const w = new Float64Array(length);
  for (let i = 0; i < length; i++) w[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / length);
  return w;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * Mean-square power (A²/2 for a sine of amplitude A) of each frequency in a block, by the Goertzel
 * algorithm with a rectangular window — the classic DTMF-receiver measurement.
 */
export function goertzelPowers(
  samples: Samples,
  sampleRate: number,
  frequencies: readonly number[],
): number[] {
  const n = samples.length;
  if (n === 0) return frequencies.map(() => 0);
  return frequencies.map((f) => {
    const amplitude = (2 * goertzelMagnitude(samples, sampleRate, f, 0, n)) / n;
    return (amplitude * amplitude) / 2;
  });
}

/**
 * The amplitude of the component at `frequency` (Hann-windowed, so a neighbouring tone or the
 * block edges leak little into it), in dBFS (0 dBFS = sine of amplitude 32768).
 */
export function measureToneLevel(samples: Samples, sampleRate: number, frequency: number): number {
  if (samples.length === 0) return Number.NEGATIVE_INFINITY;
  const window = hann(samples.length);
  const amplitude =
    (2 * goertzelMagnitude(samples, sampleRate, frequency, 0, samples.length, window)) / sum(window);
  return amplitudeToDbfs(amplitude);
}

/** RMS level expressed like a sine's level: a sine of amplitude A measures 20·log10(A/32768). */
export function signalLevelDbfs(samples: Samples): number {
  if (samples.length === 0) return Number.NEGATIVE_INFINITY;
  let energy = 0;
  for (let i = 0; i < samples.length; i++) energy += samples[i]! * samples[i]!;
  return amplitudeToDbfs(Math.sqrt((2 * energy) / samples.length));
}

export interface DetectedTone {
  /** Frequency of the strongest component, Hz. */
  readonly frequency: number;
  /** Level of that component, dBFS. */
  readonly levelDbfs: number;
  /** Share of the signal's power (DC removed) in that component, 0–1. A clean tone is near 1. */
  readonly purity: number;
}

export interface DetectToneOptions {
  /** Below this overall level the signal counts as silence. Default −80 dBFS. */
  readonly minLevelDbfs?: number;
  /**
   * Minimum share of the power in the strongest component. Default 0.35: a single tone, even
   * after G.711, scores above 0.99 and each half of an equal dual tone about 0.5, while white noise
   * of 20 ms or more stays below 0.2.
   */
  readonly minPurity?: number;
  readonly minFrequency?: number;
  readonly maxFrequency?: number;
}

/** In-place radix-2 FFT (power-of-two length). */
function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const angle = (-2 * Math.PI) / size;
    const wRe = Math.cos(angle);
    const wIm = Math.sin(angle);
    for (let start = 0; start < n; start += size) {
      let uRe = 1;
      let uIm = 0;
      for (let k = 0; k < size / 2; k++) {
        const a = start + k;
        const b = a + size / 2;
        const tRe = re[b]! * uRe - im[b]! * uIm;
        const tIm = re[b]! * uIm + im[b]! * uRe;
        re[b] = re[a]! - tRe;
        im[b] = im[a]! - tIm;
        re[a] = re[a]! + tRe;
        im[a] = im[a]! + tIm;
        const next = uRe * wRe - uIm * wIm;
        uIm = uRe * wIm + uIm * wRe;
        uRe = next;
      }
    }
  }
}

const MAX_FFT = 1 << 16;

/**
 * The samples between the first and last 5 ms slice within 30 dB of the loudest slice, so silence
 * before and after a tone (call set-up, the end of a recording) neither lowers its measured level
 * nor its purity. Gaps inside the span (a cadence) still count.
 */
function activeSpan(samples: Samples, sampleRate: number): { start: number; end: number } {
  const n = samples.length;
  const slice = Math.max(1, Math.round(sampleRate * 0.005));
  let mean = 0;
  for (let i = 0; i < n; i++) mean += samples[i]!;
  mean /= n || 1;
  const powers: number[] = [];
  for (let at = 0; at < n; at += slice) {
    let energy = 0;
    const end = Math.min(n, at + slice);
    for (let i = at; i < end; i++) energy += (samples[i]! - mean) ** 2;
    powers.push(energy / (end - at));
  }
  let loudest = 0;
  for (const p of powers) if (p > loudest) loudest = p;
  const floor = loudest / 1000;
  const first = powers.findIndex((p) => p > floor);
  if (first < 0) return { start: 0, end: n };
  const last = powers.findLastIndex((p) => p > floor);
  return { start: first * slice, end: Math.min(n, (last + 1) * slice) };
}

/**
 * Finds the dominant tone in a block of PCM: a zero-padded, Hann-windowed FFT locates the peak,
 * then a golden-section search of the windowed Goertzel magnitude pins its frequency to a fraction
 * of a hertz and gives its amplitude. Silence before and after the tone is left out of the
 * measurement. Returns `null` for silence and for signals without a dominant component (noise,
 * speech mixtures). Works best on 50 ms or more.
 */
export function detectTone(
  samples: Samples,
  sampleRate: number,
  options: DetectToneOptions = {},
): DetectedTone | null {
  if (!(sampleRate > 0)) throw new RtpError('INVALID_ARGUMENT', `sample rate ${sampleRate}`);
  const span = activeSpan(samples, sampleRate);
  const n = span.end - span.start;
  if (n < 16) return null;
  let mean = 0;
  for (let i = span.start; i < span.end; i++) mean += samples[i]!;
  mean /= n;
  const x = new Float64Array(n);
  let energy = 0;
  for (let i = 0; i < n; i++) {
    x[i] = samples[span.start + i]! - mean;
    energy += x[i]! * x[i]!;
  }
  const meanSquare = energy / n;
  if (meanSquare === 0 || amplitudeToDbfs(Math.sqrt(2 * meanSquare)) < (options.minLevelDbfs ?? -80))
    return null;

  // coarse: FFT of (the middle of) the block, zero-padded to at least 4096 points
  const segmentLength = Math.min(n, MAX_FFT);
  const offset = (n - segmentLength) >> 1;
  let size = 4096;
  while (size < segmentLength) size <<= 1;
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  const segmentWindow = hann(segmentLength);
  for (let i = 0; i < segmentLength; i++) re[i] = x[offset + i]! * segmentWindow[i]!;
  fft(re, im);
  const binHz = sampleRate / size;
  const lowBin = Math.max(1, Math.ceil((options.minFrequency ?? 20) / binHz));
  const highBin = Math.min(size / 2 - 1, Math.floor((options.maxFrequency ?? sampleRate / 2 - 20) / binHz));
  let peak = lowBin;
  let peakPower = -1;
  for (let k = lowBin; k <= highBin; k++) {
    const power = re[k]! * re[k]! + im[k]! * im[k]!;
    if (power > peakPower) {
      peakPower = power;
      peak = k;
    }
  }

  // fine: golden-section search for the maximum within ±1 coarse bin (inside the main lobe)
  const window = hann(n);
  const gain = sum(window);
  const magnitudeAt = (f: number) => goertzelMagnitude(x, sampleRate, f, 0, n, window);
  let a = (peak - 1) * binHz;
  let b = (peak + 1) * binHz;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = magnitudeAt(c);
  let fd = magnitudeAt(d);
  while (b - a > 0.01) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = magnitudeAt(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = magnitudeAt(d);
    }
  }
  const frequency = (a + b) / 2;
  const amplitude = (2 * magnitudeAt(frequency)) / gain;
  const purity = Math.min(1, (amplitude * amplitude) / 2 / meanSquare);
  if (purity < (options.minPurity ?? 0.35)) return null;
  return { frequency, levelDbfs: amplitudeToDbfs(amplitude), purity };
}
