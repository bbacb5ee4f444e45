import {
  type AnswerAction,
  type BridgeAction,
  type DialAction,
  type GatherAction,
  type HangupAction,
  NORMAL_CLEARING,
  type PlayAction,
  type RingAction,
} from '@carillon/call-control';
import { type Destination, getTo, type ServerTransaction, type SipRequest } from '@carillon/sip';
import type { ActionRun, CallHandle } from '../call-control/call-handle';
import { ALeg } from './a-leg';
import { CallCdr } from './call-cdr';
import { CallContext, type CallDeps, type CallInit, type Teardown, TIMER_EXPIRY } from './call-context';
import { CallEnding } from './call-ending';
import { type CallState, isAnswered, isUnanswered } from './call-state';
import { CallerAnswer } from './caller-answer';
import { DialForks } from './dial-forks';
import { relayInfo } from './info-relay';
import type { Side } from './media-port';
import { ReInviteRelay } from './re-invite';
import { SessionRefresh } from './session-refresh';
import { CallTransfer } from './transfer';

export type { CallDeps, CallInit } from './call-context';

/**
 * One call through the B2BUA: the caller's leg (A, UAS), the callee legs of a `dial` (B, UAC, one
 * per fork), the relay session that anchors their media, and the CallHandle the call-control
 * executor drives. Signalling of one side is re-originated on the other (RFC 3261 §12–§16 as a
 * B2BUA); SDP is rewritten toward each side (sdp-anchor.ts).
 *
 * This class is the call's face — the actions and the requests from the network — over its parts:
 * answer and early media (caller-answer.ts), the dial's forks (dial-forks.ts), re-INVITE/UPDATE
 * (re-invite.ts), INFO (info-relay.ts), the session timer (session-refresh.ts), CANCEL/hangup/BYE
 * (call-ending.ts) and the CDR (call-cdr.ts); call-context.ts is what they share.
 */
export class Call implements CallHandle {
  readonly callId: string;
  readonly tenantId: string;
  readonly aLegId: string;
  readonly whenEnded: Promise<void>;
  readonly a: ALeg;
  /** REFER: blind and attended transfer (transfer.ts). */
  readonly transfer: CallTransfer;
  readonly #ctx: CallContext;
  readonly #answer: CallerAnswer;
  readonly #forks: DialForks;
  readonly #reInvite: ReInviteRelay;
  readonly #ending: CallEnding;
  readonly #abort = new AbortController();

