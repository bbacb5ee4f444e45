import type { LegMediaStatistics } from './leg-statistics';
import type { RelayLeg } from './relay-leg';
import { RtpRelayError } from './rtp-relay-error';

/** What the session needs from the relay that made it (port allocation, the inactivity watch). */
export interface RelaySessionHost {
  openLeg(id: string): Promise<RelayLeg>;
  releaseLeg(leg: RelayLeg): void;
  sessionClosed(session: RelaySession): void;
  now(): number;
}

/**
 * The media of one call: a leg per SIP leg (caller, callee, further forks or a transfer target),
 * any two of which can be bridged. An unbridged leg is the media engine's to play to and listen on.
 */
export class RelaySession {
  readonly callId: string;
  readonly #host: RelaySessionHost;
  readonly #legs = new Map<string, RelayLeg>();
  readonly #inactiveListeners = new Set<() => void>();
  readonly #final = new Map<string, LegMediaStatistics>();
  #watchFromMs: number;
  #watching = true;
  #inactiveFired = false;
  #closed = false;
  #nextLeg = 0;

  constructor(callId: string, host: RelaySessionHost) {
    this.callId = callId;
    this.#host = host;
    this.#watchFromMs = host.now();
  }

  /** Allocates a port pair and opens a leg. Throws RtpRelayError PORTS_EXHAUSTED when none is free. */
  async addLeg(id = `leg-${++this.#nextLeg}`): Promise<RelayLeg> {
    if (this.#closed) throw new RtpRelayError('CLOSED', `session ${this.callId} is closed`);
    if (this.#legs.has(id)) throw new RtpRelayError('INVALID_OPTIONS', `leg ${id} exists already`);
    const leg = await this.#host.openLeg(id);
    if (this.#closed) {
      this.#host.releaseLeg(leg);
      throw new RtpRelayError('CLOSED', `session ${this.callId} closed while opening leg ${id}`);
    }
    this.#legs.set(id, leg);
    return leg;
  }

  leg(id: string): RelayLeg {
    const leg = this.#legs.get(id);
    if (leg === undefined) throw new RtpRelayError('UNKNOWN_LEG', `no leg ${id} in session ${this.callId}`);
    return leg;
  }

  get legs(): readonly RelayLeg[] {
    return [...this.#legs.values()];
  }

  /** Forwards RTP and RTCP between two legs, both ways; each is first unbridged from any other. */
  bridge(a: RelayLeg, b: RelayLeg): void {
    if (a === b) throw new RtpRelayError('INVALID_OPTIONS', 'a leg cannot be bridged with itself');
    this.#own(a);
    this.#own(b);
    this.unbridge(a);
    this.unbridge(b);
    a.link(b);
    b.link(a);
  }

  /** Stops forwarding from and to this leg; packets still arrive, are counted and reach listeners. */
  unbridge(leg: RelayLeg): void {
    const peer = leg.bridgedTo;
    leg.link(undefined);
    if (peer?.bridgedTo === leg) peer.link(undefined);
  }

  /** Closes one leg (a fork that lost, a transferred-away party); its final figures are kept. */
  removeLeg(leg: RelayLeg): LegMediaStatistics {
    this.#own(leg);
    this.unbridge(leg);
    this.#legs.delete(leg.id);
    const stats = leg.close();
    this.#final.set(leg.id, stats);
    this.#host.releaseLeg(leg);
    return stats;
  }

  /**
   * Called once when no leg received RTP for the relay's inactivity timeout (ringing without early
   * media, or a dead phone): the B2BUA tears the call down. Pause it with `watchInactivity(false)`
   * while silence is expected (ringing, both sides on hold).
   */
  onInactive(listener: () => void): () => void {
    this.#inactiveListeners.add(listener);
    return () => this.#inactiveListeners.delete(listener);
  }

  watchInactivity(enabled: boolean): void {
    this.#watching = enabled;
    this.#watchFromMs = this.#host.now();
  }

  /** Relay use: fires the inactivity listeners once the timeout has passed. */
  checkInactivity(nowMs: number, timeoutMs: number): void {
    if (!this.#watching || this.#inactiveFired || this.#closed) return;
    let last = this.#watchFromMs;
    for (const leg of this.#legs.values()) {
      if (leg.lastRtpAtMs !== undefined && leg.lastRtpAtMs > last) last = leg.lastRtpAtMs;
    }
    if (nowMs - last < timeoutMs) return;
    this.#inactiveFired = true;
    for (const listener of this.#inactiveListeners) listener();
  }

  /** Per-leg figures for the CDR, including legs already removed. */
  stats(): Record<string, LegMediaStatistics> {
    const out: Record<string, LegMediaStatistics> = Object.fromEntries(this.#final);
    for (const leg of this.#legs.values()) out[leg.id] = leg.stats();
    return out;
  }

  /** Closes every socket, frees the ports, and returns the final per-leg statistics. Idempotent. */
  close(): Record<string, LegMediaStatistics> {
    if (!this.#closed) {
      for (const leg of [...this.#legs.values()]) this.removeLeg(leg);
      this.#closed = true;
      this.#inactiveListeners.clear();
      this.#host.sessionClosed(this);
    }
    return Object.fromEntries(this.#final);
  }

  get closed(): boolean {
    return this.#closed;
  }

  #own(leg: RelayLeg): void {
    if (this.#legs.get(leg.id) !== leg) {
      throw new RtpRelayError('UNKNOWN_LEG', `leg ${leg.id} is not part of session ${this.callId}`);
    }
  }
}
