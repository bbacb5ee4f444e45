import type { MediaDescription, SessionDescription } from 'sdp-transform';
import {
  applyFormats,
  type Codec,
  type PayloadFormat,
  TELEPHONE_EVENT_8000,
  TELEPHONE_EVENT_48000,
} from './codecs';
import type { MediaDirection } from './direction';
import { connectionFor, type Origin } from './origin';
import type { RelayEndpoint } from './rewrite';
import { SdpError } from './sdp-error';

export interface OfferStream {
  /** Only audio is negotiated by this PBX. */
  type: 'audio';
  endpoint: RelayEndpoint;
  /** Audio codecs, most preferred first; the m= line lists them in this order (RFC 3264 §5.1). */
  codecs: readonly Codec[];
  /**
   * telephone-event formats; each is offered only if some codec shares its
   * clock rate (RFC 4733 §2.1). Default: 8000 and 48000 Hz.
   */
  telephoneEvents?: readonly Codec[];
  /** Default RTP/AVP. */
  protocol?: string;
  ptime?: number;
  direction?: MediaDirection;
  rtcpMux?: boolean;
  mid?: string;
}

export interface OfferInput {
  /** From createOrigin / LocalSessionDescription, so the version follows RFC 3264 §8. */
  origin: Origin;
  streams: readonly OfferStream[];
}

const FIRST_DYNAMIC = 96;
const LAST_DYNAMIC = 127;

/** A new offer from our side (RFC 3264 §5). Dynamic payload types are numbered from 96 (RFC 3551 §3). */
export function createOffer(input: OfferInput): SessionDescription {
  if (input.streams.length === 0) throw new SdpError('an offer needs at least one stream');
  const media = input.streams.map(offerMedia);
  return {
    version: 0,
    origin: { ...input.origin },
    name: '-',
    timing: { start: 0, stop: 0 },
    connection: media[0]!.connection!,
    media,
  };
}

function offerMedia(stream: OfferStream): MediaDescription {
  const rates = new Set(stream.codecs.map((c) => c.clockRate));
  const events = (stream.telephoneEvents ?? [TELEPHONE_EVENT_8000, TELEPHONE_EVENT_48000]).filter((e) =>
    rates.has(e.clockRate),
  );
  let next = FIRST_DYNAMIC;
  const formats: PayloadFormat[] = [...stream.codecs, ...events].map((codec) => {
    if (codec.staticPayloadType !== undefined) return { ...codec, payloadType: codec.staticPayloadType };
    if (next > LAST_DYNAMIC) throw new SdpError('more than 32 dynamic payload types');
    return { ...codec, payloadType: next++ };
  });
  const media: MediaDescription = {
    type: stream.type,
    port: stream.endpoint.port,
    protocol: stream.protocol ?? 'RTP/AVP',
    payloads: '',
    rtp: [],
    fmtp: [],
    connection: connectionFor(stream.endpoint.address),
    direction: stream.direction ?? 'sendrecv',
  };
  applyFormats(media, formats);
  if (stream.ptime !== undefined) media.ptime = stream.ptime;
  if (stream.mid !== undefined) media.mid = stream.mid;
  if (stream.rtcpMux) media.rtcpMux = 'rtcp-mux';
  if (stream.endpoint.rtcpPort !== undefined) {
    const { version, ip } = connectionFor(stream.endpoint.address);
    media.rtcp = { port: stream.endpoint.rtcpPort, netType: 'IN', ipVer: version, address: ip };
  }
  return media;
}
