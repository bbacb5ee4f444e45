import { type DialAction, NORMAL_CLEARING } from '@carillon/call-control';
import { getFrom, type SipRequest, type SipResponse } from '@carillon/sip';
import type { ActionRun } from '../call-control/call-handle';
import { BLeg, type BLegTarget } from './b-leg';
import type { CallCdr } from './call-cdr';
import type { CallContext, EndSide } from './call-context';
import { byeLeg } from './call-ending';
import { isUnanswered } from './call-state';
import type { CallerAnswer } from './caller-answer';
import { causeForStatus } from './causes';
import { type DialFailure, type ForkDecision, ForkSelection } from './forking';
import { COMPLETED_ELSEWHERE } from './in-dialog';
import type { LegMedia } from './leg-media';
import { isSdp } from './sdp-body';

interface DialRun {
  readonly action: DialAction;
  readonly legs: BLeg[];
  /** Index in `action.targets` for each leg. */
  readonly targetIndex: number[];
  readonly selection: ForkSelection;
  readonly timers: NodeJS.Timeout[];
  readonly startedAt: number;
  readonly resolve: (run: ActionRun) => void;
}

/**
 * The `dial` action of one call: a B leg per reachable target (forking.ts decides), their
 * provisional responses relayed to the caller (early media included), the first 2xx bridged and
 * the other forks cancelled, per-target and overall timeouts, and one outcome for the executor.
 */
export class DialForks {
  readonly #ctx: CallContext;
  readonly #answer: CallerAnswer;
  readonly #cdr: CallCdr;
  #run: DialRun | undefined;
  #count = 0;
  #answeredBy: NonNullable<ActionRun['answeredBy']> | undefined;

  constructor(ctx: CallContext, answer: CallerAnswer, cdr: CallCdr) {
    this.#ctx = ctx;
    this.#answer = answer;
    this.#cdr = cdr;
  }

  /** A dial is ringing (its action has not concluded). */
  get active(): boolean {
    return this.#run !== undefined;
  }

