import { type CallProgressCountry, type G711Law, isDtmfDigit, readWav, resample } from '@carillon/rtp';
import type { RelayLeg } from '../rtp-relay/relay-leg';
import { FrameClock } from './frame-clock';
import {
  callProgressToneFor,
  type FrameSource,
  SamplesSource,
  type ToneName,
  ToneSource,
} from './frame-source';
import { type GatherOptions, type GatherResult, gatherDigits } from './gather';
import { LegOutput } from './leg-output';
import { MediaEngineError } from './media-engine-error';
import { Playback, type PlayOutcome } from './playback';
import { PromptLibrary } from './prompt-library';
import { Recording, type RecordOptions } from './recorder';

/** A prompt key, a WAV file's bytes, or a call-progress tone of a country (ISO 3166-1 alpha-2). */
export type PlaySource = string | Uint8Array | { readonly tone: ToneName; readonly country?: string };

export interface PlayOptions {
  /** Times to play (a tone: cadence cycles, a continuous tone: seconds); Infinity = until stopped. Default 1. */
  readonly loop?: number;
  readonly maxDurationMs?: number;
  readonly signal?: AbortSignal;
}

export interface MediaEngineOptions {
  readonly prompts?: PromptLibrary;
  /** The shared pacing clock; one per process. */
  readonly clock?: FrameClock;
  /** Tone plan for countries without their own. Default DE. */
  readonly defaultCountry?: CallProgressCountry;
  /** Played instead of a prompt that cannot be loaded, for this long per loop. Default congestion, 3 s. */
  readonly fallbackTone?: ToneName;
  readonly fallbackDurationMs?: number;
  /** Told about every fallback (missing prompt, unplayable WAV): the edge logs it. */
  readonly onWarning?: (message: string, error: unknown) => void;
  readonly now?: () => number;
}

interface LegState {
  readonly output: LegOutput;
  playback: Playback | undefined;
  generation: number;
}

/**
 * The edge's media operations on a relay leg, for the call-control actions: play (prompts, WAVs,
 * call-progress tones), gather (DTMF), record. Every outgoing stream is paced by one shared 20 ms
 * FrameClock; audio is encoded to the leg's negotiated G.711 law and payload type.
 */
export class MediaEngine {
  readonly prompts: PromptLibrary;
  readonly clock: FrameClock;
  readonly #options: MediaEngineOptions;
  readonly #now: () => number;
  readonly #legs = new WeakMap<RelayLeg, LegState>();

  constructor(options: MediaEngineOptions = {}) {
    this.#options = options;
    this.prompts = options.prompts ?? new PromptLibrary();
    this.clock = options.clock ?? new FrameClock();
    this.#now = options.now ?? (() => performance.now());
  }

  /**
   * Plays to the leg's remote, replacing whatever the engine was playing on it; resolves when done or
   * stopped. A prompt that cannot be loaded is replaced by the fallback tone (and reported through
   * `onWarning` and the outcome's `fallback`), so a caller never hears silence.
   */
  async play(leg: RelayLeg, source: PlaySource, options: PlayOptions = {}): Promise<PlayOutcome> {
    const { law, payloadType } = this.#codec(leg);
    const state = this.#state(leg);
    const generation = ++state.generation;
    const loop = options.loop ?? 1;
    if (!(loop >= 1)) throw new MediaEngineError('INVALID_OPTIONS', `loop must be at least 1, not ${loop}`);
    let frames: FrameSource;
    let fallback: string | undefined;
    let maxDurationMs = options.maxDurationMs;
    try {
      frames = await this.#source(source, law, loop);
    } catch (error) {
      if (!(error instanceof MediaEngineError)) throw error;
      fallback = error.message;
      this.#options.onWarning?.(`playing the fallback tone: ${error.message}`, error);
      frames = this.#tone(
        this.#options.fallbackTone ?? 'congestion',
        undefined,
        law,
        Number.POSITIVE_INFINITY,
      );
      const fallbackMs = (this.#options.fallbackDurationMs ?? 3000) * (Number.isFinite(loop) ? loop : 1);
      maxDurationMs = Math.min(maxDurationMs ?? fallbackMs, fallbackMs);
    }
    // a newer play or a stop() arrived while the prompt was loading
    if (state.generation !== generation || options.signal?.aborted)
      return { status: 'stopped', framesSent: 0 };
    state.playback?.stop();
    const playback = new Playback({
      leg,
      output: state.output,
      source: frames,
      clock: this.clock,
      law,
      payloadType,
      now: this.#now,
      ...(maxDurationMs === undefined ? {} : { maxDurationMs }),
      ...(fallback === undefined ? {} : { fallback }),
    });
    state.playback = playback;
    const onAbort = () => playback.stop();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const outcome = await playback.done;
    options.signal?.removeEventListener('abort', onAbort);
    if (state.playback === playback) state.playback = undefined;
    return outcome;
  }

