import { randomBytes } from 'node:crypto';
import { NORMAL_CLEARING, type Party } from '@carillon/call-control';
import {
  createOffer,
  createOrigin,
  type Destination,
  type Dialog,
  dialogIdAsUas,
  dialogKey,
  getCSeq,
  getFrom,
  getMaxForwards,
  getTo,
  PCMA,
  PCMU,
  parseSdp,
  type ServerTransaction,
  type SipRequest,
  serializeSdp,
} from '@carillon/sip';
import { ALeg } from './a-leg';
import type { Call } from './call';
import type { CallCdr } from './call-cdr';
import type { CallContext, EndSide, JoinedParty, Teardown } from './call-context';
import { isAnswered } from './call-state';
import { causeForStatus } from './causes';
import { reasonHeader, sendAck, sendInDialog } from './in-dialog';
import { type LegMedia, PLAIN_LEG_MEDIA } from './leg-media';
import { checkMaxForwards } from './max-forwards';
import { otherSide, type Side } from './media-port';
import {
  MAX_REFERS_PER_CALL,
  parseReferTo,
  type ReferTarget,
  replacedDialogIds,
  sipfrag,
} from './refer-request';
import { remoteOf } from './sdp-anchor';
import { SDP } from './sdp-body';
import type { SessionRefresh } from './session-refresh';
import { dialTransferTarget } from './transfer-dial';
import { routeTransfer } from './transfer-target';

export interface CallTransferParts {
  readonly cdr: CallCdr;
  readonly refresh: SessionRefresh;
  readonly teardown: Teardown;
}

/** The party on one side of the call as the transfer sees it: its dialog, flow, leg and device. */
interface SideParty {
  readonly dialog: Dialog;
  readonly destination: Destination;
  readonly legId: string;
  readonly deviceId: string | undefined;
  /** The side's user part (extension), for the CDR and identities. */
  readonly user: string;
}

/** A transfer in progress: who asked, in which dialog, and whether it hung up meanwhile. */
interface Running {
  readonly from: Side;
  readonly transferor: SideParty;
  /** RFC 3515 §2.4.6: the id of the implicit subscription is the REFER's CSeq number. */
  readonly eventId: number;
  /** For the new leg: the REFER's Max-Forwards minus one, never more than the call's own. */
  readonly maxForwards: number;
  transferorGone: boolean;
}

/** Q.850 cause 16 with the text phones show for a transferred call. */
const TRANSFERRED = 'Call transferred';

/**
 * Call transfer inside one call (RFC 3515 REFER, RFC 5589): a REFER from either side, answered
 * 202 with NOTIFYs carrying message/sipfrag (100 Trying, then the final status, RFC 3515 §2.4.5).
 *
 * - Blind (RFC 5589 §6): the control plane decides where the Refer-To goes (transfer-target.ts);
 *   the edge rings it for the transferee as a new leg whose media uses the relay leg the
 *   transferor had — the transferee keeps sending to the same relay port, so it needs no
 *   re-INVITE. On answer the new party takes the transferor's place, NOTIFY 200, then BYE to the
 *   transferor. On failure the NOTIFY carries it (e.g. 486) and, the common PBX behaviour, the
 *   transferor is still in the call with the transferee (it may resume from hold) — unless it hung
 *   up after the 202, in which case the transferee's call ends with the failure's cause.
 * - Attended (RFC 5589 §7, RFC 3891): Refer-To carries Replaces naming the transferor's dialog of
 *   another call on this edge (found through the edge's dialog registry, leg-dialogs.ts). The far
 *   party of that call is re-INVITEd to this call's relay leg and takes the transferor's place
 *   here; the other call ends (the transferor's leg gets BYE, its CDR closes), NOTIFY 200 and BYE
 *   to the transferor here. Media goes through this call's relay session from then on.
 *
 * CDRs: a blind transfer's target is a callee leg of the transferred call (`<callId>-t<n>-<k>`),
 * the transferor's leg ends at the transfer (cause 16). After an attended transfer call 1's CDR
 * holds the transferor's leg (ended at the transfer), the transferee's and the joined party's leg
 * (same leg id as in call 2, answered at the transfer, to the end of call 1); call 2's CDR holds
 * the transferor's and the joined party's legs, both ended at the transfer, "Call transferred".
 *
 * Media: no transcoding. The new party is offered G.711 (PCMU, PCMA) at the transferor's relay
 * leg; then the transferee is re-INVITEd with the new party's session (#renegotiate), which also
 * takes it off a hold the transferor had put it on.
 *
 * Security: the REFER must come inside a dialog of the call (the B2BUA matched it, else 481) and
 * over the flow that leg uses; Refer-To must be a SIP URI of the tenant's domain (routed by the
 * control plane with the transferor's rights); Replaces must name a dialog of the same tenant and
 * the same device as the transferor; at most MAX_REFERS_PER_CALL REFERs a call; Max-Forwards as
 * for INVITE; Referred-By passed on (RFC 3892), made from the transferor's leg when absent.
 */
