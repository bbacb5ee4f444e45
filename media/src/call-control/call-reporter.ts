import type { CallEndedEvent, LegReportInput } from '@carillon/call-control';

/** A leg as it starts: the fixed part of its CDR report. */
export type LegStart = Pick<
  LegReportInput,
  'legId' | 'kind' | 'caller' | 'callee' | 'deviceId' | 'trunkId' | 'gatewayId' | 'startedAt'
>;

/** A call as it starts: who called whom, in which tenant, with the caller's leg. */
export interface CallStartFacts {
  readonly callId: string;
  readonly tenantId: string;
  /** What the edge knows at the INVITE: a device's call is `internal` until the control plane routes it. */
  readonly direction: 'internal' | 'inbound' | 'outbound';
  readonly leg: LegStart;
}

/**
 * Leg lifecycle facts for the CDR (ARCHITECTURE §3: the edge reports each leg, the control plane
 * writes one CDR per call). The CDR outbox (`media/src/cdr/`) implements this durably; `callEnded`
 * carries the same event that goes to the control plane, every leg inside.
 */
export interface CallReporter {
  /** The initial INVITE was accepted; carries the caller's leg (not reported again by legStarted). */
  callStarted(call: CallStartFacts): void;
  /** A further leg (a callee fork). */
  legStarted(callId: string, leg: LegStart): void;
  legAnswered(callId: string, legId: string, answeredAt: string): void;
  legEnded(callId: string, leg: LegReportInput): void;
  callEnded(event: CallEndedEvent): void;
}

/** For an edge without a CDR outbox yet: the facts still reach the control plane in `call.ended`. */
export const noCallReporter: CallReporter = {
  callStarted() {},
  legStarted() {},
  legAnswered() {},
  legEnded() {},
  callEnded() {},
};
