import { assertInteger, RtpError } from './errors';

/** RFC 4733 §3.2: events 0–15 are the DTMF keys in this order; 16 is flash. */
const DTMF_KEYS = '0123456789*#ABCD';
export const EVENT_FLASH = 16;

export type DtmfDigit =
  | '0'
  | '1'
  | '2'
  | '3'
  | '4'
  | '5'
  | '6'
  | '7'
  | '8'
  | '9'
  | '*'
  | '#'
  | 'A'
  | 'B'
  | 'C'
  | 'D';

export function isDtmfDigit(value: string): value is DtmfDigit {
  return value.length === 1 && DTMF_KEYS.includes(value);
}

export function dtmfDigitToEvent(digit: DtmfDigit): number {
  return DTMF_KEYS.indexOf(digit);
}

export function eventToDtmfDigit(event: number): DtmfDigit | undefined {
  return event >= 0 && event < 16 ? (DTMF_KEYS[event] as DtmfDigit) : undefined;
}

/** RFC 4733 §2.3: one event payload block. */
export interface TelephoneEventPayload {
  readonly event: number;
  /** E bit: the final packet(s) of the event. */
  readonly end: boolean;
  /** Power level as 0 to −63 dBm0, carried as 0–63. */
  readonly volume: number;
  /** Duration so far, in timestamp units (16 bits). */
  readonly duration: number;
}

/** Parses the first 4-octet block (§2.3); further blocks (§2.5.1.5 redundancy) are ignored. */
export function parseTelephoneEvent(payload: Uint8Array): TelephoneEventPayload {
  if (payload.length < 4) {
    throw new RtpError('BAD_EVENT', `telephone-event payload of ${payload.length} octets, need 4`);
  }
  return {
    event: payload[0]!,
    end: (payload[1]! & 0x80) !== 0,
    volume: payload[1]! & 0x3f,
    duration: (payload[2]! << 8) | payload[3]!,
  };
}

export function serializeTelephoneEvent(event: TelephoneEventPayload): Buffer {
  assertInteger('event', event.event, 0, 255);
  assertInteger('volume', event.volume, 0, 63);
  assertInteger('duration', event.duration, 0, 0xffff);
  // the R bit is reserved: sent as zero (§2.3.3)
  return Buffer.from([
    event.event,
    (event.end ? 0x80 : 0) | event.volume,
    event.duration >> 8,
    event.duration & 0xff,
  ]);
}

export type TelephoneEventNotice =
  | { readonly type: 'start'; readonly event: number; readonly digit?: DtmfDigit; readonly timestamp: number }
  | {
      readonly type: 'end';
      readonly event: number;
      readonly digit?: DtmfDigit;
      readonly timestamp: number;
      /** Timestamp units, all segments together. */
      readonly duration: number;
      readonly durationMs: number;
      /** False when the stream moved on (or finished) without any E-bit packet arriving. */
      readonly endReceived: boolean;
    };

interface OpenEvent {
  event: number;
  /** Timestamp of the event's first segment: the event's identity. */
  readonly timestamp: number;
  segmentTimestamp: number;
  /** Duration of the segments before the current one. */
  completedDuration: number;
  segmentDuration: number;
  ended: boolean;
}

/** Serial-number comparison of 32-bit RTP timestamps. */
function isNewer(a: number, b: number): boolean {
  return ((a - b) | 0) > 0;
}

/**
 * Turns received telephone-event packets into one `start` and one `end` notice per key press
 * (RFC 4733 §2.5.2). An event is identified by its RTP timestamp (§2.5.1.2), so:
 * updates and the three retransmitted end packets (§2.5.1.4) of the same timestamp add nothing;
 * a lost start packet is made up by whichever packet of the event comes first; a new timestamp ends
 * an event whose end packets were all lost; packets older than the current event are ignored.
 * A long event split into segments (§2.5.1.3) continues as one when the new segment starts where
 * the open one ended.
 */
export class TelephoneEventReceiver {
  readonly #clockRate: number;
  #current: OpenEvent | undefined;

  constructor(options: { readonly clockRate?: number } = {}) {
    this.#clockRate = options.clockRate ?? 8000;
  }

