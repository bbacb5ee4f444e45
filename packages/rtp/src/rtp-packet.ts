import { assertInteger, RtpError } from './errors';

/** RFC 3550 §5.1: the only RTP version in use. */
export const RTP_VERSION = 2;
/** RFC 3550 §5.1: fixed header length in octets, before CSRCs and extension. */
export const RTP_HEADER_LENGTH = 12;

/** RFC 3550 §5.3.1: one header extension, `data` a multiple of 4 octets. */
export interface RtpHeaderExtension {
  /** The 16 profile-defined bits (0xBEDE for RFC 8285 one-byte headers). */
  readonly profile: number;
  readonly data: Uint8Array;
}

export interface RtpPacket {
  readonly version: 2;
  readonly marker: boolean;
  /** 7 bits (RFC 3551 §6 static types, or 96–127 dynamic). */
  readonly payloadType: number;
  /** 16 bits, wraps. */
  readonly sequenceNumber: number;
  /** 32 bits, unsigned, wraps. */
  readonly timestamp: number;
  readonly ssrc: number;
  /** Up to 15 contributing sources (RFC 3550 §5.1 CC). */
  readonly csrcs: readonly number[];
  readonly extension?: RtpHeaderExtension;
  /** Octets of padding after the payload, including the count octet (0 = P bit clear). */
  readonly paddingLength: number;
  /** A view into the parsed buffer (not a copy): copy it if the buffer is reused. */
  readonly payload: Uint8Array;
}

/** What `serializeRtpPacket` needs; defaults: no marker, no CSRCs, no extension, no padding. */
export interface RtpPacketInit {
  readonly marker?: boolean;
  readonly payloadType: number;
  readonly sequenceNumber: number;
  readonly timestamp: number;
  readonly ssrc: number;
  readonly csrcs?: readonly number[];
  readonly extension?: RtpHeaderExtension;
  /** 0 or 1–255 octets of padding (RFC 3550 §5.1 P: the last octet holds the count). */
  readonly paddingLength?: number;
  readonly payload: Uint8Array;
}

/**
 * Parses one RTP packet (RFC 3550 §5.1). Throws `RtpError` for a datagram that cannot be RTP: shorter
 * than the fixed header, version ≠ 2, CSRC list or extension running past the end (§5.3.1), or a
 * padding count of zero or larger than what follows the header (§5.1 P, validity checks of §A.1).
 */
export function parseRtpPacket(data: Uint8Array): RtpPacket {
  const length = data.length;
  if (length < RTP_HEADER_LENGTH) {
    throw new RtpError('TOO_SHORT', `RTP packet of ${length} octets is shorter than the 12-octet header`);
  }
  const b0 = data[0]!;
  const version = b0 >>> 6;
  if (version !== RTP_VERSION) throw new RtpError('BAD_VERSION', `RTP version ${version}, expected 2`);
  const hasPadding = (b0 & 0x20) !== 0;
  const hasExtension = (b0 & 0x10) !== 0;
  const csrcCount = b0 & 0x0f;
  const b1 = data[1]!;
  const view = new DataView(data.buffer, data.byteOffset, length);

  let offset = RTP_HEADER_LENGTH;
  if (offset + csrcCount * 4 > length) {
    throw new RtpError('BAD_CSRC', `CSRC count ${csrcCount} runs past the end of a ${length}-octet packet`);
  }
  const csrcs: number[] = [];
  for (let i = 0; i < csrcCount; i++, offset += 4) csrcs.push(view.getUint32(offset));

  let extension: RtpHeaderExtension | undefined;
  if (hasExtension) {
    if (offset + 4 > length) throw new RtpError('BAD_EXTENSION', 'header extension header is truncated');
    const profile = view.getUint16(offset);
    const words = view.getUint16(offset + 2);
    const start = offset + 4;
    offset = start + words * 4;
    if (offset > length)
      throw new RtpError('BAD_EXTENSION', `header extension of ${words} words is truncated`);
    extension = { profile, data: data.subarray(start, offset) };
  }

  let end = length;
  let paddingLength = 0;
  if (hasPadding) {
    paddingLength = data[length - 1]!;
    if (paddingLength === 0 || offset + paddingLength > length) {
      throw new RtpError('BAD_PADDING', `padding count ${paddingLength} is invalid for this packet`);
    }
    end = length - paddingLength;
  }

  const packet: RtpPacket = {
    version: RTP_VERSION,
    marker: (b1 & 0x80) !== 0,
    payloadType: b1 & 0x7f,
    sequenceNumber: view.getUint16(2),
    timestamp: view.getUint32(4),
    ssrc: view.getUint32(8),
    csrcs,
    paddingLength,
    payload: data.subarray(offset, end),
  };
  return extension ? { ...packet, extension } : packet;
}

