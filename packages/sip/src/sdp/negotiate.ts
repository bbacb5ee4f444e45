import type { MediaDescription, SessionDescription } from 'sdp-transform';
import {
  applyFormats,
  type Codec,
  intersectEvents,
  isTelephoneEvent,
  offeredFormats,
  type PayloadFormat,
  sameCodec,
  TELEPHONE_EVENT_8000,
  TELEPHONE_EVENT_48000,
} from './codecs';
import { answerDirection, type MediaDirection, mediaDirection } from './direction';
import { connectionFor, type Origin } from './origin';
import type { RelayEndpoint } from './rewrite';

export interface MediaCapabilities {
  /** Audio codecs we can handle, most preferred first (telephone-event goes in telephoneEvents). */
  audio: readonly Codec[];
  /** telephone-event formats we accept, one per clock rate. Default: 8000 and 48000 Hz. */
  telephoneEvents?: readonly Codec[];
  /** RTP profiles we terminate, e.g. ["RTP/AVP"], plus "UDP/TLS/RTP/SAVPF" where the relay does WebRTC. */
  protocols: readonly string[];
  /** Packetization we ask for when the offer names none (RFC 8866 §6.4). */
  ptime?: number;
  /** Answer a=rtcp-mux when offered (RFC 5761 §5.1.1). Default true. */
  rtcpMux?: boolean;
}

export interface AnswerOptions {
  capabilities: MediaCapabilities;
  /** Our o= line: our session id and version, not the offerer's (RFC 8866 §5.2). */
  origin: Origin;
  /** Where we receive each accepted stream (the media relay), by m= line index. */
  endpoint: (index: number, offered: MediaDescription) => RelayEndpoint;
  /** What we want ourselves, e.g. "inactive" while we hold too. Default sendrecv. */
  localDirection?: MediaDirection;
  /** Whose codec order wins. Default "local": we pick our favourite the offer allows. */
  preference?: 'local' | 'offerer';
}

export type StreamRejection =
  | 'rejected-by-offerer'
  | 'unsupported-media'
  | 'unsupported-protocol'
  | 'no-common-codec';

export interface NegotiatedStream {
  index: number;
  type: string;
  accepted: boolean;
  rejection?: StreamRejection;
  /** The one codec we answered, with the offerer's payload type. */
  codec?: PayloadFormat;
  /** telephone-event at the codec's clock rate (RFC 4733 §2.1 shares the audio clock), if both sides do it. */
  telephoneEvent?: PayloadFormat;
  ptime?: number;
  /** Our direction in the answer. */
  direction: MediaDirection;
  /** Where the offerer wants to receive this stream (0.0.0.0 for the RFC 2543 hold form). */
  remote?: { address: string; port: number };
}

export interface Answer {
  answer: SessionDescription;
  streams: NegotiatedStream[];
}

/**
 * Builds an answer per RFC 3264 §6: one m= line per offered one, in the same
 * order; rejected streams get port 0 but keep a format; accepted audio
 * streams carry exactly one codec (so neither side switches codec mid-call)
 * plus telephone-event at its clock rate, with the offerer's payload types.
 * ICE and DTLS of our side are added afterwards with rewrite.ts.
 */
export function negotiateAnswer(offer: SessionDescription, options: AnswerOptions): Answer {
  const { capabilities } = options;
  const streams: NegotiatedStream[] = [];
  const media = offer.media.map((offered, index) => {
    const outcome = negotiateStream(offer, offered, index, options);
    streams.push(outcome.stream);
    return outcome.media;
  });

  const firstAccepted = media.find((m) => m.port !== 0);
  const answer: SessionDescription = {
    version: 0,
    origin: { ...options.origin },
    name: '-',
    timing: { start: 0, stop: 0 },
    // Session-level c= covers rejected m= lines too (RFC 8866 §5.7).
    connection: firstAccepted?.connection ?? connectionFor(options.origin.address),
    media,
  };
  // RFC 8843 §7.3: the answer's BUNDLE group lists only mids it accepted.
  const bundle = offer.groups?.find((g) => g.type === 'BUNDLE');
  if (bundle !== undefined) {
    const accepted = new Set(
      media.filter((m) => m.port !== 0 && m.mid !== undefined).map((m) => String(m.mid)),
    );
    const mids = bundle.mids.split(' ').filter((mid) => accepted.has(mid));
    if (mids.length > 0) answer.groups = [{ type: 'BUNDLE', mids: mids.join(' ') }];
  }
  if (capabilities.rtcpMux === false) for (const m of media) delete m.rtcpMux;
  return { answer, streams };
}

