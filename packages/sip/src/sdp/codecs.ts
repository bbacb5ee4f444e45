import type { MediaDescription } from 'sdp-transform';
import { payloadTypes } from './session-description';

/** An RTP payload format as named in a=rtpmap (RFC 8866 §6.6): encoding/clock rate/channels. */
export interface Codec {
  /** Media subtype, e.g. "PCMU", "opus", "telephone-event". Compared case-insensitively (RFC 4855 §3). */
  name: string;
  clockRate: number;
  /** Audio channels; 1 when absent (RFC 8866 §6.6). */
  channels?: number;
  /** Static payload type (RFC 3551 §6); absent for dynamic formats. */
  staticPayloadType?: number;
  /** a=fmtp parameters we send for this format, e.g. opus's "minptime=10;useinbandfec=1". */
  fmtp?: string;
}

/** A codec as it appears on an m= line: with the payload type the description uses for it. */
export interface PayloadFormat extends Codec {
  payloadType: number;
}

// RFC 3551 §4.5.2: G.722's RTP clock rate is 8000 although it samples at 16 kHz.
export const PCMU: Codec = { name: 'PCMU', clockRate: 8000, staticPayloadType: 0 };
export const PCMA: Codec = { name: 'PCMA', clockRate: 8000, staticPayloadType: 8 };
export const G722: Codec = { name: 'G722', clockRate: 8000, staticPayloadType: 9 };
// RFC 7587 §7: opus is always signalled as opus/48000/2, whatever is actually sent.
export const OPUS: Codec = {
  name: 'opus',
  clockRate: 48000,
  channels: 2,
  fmtp: 'minptime=10;useinbandfec=1',
};
// RFC 4733 §7.1.1: events 0-15 are DTMF digits, 16 is flash.
export const TELEPHONE_EVENT_8000: Codec = { name: 'telephone-event', clockRate: 8000, fmtp: '0-16' };
export const TELEPHONE_EVENT_48000: Codec = { name: 'telephone-event', clockRate: 48000, fmtp: '0-16' };

/** RFC 3551 §6 table 4: static audio payload types an offer may use without a=rtpmap. */
const STATIC_AUDIO: ReadonlyMap<number, Codec> = new Map([
  [0, PCMU],
  [3, { name: 'GSM', clockRate: 8000, staticPayloadType: 3 }],
  [4, { name: 'G723', clockRate: 8000, staticPayloadType: 4 }],
  [8, PCMA],
  [9, G722],
  [18, { name: 'G729', clockRate: 8000, staticPayloadType: 18 }],
]);

export function isTelephoneEvent(codec: Codec): boolean {
  return codec.name.toLowerCase() === 'telephone-event';
}

export function sameCodec(a: Codec, b: Codec): boolean {
  return (
    a.name.toLowerCase() === b.name.toLowerCase() &&
    a.clockRate === b.clockRate &&
    (a.channels ?? 1) === (b.channels ?? 1)
  );
}

/**
 * The formats an m= line offers, in its order, resolved through a=rtpmap, or
 * the RFC 3551 static table for static payload types without one. Payload
 * types that resolve to nothing are left out: we cannot know what they are.
 */
export function offeredFormats(media: MediaDescription): PayloadFormat[] {
  const formats: PayloadFormat[] = [];
  for (const pt of payloadTypes(media)) {
    const rtpmap = media.rtp.find((r) => r.payload === pt);
    const fmtp = media.fmtp.find((f) => f.payload === pt)?.config;
    let codec: Codec | undefined;
    if (rtpmap?.rate !== undefined) {
      codec = { name: rtpmap.codec, clockRate: rtpmap.rate };
      if (rtpmap.encoding !== undefined) codec.channels = rtpmap.encoding;
    } else if (pt < 96) {
      codec = STATIC_AUDIO.get(pt);
    }
    if (codec === undefined) continue;
    const format: PayloadFormat = { ...codec, payloadType: pt };
    if (fmtp === undefined) delete format.fmtp;
    else format.fmtp = fmtp;
    formats.push(format);
  }
  return formats;
}

/** Writes the a=rtpmap/a=fmtp lines and the format list of an m= line. */
export function applyFormats(media: MediaDescription, formats: readonly PayloadFormat[]): void {
  media.payloads = formats.map((f) => f.payloadType).join(' ');
  media.rtp = formats.map((f) => {
    const rtp: MediaDescription['rtp'][number] = { payload: f.payloadType, codec: f.name, rate: f.clockRate };
    if (f.channels !== undefined && f.channels !== 1) rtp.encoding = f.channels;
    return rtp;
  });
  media.fmtp = formats
    .filter((f) => f.fmtp !== undefined)
    .map((f) => ({ payload: f.payloadType, config: f.fmtp! }));
}

/**
 * Intersects two telephone-event event lists like "0-15,66" (RFC 4733 §7.1.1;
 * absent means 0-15). Returns undefined when nothing is in common.
 */
export function intersectEvents(offered: string | undefined, ours: string | undefined): string | undefined {
  const a = expandEvents(offered ?? '0-15');
  const b = expandEvents(ours ?? '0-15');
  const common = [...a].filter((e) => b.has(e)).sort((x, y) => x - y);
  if (common.length === 0) return undefined;
  const ranges: string[] = [];
  let start = common[0]!;
  let prev = start;
  for (const e of [...common.slice(1), Number.NaN]) {
    if (e === prev + 1) {
      prev = e;
      continue;
    }
    ranges.push(start === prev ? `${start}` : `${start}-${prev}`);
    start = e;
    prev = e;
  }
  return ranges.join(',');
}

function expandEvents(list: string): Set<number> {
  const events = new Set<number>();
  for (const part of list.split(',')) {
    const [from, to] = part.trim().split('-').map(Number);
    if (from === undefined || !Number.isInteger(from)) continue;
    const end = to !== undefined && Number.isInteger(to) ? Math.min(to, 255) : from;
    for (let e = from; e <= end; e++) events.add(e);
  }
  return events;
}
