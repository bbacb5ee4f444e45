/*
 * The edge's one media port range (RTP_PORT_MIN–RTP_PORT_MAX) is shared by the RTP relay and the
 * WebRTC peer connections: the top WEBRTC_PORT_SHARE_PERCENT of it is carved off for ICE host
 * candidates, the rest stays the relay's. One range means one firewall rule; two disjoint parts
 * mean the relay's PortAllocator and the peer connections never race for a port.
 *
 * A WebRTC leg takes one port for everything (BUNDLE and rtcp-mux are mandatory in WebRTC,
 * RFC 8843, RFC 8834 §5.1.3); it is reserved as an even/odd pair like the relay's so both parts
 * use the same bookkeeping (rtp-relay/port-allocator.ts), the odd port being werift's fallback when
 * another process holds the even one.
 */

export interface PortRange {
  readonly min: number;
  readonly max: number;
}

export interface MediaPortPlan {
  readonly relay: PortRange;
  readonly webrtc: PortRange;
}

/** Splits [min, max] at an even port; each part keeps at least one even/odd pair. */
export function carveWebRtcPorts(min: number, max: number, sharePercent: number): MediaPortPlan {
  if (!(sharePercent > 0 && sharePercent < 100)) {
    throw new RangeError(`WebRTC port share must be between 1 and 99 %, got ${sharePercent}`);
  }
  const size = max - min + 1;
  let webrtcMin = max + 1 - Math.max(2, Math.floor((size * sharePercent) / 100));
  if (webrtcMin % 2 === 1) webrtcMin -= 1;
  if (webrtcMin - min < 2 || max - webrtcMin < 1) {
    throw new RangeError(`media port range ${min}–${max} is too small to share with WebRTC`);
  }
  return { relay: { min, max: webrtcMin - 1 }, webrtc: { min: webrtcMin, max } };
}
