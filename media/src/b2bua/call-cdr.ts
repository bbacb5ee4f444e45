import {
  type CallEndInput,
  type EventBuilder,
  type LegReportInput,
  NORMAL_CLEARING,
} from '@carillon/call-control';
import type { Logger } from '@carillon/logger';
import { getFrom, getTo, type SipRequest } from '@carillon/sip';
import type { CallReporter, LegStart } from '../call-control/call-reporter';
import type { CallControlGateway } from '../call-control/control-plane-gateway';
import type { BLeg } from './b-leg';
import type { EndSide } from './call-context';
import type { MediaRelaySession, Side } from './media-port';

interface LegRecord {
  start: LegStart;
  answeredAt: string | null;
  end?: { endedAt: string; cause: number; side: EndSide; sipStatus?: number };
}

export interface CallCdrInit {
  readonly callId: string;
  readonly tenantId: string;
  readonly aLegId: string;
  readonly deviceId: string;
  readonly invite: SipRequest;
  readonly events: EventBuilder;
  readonly reporter: CallReporter;
  readonly gateway: CallControlGateway;
  readonly log: Logger;
}

/** How the call ended, for `call.ended` (the CDR's call part). */
export interface CallEndFacts {
  readonly side: EndSide;
  readonly cause: number;
  readonly sipStatus?: number;
  readonly reason?: string;
}

/**
 * The CDR side of one call: a record per leg (caller leg at once, callee legs as their forks
 * start), answer and end times, causes, and at the end the `call.ended` event with one report per
 * leg — to the CDR outbox (CallReporter) and to the control plane.
 */
export class CallCdr {
  readonly #o: CallCdrInit;
  readonly #legs = new Map<string, LegRecord>();
  /** The codec each side negotiated last (caller leg; the bridged callee leg). */
  readonly #codecs: Record<Side, string | undefined> = { a: undefined, b: undefined };

  constructor(init: CallCdrInit) {
    this.#o = init;
    const from = getFrom(init.invite);
    const to = getTo(init.invite);
    const start: LegStart = {
      legId: init.aLegId,
      kind: 'extension',
      caller: { number: userOf(from.uri), name: from.displayName ?? null },
      callee: { number: userOf(to.uri), name: null },
      deviceId: init.deviceId,
      startedAt: new Date().toISOString(),
    };
    this.#legs.set(init.aLegId, { start, answeredAt: null });
    init.reporter.callStarted({
      callId: init.callId,
      tenantId: init.tenantId,
      direction: 'internal',
      leg: start,
    });
  }

  /** When the caller's leg was answered (our 2xx), null before. */
  get callerAnsweredAt(): string | null {
    return this.#legs.get(this.#o.aLegId)?.answeredAt ?? null;
  }

  /** A fork of a dial went out: a callee leg of its own in the CDR. */
  legStarted(leg: BLeg): void {
    const caller = this.#legs.get(this.#o.aLegId)?.start.caller ?? { number: '', name: null };
    const start: LegStart = {
      legId: leg.legId,
      kind: 'extension',
      caller,
      callee: { number: userOfText(leg.target.requestUri), name: null },
      deviceId: leg.target.deviceId ?? null,
      startedAt: new Date().toISOString(),
    };
    this.#legs.set(leg.legId, { start, answeredAt: null });
    this.#o.reporter.legStarted(this.#o.callId, start);
  }

  /**
   * A party that joined the call by an attended transfer (transfer.ts): its leg of the other call
   * goes on in this one, answered from now.
   */
  legJoined(legId: string, number: string, deviceId: string | undefined): void {
    const caller = this.#legs.get(this.#o.aLegId)?.start.caller ?? { number: '', name: null };
    const start: LegStart = {
      legId,
      kind: 'extension',
      caller,
      callee: { number: number.slice(0, 64), name: null },
      deviceId: deviceId ?? null,
      startedAt: new Date().toISOString(),
    };
    this.#legs.set(legId, { start, answeredAt: null });
    this.#o.reporter.legStarted(this.#o.callId, start);
    this.legAnswered(legId);
  }