function negotiateStream(
  offer: SessionDescription,
  offered: MediaDescription,
  index: number,
  options: AnswerOptions,
): { media: MediaDescription; stream: NegotiatedStream } {
  const { capabilities } = options;
  const reject = (rejection: StreamRejection) => ({
    media: rejectedMedia(offered),
    stream: { index, type: offered.type, accepted: false, rejection, direction: 'inactive' as const },
  });
  if (offered.port === 0) return reject('rejected-by-offerer');
  if (offered.type !== 'audio') return reject('unsupported-media');
  if (!capabilities.protocols.includes(offered.protocol)) return reject('unsupported-protocol');

  const formats = offeredFormats(offered);
  const codec = chooseCodec(formats, capabilities.audio, options.preference ?? 'local');
  if (codec === undefined) return reject('no-common-codec');

  const ours = capabilities.telephoneEvents ?? [TELEPHONE_EVENT_8000, TELEPHONE_EVENT_48000];
  const telephoneEvent = chooseTelephoneEvent(formats, ours, codec.clockRate);
  const ptime = offered.ptime ?? capabilities.ptime;
  const direction = answerDirection(mediaDirection(offer, offered), options.localDirection);
  const endpoint = options.endpoint(index, offered);

  const media: MediaDescription = {
    type: offered.type,
    port: endpoint.port,
    protocol: offered.protocol,
    payloads: '',
    rtp: [],
    fmtp: [],
    connection: connectionFor(endpoint.address),
    direction,
  };
  applyFormats(media, telephoneEvent === undefined ? [codec] : [codec, telephoneEvent]);
  if (ptime !== undefined) media.ptime = ptime;
  if (offered.mid !== undefined) media.mid = offered.mid;
  if (offered.rtcpMux !== undefined) media.rtcpMux = offered.rtcpMux;
  if (endpoint.rtcpPort !== undefined && offered.rtcpMux === undefined) {
    media.rtcp = { port: endpoint.rtcpPort, netType: 'IN', ...ipFields(endpoint.address) };
  }

  const remoteAddress = offered.connection?.ip ?? offer.connection?.ip ?? '0.0.0.0';
  const stream: NegotiatedStream = {
    index,
    type: offered.type,
    accepted: true,
    codec,
    direction,
    remote: { address: remoteAddress, port: offered.port },
  };
  if (telephoneEvent !== undefined) stream.telephoneEvent = telephoneEvent;
  if (ptime !== undefined) stream.ptime = ptime;
  return { media, stream };
}

function chooseCodec(
  formats: readonly PayloadFormat[],
  ours: readonly Codec[],
  preference: 'local' | 'offerer',
): PayloadFormat | undefined {
  const audio = formats.filter((f) => !isTelephoneEvent(f));
  let match: { offered: PayloadFormat; local: Codec } | undefined;
  if (preference === 'local') {
    for (const local of ours) {
      const offered = audio.find((f) => sameCodec(f, local));
      if (offered !== undefined) {
        match = { offered, local };
        break;
      }
    }
  } else {
    for (const offered of audio) {
      const local = ours.find((c) => sameCodec(offered, c));
      if (local !== undefined) {
        match = { offered, local };
        break;
      }
    }
  }
  if (match === undefined) return undefined;
  // RFC 3264 §6.1: keep the offerer's payload type; fmtp is what *we* want to receive.
  const chosen: PayloadFormat = { ...match.local, payloadType: match.offered.payloadType };
  delete chosen.staticPayloadType;
  return chosen;
}

function chooseTelephoneEvent(
  formats: readonly PayloadFormat[],
  ours: readonly Codec[],
  clockRate: number,
): PayloadFormat | undefined {
  const offered = formats.find((f) => isTelephoneEvent(f) && f.clockRate === clockRate);
  const local = ours.find((c) => isTelephoneEvent(c) && c.clockRate === clockRate);
  if (offered === undefined || local === undefined) return undefined;
  const events = intersectEvents(offered.fmtp, local.fmtp);
  if (events === undefined) return undefined;
  return { name: offered.name, clockRate, payloadType: offered.payloadType, fmtp: events };
}

/** RFC 3264 §6: port 0, at least one format from the offer, nothing else but the mid. */
function rejectedMedia(offered: MediaDescription): MediaDescription {
  const firstFormat = String(offered.payloads ?? '').split(' ')[0] ?? '0';
  const media: MediaDescription = {
    type: offered.type,
    port: 0,
    protocol: offered.protocol,
    payloads: firstFormat === '' ? '0' : firstFormat,
    rtp: [],
    fmtp: [],
  };
  if (offered.mid !== undefined) media.mid = offered.mid;
  return media;
}

function ipFields(address: string): { ipVer: number; address: string } {
  return { ipVer: address.includes(':') ? 6 : 4, address };
}
