import type { SipRequest, SipResponse } from '../message';
import { localResponse } from './local-response';
import { Transaction, type TransactionContext } from './transaction';
import { TransactionState } from './transaction-state';
import type { ClientTransactionUser } from './transaction-user';
import type { Destination } from './transport';

/**
 * Non-INVITE client transaction (RFC 3261 §17.1.2, Figure 6).
 *
 * Trying: retransmit on Timer E, starting at T1 and doubling up to T2 (unreliable transports only).
 * Proceeding (after a 1xx): keep retransmitting, every T2. Timer F (64*T1) in either state ends the
 * transaction with a 408 to the TU. A final response moves to Completed, which absorbs response
 * retransmissions for Timer K (T4; zero on reliable transports).
 */
export class ClientNonInviteTransaction extends Transaction {
  readonly kind = 'nict' as const;
  readonly user: ClientTransactionUser;
  #timerE: number | undefined;
  #finalDelivered = false;

  constructor(
    id: string,
    request: SipRequest,
    destination: Destination,
    context: TransactionContext,
    user: ClientTransactionUser,
  ) {
    super(id, request, destination, context, TransactionState.Trying);
    this.user = user;
  }

  /** Send the request and arm Timers E and F (§17.1.2.2). Called once by the layer. */
  start(): void {
    if (!this.transmit(this.request)) return;
    this.#timerE = this.timers.e;
    if (this.#timerE !== undefined) this.startTimer('E', this.#timerE, () => this.fireTimerE());
    this.startTimer('F', this.timers.f, () => this.fireTimerF());
  }

  receiveResponse(response: SipResponse): void {
    if (this.state !== TransactionState.Trying && this.state !== TransactionState.Proceeding) return;
    if (response.status < 200) {
      this.setState(TransactionState.Proceeding);
      this.user.receiveResponse(response, 'network');
      return;
    }
    this.stopTimer('E');
    this.stopTimer('F');
    this.setState(TransactionState.Completed);
    this.#finalDelivered = true;
    this.user.receiveResponse(response, 'network');
    if (!this.terminated) this.startTimer('K', this.timers.k, () => this.terminate());
  }

  private fireTimerE(): void {
    if (this.#timerE === undefined) return;
    if (!this.transmit(this.request)) return;
    // §17.1.2.2: back off to T2 in Trying; in Proceeding every retransmission waits T2.
    this.#timerE =
      this.state === TransactionState.Proceeding
        ? this.timers.settings.t2
        : this.timers.backoff(this.#timerE, true);
    this.startTimer('E', this.#timerE, () => this.fireTimerE());
  }

  /** §17.1.2.2: Timer F in Trying or Proceeding → 408 to the TU (§8.1.3.1). */
  private fireTimerF(): void {
    this.deliverLocalFinal(408, 'timeout');
    this.terminate();
  }

  protected override terminate(): void {
    if (this.terminated) return;
    super.terminate();
    this.user.onTerminated?.(this);
  }

  /** §17.1.4: a transport failure is reported as a 503 (§8.1.3.1). */
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
