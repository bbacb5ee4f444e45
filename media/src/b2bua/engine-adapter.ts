import type { AudioSource } from '@carillon/call-control';
import type { ToneName } from '../media-engine/frame-source';
import type { MediaEngine, PlaySource } from '../media-engine/media-engine';
import type { RelayLeg } from '../rtp-relay/relay-leg';
import type {
  GatherOptions,
  GatherOutcome,
  MediaEnginePort,
  MediaRelaySession,
  PlayOptions,
  Side,
} from './media-port';
import { RelaySessionAdapter } from './relay-adapter';

/** Tones the engine generates; the protocol's other service tones are played as congestion for now. */
const ENGINE_TONES: ReadonlySet<string> = new Set<ToneName>([
  'dial',
  'ringback',
  'busy',
  'congestion',
  'call-waiting',
]);

/** Hold music is not in the prompt set yet: a missing prompt makes the engine play its fallback tone. */
const HOLD_MUSIC_PROMPT = 'hold-music';

export function playSourceOf(source: AudioSource): PlaySource {
  switch (source.kind) {
    case 'prompt':
      return source.key;
    case 'tone':
      return {
        tone: ENGINE_TONES.has(source.tone) ? (source.tone as ToneName) : 'congestion',
        country: source.country,
      };
    case 'music':
      return HOLD_MUSIC_PROMPT;
  }
}

/** The B2BUA's MediaEnginePort over MediaEngine, on the relay legs of RtpRelayPort sessions. */
export class MediaEngineAdapter implements MediaEnginePort {
  readonly #engine: MediaEngine;

  constructor(engine: MediaEngine) {
    this.#engine = engine;
  }

  async play(
    session: MediaRelaySession,
    side: Side,
    source: AudioSource,
    options: PlayOptions,
  ): Promise<void> {
    await this.#engine.play(legOf(session, side), playSourceOf(source), {
      loop: options.loop,
      signal: options.signal,
      ...(options.maxDurationMs !== undefined ? { maxDurationMs: options.maxDurationMs } : {}),
    });
  }

  async gather(session: MediaRelaySession, side: Side, options: GatherOptions): Promise<GatherOutcome> {
    const result = await this.#engine.gather(legOf(session, side), {
      maxDigits: options.maxDigits,
      terminators: options.terminators,
      firstDigitTimeoutMs: options.firstDigitTimeoutMs,
      interDigitTimeoutMs: options.interDigitTimeoutMs,
      signal: options.signal,
      ...(options.prompt ? { prompt: playSourceOf(options.prompt) } : {}),
    });
    return {
      digits: result.digits,
      timedOut: result.timedOut,
      ...(result.terminator !== undefined ? { terminator: result.terminator } : {}),
    };
  }

  injectDigit(session: MediaRelaySession, side: Side, digit: string, durationMs: number): void {
    this.#engine.injectDigit(legOf(session, side), digit, durationMs);
  }
}

function legOf(session: MediaRelaySession, side: Side): RelayLeg {
  if (!(session instanceof RelaySessionAdapter)) {
    throw new TypeError('the media engine needs sessions opened by RtpRelayPort');
  }
  return session.leg(side);
}
