import {
  type Destination,
  type Dialog,
  getCSeq,
  type ServerTransaction,
  type SipRequest,
  type SipResponse,
} from '@carillon/sip';
import { ALeg } from './a-leg';
import { type CallContext, type Teardown, TIMER_EXPIRY } from './call-context';
import type { CallerAnswer } from './caller-answer';
import { causeForStatus } from './causes';
import { sendAck, sendInDialog } from './in-dialog';
import { otherSide, type Side } from './media-port';
import { OkRetransmission } from './ok-retransmission';
import { SDP } from './sdp-body';
import type { SessionRefresh } from './session-refresh';

/** A re-INVITE or UPDATE crossing the B2BUA, waiting for the far side (RFC 3261 §14, RFC 3311). */
interface PendingOffer {
  readonly from: Side;
  /** An offerless re-INVITE: the far side's 2xx holds the offer, the ACK from `from` the answer. */
  ackTowardFarSide?: { dialog: Dialog; invite: SipRequest; destination: Destination };
}

/**
 * Offers inside an established call — re-INVITE and UPDATE (hold/resume, codec change, session
 * refresh) — from one side to the other with the SDP re-anchored, the answer back the same way, and
 * the ACK of a re-INVITE carried across (RFC 3261 §14, RFC 3311 §5, RFC 4028 §10). One offer at a
 * time (§14.2: 491 otherwise). As the UAS of a re-INVITE the edge retransmits its 2xx until the
 * ACK arrives and ends the call when none comes (§13.3.1.4, RFC 6026), like for the initial INVITE.
 */
export class ReInviteRelay {
  readonly #ctx: CallContext;
  readonly #answer: CallerAnswer;
  readonly #refresh: SessionRefresh;
  readonly #teardown: Teardown;
  #pending: PendingOffer | undefined;
  /** Our 2xx to a re-INVITE from that side, retransmitted until its ACK (CSeq number of the INVITE). */
  readonly #awaitingAck = new Map<Side, { seq: number; retransmission: OkRetransmission }>();

  constructor(ctx: CallContext, answer: CallerAnswer, refresh: SessionRefresh, teardown: Teardown) {
    this.#ctx = ctx;
    this.#answer = answer;
    this.#refresh = refresh;
    this.#teardown = teardown;
  }

