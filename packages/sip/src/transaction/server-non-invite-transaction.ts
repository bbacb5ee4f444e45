import type { SipRequest, SipResponse } from '../message';
import { Transaction, type TransactionContext } from './transaction';
import { SipTransactionError } from './transaction-error';
import { TransactionState } from './transaction-state';
import type { ServerTransactionUser } from './transaction-user';
import type { Destination } from './transport';

/**
 * Non-INVITE server transaction (RFC 3261 §17.2.2, Figure 8).
 *
 * Trying: retransmitted requests are discarded (there is nothing to resend yet). Proceeding: they get
 * the last provisional response again. Completed: they get the final response again, for Timer J
 * (64*T1 on unreliable transports, zero on reliable ones). The server never retransmits on its own:
 * the client's retransmissions drive it.
 */
export class ServerNonInviteTransaction extends Transaction {
  readonly kind = 'nist' as const;
  user: ServerTransactionUser = {};
  #lastResponse: SipResponse | undefined;

  constructor(id: string, request: SipRequest, source: Destination, context: TransactionContext) {
    super(id, request, source, context, TransactionState.Trying);
  }

  get lastResponse(): SipResponse | undefined {
    return this.#lastResponse;
  }

  respond(response: SipResponse): void {
    if (this.state !== TransactionState.Trying && this.state !== TransactionState.Proceeding) {
      throw new SipTransactionError(
        `non-INVITE server transaction in ${this.state} cannot send ${response.status}`,
      );
    }
    this.#lastResponse = response;
    if (response.status < 200) {
      this.setState(TransactionState.Proceeding);
      this.transmit(response);
      return;
    }
    this.setState(TransactionState.Completed);
    if (this.transmit(response)) this.startTimer('J', this.timers.j, () => this.terminate());
  }

  /** A retransmission of the request (§17.2.2); always absorbed. */
  receiveRequest(_request: SipRequest): boolean {
    if (this.state !== TransactionState.Trying && this.#lastResponse) this.transmit(this.#lastResponse);
    return true;
  }

  protected override terminate(): void {
    if (this.terminated) return;
    super.terminate();
    this.user.onTerminated?.(this);
  }

  protected handleTransportError(error: unknown): void {
    this.terminate();
    this.user.onTransportError?.(this, error);
  }
}
