import { assertInteger } from './errors';

export interface ResampleOptions {
  /** Zero crossings of the sinc on each side: the filter's length, hence its steepness. Default 32. */
  readonly zeroCrossings?: number;
  /** Cutoff as a fraction of the lower Nyquist frequency. Default 0.93 (3.4 kHz passes at 8 kHz). */
  readonly rolloff?: number;
  /** Kaiser window β; 7.86 gives about 80 dB of stopband attenuation. */
  readonly kaiserBeta?: number;
}

/** Zeroth-order modified Bessel function of the first kind, by its power series. */
function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  const q = (x * x) / 4;
  for (let k = 1; k < 50; k++) {
    term *= q / (k * k);
    sum += term;
    if (term < sum * 1e-12) break;
  }
  return sum;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

const MAX_TABLE_PHASES = 4096;

/**
 * Converts 16-bit PCM from one sample rate to another with a Kaiser-windowed sinc low-pass, for any
 * ratio (48 k/16 k → 8 k, and 22.05 k → 8 k for espeak-ng prompts; upsampling too). The rate ratio
 * is reduced to L/M; when L is small enough the filter is tabulated per output phase (polyphase),
 * otherwise evaluated per sample. Each phase is normalised to unity DC gain. Samples outside the
 * input count as silence; output length is ceil(n · to / from).
 */
export function resample(
  samples: Int16Array,
  fromRate: number,
  toRate: number,
  options: ResampleOptions = {},
): Int16Array {
  assertInteger('fromRate', fromRate, 1, 1_000_000);
  assertInteger('toRate', toRate, 1, 1_000_000);
  if (fromRate === toRate) return Int16Array.from(samples);
  const g = gcd(fromRate, toRate);
  const up = toRate / g; // L: output phases
  const down = fromRate / g; // M: input samples per L outputs
  const cutoff = 0.5 * Math.min(1, toRate / fromRate) * (options.rolloff ?? 0.93); // cycles per input sample
  const halfLength = (options.zeroCrossings ?? 32) / (2 * cutoff); // in input samples
  const taps = Math.ceil(halfLength);
  const beta = options.kaiserBeta ?? 7.86;
  const i0Beta = besselI0(beta);

  const kernel = (d: number): number => {
    const r = d / halfLength;
    if (r <= -1 || r >= 1) return 0;
    const x = 2 * cutoff * d;
    const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    return 2 * cutoff * sinc * (besselI0(beta * Math.sqrt(1 - r * r)) / i0Beta);
  };
  /** Coefficients for inputs k = i − taps + 1 … i + taps at fractional position `frac` past i. */
  const phase = (frac: number): Float64Array => {
    const coefficients = new Float64Array(2 * taps);
    let total = 0;
    for (let j = 0; j < 2 * taps; j++) {
      coefficients[j] = kernel(frac + taps - 1 - j);
      total += coefficients[j]!;
    }
    for (let j = 0; j < 2 * taps; j++) coefficients[j]! /= total;
    return coefficients;
  };
  const table = up <= MAX_TABLE_PHASES ? Array.from({ length: up }, (_, p) => phase(p / up)) : undefined;

  const n = samples.length;
  const outLength = Math.ceil((n * up) / down);
  const out = new Int16Array(outLength);
  for (let o = 0; o < outLength; o++) {
    const position = o * down;
    const i = Math.floor(position / up);
    const p = position - i * up;
    const coefficients = table ? table[p]! : phase(p / up);
    const first = i - taps + 1;
    let acc = 0;
    const from = Math.max(0, -first);
    const to = Math.min(2 * taps, n - first);
    for (let j = from; j < to; j++) acc += samples[first + j]! * coefficients[j]!;
    const rounded = Math.round(acc);
    out[o] = Math.max(-32768, Math.min(32767, rounded));
  }
  return out;
}
