import { cdrIdempotencyKey, type LegReportInput, MAX_LEGS_PER_CALL } from '@carillon/call-control';
import type { CdrReportInput } from '@carillon/edge-api';
import type { CallEnding, CallState, LegState } from './call-facts';

/** ITU-T Q.850 cause 41, temporary failure: what a call the edge lost by crashing ended with. */
export const EDGE_FAILURE_CAUSE = 41;
const EDGE_FAILURE_REASON = 'the edge stopped while the call was up';

interface Ending {
  readonly cause: number;
  readonly side: 'caller' | 'callee' | 'system';
  readonly sipStatus?: number | undefined;
  readonly reason?: string | undefined;
}

/**
 * The report of a call that ended by signalling. Legs still up end with the
 * call, at its time and with its cause (the B2BUA tears them down together).
 */
export function buildCdrReport(call: CallState, ending: CallEnding, endedAt: number, edgeNodeId: string) {
  return report(call, { ...ending }, endedAt, edgeNodeId, 'normal');
}

/**
 * The report of a call the edge was holding when it died, rebuilt from the
 * journal. It ends at `lastAliveAt`, the journal's last activity (a fact or
 * a heartbeat), not at the restart: the call was gone from the moment the
 * edge was, and a restart hours later must not bill hours. Legs that had
 * ended keep their own endings; the rest end with cause 41 on the system's side.
 */
export function buildFailureReport(call: CallState, lastAliveAt: number, edgeNodeId: string) {
  const ending = { cause: EDGE_FAILURE_CAUSE, side: 'system', reason: EDGE_FAILURE_REASON } as const;
  return report(call, ending, lastAliveAt, edgeNodeId, 'edge-failure');
}

function report(
  call: CallState,
  ending: Ending,
  endedAt: number,
  edgeNodeId: string,
  termination: 'normal' | 'edge-failure',
): CdrReportInput {
  // The caller's leg is the first (call-facts): its answer is the call's.
  const answeredAt = call.legs[0]?.answeredAt ?? null;
  const times = orderedTimes(call.startedAt, answeredAt, endedAt);
  return {
    idempotencyKey: cdrIdempotencyKey(call.callId),
    callId: call.callId,
    tenantId: call.tenantId,
    edgeNodeId,
    direction: call.direction,
    caller: call.caller,
    callee: call.callee,
    ...times,
    cause: ending.cause,
    side: ending.side,
    // A final response only describes an unanswered call (edge-api contract).
    ...(ending.sipStatus !== undefined && answeredAt === null ? { sipStatus: ending.sipStatus } : {}),
    ...(ending.reason !== undefined ? { reason: ending.reason } : {}),
    termination,
    private: call.private,
    legs: boundedLegs(call.legs).map((leg) => legReport(leg, ending, endedAt)),
  };
}

function legReport(leg: LegState, callEnding: Ending, callEndedAt: number): LegReportInput {
  const ending = leg.ending ?? { cause: callEnding.cause, side: callEnding.side };
  return {
    legId: leg.legId,
    kind: leg.kind,
    caller: leg.caller,
    callee: leg.callee,
    deviceId: leg.deviceId,
    trunkId: leg.trunkId,
    gatewayId: leg.gatewayId,
    ...orderedTimes(leg.startedAt, leg.answeredAt, leg.endedAt ?? callEndedAt),
    cause: ending.cause,
    side: ending.side,
    ...(ending.sipStatus !== undefined && leg.answeredAt === null ? { sipStatus: ending.sipStatus } : {}),
    codec: leg.codec,
    rtp: leg.ending?.rtp ?? null,
  };
}

/**
 * Start ≤ answer ≤ end as the contract demands. The wall clock can step
 * back (an NTP correction) between two facts; a CDR a few ms off beats one
 * the control plane rejects and the outbox can never deliver.
 */
function orderedTimes(startedAt: number, answeredAt: number | null, endedAt: number) {
  const answered = answeredAt === null ? null : Math.max(answeredAt, startedAt);
  const ended = Math.max(endedAt, answered ?? startedAt);
  return {
    startedAt: new Date(startedAt).toISOString(),
    answeredAt: answered === null ? null : new Date(answered).toISOString(),
    endedAt: new Date(ended).toISOString(),
  };
}

/** The caller's leg and the latest ones: a hunt of hundreds of attempts keeps its first and last legs. */
function boundedLegs(legs: readonly LegState[]): readonly LegState[] {
  if (legs.length <= MAX_LEGS_PER_CALL) return legs;
  return [legs[0]!, ...legs.slice(legs.length - (MAX_LEGS_PER_CALL - 1))];
}