/**
 * The payload length of a datagram `parseRtpPacket` would accept, or -1 where it would throw — the
 * same checks (RFC 3550 §5.1, §5.3.1, §A.1), without building a packet: what a relay that forwards
 * packets untouched needs per packet (the header fields it counts are at fixed offsets 2, 4 and 8).
 */
export function rtpPayloadLength(data: Uint8Array): number {
  const length = data.length;
  if (length < RTP_HEADER_LENGTH) return -1;
  const b0 = data[0]!;
  if (b0 >>> 6 !== RTP_VERSION) return -1;
  let offset = RTP_HEADER_LENGTH + (b0 & 0x0f) * 4;
  if (offset > length) return -1;
  if ((b0 & 0x10) !== 0) {
    if (offset + 4 > length) return -1;
    offset += 4 + ((data[offset + 2]! << 8) | data[offset + 3]!) * 4;
    if (offset > length) return -1;
  }
  let end = length;
  if ((b0 & 0x20) !== 0) {
    const padding = data[length - 1]!;
    if (padding === 0 || offset + padding > length) return -1;
    end = length - padding;
  }
  return end - offset;
}

/** Serializes an RTP packet (RFC 3550 §5.1); throws `INVALID_ARGUMENT` for out-of-range fields. */
export function serializeRtpPacket(packet: RtpPacketInit): Buffer {
  const csrcs = packet.csrcs ?? [];
  const paddingLength = packet.paddingLength ?? 0;
  assertInteger('payloadType', packet.payloadType, 0, 127);
  assertInteger('sequenceNumber', packet.sequenceNumber, 0, 0xffff);
  assertInteger('timestamp', packet.timestamp, 0, 0xffffffff);
  assertInteger('ssrc', packet.ssrc, 0, 0xffffffff);
  assertInteger('CSRC count', csrcs.length, 0, 15);
  assertInteger('paddingLength', paddingLength, 0, 255);
  const ext = packet.extension;
  if (ext) {
    assertInteger('extension profile', ext.profile, 0, 0xffff);
    if (ext.data.length % 4 !== 0 || ext.data.length / 4 > 0xffff) {
      throw new RtpError(
        'INVALID_ARGUMENT',
        'extension data must be a multiple of 4 octets (RFC 3550 §5.3.1)',
      );
    }
  }

  const headerLength = RTP_HEADER_LENGTH + csrcs.length * 4 + (ext ? 4 + ext.data.length : 0);
  const out = Buffer.allocUnsafe(headerLength + packet.payload.length + paddingLength);
  out[0] = (RTP_VERSION << 6) | (paddingLength > 0 ? 0x20 : 0) | (ext ? 0x10 : 0) | csrcs.length;
  out[1] = (packet.marker ? 0x80 : 0) | packet.payloadType;
  out.writeUInt16BE(packet.sequenceNumber, 2);
  out.writeUInt32BE(packet.timestamp, 4);
  out.writeUInt32BE(packet.ssrc, 8);
  let offset = RTP_HEADER_LENGTH;
  for (const csrc of csrcs) {
    assertInteger('csrc', csrc, 0, 0xffffffff);
    out.writeUInt32BE(csrc, offset);
    offset += 4;
  }
  if (ext) {
    out.writeUInt16BE(ext.profile, offset);
    out.writeUInt16BE(ext.data.length / 4, offset + 2);
    out.set(ext.data, offset + 4);
    offset += 4 + ext.data.length;
  }
  out.set(packet.payload, offset);
  offset += packet.payload.length;
  if (paddingLength > 0) {
    out.fill(0, offset, offset + paddingLength - 1);
    out[offset + paddingLength - 1] = paddingLength;
  }
  return out;
}

/**
 * RFC 5761 §4: on a multiplexed port, RTCP packet types 192–223 occupy the byte where RTP has marker
 * and payload type; RTP payload types 64–95 are therefore not used with rtcp-mux.
 */
export function isRtcpPacket(data: Uint8Array): boolean {
  const type = data[1];
  return (
    data.length >= 4 && data[0]! >>> 6 === RTP_VERSION && type !== undefined && type >= 192 && type <= 223
  );
}
