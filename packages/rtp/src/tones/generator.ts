import { assertInteger, RtpError } from '../errors';

/** One sine of a tone. Level in dBFS, where 0 dBFS is a sine of amplitude 32768 (peak full scale). */
export interface ToneComponent {
  readonly frequency: number;
  readonly levelDbfs: number;
}

export function dbfsToAmplitude(levelDbfs: number): number {
  return 32768 * 10 ** (levelDbfs / 20);
}

export function amplitudeToDbfs(amplitude: number): number {
  return amplitude > 0 ? 20 * Math.log10(amplitude / 32768) : Number.NEGATIVE_INFINITY;
}

function checkRate(sampleRate: number): void {
  assertInteger('sampleRate', sampleRate, 1000, 192_000);
}

/**
 * Writes the sum of sines into `out`, sample `i` of `out` being absolute sample `startSample + i`,
 * so a tone rendered frame by frame (20 ms at a time) has no phase jumps between frames.
 * Sums beyond 16 bits are clipped.
 */
export function renderTone(
  components: readonly ToneComponent[],
  sampleRate: number,
  out: Int16Array,
  startSample = 0,
): Int16Array {
  checkRate(sampleRate);
  const amplitudes = components.map((c) => dbfsToAmplitude(c.levelDbfs));
  const omegas = components.map((c) => {
    if (!(c.frequency >= 0 && c.frequency < sampleRate / 2)) {
      throw new RtpError(
        'INVALID_ARGUMENT',
        `tone of ${c.frequency} Hz is not below half of ${sampleRate} Hz`,
      );
    }
    return (2 * Math.PI * c.frequency) / sampleRate;
  });
  for (let i = 0; i < out.length; i++) {
    const n = startSample + i;
    let value = 0;
    for (let k = 0; k < omegas.length; k++) value += amplitudes[k]! * Math.sin(omegas[k]! * n);
    const rounded = Math.round(value);
    out[i] = Math.max(-32768, Math.min(32767, rounded));
  }
  return out;
}

/** A tone of `durationMs` (16-bit PCM) at 8, 16, 48 kHz or any other rate. */
export function generateTone(
  components: readonly ToneComponent[],
  options: { readonly durationMs: number; readonly sampleRate?: number },
): Int16Array {
  const sampleRate = options.sampleRate ?? 8000;
  checkRate(sampleRate);
  return renderTone(
    components,
    sampleRate,
    new Int16Array(Math.round((options.durationMs * sampleRate) / 1000)),
  );
}

/** A single sine: the common case of a test tone. */
export function generateSine(
  frequency: number,
  levelDbfs: number,
  options: { readonly durationMs: number; readonly sampleRate?: number },
): Int16Array {
  return generateTone([{ frequency, levelDbfs }], options);
}

/**
 * A cadenced tone: `cadenceMs` alternates on and off times (on, off, on, off, …) and repeats;
 * empty means continuous. Rendered from absolute sample `startSample`, so frames join seamlessly.
 */
export function renderCadencedTone(
  components: readonly ToneComponent[],
  cadenceMs: readonly number[],
  sampleRate: number,
  out: Int16Array,
  startSample = 0,
): Int16Array {
  renderTone(components, sampleRate, out, startSample);
  if (cadenceMs.length === 0) return out;
  if (cadenceMs.length % 2 !== 0) throw new RtpError('INVALID_ARGUMENT', 'a cadence needs on/off pairs');
  // cadence boundaries in samples, cumulative; sample positions are taken modulo the cycle
  const bounds: number[] = [];
  let total = 0;
  for (const ms of cadenceMs) {
    total += Math.round((ms * sampleRate) / 1000);
    bounds.push(total);
  }
  if (total === 0) throw new RtpError('INVALID_ARGUMENT', 'a cadence must not be all zero');
  for (let i = 0; i < out.length; i++) {
    const position = (startSample + i) % total;
    let segment = 0;
    while (position >= bounds[segment]!) segment++;
    if (segment % 2 === 1) out[i] = 0;
  }
  return out;
}