  /** Stops what the engine plays on the leg (the play resolves `stopped`); forwarding resumes if bridged. */
  stop(leg: RelayLeg): void {
    const state = this.#legs.get(leg);
    if (state === undefined) return;
    state.generation++;
    state.playback?.stop();
  }

  /** Collects digits; with `prompt`, plays it first and stops it at the first key (barge-in). */
  async gather(
    leg: RelayLeg,
    options: GatherOptions & { readonly prompt?: PlaySource },
  ): Promise<GatherResult> {
    if (!(options.maxDigits >= 1))
      throw new MediaEngineError('INVALID_OPTIONS', 'maxDigits must be at least 1');
    if (options.prompt === undefined) return gatherDigits(leg, options);
    const promptDone = this.play(leg, options.prompt, options.signal ? { signal: options.signal } : {});
    return gatherDigits(leg, options, { promptDone, onFirstDigit: () => this.stop(leg) });
  }

  /** A digit received out of band (SIP INFO application/dtmf-relay, RFC 6086) counts like RFC 4733. */
  injectDigit(leg: RelayLeg, digit: string, durationMs?: number): void {
    const key = digit.toUpperCase();
    if (!isDtmfDigit(key)) throw new MediaEngineError('INVALID_DIGIT', `"${digit}" is not a DTMF key`);
    leg.injectDigit({ digit: key, source: 'sip-info', ...(durationMs === undefined ? {} : { durationMs }) });
  }

  /** Starts recording what the leg receives; `stop()` on the result writes the WAV. */
  record(leg: RelayLeg, options: RecordOptions): Recording {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(options.key)) {
      throw new MediaEngineError('INVALID_OPTIONS', `recording key "${options.key}" is not a valid blob id`);
    }
    return new Recording(leg, options);
  }

  #state(leg: RelayLeg): LegState {
    let state = this.#legs.get(leg);
    if (state === undefined) {
      state = { output: new LegOutput(leg), playback: undefined, generation: 0 };
      this.#legs.set(leg, state);
    }
    return state;
  }

  #codec(leg: RelayLeg): { law: G711Law; payloadType: number } {
    const codec = leg.codec;
    if (codec === undefined) throw new MediaEngineError('NO_CODEC', `leg ${leg.id} has no negotiated codec`);
    return { law: codec.encoding === 'PCMU' ? 'mulaw' : 'alaw', payloadType: codec.payloadType };
  }

  async #source(source: PlaySource, law: G711Law, loop: number): Promise<FrameSource> {
    if (typeof source === 'string') return new SamplesSource(await this.prompts.get(source), loop);
    if (source instanceof Uint8Array) {
      let wav: ReturnType<typeof readWav>;
      try {
        wav = readWav(source);
      } catch (cause) {
        throw new MediaEngineError('BAD_PROMPT', 'the WAV to play cannot be read', { cause });
      }
      const samples = wav.sampleRate === 8000 ? wav.samples : resample(wav.samples, wav.sampleRate, 8000);
      return new SamplesSource(samples, loop);
    }
    return this.#tone(source.tone, source.country, law, loop);
  }

  #tone(tone: ToneName, country: string | undefined, law: G711Law, cycles: number): FrameSource {
    const fallback = this.#options.defaultCountry ?? 'DE';
    return new ToneSource(callProgressToneFor(tone, country ?? fallback, fallback), law, cycles);
  }
}
