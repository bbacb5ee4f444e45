import { assertInteger, RtpError } from '../errors';
import { dbm0ToDbfs } from '../g711';
import type { DtmfDigit } from '../telephone-event';
import { generateTone } from './generator';
import { goertzelPowers } from './goertzel';

/** ITU-T Q.23 §2: the low (row) and high (column) frequency groups. */
export const DTMF_LOW_FREQUENCIES = [697, 770, 852, 941] as const;
export const DTMF_HIGH_FREQUENCIES = [1209, 1336, 1477, 1633] as const;
/** Q.23 Figure 1: the keypad, rows by low frequency, columns by high frequency. */
const KEYPAD = ['123A', '456B', '789C', '*0#D'] as const;

export function dtmfFrequencies(digit: DtmfDigit): readonly [number, number] {
  for (let row = 0; row < 4; row++) {
    const column = KEYPAD[row]!.indexOf(digit);
    if (column >= 0) return [DTMF_LOW_FREQUENCIES[row]!, DTMF_HIGH_FREQUENCIES[column]!];
  }
  throw new RtpError('INVALID_ARGUMENT', `not a DTMF key: ${digit}`);
}

export interface DtmfToneOptions {
  readonly durationMs?: number;
  readonly sampleRate?: number;
  /** Per-frequency levels; defaults −11 dBm0 (low group) and −9 dBm0 (high group), for A-law. */
  readonly lowLevelDbfs?: number;
  readonly highLevelDbfs?: number;
}

/**
 * One DTMF tone. The high group is sent 2 dB above the low group by default, the usual
 * pre-emphasis against the line's high-frequency loss (Q.23 leaves the levels to administrations).
 */
export function generateDtmf(digit: DtmfDigit, options: DtmfToneOptions = {}): Int16Array {
  const [low, high] = dtmfFrequencies(digit);
  return generateTone(
    [
      { frequency: low, levelDbfs: options.lowLevelDbfs ?? dbm0ToDbfs(-11, 'alaw') },
      { frequency: high, levelDbfs: options.highLevelDbfs ?? dbm0ToDbfs(-9, 'alaw') },
    ],
    { durationMs: options.durationMs ?? 100, sampleRate: options.sampleRate ?? 8000 },
  );
}

/** A digit string as tones separated by silence (defaults 100 ms tone, 100 ms pause). */
export function generateDtmfSequence(
  digits: string,
  options: DtmfToneOptions & { readonly pauseMs?: number } = {},
): Int16Array {
  const sampleRate = options.sampleRate ?? 8000;
  const pause = Math.round(((options.pauseMs ?? 100) * sampleRate) / 1000);
  const tones = [...digits].map((d) => generateDtmf(d as DtmfDigit, options));
  const out = new Int16Array(tones.reduce((n, t) => n + t.length + pause, 0));
  let offset = 0;
  for (const t of tones) {
    out.set(t, offset);
    offset += t.length + pause;
  }
  return out;
}

export interface DtmfDetectorOptions {
  readonly sampleRate?: number;
  /** Weakest tone (each frequency) accepted. Default −36 dBFS (about −33 dBm0). */
  readonly minLevelDbfs?: number;
  /** High group stronger than low by at most this. Default 8 dB. */
  readonly normalTwistDb?: number;
  /** Low group stronger than high by at most this. Default 4 dB. */
  readonly reverseTwistDb?: number;
  /** The strongest frequency of a group must exceed the others of its group by this. Default 8 dB. */
  readonly relativePeakDb?: number;
  /**
   * Share of the block's power the two tones must hold. Default 0.8: a block only partly filled by
   * a tone scores about the filled fraction, so two blocks can never both pass on a 20 ms tone.
   */
  readonly minToneShare?: number;
}

export interface DtmfDetection {
  readonly digit: DtmfDigit;
  /** Index (since the detector was created) of the first sample of the first block that held it. */
  readonly startSample: number;
}

const dbToRatio = (db: number) => 10 ** (db / 10);

