/**
 * Timer values of RFC 3261 §17 and Table 4 (Appendix A), with the RFC 6026 additions
 * (Timers L and M). Everything derives from T1, T2 and T4 so that a deployment with a different RTT
 * estimate (§17.1.1.1: T1 MAY be changed) moves every schedule consistently.
 */
export interface TimerSettings {
  /** RTT estimate, default 500 ms (§17.1.1.1). */
  readonly t1: number;
  /** Maximum retransmit interval for non-INVITE requests and INVITE responses, default 4 s. */
  readonly t2: number;
  /** Maximum time a message remains in the network, default 5 s. */
  readonly t4: number;
  /** Timer D for unreliable transports: "at least 32 seconds" (§17.1.1.2), default 32 s. */
  readonly timerD: number;
  /**
   * When the server INVITE transaction sends 100 Trying on its own (§17.2.1): after this many
   * milliseconds without a provisional response from the TU (default 200), `0` for immediately,
   * `false` for never (a TU that always answers at once).
   */
  readonly trying: number | false;
}

export const DEFAULT_TIMER_SETTINGS: TimerSettings = Object.freeze({
  t1: 500,
  t2: 4000,
  t4: 5000,
  timerD: 32_000,
  trying: 200,
});

export function resolveTimerSettings(overrides: Partial<TimerSettings> = {}): TimerSettings {
  const settings = { ...DEFAULT_TIMER_SETTINGS, ...overrides };
  for (const key of ['t1', 't2', 't4', 'timerD'] as const) {
    if (!(settings[key] >= 0)) throw new RangeError(`timer ${key} must be a non-negative number`);
  }
  return settings;
}

/**
 * Durations per transaction: a reliable transport turns off retransmissions (A, E, G) and zeroes the
 * wait-for-retransmissions timers D, I, J, K (§17.1.1.2, §17.1.2.2, §17.2.1, §17.2.2).
 * `undefined` means the timer is not started.
 */
export class TransactionTimers {
  constructor(
    readonly settings: TimerSettings,
    readonly reliable: boolean,
  ) {}

  /** Timer A, initial INVITE retransmit interval (§17.1.1.2); doubles without cap. */
  get a(): number | undefined {
    return this.reliable ? undefined : this.settings.t1;
  }
  /** Timer B, INVITE transaction timeout: 64*T1 (§17.1.1.2). */
  get b(): number {
    return 64 * this.settings.t1;
  }
  /** Timer D, wait time for response retransmits (§17.1.1.2). */
  get d(): number {
    return this.reliable ? 0 : this.settings.timerD;
  }
  /** Timer E, initial non-INVITE retransmit interval (§17.1.2.2); doubles up to T2. */
  get e(): number | undefined {
    return this.reliable ? undefined : this.settings.t1;
  }
  /** Timer F, non-INVITE transaction timeout: 64*T1 (§17.1.2.2). */
  get f(): number {
    return 64 * this.settings.t1;
  }
  /** Timer G, initial INVITE response retransmit interval (§17.2.1); doubles up to T2. */
  get g(): number | undefined {
    return this.reliable ? undefined : this.settings.t1;
  }
  /** Timer H, wait time for ACK receipt: 64*T1 (§17.2.1). */
  get h(): number {
    return 64 * this.settings.t1;
  }
  /** Timer I, wait time for ACK retransmits: T4 (§17.2.1). */
  get i(): number {
    return this.reliable ? 0 : this.settings.t4;
  }
  /** Timer J, wait time for non-INVITE request retransmits: 64*T1 (§17.2.2). */
  get j(): number {
    return this.reliable ? 0 : 64 * this.settings.t1;
  }
  /** Timer K, wait time for non-INVITE response retransmits: T4 (§17.1.2.2). */
  get k(): number {
    return this.reliable ? 0 : this.settings.t4;
  }
  /** Timer L, server wait time for retransmitted INVITEs/ACKs after a 2xx: 64*T1 (RFC 6026, Accepted state). */
  get l(): number {
    return 64 * this.settings.t1;
  }
  /** Timer M, client wait time for retransmitted 2xx responses: 64*T1 (RFC 6026, Accepted state). */
  get m(): number {
    return 64 * this.settings.t1;
  }
  /** Next retransmit interval: doubled, capped at T2 for non-INVITE requests and INVITE responses. */
  backoff(interval: number, capAtT2: boolean): number {
    const next = interval * 2;
    return capAtT2 ? Math.min(next, this.settings.t2) : next;
  }
}
