import { SipError } from '../sip-error';
/**
 * The one error the dialog layer throws: a message that cannot create or join a dialog (no tag, no
 * Contact where §12.1 requires one) or a request asked of a terminated dialog.
 */
export class SipDialogError extends SipError {
  override readonly name = 'SipDialogError';
}
