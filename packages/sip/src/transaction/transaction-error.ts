/**
 * The one error the transaction layer throws: a message that cannot start or join a transaction
 * (no top Via branch, an ACK passed as a new client request, a response sent in the wrong state).
 */
export class SipTransactionError extends Error {
  override readonly name = 'SipTransactionError';
}
