import { getTo, type SipRequest, type SipResponse } from '../message';
import { Dialog } from './dialog';

/**
 * What a response to the initial INVITE did to its dialogs. A forked INVITE (§13.2.2.4, §19.3) may
 * be answered by several UAS, each with its own To tag and so its own dialog.
 */
export type ForkOutcome =
  /** 100, or a response without To tag: no dialog (§12.1). */
  | { readonly kind: 'none' }
  /** 1xx with a To tag: an early dialog, new or already known (§12.1.2, §13.2.2.1). */
  | { readonly kind: 'early'; readonly dialog: Dialog; readonly created: boolean }
  /** The first 2xx: the call's dialog, confirmed (an early dialog of that fork, or a new one). */
  | { readonly kind: 'confirmed'; readonly dialog: Dialog }
  /** The 2xx of the confirmed dialog again: the UAC core resends its ACK (§13.2.2.4). */
  | { readonly kind: '2xx-retransmission'; readonly dialog: Dialog }
  /**
   * A 2xx from another fork after one was confirmed. The dialog exists at the far end, so it must
   * be ACKed; §13.2.2.4 recommends ending it with BYE right away when the UA wants one session.
   */
  | { readonly kind: 'additional-2xx'; readonly dialog: Dialog }
  /** A 300–699 final response: the INVITE failed and every early dialog ends (§12.3, §13.2.2.3). */
  | { readonly kind: 'failed'; readonly terminated: readonly Dialog[] };

/**
 * The dialogs of one outgoing INVITE. Feed it every response the INVITE client transaction passes
 * up (with RFC 6026 that includes 2xx from all forks until Timer M) and act on the outcome.
 */
export class InviteDialogs {
  readonly invite: SipRequest;
  readonly #byTag = new Map<string, Dialog>();
  #confirmed: Dialog | undefined;

  constructor(invite: SipRequest) {
    this.invite = invite;
  }

  /** The dialog the call settled on, if a 2xx arrived. */
  get confirmed(): Dialog | undefined {
    return this.#confirmed;
  }

  get dialogs(): Dialog[] {
    return [...this.#byTag.values()];
  }

  get earlyDialogs(): Dialog[] {
    return this.dialogs.filter((d) => d.state === 'early');
  }

  receiveResponse(response: SipResponse): ForkOutcome {
    const status = response.status;
    if (status >= 300) {
      const terminated = this.earlyDialogs;
      for (const dialog of terminated) dialog.terminate();
      return { kind: 'failed', terminated };
    }
    const tag = getTo(response).tag;
    if (tag === undefined || status === 100) return { kind: 'none' };
    const known = this.#byTag.get(tag);

    if (status < 200) {
      if (known) return { kind: 'early', dialog: known, created: false };
      const dialog = Dialog.createAsUac(this.invite, response);
      this.#byTag.set(tag, dialog);
      return { kind: 'early', dialog, created: true };
    }

    if (known && known === this.#confirmed) return { kind: '2xx-retransmission', dialog: known };
    let dialog: Dialog;
    if (known && known.state === 'early') {
      known.confirm(response);
      dialog = known;
    } else if (known) {
      // A second fork's extra dialog we already answered (ACK again, the BYE is on its way).
      return { kind: 'additional-2xx', dialog: known };
    } else {
      dialog = Dialog.createAsUac(this.invite, response);
      this.#byTag.set(tag, dialog);
    }
    if (this.#confirmed) return { kind: 'additional-2xx', dialog };
    this.#confirmed = dialog;
    return { kind: 'confirmed', dialog };
  }

  /**
   * The INVITE transaction is over (Timer M, RFC 6026; 64*T1 after the first 2xx in §13.2.2.4):
   * early dialogs that never got a 2xx end. Returns them.
   */
  end(): Dialog[] {
    const ended = this.earlyDialogs;
    for (const dialog of ended) dialog.terminate();
    return ended;
  }
}
