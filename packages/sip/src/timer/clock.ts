/**
 * Time as the SIP layers see it. The library never reads the wall clock nor arms real timers: the
 * host injects a `Clock` (a thin wrapper over `setTimeout` in production, `VirtualClock` in tests),
 * which keeps every retransmission schedule of RFC 3261 §17 reproducible to the millisecond.
 */

/** Opaque handle of an armed timer; only the clock that made it can read it. */
export interface TimerHandle {
  readonly __timer: unknown;
}

export interface Clock {
  /** Milliseconds on a monotonic scale; only differences are meaningful. */
  now(): number;
  /** Run `fn` once, `ms` milliseconds from now. */
  setTimer(ms: number, fn: () => void): TimerHandle;
  /** Disarm a timer; a timer that already fired or was cleared is ignored. */
  clearTimer(handle: TimerHandle): void;
}
