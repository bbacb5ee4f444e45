import { assertInteger, RtpError } from './errors';

/** RFC 3550 §12.1 packet types. */
export const RtcpPacketType = { SR: 200, RR: 201, SDES: 202, BYE: 203, APP: 204 } as const;

/** RFC 3550 §6.4.1: one reception report block (24 octets). */
export interface RtcpReportBlock {
  readonly ssrc: number;
  /** Fraction lost since the previous report, in 1/256 (8 bits). */
  readonly fractionLost: number;
  /** Cumulative packets lost, signed 24 bits (negative when duplicates arrived). */
  readonly cumulativeLost: number;
  readonly extendedHighestSequence: number;
  /** Interarrival jitter in timestamp units. */
  readonly jitter: number;
  /** Middle 32 bits of the NTP timestamp of the last SR received (0 if none). */
  readonly lastSenderReport: number;
  /** Delay since that SR in 1/65536 s. */
  readonly delaySinceLastSenderReport: number;
}

/** RFC 3550 §6.4.1 sender info. */
export interface RtcpSenderInfo {
  readonly ntpSeconds: number;
  readonly ntpFraction: number;
  readonly rtpTimestamp: number;
  readonly packetCount: number;
  readonly octetCount: number;
}

export interface RtcpSdesItem {
  /** RFC 3550 §6.5: 1 CNAME, 2 NAME, 3 EMAIL, 4 PHONE, 5 LOC, 6 TOOL, 7 NOTE, 8 PRIV. */
  readonly type: number;
  readonly value: string;
}

interface RtcpCommon {
  /** The packet's own octets (header included), for relaying unchanged. */
  readonly raw: Uint8Array;
}

export type RtcpPacket =
  | (RtcpCommon & {
      readonly type: 'sr';
      readonly ssrc: number;
      readonly sender: RtcpSenderInfo;
      readonly reports: readonly RtcpReportBlock[];
    })
  | (RtcpCommon & {
      readonly type: 'rr';
      readonly ssrc: number;
      readonly reports: readonly RtcpReportBlock[];
    })
  | (RtcpCommon & {
      readonly type: 'sdes';
      readonly chunks: readonly { readonly source: number; readonly items: readonly RtcpSdesItem[] }[];
    })
  | (RtcpCommon & { readonly type: 'bye'; readonly sources: readonly number[]; readonly reason?: string })
  | (RtcpCommon & {
      readonly type: 'app';
      readonly subtype: number;
      readonly ssrc: number;
      readonly name: string;
      readonly data: Uint8Array;
    })
  /** Any other type (RTPFB/PSFB 205/206, XR 207, …): carried for relay, not interpreted. */
  | (RtcpCommon & { readonly type: 'other'; readonly packetType: number; readonly count: number });

function fail(message: string): never {
  throw new RtpError('BAD_RTCP', message);
}

function readReportBlocks(view: DataView, offset: number, count: number, end: number): RtcpReportBlock[] {
  if (offset + count * 24 > end) fail(`${count} report blocks do not fit the packet`);
  const blocks: RtcpReportBlock[] = [];
  for (let i = 0; i < count; i++, offset += 24) {
    const lossWord = view.getUint32(offset + 4);
    blocks.push({
      ssrc: view.getUint32(offset),
      fractionLost: lossWord >>> 24,
      cumulativeLost: (lossWord << 8) >> 8, // sign-extend the 24-bit field
      extendedHighestSequence: view.getUint32(offset + 8),
      jitter: view.getUint32(offset + 12),
      lastSenderReport: view.getUint32(offset + 16),
      delaySinceLastSenderReport: view.getUint32(offset + 20),
    });
  }
  return blocks;
}

function parseSdes(data: Uint8Array, view: DataView, count: number, end: number) {
  const decoder = new TextDecoder();
  const chunks: { source: number; items: RtcpSdesItem[] }[] = [];
  let offset = 4;
  for (let c = 0; c < count; c++) {
    if (offset + 4 > end) fail('SDES chunk is truncated');
    const source = view.getUint32(offset);
    offset += 4;
    const items: RtcpSdesItem[] = [];
    // RFC 3550 §6.5: items until a null octet, then padding to the next 32-bit boundary.
    for (;;) {
      if (offset >= end) fail('SDES chunk has no terminating null item');
      const type = data[offset]!;
      if (type === 0) break;
      const length = data[offset + 1];
      if (length === undefined || offset + 2 + length > end) fail('SDES item is truncated');
      items.push({ type, value: decoder.decode(data.subarray(offset + 2, offset + 2 + length)) });
      offset += 2 + length;
    }
    offset = (offset + 4) & ~3;
    chunks.push({ source, items });
  }
  return chunks;
}

