import type { Clock, TimerHandle } from '@carillon/sip';

interface RealTimerHandle extends TimerHandle {
  readonly __timer: NodeJS.Timeout;
}

/**
 * The sip package's Clock on Node's timers. Timers are unref'd: the sockets keep the process alive,
 * and a pending Timer J must not hold up a graceful exit.
 */
export const realClock: Clock = {
  now: () => performance.now(),
  setTimer(ms: number, fn: () => void): TimerHandle {
    const timer = setTimeout(fn, ms);
    timer.unref();
    return { __timer: timer } satisfies RealTimerHandle;
  },
  clearTimer(handle: TimerHandle): void {
    clearTimeout((handle as RealTimerHandle).__timer);
  },
};
