import {
  CALL_PROGRESS_TONES,
  type CallProgressCountry,
  type CallProgressTone,
  type G711Law,
  renderCallProgressTone,
} from '@carillon/rtp';

/** 20 ms of 8 kHz audio. */
export const FRAME_SAMPLES = 160;

/** Audio for playback, one frame at a time: fills `out` and says whether there was anything left. */
export interface FrameSource {
  /** Writes the next frame into `out` (zero-padded at the end); false once the source is exhausted. */
  next(out: Int16Array): boolean;
}

/** Linear PCM (a prompt, a WAV), played `loop` times (Infinity: until stopped). */
export class SamplesSource implements FrameSource {
  readonly #samples: Int16Array;
  readonly #loop: number;
  #position = 0;
  #played = 0;

  constructor(samples: Int16Array, loop = 1) {
    this.#samples = samples;
    this.#loop = loop;
  }

  next(out: Int16Array): boolean {
    if (this.#samples.length === 0 || this.#played >= this.#loop) return false;
    let written = 0;
    while (written < out.length && this.#played < this.#loop) {
      const take = Math.min(out.length - written, this.#samples.length - this.#position);
      out.set(this.#samples.subarray(this.#position, this.#position + take), written);
      written += take;
      this.#position += take;
      if (this.#position === this.#samples.length) {
        this.#position = 0;
        this.#played++;
      }
    }
    out.fill(0, written);
    return true;
  }
}

export type ToneName = 'dial' | 'ringback' | 'busy' | 'congestion' | 'call-waiting';

const TONE_KEYS = {
  dial: 'dial',
  ringback: 'ringback',
  busy: 'busy',
  congestion: 'congestion',
  'call-waiting': 'callWaiting',
} as const;

export function isSupportedCountry(country: string): country is CallProgressCountry {
  return Object.hasOwn(CALL_PROGRESS_TONES, country);
}

/** The national tone (ITU-T E.180 Supplement 2 figures in @carillon/rtp); unknown countries get `fallback`. */
export function callProgressToneFor(
  tone: ToneName,
  country: string,
  fallback: CallProgressCountry,
): CallProgressTone {
  const plan = isSupportedCountry(country) ? country : fallback;
  return CALL_PROGRESS_TONES[plan][TONE_KEYS[tone]];
}

/** A continuous tone counts one cycle per second, so `loop` means the same for every tone. */
const CONTINUOUS_CYCLE_MS = 1000;

/**
 * A call-progress tone rendered frame by frame from its absolute sample position (no phase jumps),
 * for `cycles` cadence cycles (Infinity: until stopped), at the level for the law it is sent in.
 */
export class ToneSource implements FrameSource {
  readonly #spec: CallProgressTone;
  readonly #law: G711Law;
  readonly #totalSamples: number;
  #position = 0;

  constructor(spec: CallProgressTone, law: G711Law, cycles = 1) {
    this.#spec = spec;
    this.#law = law;
    const cycleMs =
      spec.cadenceMs.length > 0 ? spec.cadenceMs.reduce((a, b) => a + b, 0) : CONTINUOUS_CYCLE_MS;
    this.#totalSamples = cycles === Number.POSITIVE_INFINITY ? cycles : Math.round(cycles * cycleMs * 8);
  }

  next(out: Int16Array): boolean {
    if (this.#position >= this.#totalSamples) return false;
    renderCallProgressTone(this.#spec, 8000, out, this.#position, this.#law);
    const left = this.#totalSamples - this.#position;
    if (left < out.length) out.fill(0, left);
    this.#position += out.length;
    return true;
  }
}
