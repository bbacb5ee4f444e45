import type { BLeg } from './b-leg';
import type { CallCdr } from './call-cdr';
import type { CallContext } from './call-context';
import { isUnanswered } from './call-state';
import { type MediaCodec, otherSide, type Side } from './media-port';
import type { LocalAnswer } from './sdp-anchor';
import type { SessionRefresh } from './session-refresh';

/**
 * Answers toward the caller and SDP across the call (RFC 3264, RFC 3960): the edge's own answer to
 * the caller's offer when the edge plays or gathers itself, 180/183 (with early media) and the 2xx
 * to the caller, and SDP from one side re-anchored at the relay for the other.
 */
export class CallerAnswer {
  readonly #ctx: CallContext;
  readonly #cdr: CallCdr;
  readonly #refresh: SessionRefresh;
  readonly #noAck: () => void;
  #local: LocalAnswer | undefined;
  #earlyMediaSent = false;

  /** `noAck`: the caller never acknowledged our 2xx (§13.3.1.4) — the call ends. */
  constructor(ctx: CallContext, cdr: CallCdr, refresh: SessionRefresh, noAck: () => void) {
    this.#ctx = ctx;
    this.#cdr = cdr;
    this.#refresh = refresh;
    this.#noAck = noAck;
  }

  /** The edge's own answer to the caller's offer, once it made one. */
  get local(): LocalAnswer | undefined {
    return this.#local;
  }

  /** A 183 with our SDP went to the caller: later ringing from a fork must not replace it with 180. */
  get earlyMediaSent(): boolean {
    return this.#earlyMediaSent;
  }

  /** A new offer from the caller makes the old local answer stale. */
  forgetLocal(): void {
    this.#local = undefined;
  }

  /** Our answer to the caller's offer (made once, from the INVITE's SDP); undefined when not answerable. */
  ensureLocal(): LocalAnswer | undefined {
    if (this.#local) return this.#local;
    const { init, log } = this.#ctx;
    const offer = init.invite.body;
    if (offer.length === 0) return undefined;
    try {
      // The anchor answers plain RTP; a browser caller gets it back as WebRTC (leg-media.ts).
      const caller = init.legMedia.caller;
      const local = init.anchor.answerLocally(caller.fromLeg(offer.toString('utf8')));
      this.#local = { ...local, sdp: caller.toLeg(local.sdp) };
      init.media.a.setRemote(this.#local.remote);
      init.media.a.setCodec?.(mediaCodecOf(this.#local));
      this.#cdr.codecNegotiated('a', this.#local.codec?.name);
      return this.#local;
    } catch (error) {
      log.info({ err: error }, 'caller offer not answerable');
      return undefined;
    }
  }

  /** The edge answers the caller itself (answer, play, gather); false when no codec fits. */
  answerLocally(): boolean {
    const local = this.ensureLocal();
    if (!local?.codec) return false;
    this.answerCaller(local.sdp);
    return true;
  }

  /** The 2xx to the caller (§13.3.1.4): dialog up, CDR answer time, session timer running. */
  answerCaller(sdp: string | undefined): void {
    const ctx = this.#ctx;
    const timer = ctx.init.sessionTimer;
    ctx.a.answer(sdp, timer.kind === 'on' ? timer.headers : [], this.#noAck);
    if (ctx.a.dialog) ctx.deps.dialogs.add(ctx.a.dialog, ctx.call, 'a');
    ctx.transition('answer');
    this.#cdr.legAnswered(ctx.aLegId);
    this.#refresh.arm();
  }

  /** 180/183 to the caller while unanswered; with `sdp`, early media (RFC 3960). */
  provisional(status: number, sdp?: string): void {
    const ctx = this.#ctx;
    if (!isUnanswered(ctx.state)) return;
    if (sdp !== undefined) this.#earlyMediaSent = true;
    ctx.a.provisional(status, sdp);
    ctx.transition('provisional');
  }

  /**
   * SDP from `from` rewritten for the other side (sdp-anchor.ts); the relay learns `from`'s address.
   * Each side's LegMedia translates on the way (plain for phones, WebRTC for browsers); the callee
   * side is `fork` when given (a fork's provisional or answer), else the bridged leg.
   */
  relaySdp(from: Side, body: string, fork?: BLeg): string | undefined {
    return this.#relay(from, body, fork)?.sdp;
  }

  /**
   * An answer from `from` (2xx or 18x to an offer that crossed the B2BUA, or the ACK of an
   * offerless re-INVITE), relayed like any SDP; its codec is what `legs` negotiated, for the CDR.
   */
  relayAnswer(from: Side, body: string, legs: Side | 'both', fork?: BLeg): string | undefined {
    const relayed = this.#relay(from, body, fork);
    if (relayed) this.#cdr.codecNegotiated(legs, negotiatedCodec(relayed.codecs));
    return relayed?.sdp;
  }

  #relay(from: Side, body: string, fork?: BLeg): { sdp: string; codecs: readonly string[] } | undefined {
    const { init, log } = this.#ctx;
    const callee = fork ?? this.#ctx.bridged;
    try {
      const plain = init.legMedia.of(from, callee).fromLeg(body);
      const relayed = init.anchor.relay(from, plain);
      (from === 'a' ? init.media.a : init.media.b).setRemote(relayed.remote);
      if (relayed.hold) log.debug({ from }, 'hold');
      return { sdp: init.legMedia.of(otherSide(from), callee).toLeg(relayed.sdp), codecs: relayed.codecs };
    } catch (error) {
      log.info({ err: error, from }, 'SDP could not be anchored');
      return undefined;
    }
  }

  /** The offer for the callees: our chosen codec when we answered the caller, else the caller's offer. */
  offerToCallees(): string | undefined {
    const codec = this.#local?.codec;
    const init = this.#ctx.init;
    if (codec) return init.anchor.offerWithCodec(codec);
    const body = init.invite.body;
    return body.length > 0 ? this.relaySdp('a', body.toString('utf8')) : undefined;
  }
}

/** Formats that ride along with the audio codec rather than being it (RFC 4733, RFC 3389, RFC 2198). */
const AUXILIARY_FORMATS = new Set(['telephone-event', 'cn', 'red']);

/** The codec an answer settles: its first audio format that is not an auxiliary one (RFC 3264 §6.1). */
export function negotiatedCodec(answered: readonly string[]): string | undefined {
  return answered.find((name) => !AUXILIARY_FORMATS.has(name.toLowerCase()));
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