function parseOne(data: Uint8Array, count: number, packetType: number, end: number): RtcpPacket {
  const view = new DataView(data.buffer, data.byteOffset, data.length);
  const raw = data;
  switch (packetType) {
    case RtcpPacketType.SR: {
      if (end < 28) fail('SR is shorter than its sender info');
      const sender = {
        ntpSeconds: view.getUint32(8),
        ntpFraction: view.getUint32(12),
        rtpTimestamp: view.getUint32(16),
        packetCount: view.getUint32(20),
        octetCount: view.getUint32(24),
      };
      return {
        type: 'sr',
        raw,
        ssrc: view.getUint32(4),
        sender,
        reports: readReportBlocks(view, 28, count, end),
      };
    }
    case RtcpPacketType.RR:
      if (end < 8) fail('RR is shorter than its SSRC');
      return { type: 'rr', raw, ssrc: view.getUint32(4), reports: readReportBlocks(view, 8, count, end) };
    case RtcpPacketType.SDES:
      return { type: 'sdes', raw, chunks: parseSdes(data, view, count, end) };
    case RtcpPacketType.BYE: {
      if (4 + count * 4 > end) fail('BYE source list is truncated');
      const sources: number[] = [];
      for (let i = 0; i < count; i++) sources.push(view.getUint32(4 + i * 4));
      const reasonAt = 4 + count * 4;
      if (reasonAt < end) {
        const length = data[reasonAt]!;
        if (reasonAt + 1 + length > end) fail('BYE reason is truncated');
        const reason = new TextDecoder().decode(data.subarray(reasonAt + 1, reasonAt + 1 + length));
        return { type: 'bye', raw, sources, reason };
      }
      return { type: 'bye', raw, sources };
    }
    case RtcpPacketType.APP: {
      if (end < 12) fail('APP is shorter than its SSRC and name');
      const name = String.fromCharCode(data[8]!, data[9]!, data[10]!, data[11]!);
      return {
        type: 'app',
        raw,
        subtype: count,
        ssrc: view.getUint32(4),
        name,
        data: data.subarray(12, end),
      };
    }
    default:
      return { type: 'other', raw, packetType, count };
  }
}

/**
 * Parses a compound RTCP packet (RFC 3550 §6.1) into its packets. Follows the validity checks of
 * §A.2 that matter for relaying — version 2 throughout, lengths that add up exactly to the datagram,
 * padding only on the last packet — and does not insist on SR/RR first, so RFC 5506 reduced-size
 * RTCP also parses. Throws `RtpError` (`BAD_RTCP`, `TOO_SHORT`, `BAD_VERSION`, `BAD_PADDING`).
 */
export function parseRtcpCompound(data: Uint8Array): RtcpPacket[] {
  if (data.length < 4) throw new RtpError('TOO_SHORT', `RTCP datagram of ${data.length} octets`);
  const packets: RtcpPacket[] = [];
  let offset = 0;
  while (offset < data.length) {
    if (offset + 4 > data.length) fail('trailing octets after the last RTCP packet');
    const b0 = data[offset]!;
    if (b0 >>> 6 !== 2) throw new RtpError('BAD_VERSION', `RTCP version ${b0 >>> 6}, expected 2`);
    const length = (((data[offset + 2]! << 8) | data[offset + 3]!) + 1) * 4;
    const next = offset + length;
    if (next > data.length) fail(`RTCP packet length ${length} runs past the datagram`);
    const packet = data.subarray(offset, next);
    let end = length;
    if (b0 & 0x20) {
      if (next !== data.length)
        throw new RtpError('BAD_PADDING', 'padding on an RTCP packet that is not last');
      const padding = packet[length - 1]!;
      if (padding === 0 || padding > length - 4)
        throw new RtpError('BAD_PADDING', `bad RTCP padding ${padding}`);
      end = length - padding;
    }
    packets.push(parseOne(packet, b0 & 0x1f, data[offset + 1]!, end));
    offset = next;
  }
  return packets;
}

function header(view: DataView, count: number, packetType: number, octets: number): void {
  view.setUint8(0, 0x80 | count);
  view.setUint8(1, packetType);
  view.setUint16(2, octets / 4 - 1);
}

