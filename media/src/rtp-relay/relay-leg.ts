import type { Socket } from 'node:dgram';
import {
  isDtmfDigit,
  isRtcpPacket,
  parseRtpPacket,
  type RtpPacket,
  rtpPayloadLength,
  type TelephoneEventNotice,
  TelephoneEventReceiver,
} from '@carillon/rtp';
import { type LegMediaStatistics, LegStatistics } from './leg-statistics';
import type { DtmfEvent, LegCodec, LocalMediaAddress, RemoteRtcp } from './leg-types';
import { RtpContinuity } from './rtp-continuity';
import { type LatchOptions, SymmetricLatch, type TransportAddress } from './symmetric-latch';

export type AudioListener = (packet: RtpPacket, arrivalMs: number) => void;
export type DtmfListener = (event: DtmfEvent) => void;

export interface RelayLegInit {
  readonly id: string;
  readonly local: LocalMediaAddress;
  readonly rtpSocket: Socket;
  readonly rtcpSocket: Socket;
  readonly latch?: LatchOptions;
  readonly now: () => number;
}

/**
 * One SIP leg's media at the relay: an RTP and an RTCP socket, the remote it sends to (latched,
 * see SymmetricLatch), its statistics, and the forwarding to the leg it is bridged with. Packets are
 * forwarded as received, payload untouched — the B2BUA negotiates the same codec on both legs, so
 * no transcoding, and RFC 4733 events pass through as well as being reported as digits. Headers are
 * untouched too until the leg's output changes source (RtpContinuity).
 */
export class RelayLeg {
  readonly id: string;
  readonly local: LocalMediaAddress;
  readonly #rtp: Socket;
  readonly #rtcp: Socket;
  readonly #now: () => number;
  readonly #latch: SymmetricLatch;
  readonly #stats = new LegStatistics();
  /** One outgoing stream whatever feeds it (peer, prompt, a transferred-in party): rtp-continuity.ts. */
  readonly #continuity = new RtpContinuity();
  readonly #events = new TelephoneEventReceiver();
  readonly #audioListeners = new Set<AudioListener>();
  readonly #dtmfListeners = new Set<DtmfListener>();
  #codec: LegCodec | undefined;
  #remoteRtcp: RemoteRtcp = {};
  #rtcpLatched: TransportAddress | undefined;
  #muxSeen = false;
  #peer: RelayLeg | undefined;
  #outputOwner: object | undefined;
  #closed = false;
  /** The header fields the statistics count, read in place: one object per leg, reused per packet. */
  readonly #header = { ssrc: 0, sequenceNumber: 0, timestamp: 0 };
  /** Arrival of the last accepted RTP packet (monotonic ms), undefined before the first. */
  lastRtpAtMs: number | undefined;

  constructor(init: RelayLegInit) {
    this.id = init.id;
    this.local = init.local;
    this.#rtp = init.rtpSocket;
    this.#rtcp = init.rtcpSocket;
    this.#now = init.now;
    this.#latch = new SymmetricLatch(init.latch);
    this.#rtp.on('message', (data, from) => this.#onRtpSocket(data, from.address, from.port));
    this.#rtcp.on('message', (data, from) => this.#onRtcp(data, from.address, from.port, false));
    // An ICMP port unreachable for an earlier send surfaces as a socket error: it must not take the
    // process down, and the next packet is simply sent again.
    this.#rtp.on('error', () => {});
    this.#rtcp.on('error', () => {});
  }

  get codec(): LegCodec | undefined {
    return this.#codec;
  }

  /** The negotiated codec (from the SDP answer); the media engine encodes and decodes with it. */
  setCodec(codec: LegCodec | undefined): void {
    this.#codec = codec;
  }

  /**
   * Where the leg's SDP says to send (RFC 4566 c=/m=); undefined for hold with 0.0.0.0 or a
   * rejected stream (RFC 3264 §8.4, §6). A changed address restarts latching.
   */
  setRemote(address: string | undefined, port?: number, rtcp: RemoteRtcp = {}): void {
    const remote =
      address === undefined || port === undefined || port === 0 || address === '0.0.0.0'
        ? undefined
        : { address, port };
    this.#latch.setSignalled(remote);
    this.#remoteRtcp = rtcp;
    this.#rtcpLatched = undefined;
    this.#muxSeen = false;
  }

  /** Where RTP goes now: the latched source, else the SDP's address. */
  get remote(): TransportAddress | undefined {
    return this.#latch.target;
  }

  get bridgedTo(): RelayLeg | undefined {
    return this.#peer;
  }

  /** Session use only: pair two legs for forwarding. */
  link(peer: RelayLeg | undefined): void {
    this.#peer = peer;
  }

