import { SipError } from '../sip-error';
/**
 * The one error the transaction layer throws: a message that cannot start or join a transaction
 * (no top Via branch, an ACK passed as a new client request, a response sent in the wrong state).
 */
export class SipTransactionError extends SipError {
  override readonly name = 'SipTransactionError';
}
