import type { SessionDescription } from 'sdp-transform';
import { serializeSdp } from './session-description';

/** The o= line (RFC 8866 §5.2). */
export type Origin = SessionDescription['origin'];

export type Connection = NonNullable<SessionDescription['connection']>;

/** A c= value for an address; IPv6 when it contains a colon (RFC 8866 §5.7). */
export function connectionFor(address: string): Connection {
  return { version: address.includes(':') ? 6 : 4, ip: address };
}

/**
 * A fresh o= line. RFC 8866 §5.2 only asks that <sess-id> be unique per
 * originator; random bits do that without reading a clock. Kept below 2^53
 * so sdp-transform's numeric parsing cannot round it.
 */
export function createOrigin(input: {
  address: string;
  randomBytes: (size: number) => Uint8Array;
  username?: string;
}): Origin {
  const bytes = input.randomBytes(6);
  let id = 0;
  for (const b of bytes.subarray(0, 6)) id = id * 256 + b;
  return {
    username: input.username ?? '-',
    sessionId: String(id === 0 ? 1 : id),
    sessionVersion: 1,
    netType: 'IN',
    ipVer: input.address.includes(':') ? 6 : 4,
    address: input.address,
  };
}

/**
 * Our side of one SDP session across offers and answers. RFC 3264 §8: every
 * new description we send carries our o= line with the version incremented
 * by one if anything changed, and the same version if nothing did (e.g. a
 * session refresh re-INVITE).
 */
export class LocalSessionDescription {
  #origin: Origin;
  #lastContent: string | undefined;

  constructor(origin: Origin) {
    this.#origin = { ...origin };
  }

  get origin(): Origin {
    return { ...this.#origin };
  }

  /** Stamps `sdp` with our origin, bumping the version when its content differs from the last one. */
  describe(sdp: SessionDescription): SessionDescription {
    const content = serializeSdp({ ...sdp, origin: { ...this.#origin, sessionVersion: 0 } });
    if (this.#lastContent !== undefined && content !== this.#lastContent) {
      this.#origin = { ...this.#origin, sessionVersion: this.#origin.sessionVersion + 1 };
    }
    this.#lastContent = content;
    return { ...sdp, origin: { ...this.#origin } };
  }
}
