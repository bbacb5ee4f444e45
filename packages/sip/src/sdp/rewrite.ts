import type { MediaDescription, SessionDescription } from 'sdp-transform';
import { isNullConnectionHold, mediaDirection } from './direction';
import { connectionFor } from './origin';
import { cloneSdp } from './session-description';

/** Where the media relay receives one stream. */
export interface RelayEndpoint {
  address: string;
  port: number;
  /** Separate RTCP port, signalled with a=rtcp (RFC 3605); omit for port+1 or with rtcp-mux. */
  rtcpPort?: number;
}

/** Our ICE credentials on a leg where the relay terminates ICE (RFC 8839 §5.4). */
export interface IceParameters {
  ufrag: string;
  pwd: string;
  /** Announce ice-lite (RFC 8839 §5.3): a relay with a public address needs no checks of its own. */
  lite?: boolean;
}

export interface DtlsParameters {
  fingerprint: { type: string; hash: string };
  /** RFC 4145 §4 / RFC 5763 §5: actpass in offers; active or passive in answers. */
  setup: 'actpass' | 'active' | 'passive';
}

export interface AnchorOptions {
  /** Relay endpoint for each m= line with a non-zero port. */
  endpoint: (index: number, media: MediaDescription) => RelayEndpoint;
  /**
   * ICE toward the far leg. "strip" for plain RTP legs: the candidates name
   * the other party's addresses, which the far leg cannot reach. "keep" only
   * when the relay forwards ICE untouched. Parameters replace everything with
   * our credentials and one host candidate per component at the relay.
   */
  ice?: 'keep' | 'strip' | IceParameters;
  /** DTLS-SRTP toward the far leg; "strip" for plain RTP legs. */
  dtls?: 'keep' | 'strip' | DtlsParameters;
  /**
   * Source-level attributes (a=ssrc, a=ssrc-group, RFC 5576). "keep" (default) when the relay
   * forwards the sender's SSRC; "strip" when what the far leg receives may come from another
   * source later (a relay that normalises RTP across transfers and prompts keeps one SSRC of its
   * own choosing), so the SDP must not promise the sender's.
   */
  ssrc?: 'keep' | 'strip';
  /** Change the m= line profile, e.g. "RTP/AVP" when bridging WebRTC to a SIP trunk. */
  protocol?: string;
  /** Also put the relay address in o= (the description now comes from us). */
  originAddress?: string;
}

/**
 * Rewrites a description so media flows through the relay (media anchoring):
 * session and media c= and m= ports name the relay. Rejected m= lines (port
 * 0) stay rejected. Other attributes, including msid, mid and rtcp-mux, are
 * carried unchanged, and ssrc unless `ssrc: 'strip'`. Returns a copy.
 */
export function anchorMedia(original: SessionDescription, options: AnchorOptions): SessionDescription {
  const sdp = cloneSdp(original);
  const ice = options.ice ?? 'keep';
  const dtls = options.dtls ?? 'keep';
  let sessionAddress: string | undefined;

  sdp.media.forEach((media, index) => {
    // Rejected lines keep no ICE or DTLS either: the far leg would not understand them.
    if (ice !== 'keep') stripIce(media);
    if (dtls !== 'keep') {
      delete media.fingerprint;
      delete media.setup;
    }
    if (options.ssrc === 'strip') {
      delete media.ssrcs;
      delete media.ssrcGroups;
    }
    if (media.port === 0) {
      delete media.rtcp;
      return;
    }
    // The RFC 2543 hold form lives in the address we are about to replace, so
    // say it with an attribute instead (RFC 3264 §8.4).
    if (isNullConnectionHold(original, original.media[index]!)) {
      media.direction = mediaDirection(original, original.media[index]!);
    }
    const endpoint = options.endpoint(index, media);
    sessionAddress ??= endpoint.address;
    media.port = endpoint.port;
    media.connection = connectionFor(endpoint.address);
    if (endpoint.rtcpPort !== undefined) {
      const { version, ip } = connectionFor(endpoint.address);
      media.rtcp = { port: endpoint.rtcpPort, netType: 'IN', ipVer: version, address: ip };
    } else {
      // A stale a=rtcp would point at the other party's RTCP port.
      delete media.rtcp;
    }
    if (options.protocol !== undefined) retargetProfile(media, options.protocol);
    if (typeof ice === 'object') addIce(media, ice, endpoint);
    if (typeof dtls === 'object') {
      media.fingerprint = { ...dtls.fingerprint };
      media.setup = dtls.setup;
    }
  });

  if (sdp.connection !== undefined || sessionAddress !== undefined) {
    sdp.connection = connectionFor(sessionAddress ?? sdp.connection!.ip);
  }
  // Topology hiding: a rejected line's own c= would still name the other party.
  for (const media of sdp.media) {
    if (media.port === 0 && media.connection !== undefined && sdp.connection !== undefined) {
      media.connection = { ...sdp.connection };
    }
  }
  if (ice !== 'keep') stripIce(sdp);
  if (typeof ice === 'object' && ice.lite) sdp.icelite = 'ice-lite';
  if (dtls !== 'keep') {
    delete sdp.fingerprint;
    delete sdp.setup;
  }
  if (options.originAddress !== undefined) {
    sdp.origin = {
      ...sdp.origin,
      address: options.originAddress,
      ipVer: connectionFor(options.originAddress).version,
    };
  }
  return sdp;
}

/**
 * RFC 5763 §5: the answerer to an actpass offer should be active; otherwise
 * it takes the role the offerer left.
 */
export function answerSetup(offered: string | undefined): 'active' | 'passive' {
  return offered === 'active' ? 'passive' : 'active';
}

function stripIce(target: SessionDescription | MediaDescription): void {
  delete target.iceUfrag;
  delete target.icePwd;
  delete target.iceOptions;
  if ('media' in target) {
    delete target.icelite;
  } else {
    delete target.candidates;
    delete target.endOfCandidates;
    delete target.remoteCandidates;
  }
}

// RFC 8445 §5.1.2.1 with the recommended host type preference 126 and a single local preference.
function hostPriority(component: number): number {
  return 126 * 2 ** 24 + 65535 * 2 ** 8 + (256 - component);
}

function addIce(media: MediaDescription, ice: IceParameters, endpoint: RelayEndpoint): void {
  media.iceUfrag = ice.ufrag;
  media.icePwd = ice.pwd;
  const components = media.rtcpMux === undefined ? [1, 2] : [1];
  media.candidates = components.map((component) => ({
    foundation: '1',
    component,
    transport: 'udp',
    priority: hostPriority(component),
    ip: endpoint.address,
    port: component === 1 ? endpoint.port : (endpoint.rtcpPort ?? endpoint.port + 1),
    type: 'host',
  }));
  // No trickling from a relay: the candidate list is complete (RFC 8840 §4.1).
  media.endOfCandidates = 'end-of-candidates';
}

/** Drops attributes the new profile cannot carry: SRTP keys off SAVP, feedback off AVPF (RFC 4585 §4). */
function retargetProfile(media: MediaDescription, protocol: string): void {
  media.protocol = protocol;
  if (!protocol.includes('SAVP')) {
    delete media.crypto;
    delete media.fingerprint;
    delete media.setup;
  }
  if (!protocol.endsWith('AVPF')) {
    delete media.rtcpFb;
    delete media.rtcpFbTrrInt;
  }
}
