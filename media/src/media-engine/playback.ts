import type { G711Law } from '@carillon/rtp';
import type { RelayLeg } from '../rtp-relay/relay-leg';
import type { FrameClock } from './frame-clock';
import { FRAME_SAMPLES, type FrameSource } from './frame-source';
import type { LegOutput } from './leg-output';

export interface PlayOutcome {
  /** `completed`: the source ran out (or maxDurationMs); `stopped`: stop(), a newer play, or the signal. */
  readonly status: 'completed' | 'stopped';
  readonly framesSent: number;
  /** Set when the requested audio could not be played and a fallback tone was played instead. */
  readonly fallback?: string;
}

export interface PlaybackInit {
  readonly leg: RelayLeg;
  readonly output: LegOutput;
  readonly source: FrameSource;
  readonly clock: FrameClock;
  readonly law: G711Law;
  readonly payloadType: number;
  readonly maxDurationMs?: number;
  readonly fallback?: string;
  readonly now: () => number;
}

/**
 * One play on one leg: sends a frame on each tick of the shared clock until the source is exhausted
 * or it is stopped. While it plays it owns the leg's output (forwarding from a bridged peer pauses).
 */
export class Playback {
  readonly done: Promise<PlayOutcome>;
  readonly #init: PlaybackInit;
  readonly #frame = new Int16Array(FRAME_SAMPLES);
  readonly #maxFrames: number;
  #frames = 0;
  #resolve!: (outcome: PlayOutcome) => void;
  #unsubscribe: () => void;
  #release: () => void;
  #finished = false;

  constructor(init: PlaybackInit) {
    this.#init = init;
    this.#maxFrames =
      init.maxDurationMs === undefined ? Number.POSITIVE_INFINITY : Math.ceil(init.maxDurationMs / 20);
    this.done = new Promise((resolve) => {
      this.#resolve = resolve;
    });
    this.#release = init.leg.claimOutput(this);
    this.#unsubscribe = init.clock.subscribe(() => this.#tick());
  }

  stop(): void {
    this.#finish('stopped');
  }

  #tick(): void {
    if (this.#frames >= this.#maxFrames || !this.#init.source.next(this.#frame)) {
      this.#finish('completed');
      return;
    }
    this.#init.output.sendFrame(this.#frame, this.#init.law, this.#init.payloadType, this.#init.now());
    this.#frames++;
  }

  #finish(status: PlayOutcome['status']): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#unsubscribe();
    this.#release();
    const fallback = this.#init.fallback;
    this.#resolve({ status, framesSent: this.#frames, ...(fallback === undefined ? {} : { fallback }) });
  }
}
