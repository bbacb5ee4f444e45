import {
  connectionFor,
  type MediaDescription,
  type MediaDirection,
  mediaDirection,
  offeredFormats,
  type PayloadFormat,
  parseSdp,
  payloadTypes,
  type SessionDescription,
  serializeSdp,
} from '@carillon/sip';
import { WebRtcError } from './webrtc-error';

/*
 * SDP of the WebRTC media path, pure (sdp-transform through @carillon/sip): tell a browser's
 * description from a phone's, cut it down to what the edge bridges without transcoding, turn it
 * into the plain RTP description the relay and the SIP side speak, and fit the description the
 * edge's peer connection produced to what the far side negotiated.
 *
 * Codec choice: G.711 only. PCMU (RFC 3551 §4.5.14) and PCMA pass between browser and phone
 * unchanged, so the edge copies RTP payloads and never decodes audio. Every WebRTC browser must
 * offer both (RFC 7874 §3), beside Opus. Opus would need an Opus codec and a resampler per call at
 * the edge (transcoding); an offer with Opus alone is refused with 488 (`NO_G711`).
 * telephone-event/8000 (RFC 4733) goes with them; telephone-event/48000 belongs to Opus and is
 * dropped.
 */

/** RFC 8827 §6.5 / RFC 5764 §9: the profile of DTLS-SRTP media with RTCP feedback that browsers use. */
export const WEBRTC_PROFILE = 'UDP/TLS/RTP/SAVPF';
/** RFC 3551: what phones and the relay speak. */
export const PLAIN_PROFILE = 'RTP/AVP';

const G711 = new Set(['pcmu', 'pcma']);

/** Where one side of the bridge receives RTP: the relay leg, or the bridge's own socket. */
export interface MediaEndpoint {
  readonly address: string;
  readonly port: number;
}

/** True when the description is a WebRTC endpoint's: DTLS-SRTP on an audio line (RFC 8829 §5.2.1). */
export function isWebRtcDescription(sdp: SessionDescription): boolean {
  const audio = firstAudio(sdp);
  if (!audio) return false;
  return /\/TLS\/RTP\/SAVP/i.test(audio.protocol) || audio.fingerprint !== undefined;
}

/** `isWebRtcDescription` on text; unreadable SDP is not WebRTC (the SIP side answers it 488). */
export function isWebRtcSdp(text: string): boolean {
  try {
    return isWebRtcDescription(parseSdp(text));
  } catch {
    return false;
  }
}

/**
 * The formats the bridge keeps from an audio line, in the sender's order: PCMU and PCMA at 8 kHz,
 * and telephone-event at 8 kHz (its clock must be the audio's, RFC 4733 §2.1).
 */
export function bridgedFormats(media: MediaDescription): PayloadFormat[] {
  return offeredFormats(media).filter((f) => {
    const name = f.name.toLowerCase();
    return f.clockRate === 8000 && (f.channels ?? 1) === 1 && (G711.has(name) || name === 'telephone-event');
  });
}

/**
 * A browser's offer reduced to what the edge's peer connection may accept: the first audio line
 * with its G.711 and telephone-event/8000 formats only; any other line is rejected (port 0,
 * RFC 3264 §6) and left out of the BUNDLE group. Throws `NO_G711` for an Opus-only offer and
 * `NO_AUDIO` for one without audio.
 */
export function restrictToBridgedFormats(text: string): string {
  const sdp = parseSdp(text);
  const audioIndex = sdp.media.findIndex((m) => m.type === 'audio' && m.port !== 0);
  if (audioIndex < 0) throw new WebRtcError('NO_AUDIO', 'the offer has no active audio stream');
  const audio = sdp.media[audioIndex]!;
  const keep = bridgedFormats(audio);
  if (!keep.some((f) => G711.has(f.name.toLowerCase()))) {
    throw new WebRtcError(
      'NO_G711',
      'the offer has neither PCMU nor PCMA; Opus alone would need transcoding at the edge',
    );
  }
  keepFormats(audio, keep);
  const kept = new Set<string>();
  sdp.media.forEach((m, i) => {
    if (i === audioIndex) {
      if (m.mid !== undefined) kept.add(String(m.mid));
      return;
    }
    m.port = 0;
  });
  if (sdp.groups) {
    sdp.groups = sdp.groups
      // sdp-transform reads a lone numeric mid as a number.
      .map((g) => ({
        ...g,
        mids: String(g.mids)
          .split(' ')
          .filter((mid) => kept.has(mid))
          .join(' '),
      }))
      .filter((g) => g.mids !== '');
  }
  return serializeSdp(sdp);
}

/**
 * A WebRTC description (offer or answer) as the plain RTP the relay speaks: its first audio line
 * only, profile RTP/AVP, G.711 and telephone-event/8000 formats in the browser's order, media at
 * `endpoint` (the bridge's socket toward the relay), direction kept. ICE, DTLS, RTCP feedback,
 * header extensions, SSRC and BUNDLE attributes are hop-by-hop and end at the edge. A line with
 * no G.711 comes out rejected (port 0).
 */
