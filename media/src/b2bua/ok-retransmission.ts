import type { SipResponse } from '@carillon/sip';

export interface OkRetransmissionOptions {
  /** A reliable transport (TCP, TLS, WS) carries the 2xx once; the ACK is still awaited. */
  readonly reliable: boolean;
  readonly t1: number;
  readonly t2: number;
  /** No ACK within 64*T1: the caller of the INVITE never saw the 2xx — end the session with BYE. */
  readonly onNoAck: () => void;
}

/**
 * The UAS core's 2xx retransmission for an INVITE, initial or re-INVITE (RFC 3261 §13.3.1.4; the
 * INVITE server transaction sits in RFC 6026's Accepted state and passes the copies on): over an
 * unreliable transport the 2xx goes again after T1, the interval doubling up to T2, until the ACK
 * arrives (`acknowledged`). Without an ACK for 64*T1 the retransmissions stop and `onNoAck` runs:
 * "the dialog is confirmed, but the session SHOULD be terminated … with a BYE".
 */
export class OkRetransmission {
  readonly #respond: (response: SipResponse) => void;
  #ok: SipResponse | undefined;
  #timer: NodeJS.Timeout | undefined;
  #giveUp: NodeJS.Timeout | undefined;

  /** Starts after the first 2xx went out through `transaction.respond`. */
  constructor(
    transaction: { respond(response: SipResponse): void },
    ok: SipResponse,
    options: OkRetransmissionOptions,
  ) {
    this.#respond = (response) => transaction.respond(response);
    this.#ok = ok;
    const { t1, t2 } = options;
    if (!options.reliable) {
      let interval = t1;
      const again = () => {
        if (!this.#ok) return;
        try {
          this.#respond(this.#ok);
        } catch {
          // The transaction is gone (Timer L): the give-up below ends it.
        }
        interval = Math.min(interval * 2, t2);
        this.#timer = setTimeout(again, interval);
      };
      this.#timer = setTimeout(again, interval);
    }
    this.#giveUp = setTimeout(() => {
      if (!this.#ok) return;
      this.stop();
      options.onNoAck();
    }, 64 * t1);
  }

  /** Still waiting for the ACK. */
  get waiting(): boolean {
    return this.#ok !== undefined;
  }

  /** The ACK arrived (or the dialog ended): no more copies, no give-up. */
  stop(): void {
    this.#ok = undefined;
    clearTimeout(this.#timer);
    clearTimeout(this.#giveUp);
  }
}