  /**
   * The media engine takes over what this leg sends (play): forwarded packets from the peer are
   * dropped until released, so two streams never interleave on one SSRC's receiver.
   */
  claimOutput(owner: object): () => void {
    this.#outputOwner = owner;
    return () => {
      if (this.#outputOwner === owner) this.#outputOwner = undefined;
    };
  }

  get outputClaimed(): boolean {
    return this.#outputOwner !== undefined;
  }

  /** Incoming RTP (audio and events) as parsed packets, bridged or not. Returns the unsubscribe. */
  onAudio(listener: AudioListener): () => void {
    this.#audioListeners.add(listener);
    return () => this.#audioListeners.delete(listener);
  }

  onDigit(listener: DtmfListener): () => void {
    this.#dtmfListeners.add(listener);
    return () => this.#dtmfListeners.delete(listener);
  }

  /** A digit received out of band on this leg's dialog (SIP INFO application/dtmf-relay). */
  injectDigit(event: DtmfEvent): void {
    for (const listener of this.#dtmfListeners) listener(event);
  }

  /** Sends one RTP packet to the remote (media engine output, or forwarding from the peer). */
  sendRtp(packet: Uint8Array): void {
    const target = this.#latch.target;
    if (this.#closed || target === undefined) return;
    const out = this.#continuity.apply(packet, this.#now());
    this.#rtp.send(out, target.port, target.address);
    this.#stats.sent(out.length);
  }

  /** Sends one RTCP compound packet: on the RTP port with rtcp-mux (RFC 5761 §4), else port + 1. */
  sendRtcp(packet: Uint8Array): void {
    const target = this.#latch.target;
    if (this.#closed || target === undefined) return;
    if (this.#muxSeen || this.#remoteRtcp.rtcpMux === true) {
      this.#rtp.send(packet, target.port, target.address);
      return;
    }
    const rtcp = this.#rtcpLatched ?? {
      address: target.address,
      port: this.#remoteRtcp.rtcpPort ?? target.port + 1,
    };
    this.#rtcp.send(packet, rtcp.port, rtcp.address);
  }

  stats(): LegMediaStatistics {
    return this.#stats.snapshot();
  }

  #onRtpSocket(data: Buffer, address: string, port: number): void {
    // RFC 5761 §4: with rtcp-mux, RTCP arrives on the RTP port, told apart by its packet type.
    if (isRtcpPacket(data)) {
      this.#onRtcp(data, address, port, true);
      return;
    }
    // The forwarding path allocates nothing per packet: validate in place (the checks of
    // parseRtpPacket), count, forward; a parsed packet only when someone inspects it.
    const payloadBytes = rtpPayloadLength(data);
    if (payloadBytes < 0) {
      this.#stats.packetsRejected++;
      return;
    }
    const now = this.#now();
    if (this.#latch.observe(address, port, now) === 'drop') {
      this.#stats.packetsRejected++;
      return;
    }
    this.lastRtpAtMs = now;
    const header = this.#header;
    header.sequenceNumber = (data[2]! << 8) | data[3]!;
    header.timestamp = data.readUInt32BE(4);
    header.ssrc = data.readUInt32BE(8);
    this.#stats.received(header, payloadBytes, now);
    const peer = this.#peer;
    if (peer !== undefined && !peer.outputClaimed) peer.sendRtp(data);
    const eventType = this.#codec?.telephoneEventPayloadType;
    const isEvent = eventType !== undefined && (data[1]! & 0x7f) === eventType;
    if (!isEvent && this.#audioListeners.size === 0) return;
    const packet = parseRtpPacket(data);
    if (isEvent) this.#onTelephoneEvent(packet);
    for (const listener of this.#audioListeners) listener(packet, now);
  }

  #onTelephoneEvent(packet: RtpPacket): void {
    let notices: TelephoneEventNotice[];
    try {
      notices = this.#events.receive(packet);
    } catch {
      return; // a truncated event payload: forwarded anyway, not a digit
    }
    // RFC 4733 §2.5.2: report the key at its first packet; the end adds nothing gather needs.
    for (const notice of notices) {
      if (notice.type !== 'start' || notice.digit === undefined || !isDtmfDigit(notice.digit)) continue;
      this.injectDigit({ digit: notice.digit, source: 'rfc4733' });
    }
  }

  #onRtcp(data: Buffer, address: string, port: number, muxed: boolean): void {
    if (!isRtcpPacket(data) || data.length < 8) {
      this.#stats.packetsRejected++;
      return;
    }
    // Only RTCP from the host media comes from (or the SDP's host) is trusted and relayed.
    const target = this.#latch.target;
    if (target === undefined || target.address !== address) {
      this.#stats.packetsRejected++;
      return;
    }
    this.#stats.rtcpReceived++;
    // Symmetric RTCP (RFC 4961 §2): answer to the port it really comes from.
    if (muxed) this.#muxSeen = true;
    else this.#rtcpLatched = { address, port };
    const peer = this.#peer;
    if (peer !== undefined) peer.sendRtcp(data);
  }

  close(): LegMediaStatistics {
    if (!this.#closed) {
      this.#closed = true;
      this.#peer?.link(undefined);
      this.#peer = undefined;
      this.#audioListeners.clear();
      this.#dtmfListeners.clear();
      this.#rtp.close();
      this.#rtcp.close();
    }
    return this.#stats.snapshot();
  }
}