function writeReportBlocks(view: DataView, offset: number, reports: readonly RtcpReportBlock[]): void {
  for (const r of reports) {
    assertInteger('fractionLost', r.fractionLost, 0, 255);
    // RFC 3550 §6.4.1: the 24-bit field saturates rather than wraps.
    const lost = Math.max(-0x800000, Math.min(0x7fffff, Math.trunc(r.cumulativeLost)));
    view.setUint32(offset, r.ssrc);
    view.setUint32(offset + 4, ((r.fractionLost << 24) | (lost & 0xffffff)) >>> 0);
    view.setUint32(offset + 8, r.extendedHighestSequence >>> 0);
    view.setUint32(offset + 12, Math.min(0xffffffff, Math.round(r.jitter)));
    view.setUint32(offset + 16, r.lastSenderReport >>> 0);
    view.setUint32(offset + 20, r.delaySinceLastSenderReport >>> 0);
    offset += 24;
  }
}

/** Builds an RR (RFC 3550 §6.4.2) with up to 31 report blocks. */
export function buildReceiverReport(ssrc: number, reports: readonly RtcpReportBlock[]): Buffer {
  assertInteger('report count', reports.length, 0, 31);
  const out = Buffer.alloc(8 + reports.length * 24);
  const view = new DataView(out.buffer, out.byteOffset, out.length);
  header(view, reports.length, RtcpPacketType.RR, out.length);
  view.setUint32(4, ssrc >>> 0);
  writeReportBlocks(view, 8, reports);
  return out;
}

/** Builds an SR (RFC 3550 §6.4.1) with up to 31 report blocks. */
export function buildSenderReport(
  ssrc: number,
  sender: RtcpSenderInfo,
  reports: readonly RtcpReportBlock[] = [],
): Buffer {
  assertInteger('report count', reports.length, 0, 31);
  const out = Buffer.alloc(28 + reports.length * 24);
  const view = new DataView(out.buffer, out.byteOffset, out.length);
  header(view, reports.length, RtcpPacketType.SR, out.length);
  view.setUint32(4, ssrc >>> 0);
  view.setUint32(8, sender.ntpSeconds >>> 0);
  view.setUint32(12, sender.ntpFraction >>> 0);
  view.setUint32(16, sender.rtpTimestamp >>> 0);
  view.setUint32(20, sender.packetCount >>> 0);
  view.setUint32(24, sender.octetCount >>> 0);
  writeReportBlocks(view, 28, reports);
  return out;
}

/** Builds an SDES packet with one chunk holding a CNAME (RFC 3550 §6.5.1), required in every compound. */
export function buildSdesCname(ssrc: number, cname: string): Buffer {
  const text = Buffer.from(cname, 'utf8');
  assertInteger('CNAME length', text.length, 1, 255);
  // SSRC + type + length + text + at least one null octet, padded to 32 bits
  const octets = (4 + 4 + 2 + text.length + 1 + 3) & ~3;
  const out = Buffer.alloc(octets);
  const view = new DataView(out.buffer, out.byteOffset, out.length);
  header(view, 1, RtcpPacketType.SDES, octets);
  view.setUint32(4, ssrc >>> 0);
  out[8] = 1;
  out[9] = text.length;
  text.copy(out, 10);
  return out;
}

/** Builds a BYE (RFC 3550 §6.6). */
export function buildBye(sources: readonly number[], reason?: string): Buffer {
  assertInteger('source count', sources.length, 0, 31);
  const text = reason === undefined ? undefined : Buffer.from(reason, 'utf8');
  if (text) assertInteger('reason length', text.length, 0, 255);
  const octets = (4 + sources.length * 4 + (text ? 1 + text.length : 0) + 3) & ~3;
  const out = Buffer.alloc(octets);
  const view = new DataView(out.buffer, out.byteOffset, out.length);
  header(view, sources.length, RtcpPacketType.BYE, octets);
  sources.forEach((s, i) => {
    view.setUint32(4 + i * 4, s >>> 0);
  });
  if (text) {
    out[4 + sources.length * 4] = text.length;
    text.copy(out, 5 + sources.length * 4);
  }
  return out;
}

const NTP_UNIX_OFFSET_SECONDS = 2_208_988_800;

/** RFC 3550 §4: NTP timestamp (seconds since 1900, 32.32 fixed point) for a Unix time in ms. */
export function ntpTimestampFromUnixMs(unixMs: number): { seconds: number; fraction: number } {
  const seconds = Math.floor(unixMs / 1000);
  const fraction = Math.floor(((unixMs - seconds * 1000) / 1000) * 0x100000000);
  return { seconds: (seconds + NTP_UNIX_OFFSET_SECONDS) >>> 0, fraction: fraction >>> 0 };
}

/** RFC 3550 §6.4.1 LSR: the middle 32 bits of an NTP timestamp. */
export function ntpMiddle32(seconds: number, fraction: number): number {
  return (((seconds & 0xffff) << 16) | (fraction >>> 16)) >>> 0;
}
