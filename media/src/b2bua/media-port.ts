import type { AudioSource, RtpStats } from '@carillon/call-control';
import type { RelayEndpoint } from '@carillon/sip';

/*
 * The narrow view the B2BUA has of the RTP relay and the media engine (built alongside in
 * `media/src/rtp-relay/` and `media/src/media-engine/`). The B2BUA codes against these; an adapter
 * over `RtpRelay`/`RelaySession` plugs in where the edge is assembled.
 */

/** A call's two sides: `a` faces the caller, `b` the callee(s). */
export type Side = 'a' | 'b';

export function otherSide(side: Side): Side {
  return side === 'a' ? 'b' : 'a';
}

export interface RemoteMedia {
  readonly address: string;
  readonly port: number;
}

/** The codec the edge itself negotiated with a side, for the media engine to encode to. */
export interface MediaCodec {
  readonly payloadType: number;
  readonly encoding: 'PCMU' | 'PCMA';
  /** RFC 4733 telephone-event payload type, when negotiated (gather hears RTP digits only then). */
  readonly telephoneEventPayloadType?: number;
}

/** One relay leg: where it receives (written into the SDP that faces its side) and where it sends. */
export interface MediaRelayLeg {
  readonly local: RelayEndpoint;
  /** What the side's SDP asked for; undefined when on hold with 0.0.0.0 (RFC 3264 §8.4). Latching may override. */
  setRemote(remote: RemoteMedia | undefined): void;
  /** Set when the edge answers a side itself (play, gather); relays without a media engine ignore it. */
  setCodec?(codec: MediaCodec | undefined): void;
}

export interface MediaRelaySession {
  readonly a: MediaRelayLeg;
  readonly b: MediaRelayLeg;
  /** Forward RTP/RTCP between the legs (after an answer, or for early media). */
  bridge(): void;
  unbridge(): void;
  /** Per-leg statistics for the CDR; null when the leg never saw media. */
  stats(side: Side): RtpStats | null;
  /** Called once when no RTP arrived on either leg for the relay's inactivity timeout. */
  onInactive(listener: () => void): void;
  close(): void;
}

export interface MediaRelayPort {
  open(callId: string): Promise<MediaRelaySession>;
}

export interface PlayOptions {
  readonly loop: number;
  readonly maxDurationMs?: number;
  readonly signal: AbortSignal;
}

export interface GatherOptions {
  readonly prompt?: AudioSource;
  readonly maxDigits: number;
  readonly terminators: string;
  readonly firstDigitTimeoutMs: number;
  readonly interDigitTimeoutMs: number;
  readonly signal: AbortSignal;
}

export interface GatherOutcome {
  readonly digits: string;
  readonly terminator?: string;
  readonly timedOut: boolean;
}

/** The media engine's operations the call-control actions need. */
export interface MediaEnginePort {
  play(session: MediaRelaySession, side: Side, source: AudioSource, options: PlayOptions): Promise<void>;
  gather(session: MediaRelaySession, side: Side, options: GatherOptions): Promise<GatherOutcome>;
  /** A digit received out of band (SIP INFO, RFC 6086) enters the leg as if sent in RTP (RFC 4733). */
  injectDigit(session: MediaRelaySession, side: Side, digit: string, durationMs: number): void;
}