  async dial(action: DialAction): Promise<ActionRun> {
    const ctx = this.#ctx;
    if (ctx.ended) return { status: 'hangup' };
    if (ctx.bridged || this.#run) return { status: 'failed', reason: 'the call is already bridged' };
    const { domain } = ctx.init.identity;
    const resolved: { target: BLegTarget; index: number }[] = [];
    for (const [index, target] of action.targets.entries()) {
      for (const leg of await ctx.deps.targets.resolve(ctx.tenantId, domain, target)) {
        resolved.push({ target: leg, index });
      }
    }
    if (ctx.ended) return { status: 'hangup' };
    if (resolved.length === 0) return { status: 'failed', reason: 'no target is reachable' };
    // Sequential hunting is parallel ringing one target at a time; here all ring at once.
    const offer = this.#answer.offerToCallees();
    if (offer === undefined) return { status: 'failed', reason: 'no SDP offer to send' };
    const forks = await this.#prepareForks(resolved, offer);
    if (ctx.ended) {
      for (const fork of forks) fork.media.close();
      return { status: 'hangup' };
    }
    if (forks.length === 0) return { status: 'failed', reason: 'no target can take the media of the call' };
    const from = formatIdentity(ctx.init.invite, action);
    return new Promise<ActionRun>((resolve) => {
      const legs = forks.map((fork) => this.#newBLeg(fork.target, from, fork.offer, fork.media));
      const run: DialRun = {
        action,
        legs,
        targetIndex: forks.map((r) => r.index),
        selection: new ForkSelection(legs.length),
        timers: [],
        startedAt: Date.now(),
        resolve,
      };
      this.#run = run;
      legs.forEach((leg, i) => {
        const target = action.targets[run.targetIndex[i] ?? 0];
        const delay = target?.delayMs ?? 0;
        const start = () => {
          if (this.#run !== run || run.selection.status(i) !== 'calling') return;
          this.#cdr.legStarted(leg);
          leg.start();
        };
        if (delay > 0) run.timers.push(setTimeout(start, delay));
        else start();
        const ringFor = target?.timeoutMs ?? action.targetTimeoutMs;
        run.timers.push(
          setTimeout(() => {
            if (run.selection.forkTimeout(i)) leg.cancel();
          }, delay + ringFor),
        );
      });
      run.timers.push(setTimeout(() => this.#dialTimeout(run), action.timeoutMs));
    });
  }

  /** CANCEL every fork still ringing (§9.1), not the bridged one; `headers` such as Reason go along. */
  cancelAll(headers: readonly (readonly [string, string])[] = []): void {
    const run = this.#run;
    if (!run) return;
    for (const timer of run.timers) clearTimeout(timer);
    for (const leg of run.legs) if (leg !== this.#ctx.bridged) leg.cancel(headers);
  }

  /** The call ended: a dial still running concludes — completed when a fork answered, else hangup. */
  settle(side: EndSide): void {
    const run = this.#run;
    if (!run) return;
    for (const timer of run.timers) clearTimeout(timer);
    this.#run = undefined;
    run.resolve(
      this.#answeredBy && side !== 'caller'
        ? { status: 'completed', answeredBy: this.#answeredBy, waitMs: Date.now() - run.startedAt }
        : { status: 'hangup' },
    );
  }

  /**
   * Each target's media and offer (leg-media.ts): the plain offer for a phone, a WebRTC offer for a
   * browser. A target whose media cannot be set up (no G.711 for a browser, no ports) is not rung.
   */
  async #prepareForks(
    resolved: readonly { target: BLegTarget; index: number }[],
    offer: string,
  ): Promise<{ target: BLegTarget; index: number; media: LegMedia; offer: string }[]> {
    const ctx = this.#ctx;
    const prepared = await Promise.all(
      resolved.map(async (r) => {
        try {
          return { ...r, ...(await ctx.init.legMedia.prepareCallee(r.target, offer)) };
        } catch (error) {
          ctx.log.warn({ err: error, target: r.target.requestUri }, 'callee media not available');
          return undefined;
        }
      }),
    );
    return prepared.filter((p) => p !== undefined);
  }

  #newBLeg(target: BLegTarget, from: string, offer: string, media: LegMedia): BLeg {
    const ctx = this.#ctx;
    this.#count += 1;
    const legId = `${ctx.callId}-b${this.#count}`;
    const leg = new BLeg({
      stack: ctx.deps.stack,
      legId,
      target,
      from,
      to: `<${target.requestUri}>`,
      maxForwards: ctx.init.maxForwards,
      sdp: offer,
      events: {
        provisional: (leg, response) => this.#forkProvisional(leg, response),
        answered: (leg, response) => this.#forkAnswered(leg, response),
        failed: (leg, status) => this.#forkFailed(leg, status),
      },
    });
    ctx.init.legMedia.attach(leg, media);
    return leg;
  }

  #forkIndex(leg: BLeg): number {
    return this.#run?.legs.indexOf(leg) ?? -1;
  }

  #forkProvisional(leg: BLeg, response: SipResponse): void {
    const run = this.#run;
    const ctx = this.#ctx;
    if (!run || ctx.ended) return;
    const hasSdp = isSdp(response);
    const decision = run.selection.provisional(this.#forkIndex(leg), response.status, hasSdp);
    if (decision.kind !== 'relay-provisional' || !isUnanswered(ctx.state) || this.#answer.local) return;
    if (decision.earlyMedia) {
      // RFC 3960 §3: the callee's early media reaches the caller through the relay.
      const sdp = this.#answer.relayAnswer('b', response.body.toString('utf8'), 'both', leg);
      if (sdp === undefined) return;
      ctx.init.media.bridge();
      this.#answer.provisional(decision.status === 180 ? 180 : 183, sdp);
    } else if (!this.#answer.earlyMediaSent) this.#answer.provisional(decision.status === 183 ? 183 : 180);
  }

  #forkAnswered(leg: BLeg, response: SipResponse): void {
    const run = this.#run;
    const ctx = this.#ctx;
    const decision: ForkDecision = run
      ? run.selection.final(this.#forkIndex(leg), response.status)
      : { kind: 'wait' };
    if (!run || ctx.ended || decision.kind === 'extra-answer' || decision.kind !== 'winner') {
      // Answered too late (the caller left, another fork won): ACKed already, now BYE (§13.2.2.4).
      byeLeg(ctx.deps.stack, leg, NORMAL_CLEARING, 'Call completed elsewhere');
      return;
    }
    for (const index of decision.cancel) run.legs[index]?.cancel([COMPLETED_ELSEWHERE]);
    ctx.bridged = leg;
    this.#cdr.legAnswered(leg.legId);
    const dialog = leg.dialog;
    if (dialog) ctx.deps.dialogs.add(dialog, ctx.call, 'b');
    // The callee answered the caller's offer (both legs use its codec), or our own offer after the
    // edge had answered the caller itself (the caller keeps the codec it has).
    const legs = this.#answer.local ? 'b' : 'both';
    const sdp = isSdp(response)
      ? this.#answer.relayAnswer('b', response.body.toString('utf8'), legs, leg)
      : undefined;
    ctx.init.media.bridge();
    if (isUnanswered(ctx.state)) this.#answer.answerCaller(sdp);
    const targetIndex = run.targetIndex[this.#forkIndex(leg)];
    this.#answeredBy = {
      legId: leg.legId,
      ...(targetIndex !== undefined ? { targetIndex } : {}),
      ...(leg.target.deviceId ? { deviceId: leg.target.deviceId } : {}),
    };
    for (const timer of run.timers) clearTimeout(timer);
  }

  #forkFailed(leg: BLeg, status: number): void {
    this.#ctx.init.legMedia.release(leg);
    this.#cdr.legEnded(
      leg.legId,
      status === 487 ? NORMAL_CLEARING : causeForStatus(status),
      'callee',
      status,
    );
    const run = this.#run;
    if (!run) return;
    const decision = run.selection.final(this.#forkIndex(leg), status);
    if (decision.kind === 'all-failed') this.#dialFailed(run, decision.failure, decision.sipStatus);
  }

  #dialTimeout(run: DialRun): void {
    if (this.#run !== run || run.selection.winner !== undefined) return;
    for (const index of run.selection.timeout()) run.legs[index]?.cancel();
    // A fork that never answers the CANCEL must not hold the dial beyond the deadline (§9.1 allows 64*T1).
    run.timers.push(
      setTimeout(() => {
        if (this.#run === run && run.selection.winner === undefined) this.#dialFailed(run, 'no-answer', 408);
      }, 4000),
    );
  }

  #dialFailed(run: DialRun, failure: DialFailure, sipStatus: number): void {
    if (this.#run !== run) return;
    for (const timer of run.timers) clearTimeout(timer);
    this.#run = undefined;
    this.#ctx.init.media.unbridge();
    run.resolve({ status: failure, sipStatus, waitMs: Date.now() - run.startedAt });
  }
}

/** From of the B legs: the caller's identity, or the dial's `callerId` (set-caller-id / dial option). */
function formatIdentity(invite: SipRequest, action: DialAction): string {
  const from = getFrom(invite);
  const callerId = action.callerId;
  const uri = from.uri;
  const host = uri.kind === 'sip' ? uri.host : 'invalid';
  const user = callerId?.number ?? (uri.kind === 'sip' ? uri.user : undefined) ?? 'anonymous';
  const name = callerId?.name ?? from.displayName;
  const display = name ? `"${name.replace(/["\\]/g, '')}" ` : '';
  return `${display}<sip:${user}@${host}>`;
}
