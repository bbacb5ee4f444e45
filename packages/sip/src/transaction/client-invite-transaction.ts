import type { SipRequest, SipResponse } from '../message';
import { createNon2xxAck } from './ack';
import { localResponse } from './local-response';
import { Transaction, type TransactionContext } from './transaction';
import { TransactionState } from './transaction-state';
import type { ClientTransactionUser } from './transaction-user';
import type { Destination } from './transport';

/**
 * INVITE client transaction (RFC 3261 §17.1.1, Figure 5, with the Accepted state of RFC 6026).
 *
 * Calling: the INVITE is retransmitted on Timer A (T1, doubling without cap) over unreliable
 * transports; Timer B (64*T1) ends the attempt with a 408 to the TU. A provisional response moves to
 * Proceeding (retransmissions stop: the server has the request). A 300–699 moves to Completed, where
 * this machine ACKs it and every retransmission of it for Timer D. A 2xx moves to Accepted (RFC 6026)
 * for Timer M so that 2xx retransmissions from every fork still reach the TU, which ACKs them
 * (§13.2.2.4) — plain RFC 3261 went to Terminated and let them arrive as strays.
 */
export class ClientInviteTransaction extends Transaction {
  readonly kind = 'ict' as const;
  readonly user: ClientTransactionUser;
  /** The ACK sent for the non-2xx final response, resent on its retransmissions. */
  #ack: SipRequest | undefined;
  #timerA: number | undefined;
  /** Set once a final response (real or synthesized) went to the TU. */
  #finalDelivered = false;
  /** Hook for CANCEL (§9.1): run when the first provisional response arrives. */
  #onProvisional: (() => void) | undefined;

  constructor(
    id: string,
    request: SipRequest,
    destination: Destination,
    context: TransactionContext,
    user: ClientTransactionUser,
  ) {
    super(id, request, destination, context, TransactionState.Calling);
    this.user = user;
  }

  /** Send the INVITE and arm Timers A and B (§17.1.1.2). Called once by the layer. */
  start(): void {
    if (!this.transmit(this.request)) return;
    this.#timerA = this.timers.a;
    if (this.#timerA !== undefined) this.startTimer('A', this.#timerA, () => this.fireTimerA());
    this.startTimer('B', this.timers.b, () => this.fireTimerB());
  }

  /** The ACK this machine generated, if a non-2xx final response arrived (§17.1.1.3). */
  get ack(): SipRequest | undefined {
    return this.#ack;
  }

  /** Run `fn` when a provisional response arrives, or now if one already did (§9.1). */
  whenProceeding(fn: () => void): void {
    if (this.state === TransactionState.Proceeding) fn();
    else this.#onProvisional = fn;
  }

  /**
   * A CANCEL for this INVITE went out (§9.1): if no final response arrives within 64*T1, the
   * transaction is given up and the TU gets a 408, as for Timer B.
   */
  cancelSent(): void {
    if (this.state !== TransactionState.Calling && this.state !== TransactionState.Proceeding) return;
    this.startTimer('Cancel', this.timers.b, () => {
      if (this.state !== TransactionState.Calling && this.state !== TransactionState.Proceeding) return;
      this.deliverLocalFinal(408, 'timeout');
      this.terminate();
    });
  }

  receiveResponse(response: SipResponse): void {
    const status = response.status;
    switch (this.state) {
      case TransactionState.Calling:
      case TransactionState.Proceeding:
        if (status < 200) {
          // §17.1.1.2: the server has the request; B only ever fires in Calling.
          this.stopTimer('A');
          this.stopTimer('B');
          this.setState(TransactionState.Proceeding);
          this.user.receiveResponse(response, 'network');
          const pending = this.#onProvisional;
          this.#onProvisional = undefined;
          pending?.();
        } else if (status < 300) {
          this.accept(response);
        } else {
          this.complete(response);
        }
        return;
      case TransactionState.Accepted:
        // RFC 6026: 2xx retransmissions (and 2xx from other forks) go to the TU, which ACKs each.
        if (status >= 200 && status < 300) this.user.receiveResponse(response, 'network');
        return;
      case TransactionState.Completed:
        // §17.1.1.2: a retransmitted final response is ACKed again and not passed up.
        if (status >= 300 && this.#ack) this.transmit(this.#ack);
        return;
      default:
        return;
    }
  }

  private accept(response: SipResponse): void {
    this.stopTimer('A');
    this.stopTimer('B');
    this.stopTimer('Cancel');
    this.#onProvisional = undefined;
    this.setState(TransactionState.Accepted);
    this.#finalDelivered = true;
    this.user.receiveResponse(response, 'network');
    if (!this.terminated) this.startTimer('M', this.timers.m, () => this.terminate());
  }

  private complete(response: SipResponse): void {
    this.stopTimer('A');
    this.stopTimer('B');
    this.stopTimer('Cancel');
    this.#onProvisional = undefined;
    this.setState(TransactionState.Completed);
    this.#ack = createNon2xxAck(this.request, response);
    this.#finalDelivered = true;
    this.user.receiveResponse(response, 'network');
    if (!this.transmit(this.#ack)) return;
    if (!this.terminated) this.startTimer('D', this.timers.d, () => this.terminate());
  }

  private fireTimerA(): void {
    if (this.state !== TransactionState.Calling || this.#timerA === undefined) return;
    if (!this.transmit(this.request)) return;
    this.#timerA = this.timers.backoff(this.#timerA, false);
    this.startTimer('A', this.#timerA, () => this.fireTimerA());
  }

  /** §17.1.1.2: Timer B matters only in Calling; the TU sees a 408 (§8.1.3.1). */
  private fireTimerB(): void {
    if (this.state !== TransactionState.Calling) return;
    this.deliverLocalFinal(408, 'timeout');
    this.terminate();
  }

  protected override terminate(): void {
    if (this.terminated) return;
    super.terminate();
    this.user.onTerminated?.(this);
  }

  /** §17.1.4: the transport failed; the TU gets a 503 unless it already had a final response. */
  protected handleTransportError(_error: unknown): void {
    this.deliverLocalFinal(503, 'transport-error');
    this.terminate();
  }

  private deliverLocalFinal(status: number, origin: 'timeout' | 'transport-error'): void {
    if (this.#finalDelivered) return;
    this.#finalDelivered = true;
    this.user.receiveResponse(localResponse(this.request, status), origin);
  }
}
