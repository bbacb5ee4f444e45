import type { CallEndedEvent, LegReportInput } from '@carillon/call-control';
import type { CallReporter, CallStartFacts, LegStart } from '../call-control/call-reporter';
import type { CallReporter as CdrCallReporter, LegStart as CdrLegStart } from '../cdr/call-reporter';

/*
 * The B2BUA reports legs in the shape of the call-control protocol (`LegReportInput`, `call.ended`);
 * the CDR path (media/src/cdr) journals facts in its own shape and takes times from its own clock
 * when each fact arrives. This maps one onto the other; the B2BUA calls it as things happen.
 */
export class CdrReporterAdapter implements CallReporter {
  readonly #cdr: CdrCallReporter;

  constructor(cdr: CdrCallReporter) {
    this.#cdr = cdr;
  }

  callStarted(call: CallStartFacts): void {
    this.#cdr.callStarted({
      callId: call.callId,
      tenantId: call.tenantId,
      direction: call.direction,
      caller: call.leg.caller,
      callee: call.leg.callee,
      leg: cdrLegStart(call.leg),
    });
  }

  legStarted(callId: string, leg: LegStart): void {
    this.#cdr.legStarted(callId, cdrLegStart(leg));
  }

  legAnswered(callId: string, legId: string): void {
    // The codec is known for certain only at the end (a re-INVITE may change it); legEnded sets it.
    this.#cdr.legAnswered(callId, legId, null);
  }

  legEnded(callId: string, leg: LegReportInput): void {
    this.#cdr.legEnded(callId, leg.legId, {
      cause: leg.cause,
      side: leg.side,
      ...(leg.sipStatus !== undefined ? { sipStatus: leg.sipStatus } : {}),
      ...(leg.codec ? { codec: leg.codec } : {}),
      rtp: leg.rtp ?? null,
    });
  }

  callEnded(event: CallEndedEvent): void {
    const { cause, side, sipStatus, reason } = event.ended;
    this.#cdr.callEnded(event.callId, {
      cause,
      side,
      ...(sipStatus !== undefined ? { sipStatus } : {}),
      ...(reason !== undefined ? { reason } : {}),
    });
  }
}

function cdrLegStart(leg: LegStart): CdrLegStart {
  return {
    legId: leg.legId,
    kind: leg.kind,
    caller: leg.caller,
    callee: leg.callee,
    deviceId: leg.deviceId ?? null,
    trunkId: leg.trunkId ?? null,
    gatewayId: leg.gatewayId ?? null,
  };
}
