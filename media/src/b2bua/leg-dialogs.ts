import { type Dialog, type DialogId, dialogIdAsUas, dialogKey, type SipRequest } from '@carillon/sip';
import type { Side } from './media-port';

/** What the B2BUA needs of a call to route a request inside one of its dialogs. */
export interface DialogOwner {
  readonly callId: string;
}

/**
 * Every dialog of every call on this edge, A legs and B legs alike, so that a request with a To tag
 * finds its call and side (RFC 3261 §12.2.2: Call-ID, local tag = To tag, remote tag = From tag).
 */
export class LegDialogs<C extends DialogOwner = DialogOwner> {
  readonly #byKey = new Map<string, { call: C; side: Side; dialog: Dialog }>();
  readonly #byCall = new Map<C, Set<string>>();

  get size(): number {
    return this.#byKey.size;
  }

  add(dialog: Dialog, call: C, side: Side): void {
    const key = dialogKey(dialog.id);
    this.#byKey.set(key, { call, side, dialog });
    let keys = this.#byCall.get(call);
    if (!keys) {
      keys = new Set();
      this.#byCall.set(call, keys);
    }
    keys.add(key);
  }

  /** The call and side of a request received inside a dialog; undefined → 481 (§12.2.2). */
  match(request: SipRequest): { call: C; side: Side; dialog: Dialog } | undefined {
    const id: DialogId | undefined = dialogIdAsUas(request);
    return id === undefined ? undefined : this.#byKey.get(dialogKey(id));
  }

  /** The call and side holding the dialog with this ID as the edge sees it (RFC 3891 Replaces lookup). */
  find(id: DialogId): { call: C; side: Side; dialog: Dialog } | undefined {
    return this.#byKey.get(dialogKey(id));
  }

  removeCall(call: C): void {
    for (const key of this.#byCall.get(call) ?? []) this.#byKey.delete(key);
    this.#byCall.delete(call);
  }
}
