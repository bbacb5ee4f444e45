import type { DtmfDigit } from '@carillon/rtp';

/** The codec a leg negotiated (from its SDP answer), for the media engine to encode and decode. */
export interface LegCodec {
  /** RTP payload type of the audio codec: 0/8 static (RFC 3551 §6), or the SDP's dynamic one. */
  readonly payloadType: number;
  readonly encoding: 'PCMU' | 'PCMA';
  /** RFC 4733 §7.1.1 telephone-event payload type, when the SDP negotiated one. */
  readonly telephoneEventPayloadType?: number;
}

/** Where a leg's RTCP goes besides the RTP port: RFC 3605 a=rtcp, or RFC 5761 a=rtcp-mux. */
export interface RemoteRtcp {
  readonly rtcpPort?: number;
  readonly rtcpMux?: boolean;
}

/** One key press on a leg: from RTP (RFC 4733) or out of band (SIP INFO, RFC 6086). */
export interface DtmfEvent {
  readonly digit: DtmfDigit;
  readonly source: 'rfc4733' | 'sip-info';
  /** Known for SIP INFO (Duration) and RFC 4733 end notices; not at key-down. */
  readonly durationMs?: number;
}

/** The address the relay advertises for a leg (what goes into the SDP facing that leg). */
export interface LocalMediaAddress {
  readonly address: string;
  readonly port: number;
  /** Always port + 1 (RFC 3550 §11); also valid when the remote multiplexes (RFC 5761). */
  readonly rtcpPort: number;
}
