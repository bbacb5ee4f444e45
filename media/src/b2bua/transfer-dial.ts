import { type DialAction, NORMAL_CLEARING } from '@carillon/call-control';
import type { SipResponse } from '@carillon/sip';
import { BLeg, type BLegTarget } from './b-leg';
import type { CallCdr } from './call-cdr';
import type { CallContext } from './call-context';
import { causeForStatus } from './causes';
import { COMPLETED_ELSEWHERE, sendInDialog } from './in-dialog';
import type { LegMedia } from './leg-media';
import { transferFailureStatus } from './refer-request';

export type TransferDialResult =
  | { readonly ok: true; readonly leg: BLeg; readonly media: LegMedia; readonly answer: SipResponse }
  | { readonly ok: false; readonly status: number };

export interface TransferDialInit {
  readonly action: DialAction;
  /** Leg ids `<prefix>1`, `<prefix>2`, … */
  readonly legIdPrefix: string;
  /** Plain RTP offer at the relay leg the new party will use. */
  readonly offer: string;
  /** From of the new leg: the transferee (name-addr, no tag). */
  readonly from: string;
  readonly maxForwards: number;
  /** RFC 3892: who asked for this call, passed on to the target. */
  readonly referredBy: string;
  readonly cdr: CallCdr;
}

/** A fork that fails 4 s after the dial's deadline without answering our CANCEL no longer holds it. */
const CANCEL_GRACE_MS = 4000;

/**
 * The transferee's new call to the transfer target (RFC 5589 §6): every contact of the control
 * plane's `dial` rung in parallel as a callee leg of this call (a BLeg of its own Call-ID), the
 * first 2xx wins and the others are cancelled (RFC 3261 §13.2.2.4 like dial-forks.ts), and one
 * outcome: the answered leg, or the status the final NOTIFY reports (486 when any was busy).
 */
export async function dialTransferTarget(
  ctx: CallContext,
  init: TransferDialInit,
): Promise<TransferDialResult> {
  const { tenantId } = ctx;
  const resolved: BLegTarget[] = [];
  for (const target of init.action.targets) {
    resolved.push(...(await ctx.deps.targets.resolve(tenantId, ctx.init.identity.domain, target)));
  }
  if (ctx.ended) return { ok: false, status: 487 };
  // RFC 3261 §16.7: no contact at all is "temporarily unavailable".
  if (resolved.length === 0) return { ok: false, status: 480 };
  const prepared: { target: BLegTarget; media: LegMedia; offer: string }[] = [];
  for (const target of resolved) {
    try {
      prepared.push({ target, ...(await ctx.init.legMedia.prepareCallee(target, init.offer)) });
    } catch (error) {
      ctx.log.warn({ err: error, target: target.requestUri }, 'transfer target media not available');
    }
  }
  if (prepared.length === 0) return { ok: false, status: 488 };
  return new Promise<TransferDialResult>((resolve) => {
    const statuses: number[] = [];
    const legs: BLeg[] = [];
    let done = false;
    let failed = 0;
    let timedOut = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (result: TransferDialResult) => {
      if (done) return;
      done = true;
      for (const timer of timers) clearTimeout(timer);
      resolve(result);
    };
    prepared.forEach(({ target, media, offer }, index) => {
      const leg = new BLeg({
        stack: ctx.deps.stack,
        legId: `${init.legIdPrefix}${index + 1}`,
        target,
        from: init.from,
        to: `<${target.requestUri}>`,
        maxForwards: init.maxForwards,
        sdp: offer,
        events: {
          provisional: () => {},
          answered: (answeredLeg, response) => {
            if (done) {
              // Lost the race to another contact: end it at once.
              const dialog = answeredLeg.dialog;
              if (dialog) void sendInDialog(ctx.deps.stack, dialog, answeredLeg.destination, 'BYE');
              return;
            }
            for (const other of legs) if (other !== answeredLeg) other.cancel([COMPLETED_ELSEWHERE]);
            finish({ ok: true, leg: answeredLeg, media, answer: response });
          },
          failed: (failedLeg, status) => {
            init.cdr.legEnded(
              failedLeg.legId,
              status === 487 ? NORMAL_CLEARING : causeForStatus(status),
              'callee',
              status,
            );
            ctx.init.legMedia.release(failedLeg);
            statuses.push(status);
            failed += 1;
            if (failed < legs.length) return;
            // Every contact cancelled at the deadline: "no answer" is a timeout (408), not 487.
            const worst = transferFailureStatus(statuses);
            finish({ ok: false, status: worst === 487 && timedOut ? 408 : worst });
          },
        },
      });
      leg.invite.headers.set('Referred-By', init.referredBy);
      ctx.init.legMedia.attach(leg, media);
      legs.push(leg);
    });
    for (const leg of legs) {
      init.cdr.legStarted(leg);
      leg.start();
    }
    const deadline = Math.min(init.action.timeoutMs, init.action.targetTimeoutMs);
    timers.push(
      setTimeout(() => {
        timedOut = true;
        for (const leg of legs) leg.cancel();
        timers.push(setTimeout(() => finish({ ok: false, status: 408 }), CANCEL_GRACE_MS));
      }, deadline),
    );
    // The transferee hung up while the target rang: nobody to connect.
    void ctx.call.whenEnded.then(() => {
      if (done) return;
      for (const leg of legs) leg.cancel();
      finish({ ok: false, status: 487 });
    });
  });
}
