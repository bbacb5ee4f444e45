import {
  type AnswerAction,
  type BridgeAction,
  type CallEndInput,
  type DialAction,
  type EventBuilder,
  type GatherAction,
  type HangupAction,
  type LegReportInput,
  NORMAL_CLEARING,
  type PlayAction,
  type RingAction,
} from '@carillon/call-control';
import type { Logger } from '@carillon/logger';
import {
  type Destination,
  type Dialog,
  getContentType,
  getFrom,
  getTo,
  type ServerInviteTransaction,
  type ServerTransaction,
  type SipRequest,
  type SipResponse,
} from '@carillon/sip';
import type { ActionRun, CallHandle } from '../call-control/call-handle';
import type { CallReporter, LegStart } from '../call-control/call-reporter';
import type { CallControlGateway } from '../call-control/control-plane-gateway';
import type { DeviceIdentity } from '../registrar/request-authenticator';
import type { SipStack } from '../sip-stack';
import { ALeg } from './a-leg';
import { BLeg, type BLegTarget } from './b-leg';
import { type CallState, isAnswered, isUnanswered, nextCallState } from './call-state';
import { causeForStatus, statusForCause } from './causes';
import { type DialFailure, type ForkDecision, ForkSelection } from './forking';
import { reasonHeader, sendAck, sendInDialog } from './in-dialog';
import type { LegDialogs } from './leg-dialogs';
import type { MediaCodec, MediaEnginePort, MediaRelaySession, Side } from './media-port';
import type { LocalAnswer, SdpAnchor } from './sdp-anchor';
import { refreshDelayMs, type SessionTimerNegotiation, teardownDelayMs } from './session-timer';
import type { TargetResolver } from './target-resolver';

const SDP = 'application/sdp';
/** Q.850 cause 102 "recovery on timer expiry": session timer or RTP timeout ended the call. */
const TIMER_EXPIRY = 102;

export interface CallDeps {
  readonly stack: SipStack;
  readonly engine: MediaEnginePort | undefined;
  readonly targets: TargetResolver;
  readonly dialogs: LegDialogs<Call>;
  readonly reporter: CallReporter;
  readonly gateway: CallControlGateway;
  readonly logger: Logger;
}

export interface CallInit {
  readonly callId: string;
  readonly identity: DeviceIdentity;
  readonly invite: SipRequest;
  readonly transaction: ServerInviteTransaction;
  readonly source: Destination;
  /** Max-Forwards for the B legs (§16.6 step 3: the incoming value minus one). */
  readonly maxForwards: number;
  readonly media: MediaRelaySession;
  readonly anchor: SdpAnchor;
  readonly events: EventBuilder;
  readonly sessionTimer: SessionTimerNegotiation;
  /** Frees the call slot (security/call-limits.ts). */
  readonly release: () => void;
}

interface LegRecord {
  start: LegStart;
  answeredAt: string | null;
  end?: { endedAt: string; cause: number; side: 'caller' | 'callee' | 'system'; sipStatus?: number };
}

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

/** A re-INVITE or UPDATE crossing the B2BUA, waiting for the far side (RFC 3261 §14, RFC 3311). */
interface PendingOffer {
  readonly from: Side;
  /** An offerless re-INVITE: the far side's 2xx holds the offer, the ACK from `from` the answer. */
  ackTowardFarSide?: { dialog: Dialog; invite: SipRequest; destination: Destination };
}

/**
 * One call through the B2BUA: the caller's leg (A, UAS), the callee legs of a `dial` (B, UAC, one
 * per fork), the relay session that anchors their media, and the CallHandle the call-control
 * executor drives. Signalling of one side is re-originated on the other (RFC 3261 §12–§16 as a
 * B2BUA); SDP is rewritten toward each side (sdp-anchor.ts).
 */