/**
 * In-band DTMF receiver after ITU-T Q.24: Goertzel power at the eight Q.23 frequencies over blocks
 * of 12.75 ms (102 samples at 8 kHz), with Q.24's checks — a tone per group clearly above the
 * others (relative peak), a bounded level difference between groups (twist), a minimum level, and
 * the two tones carrying most of the power (rejects speech, noise, and blocks the tone only partly
 * fills). A digit counts once two consecutive blocks agree — so tones of 40 ms or more are always
 * accepted and tones of 20 ms never are — and ends after three blocks without it, so a 10 ms
 * drop-out does not split it; the same key repeated is seen twice when the pause between is at
 * least 52 ms (shorter pauses may merge). Feed it any chunk sizes.
 */
export class DtmfDetector {
  readonly #sampleRate: number;
  readonly #blockSize: number;
  readonly #block: Float64Array;
  #filled = 0;
  #blockStart = 0;
  #lastHit: DtmfDigit | null = null;
  #lastHitStart = 0;
  #current: DtmfDigit | null = null;
  #misses = 0;
  readonly #minPower: number;
  readonly #normalTwist: number;
  readonly #reverseTwist: number;
  readonly #relativePeak: number;
  readonly #minToneShare: number;

  constructor(options: DtmfDetectorOptions = {}) {
    this.#sampleRate = options.sampleRate ?? 8000;
    assertInteger('sampleRate', this.#sampleRate, 4000, 192_000);
    this.#blockSize = Math.round((102 * this.#sampleRate) / 8000);
    this.#block = new Float64Array(this.#blockSize);
    const minAmplitude = 32768 * 10 ** ((options.minLevelDbfs ?? -36) / 20);
    this.#minPower = (minAmplitude * minAmplitude) / 2;
    this.#normalTwist = dbToRatio(options.normalTwistDb ?? 8);
    this.#reverseTwist = dbToRatio(options.reverseTwistDb ?? 4);
    this.#relativePeak = dbToRatio(options.relativePeakDb ?? 8);
    this.#minToneShare = options.minToneShare ?? 0.8;
  }

  push(samples: ArrayLike<number>): DtmfDetection[] {
    const detections: DtmfDetection[] = [];
    for (let i = 0; i < samples.length; i++) {
      this.#block[this.#filled++] = samples[i]!;
      if (this.#filled < this.#blockSize) continue;
      const hit = this.#classify(this.#block);
      if (hit !== this.#lastHit) this.#lastHitStart = this.#blockStart;
      // a digit begins when two consecutive blocks show it …
      if (hit !== null && hit === this.#lastHit && hit !== this.#current) {
        this.#current = hit;
        this.#misses = 0;
        detections.push({ digit: hit, startSample: this.#lastHitStart });
      } else if (this.#current !== null) {
        // … and ends after three blocks without it, so a 10 ms drop-out does not split it
        this.#misses = hit === this.#current ? 0 : this.#misses + 1;
        if (this.#misses >= 3) this.#current = null;
      }
      this.#lastHit = hit;
      this.#blockStart += this.#blockSize;
      this.#filled = 0;
    }
    return detections;
  }

  #classify(block: Float64Array): DtmfDigit | null {
    let energy = 0;
    for (const x of block) energy += x * x;
    const meanSquare = energy / block.length;
    if (meanSquare === 0) return null;
    const low = goertzelPowers(block, this.#sampleRate, DTMF_LOW_FREQUENCIES);
    const high = goertzelPowers(block, this.#sampleRate, DTMF_HIGH_FREQUENCIES);
    const row = strongest(low);
    const column = strongest(high);
    const rowPower = low[row]!;
    const columnPower = high[column]!;
    if (rowPower < this.#minPower || columnPower < this.#minPower) return null;
    if (columnPower > rowPower * this.#normalTwist || rowPower > columnPower * this.#reverseTwist)
      return null;
    for (let i = 0; i < 4; i++) {
      if (i !== row && low[i]! * this.#relativePeak > rowPower) return null;
      if (i !== column && high[i]! * this.#relativePeak > columnPower) return null;
    }
    if (rowPower + columnPower < this.#minToneShare * meanSquare) return null;
    return KEYPAD[row]![column] as DtmfDigit;
  }
}

function strongest(powers: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < powers.length; i++) if (powers[i]! > powers[best]!) best = i;
  return best;
}

/** All digits in a recording, in order. */
export function detectDtmfDigits(samples: ArrayLike<number>, sampleRate = 8000): string {
  return new DtmfDetector({ sampleRate })
    .push(samples)
    .map((d) => d.digit)
    .join('');
}
