import {
  type ClientInviteTransaction,
  createRequest,
  type Destination,
  type Dialog,
  getCSeq,
  InviteDialogs,
  type SipRequest,
  type SipResponse,
} from '@carillon/sip';
import type { SipStack } from '../sip-stack';
import { edgeContact, reasonHeader, sendAck, sendInDialog } from './in-dialog';

export interface BLegTarget {
  /** Request-URI: the contact to ring (§8.1.1.1). */
  readonly requestUri: string;
  /** Where to send it: the device's registered flow, or the URI's own address. */
  readonly destination: Destination;
  /** Device behind the contact, when the location service knew it. */
  readonly deviceId?: string;
  readonly alertInfo?: string;
  readonly autoAnswer?: boolean;
}

export interface BLegEvents {
  provisional(leg: BLeg, response: SipResponse): void;
  /** The first 2xx of this leg (already ACKed). */
  answered(leg: BLeg, response: SipResponse): void;
  /** 3xx–6xx, or the 408/503 the transaction made up (§8.1.3.1). */
  failed(leg: BLeg, status: number): void;
}

export interface BLegInit {
  readonly stack: SipStack;
  readonly legId: string;
  readonly target: BLegTarget;
  /** From of the new leg: the caller's identity (name-addr without tag). */
  readonly from: string;
  /** To of the new leg (name-addr): the dialled party. */
  readonly to: string;
  readonly maxForwards: number;
  readonly sdp: string | undefined;
  readonly events: BLegEvents;
}

/**
 * One callee leg (a fork of a `dial`): the B2BUA is its UAC (RFC 3261 §13.2) with a Call-ID, From
 * tag and CSeq of its own — nothing of the caller's dialog leaks to the callee. Several run in
 * parallel; each is an independent INVITE client transaction (§13.2.2.4 handled per leg).
 */
export class BLeg {
  readonly legId: string;
  readonly target: BLegTarget;
  readonly invite: SipRequest;
  readonly dialogs: InviteDialogs;
  #stack: SipStack;
  #events: BLegEvents;
  #transaction: ClientInviteTransaction | undefined;
  #ack: SipRequest | undefined;
  #answered = false;
  #ended = false;
  #cancelled = false;

  constructor(init: BLegInit) {
    this.#stack = init.stack;
    this.#events = init.events;
    this.legId = init.legId;
    this.target = init.target;
    const transport = init.target.destination.transport;
    const headers: [string, string][] = [
      ['Via', init.stack.via(transport).value],
      ['Max-Forwards', String(init.maxForwards)],
      ['From', `${init.from};tag=${init.stack.transactions.newTag()}`],
      ['To', init.to],
      ['Call-ID', `${init.stack.transactions.newTag()}${init.stack.transactions.newTag()}@carillon`],
      ['CSeq', '1 INVITE'],
      ['Contact', edgeContact(init.stack, transport)],
      ['Allow', 'INVITE, ACK, CANCEL, BYE, UPDATE, INFO, OPTIONS, REFER'],
      ['Supported', 'replaces'],
    ];
    if (init.target.alertInfo) headers.push(['Alert-Info', init.target.alertInfo]);
    // RFC 5373 §2 (Answer-Mode) is the standard; Call-Info answer-after is what most phones obey.
    if (init.target.autoAnswer) headers.push(['Call-Info', '<sip:carillon>;answer-after=0']);
    this.invite = createRequest({
      method: 'INVITE',
      uri: init.target.requestUri,
      headers,
      ...(init.sdp !== undefined ? { body: init.sdp, contentType: 'application/sdp' } : {}),
    });
    this.dialogs = new InviteDialogs(this.invite);
  }

  get dialog(): Dialog | undefined {
    return this.dialogs.confirmed;
  }

  get destination(): Destination {
    return this.target.destination;
  }

  get answered(): boolean {
    return this.#answered;
  }

  start(): void {
    try {
      this.#transaction = this.#stack.transactions.sendRequest(this.invite, this.destination, {
        receiveResponse: (response) => this.#receive(response),
      }) as ClientInviteTransaction;
    } catch {
      queueMicrotask(() => this.#fail(503));
    }
  }

  /**
   * CANCEL (§9.1): now if a 1xx came, else once one does; the INVITE then ends with 487. `headers`:
   * a Reason (RFC 3326) saying why, e.g. another fork answered.
   */
  cancel(headers: readonly (readonly [string, string])[] = []): void {
    if (!this.#transaction || this.#answered || this.#ended || this.#cancelled) return;
    // One CANCEL per INVITE (§9.1): caller cancel, fork timeout and dial timeout may all ask.
    this.#cancelled = true;
    this.#stack.transactions.cancel(this.#transaction, { receiveResponse: () => {} }, headers);
  }

  /** ACK the 2xx again: its retransmission means our ACK was lost (§13.2.2.4). */
  reAck(response: SipResponse): void {
    if (this.#ack && getCSeq(response).seq === getCSeq(this.invite).seq) {
      try {
        this.#stack.hub.send(this.#ack, this.destination);
      } catch {
        // Lost again; the callee keeps retransmitting until 64*T1.
      }
    }
  }

  /** Reason for the BYE, RFC 3326. */
  static reason(cause: number, text?: string): [string, string] {
    return ['Reason', reasonHeader(cause, text)];
  }

  markEnded(): void {
    this.#ended = true;
  }

  #receive(response: SipResponse): void {
    const outcome = this.dialogs.receiveResponse(response);
    if (response.status < 200) {
      this.#events.provisional(this, response);
      return;
    }
    if (response.status >= 300) {
      this.#fail(response.status);
      return;
    }
    switch (outcome.kind) {
      case 'confirmed':
        this.#ack = sendAck(this.#stack, outcome.dialog, this.invite, this.destination);
        this.#answered = true;
        this.#events.answered(this, response);
        return;
      case '2xx-retransmission':
        this.reAck(response);
        return;
      case 'additional-2xx': {
        // Another UAS behind the same contact answered too (§13.2.2.4): ACK and end it at once.
        sendAck(this.#stack, outcome.dialog, this.invite, this.destination);
        void sendInDialog(this.#stack, outcome.dialog, this.destination, 'BYE');
        return;
      }
      default:
        return;
    }
  }

  #fail(status: number): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#events.failed(this, status);
  }
}