export class Call implements CallHandle {
  readonly callId: string;
  readonly tenantId: string;
  readonly aLegId: string;
  readonly whenEnded: Promise<void>;
  readonly a: ALeg;
  #deps: CallDeps;
  #init: CallInit;
  #log: Logger;
  #state: CallState = 'trying';
  #endedResolve!: () => void;
  #legs = new Map<string, LegRecord>();
  #bLegCount = 0;
  #dial: DialRun | undefined;
  /** The callee leg the caller is bridged with. */
  #bridged: BLeg | undefined;
  #localAnswer: LocalAnswer | undefined;
  #pending: PendingOffer | undefined;
  #timerHandle: NodeJS.Timeout | undefined;
  #earlyMediaSent = false;
  #abort = new AbortController();

  constructor(deps: CallDeps, init: CallInit) {
    this.#deps = deps;
    this.#init = init;
    this.callId = init.callId;
    this.tenantId = init.identity.tenantId;
    this.aLegId = `${init.callId}-a`;
    this.#log = deps.logger.child({ callId: this.callId, tenantId: this.tenantId });
    this.whenEnded = new Promise((resolve) => {
      this.#endedResolve = resolve;
    });
    this.a = new ALeg(deps.stack, init.invite, init.transaction, init.source);
    const from = getFrom(init.invite);
    const to = getTo(init.invite);
    this.#legs.set(this.aLegId, {
      start: {
        legId: this.aLegId,
        kind: 'extension',
        caller: { number: userOf(from.uri), name: from.displayName ?? null },
        callee: { number: userOf(to.uri), name: null },
        deviceId: init.identity.deviceId,
        startedAt: new Date().toISOString(),
      },
      answeredAt: null,
    });
    deps.reporter.callStarted({
      callId: this.callId,
      tenantId: this.tenantId,
      direction: 'internal',
      leg: this.#legs.get(this.aLegId)!.start,
    });
    init.media.onInactive(() => this.#teardown('system', TIMER_EXPIRY, 'RTP timeout'));
  }

  get state(): CallState {
    return this.#state;
  }

  get answered(): boolean {
    return isAnswered(this.#state);
  }

  get ended(): boolean {
    return this.#state === 'ended';
  }

  // ————— CallHandle: the actions —————

  async answer(_action: AnswerAction): Promise<ActionRun> {
    if (this.answered) return { status: 'completed' };
    return this.#answerLocally()
      ? { status: 'completed' }
      : { status: 'failed', reason: 'offer not answerable' };
  }

  async ring(action: RingAction): Promise<ActionRun> {
    if (isUnanswered(this.#state)) {
      if (action.mode === 'ringback' && this.#deps.engine) {
        const local = this.#ensureLocalAnswer();
        if (local) this.#provisional(183, local.sdp);
      } else this.#provisional(180);
    }
    if (action.durationMs > 0) await this.#sleep(action.durationMs);
    return { status: 'completed' };
  }

  async play(action: PlayAction): Promise<ActionRun> {
    const engine = this.#deps.engine;
    if (!engine) return { status: 'failed', reason: 'no media engine on this edge' };
    if (isUnanswered(this.#state)) {
      if (action.earlyMedia) {
        const local = this.#ensureLocalAnswer();
        if (!local) return { status: 'failed', reason: 'offer not answerable' };
        this.#provisional(183, local.sdp);
      } else if (!this.#answerLocally()) return { status: 'failed', reason: 'offer not answerable' };
    }
    try {
      await engine.play(this.#init.media, 'a', action.source, {
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
    const engine = this.#deps.engine;
    if (!engine) return { status: 'failed', reason: 'no media engine on this edge' };
    if (isUnanswered(this.#state) && !this.#answerLocally()) {
      return { status: 'failed', reason: 'offer not answerable' };
    }
    try {
      const got = await engine.gather(this.#init.media, 'a', {
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

  async dial(action: DialAction): Promise<ActionRun> {
    if (this.ended) return { status: 'hangup' };
    if (this.#bridged || this.#dial) return { status: 'failed', reason: 'the call is already bridged' };
    const { domain } = this.#init.identity;
    const resolved: { target: BLegTarget; index: number }[] = [];
    for (const [index, target] of action.targets.entries()) {
      for (const leg of await this.#deps.targets.resolve(this.tenantId, domain, target)) {
        resolved.push({ target: leg, index });
      }
    }
    if (this.ended) return { status: 'hangup' };
    if (resolved.length === 0) return { status: 'failed', reason: 'no target is reachable' };
    // Sequential hunting is parallel ringing one target at a time; here all ring at once.
    const offer = this.#offerToCallees();
    if (offer === undefined) return { status: 'failed', reason: 'no SDP offer to send' };
    const from = formatIdentity(this.#init.invite, action);
    return new Promise<ActionRun>((resolve) => {
      const legs = resolved.map(({ target }) => this.#newBLeg(target, from, offer));
      const run: DialRun = {
        action,
        legs,
        targetIndex: resolved.map((r) => r.index),
        selection: new ForkSelection(legs.length),
        timers: [],
        startedAt: Date.now(),
        resolve,
      };
      this.#dial = run;
      legs.forEach((leg, i) => {
        const target = action.targets[run.targetIndex[i] ?? 0];
        const delay = target?.delayMs ?? 0;
        const start = () => {
          if (this.#dial !== run || run.selection.status(i) !== 'calling') return;
          this.#legStarted(leg);
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

  async hangup(action: HangupAction): Promise<void> {
    if (this.ended) return;
    if (isUnanswered(this.#state)) {
      const status = action.sipStatus ?? statusForCause(action.cause);
      this.#cancelForks();
      this.a.reject(status, action.reason, [['Reason', reasonHeader(action.cause, action.reason)]]);
      this.#transition('reject');
      this.#finish('system', action.cause, status, action.reason);
      return;
    }
    this.#teardown('system', action.cause, action.reason);
  }

  async dialledContacts(): Promise<string[]> {
    const to = getTo(this.#init.invite).uri;
    if (to.kind !== 'sip' || to.user === undefined) return [];
    return this.#deps.targets.contactsOf(this.tenantId, `sip:${to.user}@${this.#init.identity.domain}`);
  }

  // ————— Requests and responses from the network —————

  /** CANCEL matched our INVITE server transaction (§9.2): the forks are cancelled, the caller gets 487. */
  cancelledByCaller(): void {
    if (!isUnanswered(this.#state)) return;
    this.#cancelForks();
    this.a.reject(487);
    this.#transition('cancel');
    this.#finish('caller', NORMAL_CLEARING, 487, 'Caller cancelled');
  }

  /** The ACK for our 2xx (§13.3.1.4), or for a 2xx to a re-INVITE we relayed. */
  ackFrom(side: Side, ack: SipRequest): void {
    if (side === 'a' && this.#state === 'answered') {
      this.a.acknowledged();
      this.#transition('ack');
    }
    const pending = this.#pending;
    if (pending?.from === side && pending.ackTowardFarSide) {
      const { dialog, invite, destination } = pending.ackTowardFarSide;
      const body = ack.body.length > 0 ? this.#relaySdp(side, ack.body.toString('utf8')) : undefined;
      sendAck(this.#deps.stack, dialog, invite, destination, body ? { body, contentType: SDP } : {});
    }
    if (pending?.from === side) this.#pending = undefined;
  }

  /** A request inside one of the call's dialogs (§12.2.2 matched it to `side`). */
  async inDialogRequest(side: Side, request: SipRequest, tx: ServerTransaction): Promise<void> {
    const stack = this.#deps.stack;
    switch (request.method) {
      case 'BYE':
        ALeg.respond(stack, tx, 200);
        this.#teardown(side === 'a' ? 'caller' : 'callee', NORMAL_CLEARING, undefined, side);
        return;
      case 'INVITE':
      case 'UPDATE':
        await this.#forwardOffer(side, request, tx);
        return;
      case 'INFO':
        await this.#info(side, request, tx);
        return;
      default:
        ALeg.respond(stack, tx, 405, { headers: { Allow: 'INVITE, ACK, CANCEL, BYE, UPDATE, INFO' } });
    }
  }

  // ————— Forks —————

  #newBLeg(target: BLegTarget, from: string, offer: string): BLeg {
    this.#bLegCount += 1;
    const legId = `${this.callId}-b${this.#bLegCount}`;
    return new BLeg({
      stack: this.#deps.stack,
      legId,
      target,
      from,
      to: `<${target.requestUri}>`,
      maxForwards: this.#init.maxForwards,
      sdp: offer,
      events: {
        provisional: (leg, response) => this.#forkProvisional(leg, response),
        answered: (leg, response) => this.#forkAnswered(leg, response),
        failed: (leg, status) => this.#forkFailed(leg, status),
      },
    });
  }

  #legStarted(leg: BLeg): void {
    const caller = this.#legs.get(this.aLegId)?.start.caller ?? { number: '', name: null };
    const start: LegStart = {
      legId: leg.legId,
      kind: 'extension',
      caller,
      callee: { number: userOfText(leg.target.requestUri), name: null },
      deviceId: leg.target.deviceId ?? null,
      startedAt: new Date().toISOString(),
    };
    this.#legs.set(leg.legId, { start, answeredAt: null });
    this.#deps.reporter.legStarted(this.callId, start);
  }

  #forkIndex(leg: BLeg): number {
    return this.#dial?.legs.indexOf(leg) ?? -1;
  }

  #forkProvisional(leg: BLeg, response: SipResponse): void {
    const run = this.#dial;
    if (!run || this.ended) return;
    const hasSdp = isSdp(response);
    const decision = run.selection.provisional(this.#forkIndex(leg), response.status, hasSdp);
    if (decision.kind !== 'relay-provisional' || !isUnanswered(this.#state) || this.#localAnswer) return;
    if (decision.earlyMedia) {
      // RFC 3960 §3: the callee's early media reaches the caller through the relay.
      const sdp = this.#relaySdp('b', response.body.toString('utf8'));
      if (sdp === undefined) return;
      this.#init.media.bridge();
      this.#provisional(decision.status === 180 ? 180 : 183, sdp);
    } else if (!this.#earlyMediaSent) this.#provisional(decision.status === 183 ? 183 : 180);
  }

  #forkAnswered(leg: BLeg, response: SipResponse): void {
    const run = this.#dial;
    const decision: ForkDecision = run
      ? run.selection.final(this.#forkIndex(leg), response.status)
      : { kind: 'wait' };
    if (!run || this.ended || decision.kind === 'extra-answer' || decision.kind !== 'winner') {
      // Answered too late (the caller left, another fork won): ACKed already, now BYE (§13.2.2.4).
      this.#byeLeg(leg, NORMAL_CLEARING, 'Call completed elsewhere');
      return;
    }
    for (const index of decision.cancel) run.legs[index]?.cancel();
    this.#bridged = leg;
    const record = this.#legs.get(leg.legId);
    const now = new Date().toISOString();
    if (record) record.answeredAt = now;
    this.#deps.reporter.legAnswered(this.callId, leg.legId, now);
    const dialog = leg.dialog;
    if (dialog) this.#deps.dialogs.add(dialog, this, 'b');
    const sdp = isSdp(response) ? this.#relaySdp('b', response.body.toString('utf8')) : undefined;
    this.#init.media.bridge();
    if (isUnanswered(this.#state)) this.#answerCaller(sdp);
    const targetIndex = run.targetIndex[this.#forkIndex(leg)];
    this.#dialAnswered = {
      legId: leg.legId,
      ...(targetIndex !== undefined ? { targetIndex } : {}),
      ...(leg.target.deviceId ? { deviceId: leg.target.deviceId } : {}),
    };
    for (const timer of run.timers) clearTimeout(timer);
  }

  #dialAnswered: NonNullable<ActionRun['answeredBy']> | undefined;

  #forkFailed(leg: BLeg, status: number): void {
    this.#endLeg(leg.legId, status === 487 ? NORMAL_CLEARING : causeForStatus(status), 'callee', status);
    const run = this.#dial;
    if (!run) return;
    const decision = run.selection.final(this.#forkIndex(leg), status);
    if (decision.kind === 'all-failed') this.#dialFailed(run, decision.failure, decision.sipStatus);
  }

  #dialTimeout(run: DialRun): void {
    if (this.#dial !== run || run.selection.winner !== undefined) return;
    for (const index of run.selection.timeout()) run.legs[index]?.cancel();
    // A fork that never answers the CANCEL must not hold the dial beyond the deadline (§9.1 allows 64*T1).
    run.timers.push(
      setTimeout(() => {
        if (this.#dial === run && run.selection.winner === undefined) this.#dialFailed(run, 'no-answer', 408);
      }, 4000),
    );
  }

  #dialFailed(run: DialRun, failure: DialFailure, sipStatus: number): void {
    if (this.#dial !== run) return;
    for (const timer of run.timers) clearTimeout(timer);
    this.#dial = undefined;
    this.#init.media.unbridge();
    run.resolve({ status: failure, sipStatus, waitMs: Date.now() - run.startedAt });
  }

  #cancelForks(): void {
    const run = this.#dial;
    if (!run) return;
    for (const timer of run.timers) clearTimeout(timer);
    for (const leg of run.legs) if (leg !== this.#bridged) leg.cancel();
  }

  // ————— Offers and answers across the call (RFC 3264, RFC 3311) —————

  #relaySdp(from: Side, body: string): string | undefined {
    try {
      const relayed = this.#init.anchor.relay(from, body);
      (from === 'a' ? this.#init.media.a : this.#init.media.b).setRemote(relayed.remote);
      if (relayed.hold) this.#log.debug({ from }, 'hold');
      return relayed.sdp;
    } catch (error) {
      this.#log.info({ err: error, from }, 'SDP could not be anchored');
      return undefined;
    }
  }

  #offerToCallees(): string | undefined {
    const codec = this.#localAnswer?.codec;
    if (codec) return this.#init.anchor.offerWithCodec(codec);
    const body = this.#init.invite.body;
    return body.length > 0 ? this.#relaySdp('a', body.toString('utf8')) : undefined;
  }

  #ensureLocalAnswer(): LocalAnswer | undefined {
    if (this.#localAnswer) return this.#localAnswer;
    const offer = this.#init.invite.body;
    if (offer.length === 0) return undefined;
    try {
      this.#localAnswer = this.#init.anchor.answerLocally(offer.toString('utf8'));
      this.#init.media.a.setRemote(this.#localAnswer.remote);
      this.#init.media.a.setCodec?.(mediaCodecOf(this.#localAnswer));
      return this.#localAnswer;
    } catch (error) {
      this.#log.info({ err: error }, 'caller offer not answerable');
      return undefined;
    }
  }

  #answerLocally(): boolean {
    const local = this.#ensureLocalAnswer();
    if (!local?.codec) return false;
    this.#answerCaller(local.sdp);
    return true;
  }

  #answerCaller(sdp: string | undefined): void {
    const timer = this.#init.sessionTimer;
    this.a.answer(sdp, timer.kind === 'on' ? timer.headers : [], () =>
      this.#teardown('system', TIMER_EXPIRY, 'No ACK'),
    );
    if (this.a.dialog) this.#deps.dialogs.add(this.a.dialog, this, 'a');
    this.#transition('answer');
    const record = this.#legs.get(this.aLegId);
    const now = new Date().toISOString();
    if (record) record.answeredAt = now;
    this.#deps.reporter.legAnswered(this.callId, this.aLegId, now);
    this.#armSessionTimer();
  }

  #provisional(status: number, sdp?: string): void {
    if (!isUnanswered(this.#state)) return;
    if (sdp !== undefined) this.#earlyMediaSent = true;
    this.a.provisional(status, sdp);
    this.#transition('provisional');
  }

  /**
   * A re-INVITE or UPDATE from one side (hold/resume, codec change, session refresh) goes to the
   * other side with its SDP re-anchored, and the answer comes back the same way (RFC 3261 §14,
   * RFC 3311 §5). With nobody bridged the edge answers itself.
   */
  async #forwardOffer(from: Side, request: SipRequest, tx: ServerTransaction): Promise<void> {
    const stack = this.#deps.stack;
    if (this.#pending) {
      // §14.2 / RFC 3311 §5.2: an offer is already in progress here → 491 Request Pending.
      ALeg.respond(stack, tx, 491);
      return;
    }
    const isRefresh = from === 'a';
    const timerHeaders =
      isRefresh && this.#init.sessionTimer.kind === 'on' ? this.#init.sessionTimer.headers : [];
    const far = this.#far(from);
    const body = request.body.length > 0 ? request.body.toString('utf8') : undefined;
    if (!far) {
      // Nobody to ask: answer an offer ourselves, or treat a bodiless UPDATE as a session refresh.
      if (body === undefined) {
        if (request.method === 'INVITE') ALeg.respond(stack, tx, 488, { reason: 'Offer required' });
        else ALeg.respond(stack, tx, 200, { headers: [...timerHeaders] });
      } else {
        this.#localAnswer = undefined;
        const local = from === 'a' ? this.#ensureLocalAnswer() : undefined;
        if (!local) ALeg.respond(stack, tx, 488);
        else
          ALeg.respond(stack, tx, 200, {
            sdp: local.sdp,
            headers: [['Contact', this.a.contact], ...timerHeaders],
          });
      }
      if (isRefresh) this.#armSessionTimer();
      return;
    }
    if (request.method === 'UPDATE' && body === undefined) {
      // A session refresh (RFC 4028 §10) is hop by hop for a B2BUA: answered here, not relayed.
      ALeg.respond(stack, tx, 200, { headers: [...timerHeaders] });
      if (isRefresh) this.#armSessionTimer();
      return;
    }
    const relayed = body === undefined ? undefined : this.#relaySdp(from, body);
    if (body !== undefined && relayed === undefined) {
      ALeg.respond(stack, tx, 488);
      return;
    }
    const pending: PendingOffer = { from };
    this.#pending = pending;
    const { request: sent, response } = await sendInDialog(
      stack,
      far.dialog,
      far.destination,
      request.method,
      {
        ...(relayed !== undefined ? { body: relayed, contentType: SDP } : {}),
      },
    );
    if (this.ended) return;
    const ok = response.status >= 200 && response.status < 300;
    const answer =
      ok && response.body.length > 0
        ? this.#relaySdp(otherSideOf(from), response.body.toString('utf8'))
        : undefined;
    if (ok && request.method === 'INVITE') {
      if (body === undefined)
        pending.ackTowardFarSide = { dialog: far.dialog, invite: sent, destination: far.destination };
      else sendAck(stack, far.dialog, sent, far.destination);
    }
    if (!ok || request.method !== 'INVITE') this.#pending = undefined;
    ALeg.respond(stack, tx, ok ? 200 : response.status, {
      ...(ok ? {} : { reason: response.reason }),
      headers: ok ? [['Contact', from === 'a' ? this.a.contact : this.#bContact()], ...timerHeaders] : [],
      ...(answer !== undefined ? { sdp: answer } : {}),
    });
    if (response.status === 481 || response.status === 408) {
      // §12.2.1.2: the far dialog is gone; so is the call.
      this.#teardown('system', causeForStatus(response.status), 'Far dialog lost');
      return;
    }
    if (ok && isRefresh) this.#armSessionTimer();
  }

  #bContact(): string {
    return this.#bridged ? (this.#bridged.invite.headers.get('contact') ?? this.a.contact) : this.a.contact;
  }

  /** RFC 6086 INFO; application/dtmf-relay (the de-facto SIP INFO DTMF body) goes to the media engine. */
  async #info(from: Side, request: SipRequest, tx: ServerTransaction): Promise<void> {
    const stack = this.#deps.stack;
    const type = getContentType(request);
    const mime = type ? `${type.type}/${type.subtype}`.toLowerCase() : '';
    if (mime === 'application/dtmf-relay' || mime === 'application/dtmf') {
      const digit = parseDtmfInfo(request.body.toString('utf8'));
      if (!digit) {
        ALeg.respond(stack, tx, 400, { reason: 'Bad DTMF' });
        return;
      }
      if (this.#deps.engine)
        this.#deps.engine.injectDigit(this.#init.media, from, digit.signal, digit.durationMs);
      ALeg.respond(stack, tx, 200);
      return;
    }
    const far = this.#far(from);
    if (!far) {
      ALeg.respond(stack, tx, 200);
      return;
    }
    const headers: [string, string][] = [];
    for (const name of ['Info-Package', 'Content-Disposition']) {
      const value = request.headers.get(name);
      if (value !== undefined) headers.push([name, value]);
    }
    const { response } = await sendInDialog(stack, far.dialog, far.destination, 'INFO', {
      headers,
      ...(request.body.length > 0
        ? { body: request.body, contentType: mime || 'application/octet-stream' }
        : {}),
    });
    ALeg.respond(stack, tx, response.status, { reason: response.reason });
  }

  #far(from: Side): { dialog: Dialog; destination: Destination } | undefined {
    if (from === 'a') {
      const leg = this.#bridged;
      return leg?.dialog && leg.dialog.state !== 'terminated'
        ? { dialog: leg.dialog, destination: leg.destination }
        : undefined;
    }
    const dialog = this.a.dialog;
    return dialog && dialog.state !== 'terminated' ? { dialog, destination: this.a.destination } : undefined;
  }

  // ————— Session timer (RFC 4028) —————

  #armSessionTimer(): void {
    clearTimeout(this.#timerHandle);
    const timer = this.#init.sessionTimer;
    if (timer.kind !== 'on' || this.ended) return;
    if (timer.refresher === 'uac') {
      this.#timerHandle = setTimeout(
        () => this.#teardown('system', TIMER_EXPIRY, 'Session timer expired'),
        teardownDelayMs(timer.interval),
      );
      return;
    }
    this.#timerHandle = setTimeout(async () => {
      const dialog = this.a.dialog;
      if (!dialog || this.ended) return;
      // §7.4 / §10: we refresh with a bodiless UPDATE; no answer means the caller is gone.
      const { response } = await sendInDialog(this.#deps.stack, dialog, this.a.destination, 'UPDATE', {
        headers: [['Session-Expires', `${timer.interval};refresher=uas`]],
      });
      if (response.status >= 200 && response.status < 300) this.#armSessionTimer();
      else this.#teardown('system', TIMER_EXPIRY, 'Session refresh failed');
    }, refreshDelayMs(timer.interval));
  }

  // ————— Ending —————

  /** End an answered (or answering) call: BYE every other side (§15.1.1), then report. */
  #teardown(side: 'caller' | 'callee' | 'system', cause: number, reason?: string, from?: Side): void {
    if (this.ended) return;
    if (isUnanswered(this.#state)) {
      this.#cancelForks();
      const status = statusForCause(cause);
      this.a.reject(status, reason, [['Reason', reasonHeader(cause, reason)]]);
      this.#transition('reject');
      this.#finish(side, cause, status, reason);
      return;
    }
    const headers: [string, string][] = [['Reason', reasonHeader(cause, reason)]];
    if (from !== 'a' && this.a.dialog && this.a.dialog.state !== 'terminated') {
      void sendInDialog(this.#deps.stack, this.a.dialog, this.a.destination, 'BYE', { headers });
    }
    if (from !== 'b' && this.#bridged) this.#byeLeg(this.#bridged, cause, reason);
    this.#cancelForks();
    this.#transition('bye');
    this.#finish(side, cause, undefined, reason);
  }

  #byeLeg(leg: BLeg, cause: number, reason?: string): void {
    const dialog = leg.dialog;
    if (!dialog || dialog.state === 'terminated') return;
    void sendInDialog(this.#deps.stack, dialog, leg.destination, 'BYE', {
      headers: [['Reason', reasonHeader(cause, reason)]],
    });
  }

  #endLeg(legId: string, cause: number, side: 'caller' | 'callee' | 'system', sipStatus?: number): void {
    const record = this.#legs.get(legId);
    if (!record || record.end) return;
    record.end = {
      endedAt: new Date().toISOString(),
      cause,
      side,
      ...(sipStatus !== undefined ? { sipStatus } : {}),
    };
  }

  #finish(side: 'caller' | 'callee' | 'system', cause: number, sipStatus?: number, reason?: string): void {
    if (this.#state !== 'ended') this.#state = 'ended';
    clearTimeout(this.#timerHandle);
    this.#abort.abort();
    for (const legId of this.#legs.keys())
      this.#endLeg(legId, cause, side, this.#legs.get(legId)?.answeredAt ? undefined : sipStatus);
    const dial = this.#dial;
    if (dial) {
      for (const timer of dial.timers) clearTimeout(timer);
      this.#dial = undefined;
      dial.resolve(
        this.#dialAnswered && side !== 'caller'
          ? { status: 'completed', answeredBy: this.#dialAnswered, waitMs: Date.now() - dial.startedAt }
          : { status: 'hangup' },
      );
    }
    const legs = this.#legReports();
    this.#init.media.close();
    this.a.dispose();
    this.#deps.dialogs.removeCall(this);
    this.#init.release();
    const answeredAt = this.#legs.get(this.aLegId)?.answeredAt ?? null;
    const ended: CallEndInput = {
      cause,
      side,
      ...(sipStatus !== undefined && answeredAt === null ? { sipStatus } : {}),
      ...(reason ? { reason: reason.slice(0, 128) } : {}),
      answeredAt,
      endedAt: new Date().toISOString(),
    };
    this.#log.info({ side, cause, sipStatus, reason, legs: legs.length }, 'call ended');
    try {
      const event = this.#init.events.callEnded(ended, legs);
      for (const leg of legs) this.#deps.reporter.legEnded(this.callId, leg);
      this.#deps.reporter.callEnded(event);
      void this.#deps.gateway.report(event);
    } catch (error) {
      this.#log.error({ err: error }, 'call.ended could not be built');
    }
    this.#endedResolve();
  }

  #legReports(): LegReportInput[] {
    const out: LegReportInput[] = [];
    for (const [legId, record] of this.#legs) {
      const end = record.end ?? {
        endedAt: new Date().toISOString(),
        cause: NORMAL_CLEARING,
        side: 'system' as const,
      };
      const side: Side = legId === this.aLegId ? 'a' : 'b';
      const codec = side === 'a' ? this.#localAnswer?.codec?.name : undefined;
      out.push({
        ...record.start,
        answeredAt: record.answeredAt,
        endedAt: end.endedAt,
        cause: end.cause,
        side: end.side,
        ...(end.sipStatus !== undefined ? { sipStatus: end.sipStatus } : {}),
        codec: codec ?? null,
        rtp: legId === this.aLegId || this.#bridged?.legId === legId ? this.#init.media.stats(side) : null,
      });
    }
    return out;
  }

  #transition(event: Parameters<typeof nextCallState>[1]): void {
    const next = nextCallState(this.#state, event);
    if (next !== undefined) this.#state = next;
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

/** The engine encodes G.711 only (EDGE_MEDIA_CAPABILITIES), so any other answer leaves no codec. */
function mediaCodecOf(answer: LocalAnswer): MediaCodec | undefined {
  const name = answer.codec?.name.toUpperCase();
  if (answer.codec === undefined || (name !== 'PCMU' && name !== 'PCMA')) return undefined;
  return {
    payloadType: answer.codec.payloadType,
    encoding: name,
    ...(answer.telephoneEvent ? { telephoneEventPayloadType: answer.telephoneEvent.payloadType } : {}),
  };
}

function otherSideOf(side: Side): Side {
  return side === 'a' ? 'b' : 'a';
}

function isSdp(message: SipRequest | SipResponse): boolean {
  if (message.body.length === 0) return false;
  const type = getContentType(message);
  return type !== undefined && `${type.type}/${type.subtype}`.toLowerCase() === SDP;
}

function userOf(uri: { kind: string; user?: string; number?: string }): string {
  return (uri.user ?? uri.number ?? '').slice(0, 64);
}

function userOfText(uri: string): string {
  return (/^sips?:([^@;>]+)@/i.exec(uri)?.[1] ?? '').slice(0, 64);
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

/** `Signal=5\r\nDuration=160` (application/dtmf-relay) or a bare digit (application/dtmf). */
export function parseDtmfInfo(body: string): { signal: string; durationMs: number } | undefined {
  const signal = /signal\s*=\s*([0-9A-D*#])/i.exec(body)?.[1] ?? /^\s*([0-9A-D*#])\s*$/i.exec(body)?.[1];
  if (!signal) return undefined;
  const duration = Number(/duration\s*=\s*(\d+)/i.exec(body)?.[1] ?? 160);
  return { signal: signal.toUpperCase(), durationMs: Math.min(Math.max(duration, 40), 5000) };
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 128);
}
