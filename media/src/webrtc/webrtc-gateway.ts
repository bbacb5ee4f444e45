import { randomBytes } from 'node:crypto';
import type { Logger } from '@carillon/logger';
import type { BLegTarget } from '../b2bua/b-leg';
import {
  type LegMedia,
  type LegMediaFactory,
  PLAIN_LEG_MEDIA,
  type PreparedCallee,
} from '../b2bua/leg-media';
import { PortAllocator } from '../rtp-relay/port-allocator';
import type { PortRange } from './port-range';
import { WebRtcLeg, type WebRtcLegContext } from './webrtc-leg';
import { isWebRtcSdp } from './webrtc-sdp';

export interface WebRtcGatewayOptions {
  readonly publicAddress: string;
  readonly bindAddress: string;
  /** The WebRTC share of the media port range (port-range.ts). */
  readonly ports: PortRange;
  readonly acceptIceFrom?: (address: string) => boolean;
  readonly logger: Logger;
}

/**
 * The edge's LegMediaFactory: a WebRTC leg for a browser, plain RTP for everything else.
 *
 * A caller is a browser when its offer is WebRTC (webrtc-sdp.ts `isWebRtcDescription`). A callee is
 * a browser when its binding's flow is WS or WSS: RFC 7118 clients are browsers in practice, and
 * the location store keeps the flow but not the Contact's feature tags, so the `+sip.ice` tag
 * (RFC 5768 §4.2) that JsSIP adds cannot be consulted yet. A plain SIP client on WebSocket would be
 * offered WebRTC SDP and fail; keeping the tag on the binding is the refinement.
 */
export class WebRtcGateway implements LegMediaFactory {
  readonly #o: WebRtcGatewayOptions;
  readonly #ports: PortAllocator;
  readonly #relayAddress: string;

  constructor(options: WebRtcGatewayOptions) {
    this.#o = options;
    this.#ports = new PortAllocator(options.ports.min, options.ports.max);
    const unspecified = options.bindAddress === '0.0.0.0' || options.bindAddress === '::';
    this.#relayAddress = unspecified
      ? options.bindAddress === '::'
        ? '::1'
        : '127.0.0.1'
      : options.bindAddress;
  }

  /** Ports reserved by open WebRTC legs (two per leg, see port-range.ts). */
  get portsInUse(): number {
    return this.#ports.allocated;
  }

  async forCaller(callId: string, offer: string): Promise<LegMedia> {
    if (!isWebRtcSdp(offer)) return PLAIN_LEG_MEDIA;
    return WebRtcLeg.answering(this.#context(callId), offer);
  }

  async forCallee(callId: string, target: BLegTarget, plainOffer: string): Promise<PreparedCallee> {
    const transport = target.destination.transport.toUpperCase();
    if (transport !== 'WS' && transport !== 'WSS') return { media: PLAIN_LEG_MEDIA, offer: plainOffer };
    const { leg, offer } = await WebRtcLeg.offering(this.#context(callId), plainOffer);
    return { media: leg, offer };
  }

  #context(callId: string): WebRtcLegContext {
    return {
      callId,
      publicAddress: this.#o.publicAddress,
      bindAddress: this.#o.bindAddress,
      relayAddress: this.#relayAddress,
      ports: this.#ports,
      ...(this.#o.acceptIceFrom ? { acceptIceFrom: this.#o.acceptIceFrom } : {}),
      logger: this.#o.logger,
      random: (n) => randomBytes(n),
    };
  }
}
