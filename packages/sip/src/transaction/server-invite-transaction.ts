import { createResponse, type SipRequest, type SipResponse } from '../message';
import { Transaction, type TransactionContext } from './transaction';
import { SipTransactionError } from './transaction-error';
import { TransactionState } from './transaction-state';
import type { ServerTransactionUser } from './transaction-user';
import type { Destination } from './transport';

/**
 * INVITE server transaction (RFC 3261 §17.2.1, Figure 7, with the Accepted state of RFC 6026).
 *
 * Proceeding: the TU's provisional responses are sent; a retransmitted INVITE gets the last one again.
 * If the TU is silent for 200 ms the machine sends 100 Trying itself (§17.2.1). A 300–699 moves to
 * Completed: the response is retransmitted on Timer G (T1 doubling to T2, unreliable transports)
 * until the ACK arrives (→ Confirmed, Timer I absorbs ACK copies) or Timer H (64*T1) gives up. A 2xx
 * moves to Accepted (RFC 6026) for Timer L: INVITE retransmissions are absorbed instead of reaching
 * the TU as new requests, while the TU keeps retransmitting the 2xx itself (§13.3.1.4) through
 * `respond()`.
 */
export class ServerInviteTransaction extends Transaction {
  readonly kind = 'ist' as const;
  user: ServerTransactionUser = {};
  /** Set by the layer when a matching CANCEL arrived (§9.2); the TU should answer 487. */
  cancelled = false;
  #lastResponse: SipResponse | undefined;
  #timerG: number | undefined;

  constructor(id: string, request: SipRequest, source: Destination, context: TransactionContext) {
    super(id, request, source, context, TransactionState.Proceeding);
    const trying = context.settings.trying;
    if (trying === 0) this.sendTrying();
    else if (trying !== false) this.startTimer('Trying', trying, () => this.sendTrying());
  }

  get lastResponse(): SipResponse | undefined {
    return this.#lastResponse;
  }

  /** Send a response from the TU (§17.2.1). */
  respond(response: SipResponse): void {
    const status = response.status;
    if (this.state === TransactionState.Accepted && status >= 200 && status < 300) {
      // RFC 6026: the TU's 2xx retransmissions (§13.3.1.4) pass through the Accepted state.
      this.#lastResponse = response;
      this.transmit(response);
      return;
    }
    if (this.state !== TransactionState.Proceeding) {
      throw new SipTransactionError(`INVITE server transaction in ${this.state} cannot send ${status}`);
    }
    this.stopTimer('Trying');
    this.#lastResponse = response;
    if (status < 200) {
      this.transmit(response);
    } else if (status < 300) {
      this.setState(TransactionState.Accepted);
      if (this.transmit(response)) this.startTimer('L', this.timers.l, () => this.terminate());
    } else {
      this.setState(TransactionState.Completed);
      if (!this.transmit(response)) return;
      this.#timerG = this.timers.g;
      if (this.#timerG !== undefined) this.startTimer('G', this.#timerG, () => this.fireTimerG());
      this.startTimer('H', this.timers.h, () => this.fireTimerH());
    }
  }

  /**
   * A request matched to this transaction: a retransmitted INVITE or an ACK (§17.2.3). Returns false
   * when the request is not absorbed and belongs to the TU: an ACK matched in Accepted is the ACK
   * for the 2xx (RFC 6026).
   */
  receiveRequest(request: SipRequest): boolean {
    if (request.method === 'ACK') {
      if (this.state === TransactionState.Completed) {
        this.stopTimer('G');
        this.stopTimer('H');
        this.setState(TransactionState.Confirmed);
        this.startTimer('I', this.timers.i, () => this.terminate());
        return true;
      }
      return this.state !== TransactionState.Accepted;
    }
    // §17.2.1: a retransmitted INVITE gets the most recent provisional or the final response again.
    if (
      (this.state === TransactionState.Proceeding || this.state === TransactionState.Completed) &&
      this.#lastResponse
    ) {
      this.transmit(this.#lastResponse);
    }
    return true;
  }

  private sendTrying(): void {
    if (this.state !== TransactionState.Proceeding || this.#lastResponse) return;
    const trying = createResponse(this.request, 100);
    this.#lastResponse = trying;
    this.transmit(trying);
  }

  private fireTimerG(): void {
    if (this.state !== TransactionState.Completed || this.#timerG === undefined || !this.#lastResponse)
      return;
    if (!this.transmit(this.#lastResponse)) return;
    this.#timerG = this.timers.backoff(this.#timerG, true);
    this.startTimer('G', this.#timerG, () => this.fireTimerG());
  }

  /** §17.2.1: no ACK within 64*T1 — the TU is told the final response was never acknowledged. */
  private fireTimerH(): void {
    if (this.state !== TransactionState.Completed) return;
    this.terminate();
    this.user.onTimeout?.(this);
  }

  protected override terminate(): void {
    if (this.terminated) return;
    super.terminate();
    this.user.onTerminated?.(this);
  }

  /** §17.2.4: the response could not be sent; the transaction ends and the TU hears of it. */
  protected handleTransportError(error: unknown): void {
    this.terminate();
    this.user.onTransportError?.(this, error);
  }
}
