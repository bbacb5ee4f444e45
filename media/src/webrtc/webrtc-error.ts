/**
 * Why a WebRTC leg could not be set up. The B2BUA answers the caller 488 (Not Acceptable Here) for
 * the SDP cases and 503 for PORTS_EXHAUSTED; a callee leg that fails is not rung.
 */
export type WebRtcErrorCode =
  /** An offer without PCMU/PCMA (e.g. Opus only): the edge does not transcode. */
  | 'NO_G711'
  | 'NO_AUDIO'
  /** A re-offer with new ICE credentials (RFC 8839 §4.4.1.1.1): ICE restart is not supported. */
  | 'ICE_RESTART'
  | 'PORTS_EXHAUSTED'
  /** The peer connection refused a description or failed to produce one. */
  | 'NEGOTIATION_FAILED';

const REASONS: Record<WebRtcErrorCode, string> = {
  NO_G711: 'WebRTC offer without PCMU or PCMA',
  NO_AUDIO: 'No audio stream',
  ICE_RESTART: 'ICE restart not supported',
  PORTS_EXHAUSTED: 'No media ports',
  NEGOTIATION_FAILED: 'WebRTC negotiation failed',
};

/** Also a LegMediaFailure (b2bua/leg-media.ts): the B2BUA answers with its status and reason. */
export class WebRtcError extends Error {
  readonly code: WebRtcErrorCode;

  constructor(code: WebRtcErrorCode, message: string) {
    super(message);
    this.name = 'WebRtcError';
    this.code = code;
  }

  get sipStatus(): 488 | 503 {
    return this.code === 'PORTS_EXHAUSTED' ? 503 : 488;
  }

  get reason(): string {
    return REASONS[this.code];
  }
}