  receive(packet: { readonly timestamp: number; readonly payload: Uint8Array }): TelephoneEventNotice[] {
    const payload = parseTelephoneEvent(packet.payload);
    const timestamp = packet.timestamp >>> 0;
    const current = this.#current;
    const notices: TelephoneEventNotice[] = [];

    if (current) {
      if (timestamp === current.segmentTimestamp) {
        if (current.ended || payload.event !== current.event) return notices;
        current.segmentDuration = Math.max(current.segmentDuration, payload.duration);
        if (payload.end) notices.push(this.#end(current, true));
        return notices;
      }
      if (!isNewer(timestamp, current.segmentTimestamp)) return notices; // stale: an earlier event
      const continuesSegment =
        !current.ended &&
        payload.event === current.event &&
        timestamp === (current.segmentTimestamp + current.segmentDuration) >>> 0;
      if (continuesSegment) {
        current.completedDuration += current.segmentDuration;
        current.segmentTimestamp = timestamp;
        current.segmentDuration = payload.duration;
        if (payload.end) notices.push(this.#end(current, true));
        return notices;
      }
      if (!current.ended) notices.push(this.#end(current, false));
    }

    const opened: OpenEvent = {
      event: payload.event,
      timestamp,
      segmentTimestamp: timestamp,
      completedDuration: 0,
      segmentDuration: payload.duration,
      ended: false,
    };
    this.#current = opened;
    notices.push({ type: 'start', event: payload.event, ...this.#digit(payload.event), timestamp });
    if (payload.end) notices.push(this.#end(opened, true));
    return notices;
  }

  /** Ends an event still open when the stream stops (e.g. the call is bridged away). */
  finish(): TelephoneEventNotice[] {
    const current = this.#current;
    return current && !current.ended ? [this.#end(current, false)] : [];
  }

  #digit(event: number): { digit?: DtmfDigit } {
    const digit = eventToDtmfDigit(event);
    return digit === undefined ? {} : { digit };
  }

  #end(event: OpenEvent, endReceived: boolean): TelephoneEventNotice {
    event.ended = true;
    const duration = event.completedDuration + event.segmentDuration;
    return {
      type: 'end',
      event: event.event,
      ...this.#digit(event.event),
      timestamp: event.timestamp,
      duration,
      durationMs: (duration * 1000) / this.#clockRate,
      endReceived,
    };
  }
}

export interface TelephoneEventSendOptions {
  readonly event: number;
  readonly durationMs: number;
  /** RTP timestamp of the event start, shared by every packet of the event (§2.5.1.2). */
  readonly timestamp: number;
  readonly firstSequenceNumber: number;
  readonly clockRate?: number;
  /** Interval of updates, and of the end retransmissions (§2.5.1.3/§2.5.1.4). Default 50 ms. */
  readonly intervalMs?: number;
  /** 0–63 (−dBm0). Default 10. */
  readonly volume?: number;
}

export interface PlannedTelephoneEventPacket {
  /** When to send it, relative to the event start. */
  readonly sendAtMs: number;
  readonly marker: boolean;
  readonly sequenceNumber: number;
  readonly timestamp: number;
  readonly payload: Buffer;
}

/**
 * The packets a sender emits for one event (RFC 4733 §2.5.1): the first with the marker bit, an
 * update every interval carrying the duration so far, then the final packet with the E bit sent
 * three times at the same interval. Durations up to 0xFFFF timestamp units (8.19 s at 8 kHz).
 */
export function planTelephoneEvent(options: TelephoneEventSendOptions): PlannedTelephoneEventPacket[] {
  const clockRate = options.clockRate ?? 8000;
  const intervalMs = options.intervalMs ?? 50;
  const volume = options.volume ?? 10;
  const total = Math.round((options.durationMs * clockRate) / 1000);
  assertInteger('duration in timestamp units', total, 1, 0xffff);
  assertInteger('intervalMs', intervalMs, 1, 1000);
  assertInteger('firstSequenceNumber', options.firstSequenceNumber, 0, 0xffff);
  const packets: PlannedTelephoneEventPacket[] = [];
  const push = (sendAtMs: number, duration: number, end: boolean) =>
    packets.push({
      sendAtMs,
      marker: packets.length === 0,
      sequenceNumber: (options.firstSequenceNumber + packets.length) & 0xffff,
      timestamp: options.timestamp >>> 0,
      payload: serializeTelephoneEvent({ event: options.event, end, volume, duration }),
    });
  for (let at = intervalMs; at < options.durationMs; at += intervalMs) {
    push(at, Math.round((at * clockRate) / 1000), false);
  }
  for (let i = 0; i < 3; i++) push(options.durationMs + i * intervalMs, total, true);
  return packets;
}
