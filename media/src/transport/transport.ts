import type { Destination, SipMessage, SipParseError } from '@carillon/sip';
import type { TransportName } from './flow';

/** What transports hand upwards. The stack implements it; transports know nothing of SIP semantics. */
export interface TransportSink {
  /** Whether to read anything from this address at all (banned sources are dropped unread). */
  admits(address: string): boolean;
  receive(message: SipMessage, source: Destination): void;
  /** Input that did not parse; `fatal` means the connection is being closed because framing is lost. */
  receiveError(error: SipParseError, source: Destination, fatal: boolean): void;
}

/** One listening transport (§18): sends bytes to a destination, delivers what it receives to the sink. */
export interface Transport {
  readonly name: TransportName;
  /** The port actually bound (useful when configured as 0). */
  readonly port: number;
  /**
   * Send a serialized message. Throws synchronously when it cannot even be attempted (a transport
   * error in the sense of §17.1.4/§17.2.4); later failures are logged.
   */
  send(data: Buffer, destination: Destination): void;
  /** Stop accepting new connections (streams); datagram transports keep reading until `close`. */
  stopAccepting(): void;
  close(): Promise<void>;
}

/** The one error class of the edge's transport layer. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
}