export class CallTransfer {
  readonly #ctx: CallContext;
  readonly #p: CallTransferParts;
  /** Dialogs that left the call by transfer: their late BYE gets 200, anything else 481. */
  readonly #retired = new Set<string>();
  #refers = 0;
  #running: Running | undefined;

  constructor(ctx: CallContext, parts: CallTransferParts) {
    this.#ctx = ctx;
    this.#p = parts;
  }

  /**
   * Requests this part answers before the call sees them: anything in a dialog that left the call
   * by transfer, and the transferor's BYE while its transfer runs (the transferee stays).
   */
  intercept(side: Side, request: SipRequest, tx: ServerTransaction): boolean {
    const stack = this.#ctx.deps.stack;
    const id = dialogIdAsUas(request);
    if (id && this.#retired.has(dialogKey(id))) {
      ALeg.respond(stack, tx, request.method === 'BYE' ? 200 : 481);
      return true;
    }
    const running = this.#running;
    if (request.method === 'BYE' && running && running.from === side && !running.transferorGone) {
      ALeg.respond(stack, tx, 200);
      running.transferorGone = true;
      this.#retire(running.transferor, 'caller');
      return true;
    }
    return false;
  }

  /**
   * The REFER came over the flow of the leg whose dialog it names (RFC 5626 §5.2 flows): the
   * B2BUA asks before the dialog accepts the request's CSeq.
   */
  fromLegFlow(side: Side, source: Destination): boolean {
    const party = this.#party(side);
    return party !== undefined && sameFlow(source, party.destination);
  }