export function plainFromWebRtc(text: string, endpoint: MediaEndpoint): string {
  const sdp = parseSdp(text);
  const audio = firstAudio(sdp);
  if (!audio) throw new WebRtcError('NO_AUDIO', 'the description has no audio stream');
  const direction = mediaDirection(sdp, audio);
  const formats = bridgedFormats(audio);
  const usable = formats.some((f) => G711.has(f.name.toLowerCase()));
  const ptime = audio.ptime;
  const plain: MediaDescription = {
    type: 'audio',
    port: usable && audio.port !== 0 ? endpoint.port : 0,
    protocol: PLAIN_PROFILE,
    payloads: '',
    rtp: [],
    fmtp: [],
    connection: connectionFor(endpoint.address),
    direction,
  };
  if (ptime !== undefined) plain.ptime = ptime;
  keepFormats(plain, usable ? formats : offeredFormats(audio).slice(0, 1));
  const out: SessionDescription = {
    version: 0,
    origin: { ...sdp.origin },
    name: sdp.name || '-',
    timing: { start: 0, stop: 0 },
    connection: connectionFor(endpoint.address),
    media: [plain],
  };
  return serializeSdp(out);
}

export interface FitOptions {
  /** The o= version to write (RFC 3264 §8: one more than the last description sent, if it changed). */
  readonly sessionVersion: number;
}

/**
 * The edge's own WebRTC description (what its peer connection produced) fitted to what the far side
 * negotiated on the plain side (`plain`, the relay's description toward this leg): only the formats
 * the plain side kept, its direction (hold, RFC 3264 §8.4), a rejected line stays rejected, and
 * c=/m= name the host candidate (RFC 8839 §4.2.1.2: the default candidate goes in c= and m=).
 */
export function fitWebRtcDescription(local: string, plain: string, options: FitOptions): string {
  const sdp = parseSdp(local);
  const plainSdp = parseSdp(plain);
  const audio = firstAudio(sdp);
  const plainAudio = plainSdp.media.find((m) => m.type === 'audio');
  if (!audio || !plainAudio) throw new WebRtcError('NO_AUDIO', 'no audio stream to fit');
  const wanted = new Set(payloadTypes(plainAudio));
  const formats = offeredFormats(audio).filter((f) => wanted.has(f.payloadType));
  if (formats.length > 0) keepFormats(audio, formats);
  audio.direction = mediaDirection(plainSdp, plainAudio);
  const candidate = audio.candidates?.find((c) => c.component === 1 && c.transport.toLowerCase() === 'udp');
  if (plainAudio.port === 0) {
    audio.port = 0;
  } else if (candidate) {
    audio.port = candidate.port;
    audio.connection = connectionFor(candidate.ip);
    sdp.connection = connectionFor(candidate.ip);
    sdp.origin = { ...sdp.origin, address: candidate.ip, ipVer: connectionFor(candidate.ip).version };
  }
  // RFC 8839 §5.3: ice-lite is a session-level attribute; werift 0.25 writes it in the m= section.
  const mediaLevel = audio as { icelite?: string };
  if (mediaLevel.icelite !== undefined || sdp.icelite !== undefined) {
    delete mediaLevel.icelite;
    sdp.icelite = 'ice-lite';
  }
  // rtcp-mux is required in WebRTC (RFC 8834 §5.1.3): a=rtcp naming port 9 says nothing.
  delete audio.rtcp;
  sdp.origin = { ...sdp.origin, sessionVersion: options.sessionVersion };
  return serializeSdp(sdp);
}

/** ICE credentials of a description's first audio line (or the session's), for restart detection. */
export function iceCredentials(text: string): { ufrag?: string; pwd?: string } {
  const sdp = parseSdp(text);
  const audio = firstAudio(sdp);
  const ufrag = audio?.iceUfrag ?? sdp.iceUfrag;
  const pwd = audio?.icePwd ?? sdp.icePwd;
  return { ...(ufrag !== undefined ? { ufrag } : {}), ...(pwd !== undefined ? { pwd } : {}) };
}

/** Direction of the first audio line. */
export function audioDirection(text: string): MediaDirection | undefined {
  const sdp = parseSdp(text);
  const audio = firstAudio(sdp);
  return audio ? mediaDirection(sdp, audio) : undefined;
}

/** The G.711 and telephone-event/8000 formats of a description's first audio line. */
export function bridgedFormatsOf(text: string): PayloadFormat[] {
  const audio = firstAudio(parseSdp(text));
  return audio ? bridgedFormats(audio) : [];
}

function firstAudio(sdp: SessionDescription): MediaDescription | undefined {
  return sdp.media.find((m) => m.type === 'audio');
}

/** Keeps only `formats` on the line, with their rtpmap/fmtp and the rtcp-fb lines that belong to them. */
function keepFormats(media: MediaDescription, formats: readonly PayloadFormat[]): void {
  const pts = new Set(formats.map((f) => f.payloadType));
  media.payloads = formats.map((f) => f.payloadType).join(' ');
  media.rtp = formats.map((f) => ({ payload: f.payloadType, codec: f.name, rate: f.clockRate }));
  media.fmtp = formats
    .filter((f) => f.fmtp !== undefined)
    .map((f) => ({ payload: f.payloadType, config: f.fmtp! }));
  if (media.rtcpFb) {
    media.rtcpFb = media.rtcpFb.filter((fb) => fb.payload === '*' || pts.has(Number(fb.payload)));
  }
}

export type { MediaDirection };
