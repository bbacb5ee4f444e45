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

export interface LegMedia {
  /** What kind of leg this is, for logs and the CDR's source kind. */
  readonly kind: 'plain' | 'webrtc';
  /** SDP (offer or answer) from the leg's endpoint → plain RTP SDP for the relay; throws when unusable. */
  fromLeg(sdp: string): string;
  /** Plain RTP SDP from the relay side (offer or answer) → the SDP this leg's endpoint is sent. */
  toLeg(sdp: string): string;
  /** Frees sockets and the peer connection; idempotent. */
  close(): void;
}

/** Why a leg's media could not be set up, as the SIP status the caller gets (488 or 503). */
export interface LegMediaFailure {
  readonly sipStatus: 488 | 503;
  /** Short, for the reason phrase. */
  readonly reason: string;
}

export function isLegMediaFailure(error: unknown): error is LegMediaFailure {
  const status = (error as Partial<LegMediaFailure> | null)?.sipStatus;
  return (status === 488 || status === 503) && typeof (error as LegMediaFailure).reason === 'string';
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

/**
 * The legs' media of one call: the caller's (chosen from its INVITE) and one per callee fork
 * (chosen when the dial starts). Closed together when the call ends; a fork that fails is released
 * at once.
 */
export class CallLegMedia {
  readonly callId: string;
  readonly #factory: LegMediaFactory;
  readonly #callees = new Map<object, LegMedia>();
  #caller: LegMedia;

  constructor(factory: LegMediaFactory, callId: string, caller: LegMedia) {
    this.#factory = factory;
    this.callId = callId;
    this.#caller = caller;
  }

  get caller(): LegMedia {
    return this.#caller;
  }

  /**
   * Another party took the caller's place by transfer (transfer.ts): its media translates side a
   * from now on, and the transferor's (a browser's peer connection) is closed.
   */
  replaceCaller(media: LegMedia): void {
    if (media === this.#caller) return;
    this.#caller.close();
    this.#caller = media;
  }

  /** Media and offer for a callee; attach the media to the fork once it exists. */
  prepareCallee(target: BLegTarget, plainOffer: string): Promise<PreparedCallee> {
    return this.#factory.forCallee(this.callId, target, plainOffer);
  }

  attach(fork: object, media: LegMedia): void {
    this.#callees.set(fork, media);
  }

  /** The media of side a, or of the given callee fork (plain when it has none). */
  of(side: 'a' | 'b', fork: object | undefined): LegMedia {
    if (side === 'a') return this.caller;
    return (fork && this.#callees.get(fork)) ?? PLAIN_LEG_MEDIA;
  }

  release(fork: object): void {
    this.#callees.get(fork)?.close();
    this.#callees.delete(fork);
  }

  closeAll(): void {
    this.#caller.close();
    for (const media of this.#callees.values()) media.close();
    this.#callees.clear();
  }
}
