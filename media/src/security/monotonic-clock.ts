/** Milliseconds on a monotonic scale; injected so that every security rule is testable without waiting. */
export interface MonotonicClock {
  now(): number;
}

export const systemMonotonicClock: MonotonicClock = { now: () => performance.now() };
