import type { Clock, TimerHandle } from './clock';

interface VirtualTimer extends TimerHandle {
  readonly due: number;
  /** Creation order, so timers due at the same instant fire in the order they were armed. */
  readonly seq: number;
  readonly fn: () => void;
  cancelled: boolean;
}

/**
 * A `Clock` whose time only moves when a test calls `advance()`. Due timers fire in due-time order
 * (ties in arming order), each with `now()` equal to its own due time, and timers armed by a firing
 * timer fire within the same `advance()` when they fall inside the window.
 */
export class VirtualClock implements Clock {
  #now: number;
  #seq = 0;
  #timers: VirtualTimer[] = [];

  constructor(start = 0) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimer(ms: number, fn: () => void): TimerHandle {
    const timer: VirtualTimer = {
      __timer: undefined,
      due: this.#now + Math.max(0, ms),
      seq: this.#seq++,
      fn,
      cancelled: false,
    };
    this.#timers.push(timer);
    return timer;
  }

  clearTimer(handle: TimerHandle): void {
    const timer = handle as VirtualTimer;
    timer.cancelled = true;
    this.#timers = this.#timers.filter((t) => t !== timer);
  }

  /** Move time forward by `ms`, firing every timer that falls due on the way. */
  advance(ms: number): void {
    this.advanceTo(this.#now + ms);
  }

  /** Move time forward to the absolute instant `time`. */
  advanceTo(time: number): void {
    if (time < this.#now) throw new RangeError(`VirtualClock cannot go back from ${this.#now} to ${time}`);
    for (;;) {
      const next = this.nextTimer();
      if (!next || next.due > time) break;
      this.#timers = this.#timers.filter((t) => t !== next);
      this.#now = next.due;
      next.fn();
    }
    this.#now = time;
  }

  /** Number of armed timers. */
  get pending(): number {
    return this.#timers.length;
  }

  /** Due time of the next armed timer, if any. */
  nextDue(): number | undefined {
    return this.nextTimer()?.due;
  }

  private nextTimer(): VirtualTimer | undefined {
    let best: VirtualTimer | undefined;
    for (const t of this.#timers) {
      if (!best || t.due < best.due || (t.due === best.due && t.seq < best.seq)) best = t;
    }
    return best;
  }
}
