import type { BLegTarget } from './b-leg';

/*
 * The seam between the call flow and how one SIP leg carries its media. The B2BUA anchors plain
 * RTP at the relay (sdp-anchor.ts); a leg whose endpoint speaks something else — a browser with
 * ICE and DTLS-SRTP (webrtc/) — gets a LegMedia that translates its SDP to plain RTP on the way in
 * and back on the way out, and bridges the media between its own transport and the relay leg.
 * Phones get `PLAIN_LEG_MEDIA`, which changes nothing.
 *
 * The translations are synchronous (they sit inside the call's offer/answer steps); whatever needs
 * I/O — sockets, a peer connection — is prepared by the factory before the leg is used.
 */

export type SdpKind = 'offer' | 'answer';

export interface LegMedia {
  /** What kind of leg this is, for logs and the CDR's source kind. */
  readonly kind: 'plain' | 'webrtc';
  /** SDP from the leg's endpoint → plain RTP SDP for the relay (throws on SDP the leg cannot use). */
  fromLeg(sdp: string, kind: SdpKind): string;
  /** Plain RTP SDP from the relay side → the SDP this leg's endpoint is sent. */
  toLeg(sdp: string, kind: SdpKind): string;
  /** Frees sockets and the peer connection; idempotent. */
  close(): void;
}

/** A callee leg's media and the offer its endpoint gets. */
export interface PreparedCallee {
  readonly media: LegMedia;
  readonly offer: string;
}

/** Chooses the media of each leg of a call. */
export interface LegMediaFactory {
  /** The caller's leg, from its initial offer (a WebRTC offer gets the WebRTC gateway). */
  forCaller(callId: string, offer: string): Promise<LegMedia>;
  /** A callee leg, from where it goes and the plain offer toward the callees. */
  forCallee(callId: string, target: BLegTarget, plainOffer: string): Promise<PreparedCallee>;
}

export const PLAIN_LEG_MEDIA: LegMedia = {
  kind: 'plain',
  fromLeg: (sdp) => sdp,
  toLeg: (sdp) => sdp,
  close: () => {},
};

/** Every leg plain RTP: the factory when the edge has no WebRTC gateway. */
export const PLAIN_LEG_MEDIA_FACTORY: LegMediaFactory = {
  forCaller: async () => PLAIN_LEG_MEDIA,
  forCallee: async (_callId, _target, plainOffer) => ({ media: PLAIN_LEG_MEDIA, offer: plainOffer }),
};
