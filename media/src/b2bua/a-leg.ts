import {
  createResponse,
  type Destination,
  Dialog,
  type HeaderInit,
  type ServerInviteTransaction,
  type SipRequest,
  type SipResponse,
  TransactionState,
} from '@carillon/sip';
import type { SipStack } from '../sip-stack';
import { edgeContact } from './in-dialog';
import { OkRetransmission } from './ok-retransmission';

const SDP = 'application/sdp';

/**
 * The caller's leg: the B2BUA is its UAS (RFC 3261 §13.3, §12.1.1). It holds the INVITE server
 * transaction until the final response, then the dialog; it retransmits its 2xx until the ACK
 * (§13.3.1.4), which the transaction layer leaves to the core.
 */
export class ALeg {
  readonly invite: SipRequest;
  readonly transaction: ServerInviteTransaction;
  /** The caller's flow: requests to the caller go here (connection reuse, RFC 5626 §5.2). */
  readonly destination: Destination;
  /** One To tag for every response, so all of them form one dialog (§12.1.1). */
  readonly toTag: string;
  readonly contact: string;
  #stack: SipStack;
  #dialog: Dialog | undefined;
  #ok: OkRetransmission | undefined;

  constructor(
    stack: SipStack,
    invite: SipRequest,
    transaction: ServerInviteTransaction,
    source: Destination,
  ) {
    this.#stack = stack;
    this.invite = invite;
    this.transaction = transaction;
    this.destination = source;
    this.toTag = stack.transactions.newTag();
    this.contact = edgeContact(stack, source.transport);
  }

  get dialog(): Dialog | undefined {
    return this.#dialog;
  }

  /** The INVITE still waits for its final response. */
  get pending(): boolean {
    return this.transaction.state === TransactionState.Proceeding;
  }

  /** 180/183 (§13.3.1.1), with SDP for early media (RFC 3960). */
  provisional(status: number, sdp?: string): void {
    if (!this.pending) return;
    // §12.1.1: a 1xx with To tag creates an early dialog, so it carries our Contact.
    this.transaction.respond(this.#response(status, undefined, [['Contact', this.contact]], sdp));
  }

  /**
   * 200 with our answer (§13.3.1.4): creates the dialog and retransmits the 2xx on T1 doubling to
   * T2 until `acknowledged()`, for 64*T1; then `onNoAck` (the caller never saw it: §13.3.1.4 says
   * the UAS should end the dialog with BYE).
   */
  answer(
    sdp: string | undefined,
    headers: readonly (readonly [string, string])[],
    onNoAck: () => void,
  ): void {
    if (!this.pending) return;
    const ok = this.#response(200, undefined, [['Contact', this.contact], ...headers], sdp);
    this.#dialog = Dialog.createAsUas(this.invite, ok);
    this.transaction.respond(ok);
    const { t1, t2 } = this.#stack.transactions.settings;
    this.#ok = new OkRetransmission(this.transaction, ok, {
      reliable: this.destination.transport.toUpperCase() !== 'UDP',
      t1,
      t2,
      onNoAck,
    });
  }

  acknowledged(): void {
    this.#ok?.stop();
  }

  /** A final 3xx–6xx (§13.3.1.3); extra headers such as Reason (RFC 3326) or Retry-After. */
  reject(status: number, reason?: string, headers: readonly (readonly [string, string])[] = []): void {
    if (!this.pending) return;
    this.transaction.respond(this.#response(status, reason, headers));
  }

  /** Answer a request sent in a dialog of the call (re-INVITE, UPDATE, INFO, BYE); returns what was sent. */
  static respond(
    stack: SipStack,
    transaction: { respond(response: SipResponse): void; request: SipRequest },
    status: number,
    options: { reason?: string; headers?: HeaderInit; sdp?: string } = {},
  ): SipResponse {
    const response = createResponse(transaction.request, status, options.reason, {
      toTag: stack.transactions.newTag(),
      ...(options.headers ? { headers: options.headers } : {}),
      ...(options.sdp !== undefined ? { body: options.sdp, contentType: SDP } : {}),
    });
    transaction.respond(response);
    return response;
  }

  /**
   * The caller's dialog goes on in another call (attended transfer, transfer.ts): this leg lets go
   * of it, so ending this call neither ends nor answers in that dialog.
   */
  handOff(): void {
    this.#ok?.stop();
    this.#dialog = undefined;
  }

  dispose(): void {
    this.#ok?.stop();
    this.#dialog?.terminate();
  }

  #response(
    status: number,
    reason: string | undefined,
    headers: readonly (readonly [string, string])[],
    sdp?: string,
  ): SipResponse {
    return createResponse(this.invite, status, reason, {
      toTag: this.toTag,
      headers: [
        ...headers,
        ...(status < 300
          ? ([['Allow', 'INVITE, ACK, CANCEL, BYE, UPDATE, INFO, OPTIONS, REFER']] as const)
          : []),
      ],
      ...(sdp !== undefined ? { body: sdp, contentType: SDP } : {}),
    });
  }
}
