import type { SipResponse } from '../message';
import type { Transaction } from './transaction';

/**
 * How a response reached the TU: from the network, or synthesized by the client transaction —
 * 408 when Timer B/F fires and 503 on a transport failure (§8.1.3.1, §17.1.4).
 */
export type ResponseOrigin = 'network' | 'timeout' | 'transport-error';

/** The transaction user of a client transaction (§17.1: the UAC core, or a proxy core). */
export interface ClientTransactionUser {
  /** Every response the machine passes up (§17.1.1.2, §17.1.2.2), provisional and final. */
  receiveResponse(response: SipResponse, origin: ResponseOrigin): void;
  /** The transaction reached Terminated (it is no longer matched). */
  onTerminated?(transaction: Transaction): void;
}

/** The transaction user of a server transaction (§17.2). Every callback is optional. */
export interface ServerTransactionUser {
  /** Timer H fired without an ACK (§17.2.1): the peer never saw the final response. */
  onTimeout?(transaction: Transaction): void;
  /** Sending a response failed (§17.2.4). */
  onTransportError?(transaction: Transaction, error: unknown): void;
  onTerminated?(transaction: Transaction): void;
}
