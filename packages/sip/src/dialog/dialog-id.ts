import { getCallId, getFrom, getTo, type SipMessage } from '../message';

/**
 * Dialog ID (RFC 3261 §12): Call-ID, local tag and remote tag, seen from this UA. The same dialog
 * has mirrored IDs at its two ends.
 */
export interface DialogId {
  readonly callId: string;
  readonly localTag: string;
  readonly remoteTag: string;
}

/** Map key for a dialog ID. Tags and Call-ID compare case-sensitively (§19.3). */
export function dialogKey(id: DialogId): string {
  return `${id.callId}\u0000${id.localTag}\u0000${id.remoteTag}`;
}

/**
 * The dialog ID of a message this UA sent as UAC, or a response to it (§12.1.2): local tag from
 * From, remote tag from To. Undefined while the To has no tag (no dialog yet, e.g. a 100).
 */
export function dialogIdAsUac(message: SipMessage): DialogId | undefined {
  const localTag = getFrom(message).tag;
  const remoteTag = getTo(message).tag;
  if (localTag === undefined || remoteTag === undefined) return undefined;
  return { callId: getCallId(message), localTag, remoteTag };
}

/**
 * The dialog ID of a request received as UAS (§12.2.2): local tag from To, remote tag from From.
 * Undefined for a request without To tag (outside any dialog).
 */
export function dialogIdAsUas(message: SipMessage): DialogId | undefined {
  const localTag = getTo(message).tag;
  const remoteTag = getFrom(message).tag;
  if (localTag === undefined || remoteTag === undefined) return undefined;
  return { callId: getCallId(message), localTag, remoteTag };
}
