import { NORMAL_CLEARING } from '@carillon/call-control';
import type { SipStack } from '../sip-stack';
import type { BLeg } from './b-leg';
import type { CallCdr } from './call-cdr';
import type { CallContext, EndSide } from './call-context';
import { isUnanswered } from './call-state';
import { statusForCause } from './causes';
import type { DialForks } from './dial-forks';
import { reasonHeader, sendInDialog } from './in-dialog';
import type { Side } from './media-port';
import type { SessionRefresh } from './session-refresh';

export interface CallEndingParts {
  readonly cdr: CallCdr;
  readonly refresh: SessionRefresh;
  readonly forks: DialForks;
  /** Aborts what the media engine is doing for the call (play, gather). */
  readonly abort: AbortController;
  /** Resolves the call's `whenEnded`. */
  readonly ended: () => void;
}

/**
 * How a call ends: before the answer with a final response to the caller (a hangup action, the
 * caller's CANCEL), after it with BYE to every side still up (§15.1.1) — and in every case the forks
 * cancelled, the relay session closed, the slot freed and the CDR reported, exactly once.
 */
export class CallEnding {
  readonly #ctx: CallContext;
  readonly #p: CallEndingParts;

  constructor(ctx: CallContext, parts: CallEndingParts) {
    this.#ctx = ctx;
    this.#p = parts;
  }

  /**
   * CANCEL matched our INVITE server transaction (§9.2): the forks are cancelled, the caller gets
   * 487. The caller's Reason header fields (RFC 3326 §2; e.g. "Call completed elsewhere" from a
   * forking proxy in front of the caller) go on to the forks, so their phones learn why too.
   */
  cancelledByCaller(reasons: readonly string[] = []): void {
    const ctx = this.#ctx;
    if (!isUnanswered(ctx.state)) return;
    this.#p.forks.cancelAll(reasons.map((value) => ['Reason', value] as const));
    ctx.a.reject(487);
    ctx.transition('cancel');
    this.#finish('caller', NORMAL_CLEARING, 487, 'Caller cancelled');
  }

  /** The hangup action: a final response before the answer (its SIP status, else the cause's), BYE after. */
  hangup(cause: number, reason: string | undefined, sipStatus: number | undefined): void {
    const ctx = this.#ctx;
    if (ctx.ended) return;
    if (isUnanswered(ctx.state)) {
      this.#reject('system', cause, sipStatus ?? statusForCause(cause), reason);
      return;
    }
    this.teardown('system', cause, reason);
  }

  /** End an answered (or answering) call: BYE every other side (§15.1.1), then report. */
  teardown(side: EndSide, cause: number, reason?: string, from?: Side): void {
    const ctx = this.#ctx;
    if (ctx.ended) return;
    if (isUnanswered(ctx.state)) {
      this.#reject(side, cause, statusForCause(cause), reason);
      return;
    }
    const headers: [string, string][] = [['Reason', reasonHeader(cause, reason)]];
    // A party that joined a side by transfer (transfer.ts) is that side now.
    const aSide =
      ctx.joined.a ?? (ctx.a.dialog ? { dialog: ctx.a.dialog, destination: ctx.a.destination } : undefined);
    if (from !== 'a' && aSide && aSide.dialog.state !== 'terminated') {
      void sendInDialog(ctx.deps.stack, aSide.dialog, aSide.destination, 'BYE', { headers });
    }
    const joinedB = ctx.joined.b;
    if (from !== 'b' && joinedB && joinedB.dialog.state !== 'terminated') {
      void sendInDialog(ctx.deps.stack, joinedB.dialog, joinedB.destination, 'BYE', { headers });
    } else if (from !== 'b' && ctx.bridged) byeLeg(ctx.deps.stack, ctx.bridged, cause, reason);
    this.#p.forks.cancelAll();
    ctx.transition('bye');
    this.#finish(side, cause, undefined, reason);
  }

  /** Before the answer: forks cancelled, a final response with Reason (RFC 3326) to the caller. */
  #reject(side: EndSide, cause: number, status: number, reason: string | undefined): void {
    const ctx = this.#ctx;
    this.#p.forks.cancelAll();
    ctx.a.reject(status, reason, [['Reason', reasonHeader(cause, reason)]]);
    ctx.transition('reject');
    this.#finish(side, cause, status, reason);
  }

  #finish(side: EndSide, cause: number, sipStatus?: number, reason?: string): void {
    const ctx = this.#ctx;
    const { cdr, refresh, forks, abort } = this.#p;
    ctx.end();
    refresh.stop();
    abort.abort();
    cdr.endAll(cause, side, sipStatus);
    forks.settle(side);
    const legs = cdr.legReports(ctx.init.media, ctx.bridged);
    ctx.init.media.close();
    ctx.a.dispose();
    ctx.deps.dialogs.removeCall(ctx.call);
    ctx.init.release();
    cdr.report(
      {
        side,
        cause,
        ...(sipStatus !== undefined ? { sipStatus } : {}),
        ...(reason !== undefined ? { reason } : {}),
      },
      legs,
    );
    this.#p.ended();
  }
}

/** BYE to a callee leg whose dialog is still up, with the cause as Reason (RFC 3326). */
export function byeLeg(stack: SipStack, leg: BLeg, cause: number, reason?: string): void {
  const dialog = leg.dialog;
  if (!dialog || dialog.state === 'terminated') return;
  void sendInDialog(stack, dialog, leg.destination, 'BYE', {
    headers: [['Reason', reasonHeader(cause, reason)]],
  });
}
