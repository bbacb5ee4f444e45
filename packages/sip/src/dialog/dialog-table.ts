import type { SipRequest, SipResponse } from '../message';
import type { Dialog } from './dialog';
import { dialogIdAsUas, dialogKey } from './dialog-id';
import { callDoesNotExist } from './dialog-responses';

/** Where an incoming request with a To tag goes (§12.2.2). */
export type DialogMatch =
  | { readonly kind: 'dialog'; readonly dialog: Dialog }
  /** No dialog has this ID: answer with the 481 given (§12.2.2); none for an ACK, which is never answered. */
  | { readonly kind: 'no-dialog'; readonly response: SipResponse | undefined }
  /** No To tag: the request is outside any dialog (§12.2.2 does not apply). */
  | { readonly kind: 'out-of-dialog' };

/** The dialogs of a UA, by dialog ID; terminated dialogs are dropped when looked up. */
export class DialogTable {
  readonly #dialogs = new Map<string, Dialog>();

  get size(): number {
    return this.#dialogs.size;
  }

  add(dialog: Dialog): void {
    this.#dialogs.set(dialog.key, dialog);
  }

  remove(dialog: Dialog): void {
    if (this.#dialogs.get(dialog.key) === dialog) this.#dialogs.delete(dialog.key);
  }

  get(key: string): Dialog | undefined {
    const dialog = this.#dialogs.get(key);
    if (dialog?.state === 'terminated') {
      this.#dialogs.delete(key);
      return undefined;
    }
    return dialog;
  }

  /**
   * Match a request received as UAS (§12.2.2): by Call-ID, To tag (local) and From tag (remote).
   * A request with a To tag but no matching dialog gets a 481; an ACK is never answered (§17.1.1.3),
   * so it is reported without a response to send.
   */
  match(request: SipRequest): DialogMatch {
    const id = dialogIdAsUas(request);
    if (!id) return { kind: 'out-of-dialog' };
    const dialog = this.get(dialogKey(id));
    if (dialog) return { kind: 'dialog', dialog };
    return { kind: 'no-dialog', response: request.method === 'ACK' ? undefined : callDoesNotExist(request) };
  }
}
