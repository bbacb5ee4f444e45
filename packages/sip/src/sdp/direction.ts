import type { MediaDescription, SessionDescription } from 'sdp-transform';

/** RFC 8866 §6.7 direction attributes, seen from the side that wrote the description. */
export type MediaDirection = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

function sends(d: MediaDirection): boolean {
  return d === 'sendrecv' || d === 'sendonly';
}

function receives(d: MediaDirection): boolean {
  return d === 'sendrecv' || d === 'recvonly';
}

function fromFlags(send: boolean, receive: boolean): MediaDirection {
  if (send && receive) return 'sendrecv';
  if (send) return 'sendonly';
  if (receive) return 'recvonly';
  return 'inactive';
}

/** The RFC 2543 hold form: a connection address of 0.0.0.0 (RFC 3264 §8.4). */
export function isNullConnection(ip: string | undefined): boolean {
  return ip === '0.0.0.0' || ip === '::';
}

/**
 * Direction of one m= line as its author means it: the media-level attribute,
 * else the session-level one, else sendrecv (RFC 8866 §6.7). A 0.0.0.0
 * connection address is the RFC 2543 way of saying "do not send to me", so it
 * removes the receive half (RFC 3264 §8.4).
 */
export function mediaDirection(sdp: SessionDescription, media: MediaDescription): MediaDirection {
  const declared: MediaDirection = media.direction ?? sdp.direction ?? 'sendrecv';
  return isNullConnectionHold(sdp, media) ? fromFlags(sends(declared), false) : declared;
}

/**
 * 0.0.0.0 means hold only without ICE: with ICE it is the placeholder of an
 * offer whose candidates are still trickling (RFC 8840 §4.1.1, RFC 8839 §4.2.1.3).
 */
export function isNullConnectionHold(sdp: SessionDescription, media: MediaDescription): boolean {
  const ip = media.connection?.ip ?? sdp.connection?.ip;
  const ice = (media.iceUfrag ?? sdp.iceUfrag) !== undefined;
  return isNullConnection(ip) && !ice;
}

/**
 * The direction an answerer may use for a stream offered with `offered`
 * (RFC 3264 §6.1): sendonly is answered recvonly, recvonly sendonly, inactive
 * inactive; `local` narrows it further, e.g. "inactive" when we hold too.
 */
export function answerDirection(offered: MediaDirection, local: MediaDirection = 'sendrecv'): MediaDirection {
  return fromFlags(receives(offered) && sends(local), sends(offered) && receives(local));
}

/** The offer that puts a stream on hold from a previous direction (RFC 3264 §8.4). */
export function holdDirection(previous: MediaDirection): MediaDirection {
  return fromFlags(sends(previous), false);
}

export interface StreamDirection {
  index: number;
  type: string;
  direction: MediaDirection;
}

export interface HoldState {
  streams: StreamDirection[];
  /**
   * True when the author wants to receive nothing on any active stream: every
   * m= line with a non-zero port is sendonly or inactive (RFC 3264 §8.4),
   * whichever of the three signalling forms was used.
   */
  isHold: boolean;
}

export function detectHold(sdp: SessionDescription): HoldState {
  const streams: StreamDirection[] = [];
  sdp.media.forEach((media, index) => {
    if (media.port === 0) return;
    streams.push({ index, type: media.type, direction: mediaDirection(sdp, media) });
  });
  return { streams, isHold: streams.length > 0 && streams.every((s) => !receives(s.direction)) };
}
