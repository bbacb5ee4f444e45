/**
 * States of the four transaction machines (RFC 3261 Figures 5–8) and the Accepted state that
 * RFC 6026 adds to both INVITE machines so that 2xx retransmissions and the ACK for 2xx still match
 * a transaction instead of looking like new requests.
 */
export const TransactionState = {
  /** Client INVITE: request sent, no response yet (§17.1.1.2). */
  Calling: 'Calling',
  /** Client/server non-INVITE: request sent/received, no response yet (§17.1.2.2, §17.2.2). */
  Trying: 'Trying',
  Proceeding: 'Proceeding',
  /** RFC 6026: a 2xx to INVITE was received (client) or sent (server). */
  Accepted: 'Accepted',
  Completed: 'Completed',
  /** Server INVITE: ACK for a non-2xx final received (§17.2.1). */
  Confirmed: 'Confirmed',
  Terminated: 'Terminated',
} as const;

export type TransactionState = (typeof TransactionState)[keyof typeof TransactionState];