  legAnswered(legId: string): void {
    const record = this.#legs.get(legId);
    const now = new Date().toISOString();
    if (record) record.answeredAt = now;
    this.#o.reporter.legAnswered(this.#o.callId, legId, now);
  }

  /**
   * An answer settled a codec (RFC 3264 §6.1: the first format of the answer's audio stream):
   * for the caller's leg when the edge answered it itself, for the callee's leg alone when the
   * caller's codec was already fixed that way, for both when the answer crossed the B2BUA.
   */
  codecNegotiated(legs: Side | 'both', codec: string | undefined): void {
    if (codec === undefined) return;
    if (legs !== 'b') this.#codecs.a = codec;
    if (legs !== 'a') this.#codecs.b = codec;
  }

  /** The first end of a leg counts (a later teardown does not overwrite a fork's failure). */
  legEnded(legId: string, cause: number, side: EndSide, sipStatus?: number): void {
    const record = this.#legs.get(legId);
    if (!record || record.end) return;
    record.end = {
      endedAt: new Date().toISOString(),
      cause,
      side,
      ...(sipStatus !== undefined ? { sipStatus } : {}),
    };
  }

  /** Every leg not ended yet ends now; the SIP status only for legs that were never answered. */
  endAll(cause: number, side: EndSide, sipStatus?: number): void {
    for (const [legId, record] of this.#legs)
      this.legEnded(legId, cause, side, record.answeredAt ? undefined : sipStatus);
  }

  /**
   * One report per leg; read before the relay session closes (its statistics go with it). Codec and
   * RTP statistics for the caller's leg and the bridged callee leg; forks that lost have neither.
   */
  legReports(media: MediaRelaySession, bridged: BLeg | undefined): LegReportInput[] {
    const out: LegReportInput[] = [];
    for (const [legId, record] of this.#legs) {
      const end = record.end ?? {
        endedAt: new Date().toISOString(),
        cause: NORMAL_CLEARING,
        side: 'system' as const,
      };
      const side: Side = legId === this.#o.aLegId ? 'a' : 'b';
      const carriesMedia = side === 'a' || bridged?.legId === legId;
      const codec = carriesMedia ? this.#codecs[side] : undefined;
      out.push({
        ...record.start,
        answeredAt: record.answeredAt,
        endedAt: end.endedAt,
        cause: end.cause,
        side: end.side,
        ...(end.sipStatus !== undefined ? { sipStatus: end.sipStatus } : {}),
        codec: codec ?? null,
        rtp: carriesMedia ? media.stats(side) : null,
      });
    }
    return out;
  }

  /** `call.ended` with the leg reports: to the CDR outbox, then to the control plane. */
  report(ending: CallEndFacts, legs: LegReportInput[]): void {
    const { cause, side, sipStatus, reason } = ending;
    const answeredAt = this.callerAnsweredAt;
    const ended: CallEndInput = {
      cause,
      side,
      ...(sipStatus !== undefined && answeredAt === null ? { sipStatus } : {}),
      ...(reason ? { reason: reason.slice(0, 128) } : {}),
      answeredAt,
      endedAt: new Date().toISOString(),
    };
    this.#o.log.info({ side, cause, sipStatus, reason, legs: legs.length }, 'call ended');
    try {
      const event = this.#o.events.callEnded(ended, legs);
      for (const leg of legs) this.#o.reporter.legEnded(this.#o.callId, leg);
      this.#o.reporter.callEnded(event);
      void this.#o.gateway.report(event);
    } catch (error) {
      this.#o.log.error({ err: error }, 'call.ended could not be built');
    }
  }
}

function userOf(uri: { kind: string; user?: string; number?: string }): string {
  return (uri.user ?? uri.number ?? '').slice(0, 64);
}

function userOfText(uri: string): string {
  return (/^sips?:([^@;>]+)@/i.exec(uri)?.[1] ?? '').slice(0, 64);
}
