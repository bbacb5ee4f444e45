import type { LegReport } from '@carillon/call-control';
import { type CdrDisposition, type CdrLeg, cdrDurations } from '@carillon/domain';
import type { CdrReport } from '@carillon/edge-api';
import type { NewCdr } from '@carillon/store';

/** Q.850 causes that decide a disposition (ITU-T Q.850 Table 1). */
const USER_BUSY = 17;
const TEMPORARY_FAILURE = 41;
/** Unanswered endings that mean "nobody picked up" (RFC 3398 §8.2.6.1 mapping both ways). */
const NO_ANSWER_CAUSES = new Set([16, 18, 19, 20, 31]);
const NO_ANSWER_STATUSES = new Set([408, 480, 487]);
const BUSY_STATUSES = new Set([486, 600]);

interface Ending {
  readonly answeredAt: string | null;
  readonly cause: number;
  readonly sipStatus?: number | undefined;
}

/**
 * The T640's call types (manual L3519-3529): answered / no answer / busy /
 * failed. Answered wins over how it ended; an unanswered call is busy or no
 * answer by its final response or cause, and failed otherwise (unknown
 * number, refused, congestion) — and always when the edge died holding it.
 */
export function disposition(ending: Ending, edgeFailure: boolean): CdrDisposition {
  if (ending.answeredAt !== null) return 'answered';
  if (edgeFailure) return 'failed';
  if ((ending.sipStatus !== undefined && BUSY_STATUSES.has(ending.sipStatus)) || ending.cause === USER_BUSY) {
    return 'busy';
  }
  if (ending.sipStatus !== undefined)
    return NO_ANSWER_STATUSES.has(ending.sipStatus) ? 'no-answer' : 'failed';
  return NO_ANSWER_CAUSES.has(ending.cause) ? 'no-answer' : 'failed';
}

/** The CDR keeps names up to 100 characters; the protocol allows 128. */
function party(value: { number: string; name: string | null }) {
  return { number: value.number, name: value.name === null ? null : value.name.slice(0, 100) };
}

/** One form for every instant, so the domain's string comparisons of times hold. */
function instant(value: string): string {
  return new Date(value).toISOString();
}

/** Device id → the user the device belongs to (null: a shared or unassigned device). */
export type DeviceOwners = ReadonlyMap<string, string | null>;

/** The caller as presented to the callees: its user's extension and name (routing's caller id). */
export interface PresentedCaller {
  readonly number: string;
  readonly name: string;
}

function toLeg(
  leg: LegReport,
  edgeFailure: boolean,
  owners: DeviceOwners,
  caller: { number: string; name: string | null },
): CdrLeg {
  return {
    legId: leg.legId,
    kind: leg.kind,
    caller: party(caller),
    callee: party(leg.callee),
    deviceId: leg.deviceId,
    // The report names the device only; the user comes from the device record at write time, so a
    // user's own call list (`/me/calls`, CDR access `own`) finds the call by any leg they were on.
    userId: leg.deviceId === null ? null : (owners.get(leg.deviceId) ?? null),
    trunkId: leg.trunkId,
    startedAt: instant(leg.startedAt),
    answeredAt: leg.answeredAt === null ? null : instant(leg.answeredAt),
    endedAt: instant(leg.endedAt),
    disposition: disposition(leg, edgeFailure),
    hangupCause: edgeFailure ? TEMPORARY_FAILURE : leg.cause,
    hangupSide: edgeFailure ? 'system' : leg.side,
    codec: leg.codec,
    rtp:
      leg.rtp === null
        ? null
        : {
            packetsSent: leg.rtp.packetsSent,
            packetsReceived: leg.rtp.packetsReceived,
            packetsLost: leg.rtp.packetsLost,
            jitterMs: leg.rtp.jitterMs,
            mos: leg.rtp.mos,
          },
  };
}

/**
 * The call's one CDR from the edge's report. A call the edge lost by
 * crashing is marked as ended by the system with cause 41 (temporary
 * failure), and `failed` if it was never answered; an answered one keeps
 * `answered` and its talk time up to the edge's last checkpoint, which is
 * what was actually delivered.
 */
export function buildCdr(
  report: CdrReport,
  owners: DeviceOwners = new Map(),
  presented?: PresentedCaller,
): NewCdr {
  const edgeFailure = report.termination === 'edge-failure';
  // Where the edge reported the From of the caller's INVITE (a device's SIP user name), the CDR
  // shows the identity the PBX presented: the same for the call and each leg of it.
  const callerOf = (reported: { number: string; name: string | null }) =>
    presented !== undefined && reported.number === report.caller.number
      ? { number: presented.number, name: presented.name }
      : reported;
  const times = {
    startedAt: instant(report.startedAt),
    answeredAt: report.answeredAt === null ? null : instant(report.answeredAt),
    endedAt: instant(report.endedAt),
  };
  return {
    callId: report.callId,
    idempotencyKey: report.idempotencyKey,
    direction: report.direction,
    caller: party(callerOf(report.caller)),
    callee: party(report.callee),
    ...times,
    ...cdrDurations(times),
    disposition: disposition(report, edgeFailure),
    hangupCause: edgeFailure ? TEMPORARY_FAILURE : report.cause,
    hangupSide: edgeFailure ? 'system' : report.side,
    private: report.private,
    legs: report.legs.map((leg) => toLeg(leg, edgeFailure, owners, callerOf(leg.caller))),
  };
}