  /** An ACK from `side` for a relayed re-INVITE's 2xx: an offerless re-INVITE's answer goes on. */
  ack(side: Side, ack: SipRequest): void {
    const awaiting = this.#awaitingAck.get(side);
    // §13.2.2.4: the ACK for a 2xx carries the CSeq number of its INVITE.
    if (awaiting && getCSeq(ack).seq === awaiting.seq) {
      awaiting.retransmission.stop();
      this.#awaitingAck.delete(side);
    }
    const pending = this.#pending;
    if (pending?.from === side && pending.ackTowardFarSide) {
      const { dialog, invite, destination } = pending.ackTowardFarSide;
      const body =
        ack.body.length > 0 ? this.#answer.relayAnswer(side, ack.body.toString('utf8'), 'both') : undefined;
      sendAck(this.#ctx.deps.stack, dialog, invite, destination, body ? { body, contentType: SDP } : {});
    }
    if (pending?.from === side) this.#pending = undefined;
  }

  /**
   * A re-INVITE or UPDATE from one side goes to the other side with its SDP re-anchored, and the
   * answer comes back the same way. With nobody bridged the edge answers itself.
   */
  async offer(from: Side, request: SipRequest, tx: ServerTransaction): Promise<void> {
    const ctx = this.#ctx;
    const stack = ctx.deps.stack;
    if (this.#pending) {
      // §14.2 / RFC 3311 §5.2: an offer is already in progress here → 491 Request Pending.
      ALeg.respond(stack, tx, 491);
      return;
    }
    const isRefresh = from === 'a';
    const timerHeaders =
      isRefresh && ctx.init.sessionTimer.kind === 'on' ? ctx.init.sessionTimer.headers : [];
    const far = ctx.far(from);
    const body = request.body.length > 0 ? request.body.toString('utf8') : undefined;
    if (!far) {
      // Nobody to ask: answer an offer ourselves, or treat a bodiless UPDATE as a session refresh.
      if (body === undefined) {
        if (request.method === 'INVITE') ALeg.respond(stack, tx, 488, { reason: 'Offer required' });
        else ALeg.respond(stack, tx, 200, { headers: [...timerHeaders] });
      } else {
        this.#answer.forgetLocal();
        const local = from === 'a' ? this.#answer.ensureLocal() : undefined;
        if (!local) ALeg.respond(stack, tx, 488);
        else {
          const ok = ALeg.respond(stack, tx, 200, {
            sdp: local.sdp,
            headers: [['Contact', ctx.a.contact], ...timerHeaders],
          });
          if (request.method === 'INVITE') this.#retransmitUntilAck(from, tx, ok);
        }
      }
      if (isRefresh) this.#refresh.arm();
      return;
    }
    if (request.method === 'UPDATE' && body === undefined) {
      // A session refresh (RFC 4028 §10) is hop by hop for a B2BUA: answered here, not relayed.
      ALeg.respond(stack, tx, 200, { headers: [...timerHeaders] });
      if (isRefresh) this.#refresh.arm();
      return;
    }
    const relayed = body === undefined ? undefined : this.#answer.relaySdp(from, body);
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
    if (ctx.ended) return;
    const ok = response.status >= 200 && response.status < 300;
    const answer =
      ok && response.body.length > 0
        ? this.#answer.relayAnswer(otherSide(from), response.body.toString('utf8'), 'both')
        : undefined;
    if (ok && request.method === 'INVITE') {
      if (body === undefined)
        pending.ackTowardFarSide = { dialog: far.dialog, invite: sent, destination: far.destination };
      else sendAck(stack, far.dialog, sent, far.destination);
    }
    if (!ok || request.method !== 'INVITE') this.#pending = undefined;
    const final = ALeg.respond(stack, tx, ok ? 200 : response.status, {
      ...(ok ? {} : { reason: response.reason }),
      headers: ok ? [['Contact', from === 'a' ? ctx.a.contact : this.#bContact()], ...timerHeaders] : [],
      ...(answer !== undefined ? { sdp: answer } : {}),
    });
    if (ok && request.method === 'INVITE') this.#retransmitUntilAck(from, tx, final);
    if (response.status === 481 || response.status === 408) {
      // §12.2.1.2: the far dialog is gone; so is the call.
      this.#teardown('system', causeForStatus(response.status), 'Far dialog lost');
      return;
    }
    if (ok && isRefresh) this.#refresh.arm();
  }

  /** The call ended: no more 2xx copies, no give-up. */
  dispose(): void {
    for (const { retransmission } of this.#awaitingAck.values()) retransmission.stop();
    this.#awaitingAck.clear();
  }

  #retransmitUntilAck(from: Side, tx: ServerTransaction, ok: SipResponse): void {
    this.#awaitingAck.get(from)?.retransmission.stop();
    const { t1, t2 } = this.#ctx.deps.stack.transactions.settings;
    const retransmission = new OkRetransmission(tx, ok, {
      reliable: tx.reliable,
      t1,
      t2,
      onNoAck: () => {
        this.#awaitingAck.delete(from);
        if (this.#pending?.from === from) this.#pending = undefined;
        this.#teardown('system', TIMER_EXPIRY, 'No ACK for re-INVITE');
      },
    });
    this.#awaitingAck.set(from, { seq: getCSeq(tx.request).seq, retransmission });
  }

  #bContact(): string {
    const { bridged, a } = this.#ctx;
    return bridged ? (bridged.invite.headers.get('contact') ?? a.contact) : a.contact;
  }
}
