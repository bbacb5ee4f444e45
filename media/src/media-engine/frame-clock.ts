/**
 * The one timer that paces every outgoing stream of the media engine (per process, not per call
 * or per packet): every `frameMs` it calls each subscriber once, and each subscriber sends one
 * frame. Ticks are scheduled against absolute times (start + n·frameMs), so timer lateness does not
 * accumulate into drift: a late tick is followed by an early one, and when the event loop stalled
 * for more than a frame the missed frames are delivered at once (up to `maxCatchUpFrames`; beyond
 * that the clock re-anchors rather than bursting seconds of audio). The RTP timestamps of the
 * streams advance by one frame per call, so over any interval they track wall time.
 *
 * The timer runs only while someone subscribes, and is unref'd: it never holds the process open.
 */
export type FrameTick = () => void;

export interface FrameClockOptions {
  readonly frameMs?: number;
  readonly maxCatchUpFrames?: number;
  readonly now?: () => number;
}

export class FrameClock {
  readonly frameMs: number;
  readonly #maxCatchUp: number;
  readonly #now: () => number;
  readonly #subscribers = new Set<FrameTick>();
  #timer: NodeJS.Timeout | undefined;
  #anchorMs = 0;
  #framesDone = 0;

  constructor(options: FrameClockOptions = {}) {
    this.frameMs = options.frameMs ?? 20;
    this.#maxCatchUp = options.maxCatchUpFrames ?? 5;
    this.#now = options.now ?? (() => performance.now());
  }

  /** Calls `tick` once per frame from the next frame boundary on; returns the unsubscribe. */
  subscribe(tick: FrameTick): () => void {
    this.#subscribers.add(tick);
    if (this.#timer === undefined) {
      this.#anchorMs = this.#now();
      this.#framesDone = 0;
      this.#schedule();
    }
    return () => {
      this.#subscribers.delete(tick);
      if (this.#subscribers.size === 0 && this.#timer !== undefined) {
        clearTimeout(this.#timer);
        this.#timer = undefined;
      }
    };
  }

  get subscriberCount(): number {
    return this.#subscribers.size;
  }

  #schedule(): void {
    const due = this.#anchorMs + (this.#framesDone + 1) * this.frameMs;
    this.#timer = setTimeout(() => this.#fire(), Math.max(0, due - this.#now()));
    this.#timer.unref();
  }

  #fire(): void {
    const elapsed = Math.floor((this.#now() - this.#anchorMs) / this.frameMs);
    let frames = elapsed - this.#framesDone;
    if (frames > this.#maxCatchUp) {
      // a long stall: send a few frames, then continue from now
      this.#framesDone = elapsed - this.#maxCatchUp;
      frames = this.#maxCatchUp;
    }
    for (let i = 0; i < frames; i++) {
      for (const tick of [...this.#subscribers]) tick();
    }
    this.#framesDone += Math.max(frames, 0);
    if (this.#subscribers.size > 0) this.#schedule();
    else this.#timer = undefined;
  }
}
