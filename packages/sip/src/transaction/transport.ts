import type { SipMessage } from '../message';

/**
 * Where the transaction layer hands a message for transmission. The layer never resolves addresses
 * (RFC 3263) nor applies §18.2.2 response routing itself: a client transaction sends to the
 * destination its TU chose, a server transaction answers to where the request came from and the
 * transport applies `received`/`rport` or reuses the connection.
 */
export interface Destination {
  /** Transport as written in Via (§20.42): `UDP`, `TCP`, `TLS`, `SCTP`, `WS`, `WSS`. */
  readonly transport: string;
  readonly host: string;
  readonly port: number;
  /** The connection a stream-transport request arrived on, for answering over it (§18.2.2). */
  readonly connectionId?: string;
}

/**
 * Pass a message to the transport (§18). A synchronous throw is a transport error (§17.1.4,
 * §17.2.4); failures detected later are reported with `Transaction.transportError()`.
 */
export type SendMessage = (message: SipMessage, destination: Destination) => void;

/**
 * Reliable transports get no retransmissions from the transaction layer (§17.1.1.2, §17.1.2.2,
 * §17.2.1, §17.2.2): every transport but UDP (and DTLS-over-UDP, which SIP does not define).
 */
export function isReliableTransport(transport: string): boolean {
  return transport.toUpperCase() !== 'UDP';
}