  constructor(deps: CallDeps, init: CallInit) {
    const ctx = new CallContext(this, deps, init);
    this.#ctx = ctx;
    this.callId = ctx.callId;
    this.tenantId = ctx.tenantId;
    this.aLegId = ctx.aLegId;
    this.a = ctx.a;
    let ended!: () => void;
    this.whenEnded = new Promise((resolve) => {
      ended = resolve;
    });
    const cdr = new CallCdr({
      callId: ctx.callId,
      tenantId: ctx.tenantId,
      aLegId: ctx.aLegId,
      deviceId: init.identity.deviceId,
      invite: init.invite,
      events: init.events,
      reporter: deps.reporter,
      gateway: deps.gateway,
      log: ctx.log,
    });
    // The parts end the call through CallEnding, which needs them first: bound late.
    const teardown: Teardown = (side, cause, reason, from) =>
      this.#ending.teardown(side, cause, reason, from);
    const refresh = new SessionRefresh(ctx, (reason) => teardown('system', TIMER_EXPIRY, reason));
    this.#answer = new CallerAnswer(ctx, cdr, refresh, () => teardown('system', TIMER_EXPIRY, 'No ACK'));
    this.#forks = new DialForks(ctx, this.#answer, cdr);
    this.#reInvite = new ReInviteRelay(ctx, this.#answer, refresh, teardown);
    this.#ending = new CallEnding(ctx, {
      cdr,
      refresh,
      forks: this.#forks,
      abort: this.#abort,
      ended,
    });
    this.transfer = new CallTransfer(ctx, { cdr, refresh, teardown });
    init.media.onInactive(() => teardown('system', TIMER_EXPIRY, 'RTP timeout'));
    void this.whenEnded.then(() => this.#reInvite.dispose());
  }

  get state(): CallState {
    return this.#ctx.state;
  }

  get answered(): boolean {
    return isAnswered(this.#ctx.state);
  }

  get ended(): boolean {
    return this.#ctx.ended;
  }

  // ————— CallHandle: the actions —————

  async answer(_action: AnswerAction): Promise<ActionRun> {
    if (this.answered) return { status: 'completed' };
    return this.#answer.answerLocally()
      ? { status: 'completed' }
      : { status: 'failed', reason: 'offer not answerable' };
  }

  async ring(action: RingAction): Promise<ActionRun> {
    if (isUnanswered(this.#ctx.state)) {
      if (action.mode === 'ringback' && this.#ctx.deps.engine) {
        const local = this.#answer.ensureLocal();
        if (local) this.#answer.provisional(183, local.sdp);
      } else this.#answer.provisional(180);
    }
    if (action.durationMs > 0) await this.#sleep(action.durationMs);
    return { status: 'completed' };
  }

  async play(action: PlayAction): Promise<ActionRun> {
    const engine = this.#ctx.deps.engine;
    if (!engine) return { status: 'failed', reason: 'no media engine on this edge' };
    if (isUnanswered(this.#ctx.state)) {
      if (action.earlyMedia) {
        const local = this.#answer.ensureLocal();
        if (!local) return { status: 'failed', reason: 'offer not answerable' };
        this.#answer.provisional(183, local.sdp);
      } else if (!this.#answer.answerLocally()) return { status: 'failed', reason: 'offer not answerable' };
    }
    try {
      await engine.play(this.#ctx.init.media, 'a', action.source, {
        loop: action.loop,
        ...(action.maxDurationMs !== undefined ? { maxDurationMs: action.maxDurationMs } : {}),
        signal: this.#abort.signal,
      });
      return { status: this.ended ? 'hangup' : 'completed' };
    } catch (error) {
      return this.ended ? { status: 'hangup' } : { status: 'failed', reason: errorText(error) };
    }
  }

  async gather(action: GatherAction): Promise<ActionRun> {
    const engine = this.#ctx.deps.engine;
    if (!engine) return { status: 'failed', reason: 'no media engine on this edge' };
    if (isUnanswered(this.#ctx.state) && !this.#answer.answerLocally()) {
      return { status: 'failed', reason: 'offer not answerable' };
    }
    try {
      const got = await engine.gather(this.#ctx.init.media, 'a', {
        ...(action.prompt ? { prompt: action.prompt } : {}),
        maxDigits: action.maxDigits,
        terminators: action.terminators,
        firstDigitTimeoutMs: action.firstDigitTimeoutMs,
        interDigitTimeoutMs: action.interDigitTimeoutMs,
        signal: this.#abort.signal,
      });
      const enough = got.digits.length >= action.minDigits;
      return {
        status: this.ended ? 'hangup' : enough ? 'completed' : 'timeout',
        ...(got.digits ? { digits: got.digits } : {}),
        ...(got.terminator ? { terminator: got.terminator } : {}),
      };
    } catch (error) {
      return this.ended ? { status: 'hangup' } : { status: 'failed', reason: errorText(error) };
    }
  }

  async bridge(_action: BridgeAction): Promise<ActionRun> {
    // Bridging with a leg of another call needs the call registry of a later issue (transfer).
    return { status: 'failed', reason: 'bridge to another call is not supported yet' };
  }

  dial(action: DialAction): Promise<ActionRun> {
    return this.#forks.dial(action);
  }

  async hangup(action: HangupAction): Promise<void> {
    this.#ending.hangup(action.cause, action.reason, action.sipStatus);
  }

  async dialledContacts(): Promise<string[]> {
    const { init, deps } = this.#ctx;
    const to = getTo(init.invite).uri;
    if (to.kind !== 'sip' || to.user === undefined) return [];
    return deps.targets.contactsOf(this.tenantId, `sip:${to.user}@${init.identity.domain}`);
  }

  // ————— Requests and responses from the network —————

  /** CANCEL matched our INVITE server transaction (§9.2): the forks are cancelled, the caller gets 487. */
  cancelledByCaller(cancel?: SipRequest): void {
    this.#ending.cancelledByCaller(cancel?.headers.getAll('reason') ?? []);
  }

  /** The ACK for our 2xx (§13.3.1.4), or for a 2xx to a re-INVITE we relayed. */
  ackFrom(side: Side, ack: SipRequest): void {
    if (side === 'a' && this.#ctx.state === 'answered') {
      this.a.acknowledged();
      this.#ctx.transition('ack');
    }
    this.#reInvite.ack(side, ack);
  }

  /** A request inside one of the call's dialogs (§12.2.2 matched it to `side`). */
  async inDialogRequest(
    side: Side,
    request: SipRequest,
    tx: ServerTransaction,
    source?: Destination,
  ): Promise<void> {
    const stack = this.#ctx.deps.stack;
    if (this.transfer.intercept(side, request, tx)) return;
    switch (request.method) {
      case 'BYE':
        ALeg.respond(stack, tx, 200);
        this.#ending.teardown(side === 'a' ? 'caller' : 'callee', NORMAL_CLEARING, undefined, side);
        return;
      case 'INVITE':
      case 'UPDATE':
        await this.#reInvite.offer(side, request, tx);
        return;
      case 'INFO':
        await relayInfo(this.#ctx, side, request, tx);
        return;
      case 'REFER':
        await this.transfer.refer(side, request, tx, source);
        return;
      default:
        ALeg.respond(stack, tx, 405, { headers: { Allow: 'INVITE, ACK, CANCEL, BYE, UPDATE, INFO, REFER' } });
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      void this.whenEnded.then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 128);
}
