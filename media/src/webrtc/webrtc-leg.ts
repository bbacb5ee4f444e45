import { createSocket, type Socket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import type { Logger } from '@carillon/logger';
import type { PayloadFormat } from '@carillon/sip';
import { parseSdp } from '@carillon/sip';
import { RTCPeerConnection, RTCRtpCodecParameters, type RTCRtpTransceiver, RtpPacket } from 'werift';
import type { LegMedia } from '../b2bua/leg-media';
import type { PortAllocator } from '../rtp-relay/port-allocator';
import { OutboundRtpRewriter, toPlainRtp } from './rtp-rewriter';
import { WebRtcError } from './webrtc-error';
import {
  bridgedFormatsOf,
  fitWebRtcDescription,
  iceCredentials,
  type MediaEndpoint,
  plainFromWebRtc,
  restrictToBridgedFormats,
} from './webrtc-sdp';

/*
 * One browser's leg: a werift RTCPeerConnection (ICE, DTLS-SRTP, rtcp-mux, BUNDLE) on one port of
 * the WebRTC share of the media range, and a plain UDP socket on the relay's side through which
 * the decrypted RTP goes to and comes from the call's relay leg. All SDP work is in webrtc-sdp.ts;
 * this file is only the I/O.
 *
 * What werift 0.25 does as ICE-lite (`iceLite: true`, RFC 8445 §2.5): it writes a=ice-lite, takes
 * the controlled role whatever the browser says (a role conflict is answered 487, §7.3.1.1),
 * gathers host candidates only (no STUN/TURN, no TCP-active), sends no connectivity checks and no
 * consent checks of its own, and answers the browser's checks; the pair the browser nominates
 * carries DTLS and SRTP. The host candidate is the edge's public address (SIP_PUBLIC_HOST) on a
 * socket bound to SIP_BIND_ADDRESS, as an ICE-lite server behind 1:1 NAT needs.
 *
 * Media: the edge sends RTP to the browser through the DTLS transport itself rather than through
 * werift's RTCRtpSender, which would overwrite every payload type with the sender's codec and turn
 * RFC 4733 events into audio; SSRC, sequence and timestamp are rewritten by OutboundRtpRewriter.
 * RTCP is terminated on each side (werift reports to the browser; the relay reports to the phone).
 */

export interface WebRtcLegContext {
  readonly callId: string;
  /** Address in the host candidate (what browsers reach). */
  readonly publicAddress: string;
  /** Address the ICE socket binds to. */
  readonly bindAddress: string;
  /** Address of the relay's sockets as seen from this process (the bridge's plain side talks to it). */
  readonly relayAddress: string;
  readonly ports: PortAllocator;
  /** Connectivity checks from other source addresses get no answer (tests keep to loopback). */
  readonly acceptIceFrom?: (address: string) => boolean;
  readonly logger: Logger;
  readonly random: (bytes: number) => Buffer;
}

export class WebRtcLeg implements LegMedia {
  readonly kind = 'webrtc' as const;
  readonly #ctx: WebRtcLegContext;
  readonly #pc: RTCPeerConnection;
  readonly #port: number;
  readonly #socket: Socket;
  readonly #endpoint: MediaEndpoint;
  readonly #log: Logger;
  #transceiver: RTCRtpTransceiver | undefined;
  #rewriter: OutboundRtpRewriter | undefined;
  /** The peer connection's own description (an answer, or an offer for a callee). */
  #local = '';
  #remoteIce: { ufrag?: string; pwd?: string } | undefined;
  #relayTarget: MediaEndpoint | undefined;
  #version = 0;
  #lastFitted: string | undefined;
  #closed = false;

  private constructor(
    ctx: WebRtcLegContext,
    pc: RTCPeerConnection,
    port: number,
    socket: Socket,
    endpoint: MediaEndpoint,
  ) {
    this.#ctx = ctx;
    this.#pc = pc;
    this.#port = port;
    this.#socket = socket;
    this.#endpoint = endpoint;
    this.#log = ctx.logger.child({ callId: ctx.callId, webrtcPort: port });
    socket.on('message', (data, from) => this.#fromRelay(data, from.address, from.port));
    socket.on('error', () => {});
    pc.onTrack.subscribe((track) => {
      track.onReceiveRtp.subscribe((packet) => this.#fromBrowser(packet));
    });
    pc.connectionStateChange.subscribe((state) => this.#log.debug({ state }, 'webrtc connection state'));
  }

  /** The caller is a browser: answer its offer (G.711 only, see webrtc-sdp.ts). */
  static async answering(ctx: WebRtcLegContext, offer: string): Promise<WebRtcLeg> {
    const restricted = restrictToBridgedFormats(offer);
    const leg = await WebRtcLeg.#open(ctx, bridgedFormatsOf(restricted));
    try {
      await leg.#pc.setRemoteDescription({ type: 'offer', sdp: restricted });
      const transceiver = leg.#pc.getTransceivers().find((t) => t.kind === 'audio');
      if (!transceiver) throw new WebRtcError('NO_AUDIO', 'no audio transceiver after the offer');
      transceiver.setDirection('sendrecv');
      leg.#useTransceiver(transceiver);
      await leg.#pc.setLocalDescription(await leg.#pc.createAnswer());
      leg.#local = leg.#pc.localDescription?.sdp ?? '';
      leg.#remoteIce = iceCredentials(offer);
      return leg;
    } catch (error) {
      leg.close();
      throw asWebRtcError(error);
    }
  }

  /** The callee is a browser: offer it the formats of the plain offer toward the callees. */
  static async offering(
    ctx: WebRtcLegContext,
    plainOffer: string,
  ): Promise<{ leg: WebRtcLeg; offer: string }> {
    const formats = bridgedFormatsOf(plainOffer);
    if (!formats.some((f) => /^pcm[ua]$/i.test(f.name))) {
      throw new WebRtcError('NO_G711', 'the call offers neither PCMU nor PCMA for the browser');
    }
    const leg = await WebRtcLeg.#open(ctx, formats);
    try {
      leg.#useTransceiver(leg.#pc.addTransceiver('audio', { direction: 'sendrecv' }));
      await leg.#pc.setLocalDescription(await leg.#pc.createOffer());
      leg.#local = leg.#pc.localDescription?.sdp ?? '';
      return { leg, offer: leg.toLeg(plainOffer) };
    } catch (error) {
      leg.close();
      throw asWebRtcError(error);
    }
  }

  static async #open(ctx: WebRtcLegContext, formats: readonly PayloadFormat[]): Promise<WebRtcLeg> {
    let port: number;
    try {
      // Reserved, not bound: werift binds it (or the odd one above when another process holds it).
      port = await ctx.ports.allocate(async () => true);
    } catch (error) {
      throw new WebRtcError('PORTS_EXHAUSTED', error instanceof Error ? error.message : String(error));
    }
    let socket: Socket | undefined;
    try {
      socket = await bindSocket(ctx.relayAddress);
      const family = isIPv6(ctx.bindAddress) ? 'udp6' : 'udp4';
      const acceptIceFrom = ctx.acceptIceFrom;
      const pc = new RTCPeerConnection({
        iceLite: true,
        // Host candidates: the configured address only, not every interface of the machine.
        iceUseIpv4: false,
        iceUseIpv6: false,
        iceUseTcp: false,
        iceAdditionalHostAddresses: [ctx.publicAddress],
        iceInterfaceAddresses: { [family]: ctx.bindAddress },
        icePortRange: [port, port + 1],
        ...(acceptIceFrom ? { iceFilterStunResponse: (_m, address) => acceptIceFrom(address[0]) } : {}),
        bundlePolicy: 'max-bundle',
        codecs: { audio: formats.map(codecParameters), video: [] },
        headerExtensions: { audio: [], video: [] },
      });
      const address = socket.address();
      return new WebRtcLeg(ctx, pc, port, socket, { address: address.address, port: address.port });
    } catch (error) {
      socket?.close();
      ctx.ports.free(port);
      throw asWebRtcError(error);
    }
  }

  fromLeg(sdp: string): string {
    const ice = iceCredentials(sdp);
    if (this.#remoteIce === undefined) {
      // The browser's answer to our offer (callee leg): ICE and DTLS start from here.
      this.#remoteIce = ice;
      const answer = restrictToBridgedFormats(sdp);
      this.#pc.setRemoteDescription({ type: 'answer', sdp: answer }).catch((error: unknown) => {
        this.#log.warn({ err: error }, 'browser answer refused by the peer connection');
      });
    } else if (ice.ufrag !== this.#remoteIce.ufrag || ice.pwd !== this.#remoteIce.pwd) {
      // RFC 8839 §4.4.1.1.1: new credentials mean an ICE restart, which the bridge cannot follow.
      throw new WebRtcError('ICE_RESTART', 'ICE restart (new ICE credentials) is not supported');
    }
    return plainFromWebRtc(sdp, this.#endpoint);
  }

  toLeg(sdp: string): string {
    this.#relayTarget = relayTargetOf(sdp, this.#ctx.relayAddress);
    const fitted = fitWebRtcDescription(this.#local, sdp, { sessionVersion: this.#version });
    // RFC 3264 §8: the version goes up by one whenever the description changes.
    if (this.#lastFitted !== undefined && fitted !== this.#lastFitted) {
      this.#version += 1;
      this.#lastFitted = fitWebRtcDescription(this.#local, sdp, { sessionVersion: this.#version });
      return this.#lastFitted;
    }
    this.#lastFitted = fitted;
    return fitted;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#socket.close();
    this.#ctx.ports.free(this.#port);
    this.#pc.close().catch(() => {});
  }

  #useTransceiver(transceiver: RTCRtpTransceiver): void {
    this.#transceiver = transceiver;
    const random = this.#ctx.random(6);
    this.#rewriter = new OutboundRtpRewriter({
      ssrc: transceiver.sender.ssrc,
      clockRate: 8000,
      initialSequence: random.readUInt16BE(0),
      initialTimestamp: random.readUInt32BE(2),
    });
  }

  #fromBrowser(packet: RtpPacket): void {
    const target = this.#relayTarget;
    if (this.#closed || target === undefined) return;
    try {
      this.#socket.send(toPlainRtp(packet.serialize()), target.port, target.address);
    } catch {
      // A malformed packet or a closed socket: drop it.
    }
  }

  #fromRelay(data: Buffer, address: string, port: number): void {
    const target = this.#relayTarget;
    const transceiver = this.#transceiver;
    // Only the relay leg this bridge talks to may feed the browser.
    if (this.#closed || !target || target.port !== port || target.address !== address || !transceiver) return;
    const dtls = transceiver.dtlsTransport;
    if (dtls?.state !== 'connected' || !this.#rewriter) return;
    let out: RtpPacket;
    try {
      out = RtpPacket.deSerialize(this.#rewriter.rewrite(data, performance.now()));
    } catch {
      return;
    }
    dtls.sendRtp(out.payload, out.header).catch(() => {});
  }
}

function codecParameters(format: PayloadFormat): RTCRtpCodecParameters {
  return new RTCRtpCodecParameters({
    mimeType: `audio/${format.name}`,
    clockRate: format.clockRate,
    payloadType: format.payloadType,
    channels: 1,
    ...(format.fmtp !== undefined ? { parameters: format.fmtp } : {}),
  });
}

/** Where the relay leg facing this bridge receives: the plain SDP's port at the relay's local address. */
function relayTargetOf(sdp: string, relayAddress: string): MediaEndpoint | undefined {
  const audio = parseSdp(sdp).media.find((m) => m.type === 'audio');
  if (!audio || audio.port === 0) return undefined;
  return { address: relayAddress, port: audio.port };
}

function bindSocket(address: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = createSocket(isIPv6(address) ? 'udp6' : 'udp4');
    socket.once('error', reject);
    socket.bind(0, address, () => {
      socket.off('error', reject);
      resolve(socket);
    });
  });
}

function asWebRtcError(error: unknown): WebRtcError {
  if (error instanceof WebRtcError) return error;
  return new WebRtcError('NEGOTIATION_FAILED', error instanceof Error ? error.message : String(error));
}