  /** A REFER from `from` inside the call (the B2BUA matched its dialog; §12.2.2 gave 481 otherwise). */
  async refer(from: Side, request: SipRequest, tx: ServerTransaction, source?: Destination): Promise<void> {
    const ctx = this.#ctx;
    const stack = ctx.deps.stack;
    const refuse = (status: number, reason: string) => ALeg.respond(stack, tx, status, { reason });
    const transferor = this.#party(from);
    const transferee = this.#party(otherSide(from));
    if (ctx.ended || !isAnswered(ctx.state) || !transferor)
      return void refuse(481, 'Call Leg Does Not Exist');
    // The REFER must arrive over the flow of the leg whose dialog it names (RFC 5626 §5.2 flows).
    if (source && !sameFlow(source, transferor.destination))
      return void refuse(403, 'Forbidden - Wrong flow');
    if (!transferee) return void refuse(403, 'Forbidden - Nobody to transfer');
    const hops = checkMaxForwards(getMaxForwards(request));
    if (!hops.ok) return void refuse(hops.status, hops.reason);
    if (this.#running) return void refuse(491, 'Request Pending');
    if (this.#refers >= MAX_REFERS_PER_CALL) return void refuse(403, 'Forbidden - Too many REFERs');
    const parsed = parseReferTo(request.headers.getAll('refer-to'), ctx.init.identity.domain);
    if (!parsed.ok) return void refuse(parsed.status, parsed.reason);
    this.#refers += 1;
    const running: Running = {
      from,
      transferor,
      eventId: getCSeq(request).seq,
      maxForwards: Math.min(hops.forward, ctx.init.maxForwards),
      transferorGone: false,
    };
    this.#running = running;
    ALeg.respond(stack, tx, 202);
    const referredBy =
      request.headers.get('referred-by') ?? `<sip:${transferor.user}@${ctx.init.identity.domain}>`;
    ctx.log.info(
      { from, referTo: parsed.target.uri, attended: parsed.target.replaces !== undefined },
      'transfer requested',
    );
    try {
      await this.#notify(running, 100, false);
      const outcome = parsed.target.replaces
        ? await this.#attended(running, transferee, parsed.target)
        : await this.#blind(running, transferee, parsed.target, referredBy);
      await this.#notify(running, outcome.status, true, outcome.reason);
      if (outcome.status < 300) {
        this.#bye(transferor, TRANSFERRED);
      } else if (running.transferorGone) {
        // The transferor left after the 202 and the target failed: nobody is left for the transferee.
        this.#p.teardown('system', causeForStatus(outcome.status), 'Transfer failed');
      }
      ctx.log.info({ status: outcome.status }, 'transfer finished');
    } finally {
      this.#running = undefined;
    }
  }

  /**
   * Attended transfer, the other call's half: the party across from `replacedSide` leaves this
   * call for `into` — this call ends without a BYE to it (the transferor's leg gets one) and its
   * CDR closes, every leg ended "Call transferred". Undefined when this call cannot give it up.
   */
  handOver(replacedSide: Side): SideParty | undefined {
    const ctx = this.#ctx;
    const keep = otherSide(replacedSide);
    const party = this.#party(keep);
    if (!party || ctx.ended || !isAnswered(ctx.state)) return undefined;
    // The caller's dialog would be terminated with this call's A leg: the leg lets go of it first.
    if (keep === 'a' && !ctx.joined.a) ctx.a.handOff();
    this.#p.teardown('system', NORMAL_CLEARING, TRANSFERRED, keep);
    return party;
  }

  /** The party on `side`, whose dialog is up; undefined when none. */
  partyOn(side: Side): SideParty | undefined {
    return this.#party(side);
  }

  async #blind(
    running: Running,
    transferee: SideParty,
    target: ReferTarget,
    referredBy: string,
  ): Promise<{ status: number; reason?: string }> {
    const ctx = this.#ctx;
    const { transferor } = running;
    if (!transferor.deviceId) return { status: 403, reason: 'Forbidden' };
    const route = await routeTransfer(ctx, this.#refers, target, {
      deviceId: transferor.deviceId,
      party: partyOf(transferor.user, ctx.init.identity.domain),
    });
    if (route.kind === 'refused') return { status: route.status, reason: route.reason };
    if (ctx.ended) return { status: 487 };
    const side = running.from;
    const result = await dialTransferTarget(ctx, {
      action: route.action,
      legIdPrefix: `${ctx.callId}-t${this.#refers}-`,
      offer: this.#offerAt(side),
      from: `<sip:${transferee.user}@${ctx.init.identity.domain}>`,
      maxForwards: running.maxForwards,
      referredBy,
      cdr: this.#p.cdr,
    });
    if (!result.ok) return { status: result.status };
    const { leg, media, answer } = result;
    const dialog = leg.dialog;
    if (ctx.ended || !dialog) {
      if (dialog) void sendInDialog(ctx.deps.stack, dialog, leg.destination, 'BYE');
      return { status: 487 };
    }
    let remote: ReturnType<typeof remoteOf>;
    try {
      remote = remoteOf(parseSdp(media.fromLeg(answer.body.toString('utf8'))));
    } catch {
      void sendInDialog(ctx.deps.stack, dialog, leg.destination, 'BYE', {
        headers: [['Reason', reasonHeader(NORMAL_CLEARING, 'Unusable SDP')]],
      });
      return { status: 488 };
    }
    this.#p.cdr.legAnswered(leg.legId);
    const joined: JoinedParty = {
      dialog,
      destination: leg.destination,
      legId: leg.legId,
      deviceId: leg.target.deviceId,
    };
    this.#join(side, joined, remote, media);
    if (side === 'b') {
      // The new callee is a BLeg of this call: it becomes the bridged leg (CDR media, re-INVITEs).
      ctx.bridged = leg;
      delete ctx.joined.b;
    }
    await this.#renegotiate(otherSide(side), transferee, media.fromLeg(answer.body.toString('utf8')));
    return { status: 200 };
  }

