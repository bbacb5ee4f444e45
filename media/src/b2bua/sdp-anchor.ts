import {
  anchorMedia,
  type Codec,
  createOffer,
  detectHold,
  LocalSessionDescription,
  type MediaCapabilities,
  negotiateAnswer,
  type Origin,
  type PayloadFormat,
  PCMA,
  PCMU,
  parseSdp,
  type RelayEndpoint,
  type SessionDescription,
  serializeSdp,
} from '@carillon/sip';
import { otherSide, type RemoteMedia, type Side } from './media-port';

/** What the edge itself can answer with when it terminates media (prompts, tones: G.711, RFC 4733). */
export const EDGE_MEDIA_CAPABILITIES: MediaCapabilities = {
  audio: [PCMA, PCMU],
  protocols: ['RTP/AVP'],
  rtcpMux: false,
};

export interface RelayedSdp {
  /** The description to send to the other side. */
  readonly sdp: string;
  /** Where the sending side wants media (for its relay leg); undefined on 0.0.0.0 hold or no audio. */
  readonly remote: RemoteMedia | undefined;
  /** RFC 3264 §8.4: the sender wants to receive nothing (hold). */
  readonly hold: boolean;
  /** Encoding names offered or answered, in order (for call.new `codecs`). */
  readonly codecs: readonly string[];
}

export interface LocalAnswer {
  readonly sdp: string;
  readonly remote: RemoteMedia | undefined;
  readonly codec: PayloadFormat | undefined;
  /** RFC 4733 telephone-event as answered, when the caller offered it. */
  readonly telephoneEvent?: PayloadFormat;
}

/**
 * Media anchoring for one call (RFC 3264 offer/answer through a relay): every description that
 * crosses the B2BUA is rewritten so that each side sees only the relay leg facing it, with one o=
 * line per side whose version follows RFC 3264 §8 (forks and re-INVITEs from the far end would
 * otherwise show the caller several sessions). Pure: no sockets, the relay endpoints are given.
 */
export class SdpAnchor {
  readonly #endpoints: Record<Side, RelayEndpoint>;
  readonly #describe: Record<Side, LocalSessionDescription>;

  constructor(endpoints: Record<Side, RelayEndpoint>, origins: Record<Side, Origin>) {
    this.#endpoints = endpoints;
    this.#describe = {
      a: new LocalSessionDescription(origins.a),
      b: new LocalSessionDescription(origins.b),
    };
  }

  /** An offer or answer from `from`, rewritten for the other side (throws SdpError on bad SDP). */
  relay(from: Side, body: string): RelayedSdp {
    const parsed = parseSdp(body);
    const to = otherSide(from);
    const anchored = anchorMedia(parsed, {
      endpoint: () => this.#endpoints[to],
      ice: 'strip',
      dtls: 'strip',
      // The relay keeps one SSRC per leg across transfers and prompts (rtp-relay/rtp-continuity.ts).
      ssrc: 'strip',
    });
    const described = this.#describe[to].describe(anchored);
    return {
      sdp: serializeSdp(described),
      remote: remoteOf(parsed),
      hold: detectHold(parsed).isHold,
      codecs: codecNames(parsed),
    };
  }

  /**
   * The edge answers the caller's offer itself (answer/play/gather before any callee answered):
   * one G.711 codec plus telephone-event, media at the relay's caller-facing leg (RFC 3264 §6).
   */
  answerLocally(offer: string): LocalAnswer {
    const parsed = parseSdp(offer);
    const { answer, streams } = negotiateAnswer(parsed, {
      capabilities: EDGE_MEDIA_CAPABILITIES,
      origin: this.#describe.a.origin,
      endpoint: () => this.#endpoints.a,
    });
    const audio = streams.find((s) => s.accepted && s.type === 'audio');
    return {
      sdp: serializeSdp(this.#describe.a.describe(answer)),
      remote: audio?.remote && !isNullAddress(audio.remote.address) ? audio.remote : undefined,
      codec: audio?.codec,
      ...(audio?.telephoneEvent ? { telephoneEvent: audio.telephoneEvent } : {}),
    };
  }

  /** A fresh offer to the callees once the caller's codec is fixed (the edge answered first). */
  offerWithCodec(codec: Codec): string {
    const offer = createOffer({
      origin: this.#describe.b.origin,
      streams: [{ type: 'audio', endpoint: this.#endpoints.b, codecs: [codec] }],
    });
    return serializeSdp(this.#describe.b.describe(offer));
  }
}

function isNullAddress(address: string): boolean {
  return address === '0.0.0.0' || address === '::';
}

/** The first active audio stream's address and port (media-level c= over session-level, RFC 8866 §5.7). */
export function remoteOf(sdp: SessionDescription): RemoteMedia | undefined {
  const audio = sdp.media.find((m) => m.type === 'audio' && m.port !== 0);
  if (!audio) return undefined;
  const address = audio.connection?.ip ?? sdp.connection?.ip;
  if (address === undefined || isNullAddress(address)) return undefined;
  return { address, port: audio.port };
}

/** Encoding names an SDP body offers (throws SdpError when it is not SDP). */
export function offeredCodecs(body: string): string[] {
  return codecNames(parseSdp(body));
}

function codecNames(sdp: SessionDescription): string[] {
  const names: string[] = [];
  for (const media of sdp.media) {
    if (media.type !== 'audio' || media.port === 0) continue;
    const payloads = String(media.payloads ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    for (const pt of payloads) {
      const rtp = media.rtp.find((r) => r.payload === pt);
      const name = rtp?.codec ?? STATIC_NAMES.get(pt);
      if (name !== undefined && !names.includes(name)) names.push(name);
    }
  }
  return names.slice(0, 16);
}

/** RFC 3551 §6: static payload types an offer may list without a=rtpmap. */
const STATIC_NAMES: ReadonlyMap<number, string> = new Map([
  [0, 'PCMU'],
  [3, 'GSM'],
  [4, 'G723'],
  [8, 'PCMA'],
  [9, 'G722'],
  [18, 'G729'],
]);
