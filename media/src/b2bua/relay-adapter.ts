import type { RtpStats } from '@carillon/call-control';
import type { LegMediaStatistics } from '../rtp-relay/leg-statistics';
import type { RelayLeg } from '../rtp-relay/relay-leg';
import type { RelaySession } from '../rtp-relay/relay-session';
import type { RtpRelay } from '../rtp-relay/rtp-relay';
import type {
  MediaCodec,
  MediaRelayLeg,
  MediaRelayPort,
  MediaRelaySession,
  RemoteMedia,
  Side,
} from './media-port';

/*
 * The B2BUA's MediaRelayPort over the real RtpRelay: one RelaySession per call with two legs, `a`
 * facing the caller and `b` facing whichever callee answers (forks share the b leg: only one of
 * them ever gets media through, RFC 3261 §13.2.2.4 leaves the others to be cancelled).
 */

class RelayLegAdapter implements MediaRelayLeg {
  readonly leg: RelayLeg;
  constructor(leg: RelayLeg) {
    this.leg = leg;
  }

  get local() {
    return { address: this.leg.local.address, port: this.leg.local.port };
  }

  setRemote(remote: RemoteMedia | undefined): void {
    this.leg.setRemote(remote?.address, remote?.port);
  }

  setCodec(codec: MediaCodec | undefined): void {
    this.leg.setCodec(codec);
  }
}

/** A call's media at the relay; `leg(side)` gives the media engine the relay leg itself. */
export class RelaySessionAdapter implements MediaRelaySession {
  readonly a: RelayLegAdapter;
  readonly b: RelayLegAdapter;
  readonly #session: RelaySession;

  constructor(session: RelaySession, a: RelayLeg, b: RelayLeg) {
    this.#session = session;
    this.a = new RelayLegAdapter(a);
    this.b = new RelayLegAdapter(b);
  }

  leg(side: Side): RelayLeg {
    return side === 'a' ? this.a.leg : this.b.leg;
  }

  bridge(): void {
    this.#session.bridge(this.a.leg, this.b.leg);
    // Once bridged, silence on both legs means a dead call (RFC 3550 senders send every 20 ms).
    this.#session.watchInactivity(true);
  }

  unbridge(): void {
    this.#session.unbridge(this.a.leg);
  }

  stats(side: Side): RtpStats | null {
    const figures = this.#session.stats()[this.leg(side).id];
    return figures === undefined ? null : toRtpStats(figures);
  }

  onInactive(listener: () => void): void {
    this.#session.onInactive(listener);
  }

  close(): void {
    this.#session.close();
  }
}

/** The CDR's per-leg figures (MOS is not estimated yet). */
export function toRtpStats(figures: LegMediaStatistics): RtpStats | null {
  if (figures.packetsReceived === 0 && figures.packetsSent === 0) return null;
  return {
    packetsSent: figures.packetsSent,
    packetsReceived: figures.packetsReceived,
    bytesSent: figures.bytesSent,
    bytesReceived: figures.bytesReceived,
    packetsLost: figures.packetsLost,
    jitterMs: figures.jitterMs,
    mos: null,
  };
}

export class RtpRelayPort implements MediaRelayPort {
  readonly #relay: RtpRelay;

  constructor(relay: RtpRelay) {
    this.#relay = relay;
  }

  async open(callId: string): Promise<RelaySessionAdapter> {
    const session = this.#relay.createSession(callId);
    try {
      const a = await session.addLeg(`${callId}-a`);
      const b = await session.addLeg(`${callId}-b`);
      return new RelaySessionAdapter(session, a, b);
    } catch (error) {
      session.close();
      throw error;
    }
  }
}