  async #attended(
    running: Running,
    transferee: SideParty,
    target: ReferTarget,
  ): Promise<{ status: number; reason?: string }> {
    const ctx = this.#ctx;
    const replaces = target.replaces;
    if (!replaces) return { status: 400 };
    const found = replacedDialogIds(replaces)
      .map((id) => ctx.deps.dialogs.find(id))
      .find((match) => match !== undefined);
    // RFC 3891 §3: no dialog matches → 481, the answer the transferee's INVITE would have had.
    if (!found || found.call === ctx.call || found.call.ended) return { status: 481 };
    const other: Call = found.call;
    // Tenant isolation, and only the transferor's own consultation call can be replaced.
    if (other.tenantId !== ctx.tenantId) return { status: 481 };
    const replaced = other.transfer.partyOn(found.side);
    const joining = other.transfer.partyOn(otherSide(found.side));
    if (!replaced || !joining) return { status: 481 };
    if (!replaced.deviceId || replaced.deviceId !== running.transferor.deviceId) {
      return { status: 403, reason: 'Forbidden' };
    }
    // RFC 3891 §3: early-only cannot replace a confirmed dialog.
    if (replaces.earlyOnly) return { status: 486 };
    if (joining.legId === transferee.legId) return { status: 403, reason: 'Forbidden' };
    // The joining party moves its media to the relay leg the transferor had in this call.
    const side = running.from;
    const { request: reInvite, response } = await sendInDialog(
      ctx.deps.stack,
      joining.dialog,
      joining.destination,
      'INVITE',
      { body: this.#offerAt(side), contentType: SDP },
    );
    if (response.status < 200 || response.status >= 300) return { status: response.status };
    sendAck(ctx.deps.stack, joining.dialog, reInvite, joining.destination);
    if (ctx.ended) return { status: 487 };
    let remote: ReturnType<typeof remoteOf>;
    try {
      remote = remoteOf(parseSdp(response.body.toString('utf8')));
    } catch {
      return { status: 488 };
    }
    if (!other.transfer.handOver(found.side)) return { status: 481 };
    this.#p.cdr.legJoined(joining.legId, joining.user, joining.deviceId);
    // The joining party was offered plain RTP above (a browser there would have refused it).
    this.#join(side, joining, remote, PLAIN_LEG_MEDIA);
    await this.#renegotiate(otherSide(side), transferee, response.body.toString('utf8'));
    return { status: 200 };
  }

  /**
   * `party` takes `side`'s place: its dialog is routed to this call, the relay leg of that side
   * sends to it, and the transferor's dialog leaves the call (its BYE follows the final NOTIFY).
   */
  #join(side: Side, party: JoinedParty, remote: ReturnType<typeof remoteOf>, media: LegMedia): void {
    const ctx = this.#ctx;
    const running = this.#running;
    // The side's SDP is translated by the new party's media from now on; the transferor's (a
    // browser's WebRTC gateway) closes, so it cannot feed the relay leg any more.
    if (side === 'a') ctx.init.legMedia.replaceCaller(media);
    else if (ctx.bridged) ctx.init.legMedia.release(ctx.bridged);
    ctx.init.media[side].setRemote(remote);
    ctx.init.media.bridge();
    ctx.deps.dialogs.add(party.dialog, ctx.call, side);
    ctx.joined[side] = party;
    if (side === 'a') this.#p.refresh.stop();
    if (running && !running.transferorGone) this.#retire(running.transferor, 'caller');
  }

  /**
   * Re-INVITE the transferee with the new party's session (its answer, anchored at the relay leg
   * facing the transferee): the transferee may have been put on hold by the transferor before the
   * REFER (phones do), and the new party may have chosen another codec — without this the
   * transferee would stay silent, or send a codec the new party did not take. In RFC 5589 the
   * transferee's own INVITE to the target does this; behind a B2BUA the edge does it for it.
   * A failure leaves the media as it was (logged; the transfer itself has happened).
   */
  async #renegotiate(side: Side, transferee: SideParty, newPartySdp: string): Promise<void> {
    const ctx = this.#ctx;
    if (ctx.ended || transferee.dialog.state === 'terminated') return;
    let offer: string;
    try {
      const relayed = ctx.init.anchor.relay(otherSide(side), newPartySdp);
      offer = ctx.init.legMedia.of(side, ctx.bridged).toLeg(relayed.sdp);
    } catch (error) {
      ctx.log.info({ err: error }, 'transferee not re-offered: SDP not usable');
      return;
    }
    const stack = ctx.deps.stack;
    const { request, response } = await sendInDialog(
      stack,
      transferee.dialog,
      transferee.destination,
      'INVITE',
      {
        body: offer,
        contentType: SDP,
      },
    );
    if (response.status < 200 || response.status >= 300) {
      ctx.log.info({ status: response.status }, 'transferee refused the new session');
      return;
    }
    sendAck(stack, transferee.dialog, request, transferee.destination);
    try {
      const plain = ctx.init.legMedia.of(side, ctx.bridged).fromLeg(response.body.toString('utf8'));
      ctx.init.media[side].setRemote(remoteOf(parseSdp(plain)));
    } catch (error) {
      ctx.log.info({ err: error }, 'transferee answer not usable');
    }
  }

  #retire(party: SideParty, side: EndSide): void {
    this.#retired.add(dialogKey(party.dialog.id));
    this.#p.cdr.legEnded(party.legId, NORMAL_CLEARING, side);
  }

  /** A plain G.711 offer at the relay leg facing `side` (the new party's media goes there). */
  #offerAt(side: Side): string {
    const ctx = this.#ctx;
    const origin = createOrigin({ address: ctx.deps.stack.publicHost, randomBytes: (n) => randomBytes(n) });
    return serializeSdp(
      createOffer({
        origin,
        streams: [{ type: 'audio', endpoint: ctx.init.media[side].local, codecs: [PCMU, PCMA] }],
      }),
    );
  }

  /** NOTIFY in the transferor's dialog (RFC 3515 §2.4.4–§2.4.5); awaited so NOTIFYs keep their order. */
  async #notify(running: Running, status: number, final: boolean, reason?: string): Promise<void> {
    const { dialog, destination } = running.transferor;
    if (running.transferorGone || dialog.state === 'terminated') return;
    await sendInDialog(this.#ctx.deps.stack, dialog, destination, 'NOTIFY', {
      headers: [
        ['Event', `refer;id=${running.eventId}`],
        ['Subscription-State', final ? 'terminated;reason=noresource' : 'active;expires=60'],
      ],
      body: sipfrag(status, reason),
      contentType: 'message/sipfrag;version=2.0',
    });
  }

  #bye(party: SideParty, reason: string): void {
    if (party.dialog.state === 'terminated') return;
    void sendInDialog(this.#ctx.deps.stack, party.dialog, party.destination, 'BYE', {
      headers: [['Reason', reasonHeader(NORMAL_CLEARING, reason)]],
    });
  }

  #party(side: Side): SideParty | undefined {
    const ctx = this.#ctx;
    const joined = ctx.joined[side];
    if (joined) return live({ ...joined, user: userOfDialog(joined.dialog) });
    if (side === 'a') {
      const dialog = ctx.a.dialog;
      if (!dialog) return undefined;
      const from = getFrom(ctx.init.invite).uri;
      return live({
        dialog,
        destination: ctx.a.destination,
        legId: ctx.aLegId,
        deviceId: ctx.init.identity.deviceId,
        user: from.kind === 'sip' ? (from.user ?? '') : '',
      });
    }
    const leg = ctx.bridged;
    const dialog = leg?.dialog;
    if (!leg || !dialog) return undefined;
    const to = getTo(ctx.init.invite).uri;
    return live({
      dialog,
      destination: leg.destination,
      legId: leg.legId,
      deviceId: leg.target.deviceId,
      user: userOfDialog(dialog) || (to.kind === 'sip' ? (to.user ?? '') : ''),
    });
  }
}

function live(party: SideParty): SideParty | undefined {
  return party.dialog.state === 'terminated' ? undefined : party;
}

/** The far party's user part in a dialog (its remote URI: To for our UAC legs, From for UAS). */
function userOfDialog(dialog: Dialog): string {
  const uri = dialog.remoteUri?.uri;
  return uri?.kind === 'sip' ? (uri.user ?? '') : '';
}

function partyOf(user: string, domain: string): Party {
  return { uri: `sip:${user}@${domain}`.slice(0, 1024), user: user.slice(0, 128) || null, displayName: null };
}

function sameFlow(a: Destination, b: Destination): boolean {
  return a.transport.toUpperCase() === b.transport.toUpperCase() && a.host === b.host && a.port === b.port;
}
