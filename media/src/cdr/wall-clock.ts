/**
 * Epoch milliseconds. CDR times are instants on the calendar (billing), not
 * intervals, so this is the wall clock — unlike the security rules' monotonic
 * clock. Injected so tests can set the time of every fact.
 */
export interface WallClock {
  now(): number;
}

export const systemWallClock: WallClock = { now: () => Date.now() };
